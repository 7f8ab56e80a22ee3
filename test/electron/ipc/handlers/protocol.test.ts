import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { invokeHandler, trustOrigin } from '../../../../electron/ipc/handle';
import { createHandlers } from '../../../../electron/ipc/handlers/index';
import { Library } from '../../../../electron/services/library';
import { ScoringDesk } from '../../../../electron/services/scoringDesk';
import { SettingsStore } from '../../../../electron/services/settingsStore';
import type { Channel } from '../../../../shared/ipc/channels';
import type { InputOf, OutputOf } from '../../../../shared/ipc/contract';
import { FakeDialogs, FakeShell } from '../appHarness';
import { contestWithEntries, fixedContext, flipByte, tempDir, writeKeyFile } from '../../helpers';
import { chromiumPrinter, closePrinter, completeScores, hasChromium, loadPaperSheet } from '../../services/protocol/protocolFixture';

afterAll(closePrinter);

async function app(complete = false) {
  const dir = tempDir('jury-protocol-app-');
  const ctx = fixedContext('Хатшы');
  const library = new Library(join(dir, 'data'), ctx);
  const desk = new ScoringDesk(join(dir, 'data'), ctx);
  const dialogs = new FakeDialogs();
  const handlers = createHandlers({ library, desk, settings: new SettingsStore(join(dir, 'data')), dialogs, shell: new FakeShell(), ctx, version: '1', pdfPrinter: hasChromium ? chromiumPrinter() : undefined });
  const call = async <C extends Channel>(channel: C, input?: InputOf<C>): Promise<OutputOf<C>> => {
    const r = await invokeHandler(handlers, channel, 'app://jury/index.html', input, trustOrigin('app://jury'), () => {});
    if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.problems)}`);
    return r.value;
  };
  const ws = library.openFile(await contestWithEntries(dir));
  loadPaperSheet(ws);
  if (complete) completeScores(ws);
  return { dir, dialogs, call, contestId: ws.contestId, library, desk, close: () => (library.closeAll(), desk.closeAll()) };
}

describe('protocol channels', () => {
  it('previews in the chosen language with the secretary’s texts, and keeps what is typed', async () => {
    const a = await app();
    const saved = await a.call('protocol:saveTexts', { contestId: a.contestId, texts: { agenda: 'Жұмыстарды бағалау\nЖеңімпаздарды анықтау', recommendations: '1. Үздік жұмыстарды тарату', number: '7' } });
    expect(saved.number).toBe('7');
    const v = await a.call('protocol:get', { contestId: a.contestId });
    expect(v.language).toBe('kk');
    expect(v.texts.agenda).toBe('Жұмыстарды бағалау\nЖеңімпаздарды анықтау');
    expect(v.html).toContain('Хаттама № 7');
    expect(v.html).toContain('<li>Жеңімпаздарды анықтау</li>');
    expect(v.html).toContain('<li>Үздік жұмыстарды тарату</li>');
    expect(v.html).not.toContain('@font-face');
    expect(v.preliminary).toMatch(/жұмыс бағаланбаған/);
    expect(v.problems).toEqual([]);
    expect((await a.call('protocol:get', { contestId: a.contestId, lang: 'en' })).html).toContain('Protocol No. 7');
    a.close();
  });

  it('exports to the path chosen, signed with the key file chosen, and verifies it against the contest', async () => {
    const a = await app();
    const out = join(a.dir, 'p.xlsx');
    const key = join(a.dir, 's.key');
    writeKeyFile(key);
    a.dialogs.saveAnswers.push(out);
    a.dialogs.openAnswers.push(key);
    const r = await a.call('protocol:export', { contestId: a.contestId, format: 'xlsx', sign: true });
    expect(r).toMatchObject({ fileName: 'p.xlsx', format: 'xlsx', preliminary: true, signaturePath: `${out}.sig` });
    expect(a.dialogs.saved[0].defaultPath).toMatch(/^Хаттама № 1 — Алғыс айту күніне арналған Барлығына рақмет челленджі\.xlsx$/);
    const exports = (await a.call('protocol:get', { contestId: a.contestId })).exports;
    expect(exports.map((e) => [e.fileName, e.signerFingerprint])).toEqual([['p.xlsx', r!.fingerprint]]);

    a.dialogs.openAnswers.push(out);
    const ok = await a.call('protocol:verify', { contestId: a.contestId });
    expect(ok).toMatchObject({ fileName: 'p.xlsx', valid: true, matchesContest: true, details: { signer: { name: 'Әбдікәрімова Әсемгүл' }, recordSha256: r!.recordSha256 } });

    flipByte(out, 100);
    a.dialogs.openAnswers.push(out);
    const bad = await a.call('protocol:verify', {});
    expect(bad).toMatchObject({ valid: false, details: null, problems: [{ code: 'protocolAltered', file: 'p.xlsx' }] });
    a.close();
  });

  it('a cancelled dialog writes nothing; a key file that is not a key is refused', async () => {
    const a = await app();
    expect(await a.call('protocol:export', { contestId: a.contestId, format: 'csv', sign: false })).toBeNull();
    const out = join(a.dir, 'p.csv');
    const notKey = join(a.dir, 'photo.jpg');
    writeFileSync(notKey, 'JFIF');
    a.dialogs.saveAnswers.push(out);
    a.dialogs.openAnswers.push(notKey);
    await expect(a.call('protocol:export', { contestId: a.contestId, format: 'csv', sign: true })).rejects.toThrow(/notAKey/);
    expect(existsSync(out)).toBe(false);
    a.close();
  });

  it('refuses diplomas while scoring is unfinished (the awards may still change)', async () => {
    const a = await app();
    a.dialogs.saveAnswers.push(join(a.dir, 'd.pdf'));
    await expect(a.call('protocol:diplomas', { contestId: a.contestId, kind: 'diplomas', sign: false })).rejects.toThrow(/preliminaryDiplomas/);
    expect(existsSync(join(a.dir, 'd.pdf'))).toBe(false);
    a.close();
  });

  it.skipIf(!hasChromium)('diplomas and letters of thanks: a page each, in Kazakh by default', async () => {
    const a = await app(true);
    const out = join(a.dir, 'd.pdf');
    a.dialogs.saveAnswers.push(out);
    const r = await a.call('protocol:diplomas', { contestId: a.contestId, kind: 'diplomas', sign: false });
    expect(r!.pages).toBeGreaterThanOrEqual(10);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    a.close();
  });

  it('signs with this computer’s own key without asking; with none, a cancelled key dialog says so', async () => {
    const a = await app();
    const out = join(a.dir, 'p.csv');
    a.dialogs.saveAnswers.push(out);
    // no key on this computer, and the key dialog cancelled: a clear problem, nothing written
    await expect(a.call('protocol:export', { contestId: a.contestId, format: 'csv', sign: true })).rejects.toThrow(/noSigningKey/);
    expect(existsSync(out)).toBe(false);
    const made = a.desk.keys.create();
    a.dialogs.saveAnswers.push(out);
    const r = await a.call('protocol:export', { contestId: a.contestId, format: 'csv', sign: true });
    expect(r).toMatchObject({ fingerprint: made.fingerprint, signaturePath: `${out}.sig` });
    expect(a.dialogs.opened.length).toBe(1); // only the first, cancelled, key dialog
    a.close();
  });
});
