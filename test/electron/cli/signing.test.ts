import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runJury } from '../../../electron/cli/jury';
import { decodeKeyFile } from '../../../shared/crypto/keyFile';
import { fingerprint, toBase64 } from '../../../shared/crypto/signing';
import { JUROR_FILE_FORMAT, writeJurorFile } from '../../../shared/juror/jurorFile';
import { tempDir } from '../helpers';

async function jury(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runJury(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('jury keygen and jury verify', () => {
  it('makes a private key file readable by its owner only, and never overwrites one', async () => {
    const key = join(tempDir(), 'me.key');
    const made = await jury('keygen', '--out', key);
    expect(made.code).toBe(0);
    expect(made.out).toMatch(/Fingerprint: ([0-9A-F]{4} ){7}[0-9A-F]{4}/);
    if (process.platform !== 'win32') expect(statSync(key).mode & 0o777).toBe(0o600);
    expect(decodeKeyFile(readFileSync(key, 'utf8'), 'me.key').ok).toBe(true);
    const again = await jury('keygen', '--out', key);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/me\.key.*never overwritten/);
    expect((await jury('keygen')).code).toBe(2);
  });

  it('says who signed a juror file, for which contest and revision; a changed byte makes it invalid', async () => {
    const dir = tempDir();
    await jury('keygen', '--out', join(dir, 'j1.key'));
    const keys = decodeKeyFile(readFileSync(join(dir, 'j1.key'), 'utf8'), 'j1.key');
    if (!keys.ok) throw new Error('key');
    const bytes = writeJurorFile(
      {
        format: JUROR_FILE_FORMAT,
        contest: { uid: 'contest-7', definitionSha256: 'cd'.repeat(32) },
        package: 'ab'.repeat(32),
        juror: { id: 'j1', publicKey: toBase64(keys.value.publicKey), fingerprint: fingerprint(keys.value.publicKey) },
        revision: 2,
        previous: 'ef'.repeat(32),
        createdAt: '2026-03-05T09:00:00.000Z',
        scores: [{ entry: '1', criterion: 'relevance', value: '5' }],
        comments: [],
        recusals: [],
      },
      keys.value.secretKey,
    );
    const file = join(dir, 'j1.jury-scores');
    writeFileSync(file, bytes);
    const ok = await jury('verify', file);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/intact, signature valid/);
    expect(ok.out).toMatch(/revision 2/);
    expect(ok.out).toMatch(/juror j1/);
    expect(ok.out).toMatch(/Contest contest-7/);

    const tampered = bytes.slice();
    tampered[tampered.length - 5] ^= 1;
    writeFileSync(file, tampered);
    const bad = await jury('verify', file);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/j1\.jury-scores: has a signature that does not match its content/);

    writeFileSync(file, '%PDF-1.7\n');
    expect((await jury('verify', file)).err).toMatch(/is neither a Jury score file nor a juror package/);
    expect((await jury('verify', join(dir, 'missing'))).err).toMatch(/missing: does not exist/);
  });
});
