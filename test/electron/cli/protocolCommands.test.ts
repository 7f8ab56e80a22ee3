import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contestWithEntries, fixture, flipByte, runCli, tempDir, writeKeyFile } from '../helpers';
import { hasChromium } from '../services/protocol/protocolFixture';

const saved = process.env.JURY_CHROMIUM;
afterEach(() => {
  if (saved === undefined) delete process.env.JURY_CHROMIUM;
  else process.env.JURY_CHROMIUM = saved;
});

describe('jury protocol (SCORING.md §7)', () => {
  it('writes the protocol, signed with --key, and jury verify says who signed it and which results', async () => {
    const dir = tempDir();
    const db = await contestWithEntries(dir);
    const key = join(dir, 'secretary.key');
    writeKeyFile(key);
    const out = join(dir, 'protocol.docx');
    const made = await runCli('protocol', db, '--format', 'docx', '--lang', 'ru', '--key', key, '--out', out);
    expect(made.code, made.err).toBe(0);
    expect(made.out).toMatch(/^Protocol written to .*protocol\.docx \(DOCX, \d+ bytes, SHA-256 [0-9a-f]{64}\)\n/);
    expect(made.out).toContain('PRELIMINARY');
    expect(made.out).toContain(`signature written to ${out}.sig`);
    const v = await runCli('verify', out);
    expect(v.code, v.err).toBe(0);
    expect(v.out).toContain('protocol.docx: intact, signature valid (protocol.docx.sig)');
    expect(v.out).toContain('Jury protocol (DOCX, ru), PRELIMINARY results');
    expect(v.out).toContain('Signed with the key ');
    expect(v.out).toContain(', as the secretary Әбдікәрімова Әсемгүл: compare this fingerprint with the one the secretary gave you');
    flipByte(out, 200);
    const bad = await runCli('verify', out);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('protocol.docx: does not match its signature: the file was changed after it was signed');
  });

  it('CSV in the contest’s language by default, unsigned without --key', async () => {
    const dir = tempDir();
    const db = await contestWithEntries(dir);
    expect((await runCli('import-scores', db, fixture('thanks-challenge', 'scores-paper.csv'))).code).toBe(0);
    const out = join(dir, 'p.csv');
    const r = await runCli('protocol', db, '--format', 'csv', '--out', out);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('Not signed');
    expect(readFileSync(out, 'utf8')).toContain(',Бейнеролик,');
    expect((await runCli('verify', out)).err).toContain('p.csv: has no signature: p.csv.sig is not beside it');
  });

  it('refuses wrong usage (exit 2), a key file that is not a key and an unwritable target (exit 1), writing nothing', async () => {
    const dir = tempDir();
    const db = await contestWithEntries(dir);
    expect((await runCli('protocol', db, '--format', 'odt', '--out', join(dir, 'p.odt'))).code).toBe(2);
    expect((await runCli('protocol', db, '--format', 'pdf')).code).toBe(2);
    expect((await runCli('protocol', db, '--format', 'csv', '--lang', 'de', '--out', join(dir, 'p.csv'))).code).toBe(2);
    const notKey = join(dir, 'photo.key');
    writeFileSync(notKey, 'not a key');
    const k = await runCli('protocol', db, '--format', 'csv', '--key', notKey, '--out', join(dir, 'p.csv'));
    expect(k.code).toBe(1);
    expect(k.err).toBe('jury protocol: photo.key: is not a Jury signing key (jury keygen makes one)\n');
    const w = await runCli('protocol', db, '--format', 'csv', '--out', join(dir, 'missing', 'p.csv'));
    expect(w.code).toBe(1);
    expect(w.err).toContain('p.csv');
    expect(w.err).toContain('the folder does not exist');
    expect(existsSync(join(dir, 'p.csv'))).toBe(false);
  });

  it('PDF without a Chromium: a clear refusal, nothing written', async () => {
    const dir = tempDir();
    const db = await contestWithEntries(dir);
    process.env.JURY_CHROMIUM = join(dir, 'no-chromium');
    const out = join(dir, 'p.pdf');
    const r = await runCli('protocol', db, '--format', 'pdf', '--out', out);
    expect(r.code).toBe(1);
    expect(r.err).toContain('a PDF is printed by Chromium, and none was found on this computer');
    expect(r.err).toContain('JURY_CHROMIUM');
    expect(existsSync(out)).toBe(false);
  });

  it.skipIf(!hasChromium)('PDF with the machine’s Chromium', async () => {
    const dir = tempDir();
    const db = await contestWithEntries(dir);
    const out = join(dir, 'p.pdf');
    const r = await runCli('protocol', db, '--format', 'pdf', '--lang', 'en', '--out', out);
    expect(r.code, r.err).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
