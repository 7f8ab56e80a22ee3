import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/crypto/canonicalJson';
import { envelopeLayout, readEnvelope, writeEnvelope } from '../../shared/crypto/envelope';
import { fingerprint, keyPairFromSeed, sha256Hex, sign, toBase64 } from '../../shared/crypto/signing';

const seed = (n: number) => new Uint8Array(32).map((_, i) => (i * 13 + n) & 0xff);
const alice = keyPairFromSeed(seed(3));
const bob = keyPairFromSeed(seed(4));
const MAGIC = 'JURY-TEST/1';
const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) out.set(p, at), (at += p.length);
  return out;
};
const PAYLOAD = { z: 'соңғы', a: [1, 2.5, null, true], nested: { b: 'Ә', a: 0 } };

/** A header written by hand, for layouts writeEnvelope never makes. */
function handMade(body: Uint8Array, lines: string[]): Uint8Array {
  return concat(enc(`${lines.join('\n')}\n\n`), body);
}

describe('writeEnvelope', () => {
  it('writes the magic, key, signature, optional length, a blank line and the canonical payload', () => {
    const bytes = writeEnvelope(MAGIC, PAYLOAD, alice.publicKey, alice.secretKey);
    const text = dec(bytes);
    const body = canonicalJson(PAYLOAD);
    const signature = toBase64(sign(enc(body), alice.secretKey));
    expect(text).toBe(`${MAGIC}\nkey: ${toBase64(alice.publicKey)}\nsignature: ${signature}\n\n${body}`);
    const withLength = dec(writeEnvelope(MAGIC, PAYLOAD, alice.publicKey, alice.secretKey, true));
    expect(withLength).toBe(`${MAGIC}\nkey: ${toBase64(alice.publicKey)}\nsignature: ${signature}\nlength: ${enc(body).length}\n\n${body}`);
  });

  it('is deterministic: the same payload and key always make the same bytes, whatever the key order', () => {
    const a = writeEnvelope(MAGIC, PAYLOAD, alice.publicKey, alice.secretKey, true);
    const reordered = { nested: { a: 0, b: 'Ә' }, a: [1, 2.5, null, true], z: 'соңғы' };
    expect(writeEnvelope(MAGIC, reordered, alice.publicKey, alice.secretKey, true)).toEqual(a);
  });
});

describe('readEnvelope', () => {
  it('round-trips without a length line: payload, key, fingerprint, the whole file hash, end at the last byte', () => {
    const bytes = writeEnvelope(MAGIC, PAYLOAD, alice.publicKey, alice.secretKey);
    const r = readEnvelope(MAGIC, bytes, 'x');
    expect(r).toEqual({
      ok: true,
      value: { payload: PAYLOAD, publicKey: toBase64(alice.publicKey), fingerprint: fingerprint(alice.publicKey), sha256: sha256Hex(bytes), end: bytes.length },
    });
  });

  it('with a length line, data may trail: it is left out of the hash and `end` points at it', () => {
    const head = writeEnvelope(MAGIC, PAYLOAD, alice.publicKey, alice.secretKey, true);
    const trailing = enc('media bytes \u0000\u0001 follow');
    const r = readEnvelope(MAGIC, concat(head, trailing), 'x');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.end).toBe(head.length);
    expect(r.value.sha256).toBe(sha256Hex(head));
    expect(r.value.payload).toEqual(PAYLOAD);
  });

  it('checks the signature before parsing: a changed payload is badSignature, even when it is no longer JSON', () => {
    const bytes = writeEnvelope(MAGIC, PAYLOAD, alice.publicKey, alice.secretKey);
    const broken = bytes.slice();
    broken[broken.length - 1] = '#'.charCodeAt(0); // the closing brace
    expect(readEnvelope(MAGIC, broken, 'x')).toMatchObject({ ok: false, problems: [{ code: 'badSignature', file: 'x' }] });
    // A signed body that is not JSON (or not UTF-8) gets past the signature and is refused as JSON.
    for (const body of [enc('{"a":'), new Uint8Array([0x7b, 0xff, 0x7d])]) {
      const signed = handMade(body, [MAGIC, `key: ${toBase64(alice.publicKey)}`, `signature: ${toBase64(sign(body, alice.secretKey))}`]);
      expect(readEnvelope(MAGIC, signed, 'x')).toMatchObject({ ok: false, problems: [{ code: 'json', file: 'x' }] });
    }
  });

  it('a file re-signed with another key is intact at this level, but names another signer', () => {
    const a = readEnvelope(MAGIC, writeEnvelope(MAGIC, PAYLOAD, alice.publicKey, alice.secretKey), 'x');
    const b = readEnvelope(MAGIC, writeEnvelope(MAGIC, PAYLOAD, bob.publicKey, bob.secretKey), 'x');
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(b.value.payload).toEqual(a.value.payload);
    expect(b.value.fingerprint).toBe(fingerprint(bob.publicKey));
    expect(b.value.fingerprint).not.toBe(a.value.fingerprint);
    expect(b.value.sha256).not.toBe(a.value.sha256);
  });

  it('refuses a header key that did not make the signature, and a swapped signature', () => {
    const body = enc(canonicalJson(PAYLOAD));
    const wrongKey = handMade(body, [MAGIC, `key: ${toBase64(bob.publicKey)}`, `signature: ${toBase64(sign(body, alice.secretKey))}`]);
    expect(readEnvelope(MAGIC, wrongKey, 'x')).toMatchObject({ ok: false, problems: [{ code: 'badSignature' }] });
    const otherBody = enc(canonicalJson({ other: 1 }));
    const swapped = handMade(body, [MAGIC, `key: ${toBase64(alice.publicKey)}`, `signature: ${toBase64(sign(otherBody, alice.secretKey))}`]);
    expect(readEnvelope(MAGIC, swapped, 'x')).toMatchObject({ ok: false, problems: [{ code: 'badSignature' }] });
  });

  it('refuses keys and signatures of the wrong size or spelling, and a length past the end', () => {
    const body = enc(canonicalJson(PAYLOAD));
    const sig = toBase64(sign(body, alice.secretKey));
    const key = toBase64(alice.publicKey);
    const cases: string[][] = [
      [MAGIC, `key: ${toBase64(alice.publicKey.subarray(0, 31))}`, `signature: ${sig}`],
      [MAGIC, `key: ${key}`, `signature: ${toBase64(sign(body, alice.secretKey).subarray(0, 63))}`],
      [MAGIC, `key: ${key}`, `signature: ${sig.slice(0, -2)}`], // not base64
      [MAGIC, `key:  ${key}`, `signature: ${sig}`],
      [MAGIC, `Key: ${key}`, `signature: ${sig}`],
      [MAGIC, `signature: ${sig}`, `key: ${key}`],
      [MAGIC, `key: ${key}`, `signature: ${sig}`, `length: ${body.length + 1}`],
    ];
    for (const lines of cases) {
      expect(readEnvelope(MAGIC, handMade(body, lines), 'x'), lines.join(' / ')).toMatchObject({ ok: false, problems: [{ code: 'truncatedFile' }] });
    }
  });

  it('catches a change of any single byte of the header or payload, with or without a length line', () => {
    for (const withLength of [false, true]) {
      const bytes = writeEnvelope(MAGIC, PAYLOAD, alice.publicKey, alice.secretKey, withLength);
      const headerEnd = dec(bytes).indexOf('\n\n') + 2;
      const undetected: number[] = [];
      for (let i = 0; i < bytes.length; i++) {
        // Every byte with its low bit flipped; the header's also with the case bit (Key:, LENGTH:, base64 letters).
        for (const flip of i < headerEnd ? [0x01, 0x20] : [0x01]) {
          const copy = bytes.slice();
          copy[i] ^= flip;
          if (readEnvelope(MAGIC, copy, 'x').ok) undetected.push(i);
        }
      }
      expect(undetected, `withLength=${withLength}`).toEqual([]);
    }
  });

  it('refuses the file cut at any point', () => {
    for (const withLength of [false, true]) {
      const bytes = writeEnvelope(MAGIC, PAYLOAD, alice.publicKey, alice.secretKey, withLength);
      const headerEnd = dec(bytes).indexOf('\n\n');
      for (let n = 0; n < bytes.length; n++) {
        const r = readEnvelope(MAGIC, bytes.subarray(0, n), 'x');
        expect(r.ok, `cut at ${n}`).toBe(false);
        if (r.ok) continue;
        const code = r.problems[0].code;
        if (n === 0) expect(code).toBe('emptyFile');
        else if (n <= headerEnd + 1 || withLength) expect(code, `cut at ${n}`).toBe('truncatedFile');
        else expect(code, `cut at ${n}`).toBe('badSignature'); // without a length line, a short payload just fails its signature
      }
    }
  });
});

describe('envelopeLayout', () => {
  const head = writeEnvelope(MAGIC, PAYLOAD, alice.publicKey, alice.secretKey, true);
  const headerEnd = dec(head).indexOf('\n\n');

  it('finds the blank line and the length from the first bytes only', () => {
    expect(envelopeLayout(MAGIC, head.subarray(0, headerEnd + 2), 'x')).toEqual({ ok: true, value: { headerEnd, length: enc(canonicalJson(PAYLOAD)).length } });
    const noLength = writeEnvelope(MAGIC, PAYLOAD, alice.publicKey, alice.secretKey);
    expect(envelopeLayout(MAGIC, noLength, 'x')).toEqual({ ok: true, value: { headerEnd: dec(noLength).indexOf('\n\n'), length: null } });
  });

  it('tells an empty file, a cut one and another kind of file apart, with the caller’s code for the last', () => {
    expect(envelopeLayout(MAGIC, new Uint8Array(0), 'x')).toEqual({ ok: false, problems: [{ code: 'emptyFile', file: 'x' }] });
    for (const n of [1, 5, MAGIC.length, MAGIC.length + 1, headerEnd, headerEnd + 1]) {
      expect(envelopeLayout(MAGIC, head.subarray(0, n), 'x'), `cut at ${n}`).toEqual({ ok: false, problems: [{ code: 'truncatedFile', file: 'x' }] });
    }
    expect(envelopeLayout(MAGIC, enc('%PDF-1.7\n%âãÏÓ\n'), 'a.pdf')).toEqual({ ok: false, problems: [{ code: 'notJurorFile', file: 'a.pdf' }] });
    expect(envelopeLayout(MAGIC, enc('%PDF-1.7\n'), 'a.pdf', 'notPackage')).toEqual({ ok: false, problems: [{ code: 'notPackage', file: 'a.pdf' }] });
    expect(envelopeLayout(MAGIC, enc('JURY-TEST/2\nkey: x\n\n'), 'x', 'notPackage')).toMatchObject({ ok: false, problems: [{ code: 'notPackage' }] });
    expect(envelopeLayout(MAGIC, enc(`\uFEFF${MAGIC}\n`), 'x', 'notPackage')).toMatchObject({ ok: false, problems: [{ code: 'notPackage' }] });
    expect(envelopeLayout(MAGIC, enc(`${MAGIC}\r\nkey: a\r\n\r\n`), 'x', 'notPackage')).toMatchObject({ ok: false, problems: [{ code: 'notPackage' }] });
  });

  it('accepts only a plain decimal length on the fourth line, and nothing after it', () => {
    const layout = (lines: string[]) => envelopeLayout(MAGIC, enc(`${[MAGIC, 'key: k', 'signature: s', ...lines].join('\n')}\n\n{}`), 'x');
    expect(layout(['length: 0'])).toMatchObject({ ok: true, value: { length: 0 } });
    expect(layout(['length: 9999999999'])).toMatchObject({ ok: true, value: { length: 9999999999 } });
    for (const bad of [['length: 01'], ['length: -1'], ['length: 1e3'], ['length: 0x10'], ['length: 12345678901'], ['length:12'], ['length: 12 '], ['length: 2', 'extra: 1'], ['other: 2']]) {
      expect(layout(bad), bad.join('/')).toMatchObject({ ok: false, problems: [{ code: 'truncatedFile' }] });
    }
  });

  it('gives up on a header that has no blank line within its first 4 KiB', () => {
    const long = enc(`${MAGIC}\nkey: ${'A'.repeat(5000)}\n\n`);
    expect(envelopeLayout(MAGIC, long, 'x')).toMatchObject({ ok: false, problems: [{ code: 'truncatedFile' }] });
  });
});

describe('only the canonical payload is accepted', () => {
  const signedText = (text: string) => {
    const body = enc(text);
    return concat(enc(`${MAGIC}\nkey: ${toBase64(alice.publicKey)}\nsignature: ${toBase64(sign(body, alice.secretKey))}\n\n`), body);
  };
  it('refuses a correctly signed payload with a key twice, spaces, or keys out of order', () => {
    for (const text of ['{"revision":1,"revision":2}', '{ "a": 1 }', '{"b":1,"a":2}', '{"a":1.0}']) {
      expect(readEnvelope(MAGIC, signedText(text), 'x')).toEqual({ ok: false, problems: [{ code: 'truncatedFile', file: 'x', field: 'payload' }] });
    }
    expect(readEnvelope(MAGIC, signedText('{"a":1,"b":[true,null]}'), 'x').ok).toBe(true);
  });
  it('keeps a key named __proto__ as a key, the same on both paths', () => {
    const value = JSON.parse('{"a":1,"__proto__":{"x":2}}');
    expect(canonicalJson(value)).toBe('{"__proto__":{"x":2},"a":1}');
    expect(canonicalJson({ ...value, 7: 'n' })).toBe('{"7":"n","__proto__":{"x":2},"a":1}');
  });
});
