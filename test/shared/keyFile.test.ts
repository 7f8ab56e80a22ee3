import { describe, expect, it } from 'vitest';
import { decodeKeyFile, encodeKeyFile } from '../../shared/crypto/keyFile';
import { keyPairFromSeed, toBase64 } from '../../shared/crypto/signing';

const keys = keyPairFromSeed(new Uint8Array(32).fill(9));

describe('key files', () => {
  it('round-trip, with the fingerprint written for people', () => {
    const text = encodeKeyFile(keys, '2026-03-04T10:00:00.000Z');
    expect(JSON.parse(text)).toMatchObject({ format: 'jury.key/1', publicKey: toBase64(keys.publicKey), fingerprint: expect.stringMatching(/^[0-9A-F]{4}( [0-9A-F]{4}){7}$/) });
    const r = decodeKeyFile(text, 'me.key');
    expect(r.ok && r.value.publicKey).toEqual(keys.publicKey);
  });
  it('refuses what is not a whole, consistent key, naming the file', () => {
    const good = JSON.parse(encodeKeyFile(keys, 'x'));
    const bad = [
      '',
      '%PDF-1.7',
      JSON.stringify({ ...good, format: 'other' }),
      JSON.stringify({ ...good, secretKey: good.secretKey.slice(0, -4) }),
      JSON.stringify({ ...good, publicKey: toBase64(keyPairFromSeed(new Uint8Array(32).fill(1)).publicKey) }),
    ];
    for (const text of bad) expect(decodeKeyFile(text, 'k.key')).toEqual({ ok: false, problems: [{ code: 'notAKey', file: 'k.key' }] });
  });
});
