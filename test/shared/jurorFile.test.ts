import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/crypto/canonicalJson';
import { fingerprint, fromBase64, keyPairFromSeed, sha256Hex, sign, toBase64, verify } from '../../shared/crypto/signing';
import { JUROR_FILE_FORMAT, readJurorFile, writeJurorFile, type JurorPayload } from '../../shared/juror/jurorFile';

const seed = (n: number) => new Uint8Array(32).map((_, i) => (i * 7 + n) & 0xff);
const juror = keyPairFromSeed(seed(1));
const other = keyPairFromSeed(seed(2));

function payload(keys = juror, patch: Partial<JurorPayload> = {}): JurorPayload {
  return {
    format: JUROR_FILE_FORMAT,
    contest: { uid: 'c-1', definitionSha256: 'ab'.repeat(32) },
    package: 'ef'.repeat(32),
    juror: { id: 'j1', publicKey: toBase64(keys.publicKey), fingerprint: fingerprint(keys.publicKey) },
    revision: 1,
    previous: null,
    createdAt: '2026-03-04T10:00:00.000Z',
    scores: [
      { entry: '1', criterion: 'relevance', value: '4.5' },
      { entry: '2', criterion: 'relevance', value: '3' },
    ],
    comments: [{ entry: '1', text: 'Әдемі бейнеролик' }],
    recusals: [{ entry: '3', reason: 'туысқаны' }],
    ...patch,
  };
}

describe('canonical JSON', () => {
  it('sorts keys, drops undefined, has no white space, and is stable', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'Ә'], c: undefined, d: { z: 0.5, y: -2 } })).toBe('{"a":[true,null,"Ә"],"b":1,"d":{"y":-2,"z":0.5}}');
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
  });
  it('refuses values JSON cannot hold exactly', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow();
    expect(() => canonicalJson({ a: () => 1 })).toThrow();
  });
});

describe('signing', () => {
  it('signs and verifies; another key, another message or a damaged signature fail without throwing', () => {
    const msg = new TextEncoder().encode('«Барлығына рақмет»');
    const sig = sign(msg, juror.secretKey);
    expect(verify(sig, msg, juror.publicKey)).toBe(true);
    expect(verify(sig, msg, other.publicKey)).toBe(false);
    expect(verify(sig, new TextEncoder().encode('«Барлығына рахмет»'), juror.publicKey)).toBe(false);
    expect(verify(sig.slice(1), msg, juror.publicKey)).toBe(false);
    expect(verify(new Uint8Array(64), msg, new Uint8Array(3))).toBe(false);
  });
  it('reads fingerprints as 8 groups of 4 hex digits, and hashes with SHA-256', () => {
    expect(fingerprint(juror.publicKey)).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    expect(fingerprint(juror.publicKey)).not.toBe(fingerprint(other.publicKey));
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
  it('base64 round-trips and refuses non-canonical or foreign text', () => {
    for (const n of [0, 1, 2, 3, 31, 32, 64]) {
      const bytes = new Uint8Array(n).map((_, i) => (i * 37) & 0xff);
      expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    }
    expect(toBase64(new TextEncoder().encode('Man'))).toBe('TWFu');
    expect(fromBase64('TWE=')).toEqual(new TextEncoder().encode('Ma'));
    expect(fromBase64('TWF=')).toBeNull(); // same bytes as TWE= with a padding bit set
    expect(fromBase64('TW E=')).toBeNull();
    expect(fromBase64('TWE')).toBeNull();
  });
});

describe('juror file', () => {
  it('round-trips: who signed it, for which contest and revision, and the file hash', () => {
    const bytes = writeJurorFile(payload(), juror.secretKey);
    const r = readJurorFile(bytes, 'j1.jury-scores');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.payload).toEqual(payload());
    expect(r.value.fingerprint).toBe(fingerprint(juror.publicKey));
    expect(r.value.sha256).toBe(sha256Hex(bytes));
    expect(new TextDecoder().decode(bytes).split('\n')[0]).toBe('JURY-SCORES/1');
  });

  it('is the same bytes for the same content, whatever the key order in memory', () => {
    const a = writeJurorFile(payload(), juror.secretKey);
    const reordered = Object.fromEntries(Object.entries(payload()).reverse()) as unknown as JurorPayload;
    expect(writeJurorFile(reordered, juror.secretKey)).toEqual(a);
  });

  it('catches a change of any single byte anywhere in the file', () => {
    const bytes = writeJurorFile(payload(), juror.secretKey);
    const undetected: number[] = [];
    for (let i = 0; i < bytes.length; i++) {
      const copy = bytes.slice();
      copy[i] ^= 0x01;
      if (readJurorFile(copy).ok) undetected.push(i);
    }
    expect(undetected).toEqual([]);
  });

  it('refuses a truncated file, a foreign file, and a payload re-signed under a key it does not name', () => {
    const bytes = writeJurorFile(payload(), juror.secretKey);
    expect(readJurorFile(bytes.subarray(0, bytes.length - 10), 'j1').ok).toBe(false);
    expect(readJurorFile(bytes.subarray(0, 40), 'j1')).toMatchObject({ ok: false, problems: [{ code: 'truncatedFile', file: 'j1' }] });
    expect(readJurorFile(new TextEncoder().encode('%PDF-1.7\n...'), 'protocol.pdf')).toMatchObject({ ok: false, problems: [{ code: 'notJurorFile' }] });
    expect(readJurorFile(new Uint8Array(0))).toMatchObject({ ok: false, problems: [{ code: 'emptyFile' }] });
    expect(readJurorFile(new TextEncoder().encode('JURY-SC'))).toMatchObject({ ok: false, problems: [{ code: 'truncatedFile' }] });
    // Someone re-signs the juror's payload with their own key but keeps the juror's key inside.
    const forged = writeJurorFile(payload(), other.secretKey);
    expect(readJurorFile(forged)).toMatchObject({ ok: false, problems: [{ code: 'badSignature' }] });
    // Re-signed under a new key that the payload also names: intact, but another signer (merge refuses a second key).
    const resigned = readJurorFile(writeJurorFile(payload(other), other.secretKey));
    expect(resigned.ok && resigned.value.fingerprint).toBe(fingerprint(other.publicKey));
  });

  it('refuses a header key that differs from the key the payload names', () => {
    const body = new TextEncoder().encode(canonicalJson(payload(juror)));
    const header = `JURY-SCORES/1\nkey: ${toBase64(other.publicKey)}\nsignature: ${toBase64(sign(body, other.secretKey))}\n\n`;
    const bytes = new Uint8Array([...new TextEncoder().encode(header), ...body]);
    expect(readJurorFile(bytes)).toMatchObject({ ok: false, problems: [{ code: 'keyMismatch' }] });
  });
});
