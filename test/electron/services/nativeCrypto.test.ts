import { describe, expect, it } from 'vitest';
import { nativeEngine } from '../../../electron/services/nativeCrypto';
import { keyPairFromSeed, pureEngine } from '../../../shared/crypto/signing';

const seeded = (n: number) => keyPairFromSeed(new Uint8Array(32).map((_, i) => (i * 31 + n * 7) & 0xff));
const bytes = (n: number, salt = 0) => new Uint8Array(n).map((_, i) => (i * 13 + salt) & 0xff);

// Ed25519's group order L, little-endian: a signature whose S is S + L must be refused by both.
const L = [0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10];

describe('native crypto gives the same bytes and verdicts as the pure engine', () => {
  it('signs identically (Ed25519 is deterministic) and hashes identically', () => {
    for (let n = 0; n < 20; n++) {
      const keys = seeded(n);
      const msg = bytes(n * 97, n);
      expect(nativeEngine.sign(msg, keys.secretKey)).toEqual(pureEngine.sign(msg, keys.secretKey));
      expect(nativeEngine.sha256Hex(msg)).toBe(pureEngine.sha256Hex(msg));
    }
  });

  it('agrees on good, changed, foreign, malformed and non-canonical signatures', () => {
    const keys = seeded(1);
    const other = seeded(2);
    const msg = new TextEncoder().encode('«Барлығына рақмет» · Әә Ғғ Ққ');
    const sig = pureEngine.sign(msg, keys.secretKey);
    const flipped = sig.slice();
    flipped[10] ^= 1;
    const highS = sig.slice();
    let carry = 0;
    for (let i = 0; i < 32; i++) {
      const sum = highS[32 + i] + L[i] + carry;
      highS[32 + i] = sum & 0xff;
      carry = sum >> 8;
    }
    const cases: [Uint8Array, Uint8Array, Uint8Array, boolean][] = [
      [sig, msg, keys.publicKey, true],
      [flipped, msg, keys.publicKey, false],
      [sig, msg, other.publicKey, false],
      [sig, msg.slice(1), keys.publicKey, false],
      [sig.slice(1), msg, keys.publicKey, false],
      [new Uint8Array(64), msg, keys.publicKey, false],
      [sig, msg, new Uint8Array(32), false],
      [sig, msg, new Uint8Array(31), false],
      [highS, msg, keys.publicKey, false],
    ];
    for (const [s, m, k, expected] of cases) {
      expect(pureEngine.verify(s, m, k)).toBe(expected);
      expect(nativeEngine.verify(s, m, k)).toBe(expected);
    }
  });
});
