import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JurorKeyStore } from '../../../electron/services/jurorKeyStore';
import { decodeKeyFile } from '../../../shared/crypto/keyFile';
import { fingerprint, toBase64 } from '../../../shared/crypto/signing';
import { fixedContext, problemsOf, runCli, tempDir, writeKeyFile } from '../helpers';

const posix = process.platform !== 'win32';

function store() {
  const dataDir = tempDir('jury-keys-');
  return { dataDir, keys: new JurorKeyStore(dataDir, fixedContext()) };
}

describe('JurorKeyStore', () => {
  it('has no key at first: info is null and signing asks for one', () => {
    const { keys, dataDir } = store();
    expect(keys.path).toBe(join(dataDir, 'keys', 'juror.key'));
    expect(keys.info()).toBeNull();
    expect(problemsOf(() => keys.keys())).toEqual([{ code: 'noSigningKey' }]);
  });

  it('creates a key readable by the user only, in a folder of their own', () => {
    const { keys } = store();
    const info = keys.create();
    expect(info.fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    const pair = keys.keys();
    expect(info).toEqual({ fingerprint: fingerprint(pair.publicKey), publicKey: toBase64(pair.publicKey) });
    expect(keys.info()).toEqual(info);
    const decoded = decodeKeyFile(readFileSync(keys.path, 'utf8'), 'juror.key');
    expect(decoded.ok && toBase64(decoded.value.publicKey)).toBe(info.publicKey);
    expect(JSON.parse(readFileSync(keys.path, 'utf8'))).toMatchObject({ format: 'jury.key/1', fingerprint: info.fingerprint, createdAt: '2026-03-04T10:00:00.000Z' });
    if (posix) {
      expect(statSync(keys.path).mode & 0o777).toBe(0o600);
      expect(statSync(join(keys.path, '..')).mode & 0o777).toBe(0o700);
    }
    // no temporary file left beside it
    expect(readdirSync(join(keys.path, '..'))).toEqual(['juror.key']);
  });

  it('never overwrites a key: creating or choosing another is refused and the file stays byte for byte', () => {
    const { keys } = store();
    const first = keys.create();
    const bytes = readFileSync(keys.path);
    expect(problemsOf(() => keys.create())).toEqual([{ code: 'keyExists' }]);
    const other = join(tempDir(), 'other.key');
    writeKeyFile(other);
    expect(problemsOf(() => keys.adopt(other))).toEqual([{ code: 'keyExists' }]);
    expect(readFileSync(keys.path)).toEqual(bytes);
    expect(keys.info()).toEqual(first);
    // a second store over the same folder (another window, the app restarted) sees it too
    expect(problemsOf(() => new JurorKeyStore(join(keys.path, '..', '..'), fixedContext()).create())).toEqual([{ code: 'keyExists' }]);
  });

  it('adopts a key made with `jury keygen`: the same fingerprint, kept private', async () => {
    const { keys } = store();
    const file = join(tempDir(), 'me.key');
    const made = await runCli('keygen', '--out', file);
    expect(made.code).toBe(0);
    const printed = /Fingerprint: (.+)\n/.exec(made.out)![1];
    const info = keys.adopt(file);
    expect(info.fingerprint).toBe(printed);
    expect(readFileSync(keys.path, 'utf8')).toBe(readFileSync(file, 'utf8'));
    if (posix) expect(statSync(keys.path).mode & 0o777).toBe(0o600);
    expect(existsSync(file)).toBe(true); // the juror's own copy is left where it was
  });

  it('refuses a file that is not a whole Jury key, and keeps no key then', () => {
    const { keys } = store();
    const dir = tempDir();
    const cases: [string, string | Buffer, string][] = [
      ['cert.pem', '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n', 'notAKey'],
      ['cut.key', readFileSync(writeKeyPath(dir)).subarray(0, 60), 'notAKey'],
      ['other.json', JSON.stringify({ format: 'jury.key/1', secretKey: 'AAAA', publicKey: 'BBBB' }), 'notAKey'],
    ];
    for (const [name, content, code] of cases) {
      writeFileSync(join(dir, name), content);
      expect(problemsOf(() => keys.adopt(join(dir, name)))).toEqual([{ code, file: name }]);
    }
    expect(problemsOf(() => keys.adopt(join(dir, 'missing.key')))).toEqual([{ code: 'fileNotFound', file: 'missing.key', params: { detail: 'ENOENT' } }]);
    expect(keys.info()).toBeNull();
    expect(existsSync(keys.path)).toBe(false);
  });

  it('a key file damaged on disk is reported, not replaced', () => {
    const { keys } = store();
    keys.create();
    writeFileSync(keys.path, '{"format":"jury.key/1"');
    expect(problemsOf(() => keys.info())).toEqual([{ code: 'notAKey', file: 'juror.key' }]);
    expect(problemsOf(() => keys.keys())).toEqual([{ code: 'notAKey', file: 'juror.key' }]);
    expect(problemsOf(() => keys.create())).toEqual([{ code: 'keyExists' }]);
  });
});

function writeKeyPath(dir: string): string {
  const path = join(dir, 'whole.key');
  writeKeyFile(path);
  return path;
}
