import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/**
 * Ed25519 keys and signatures, and SHA-256, in pure JavaScript (audited @noble libraries) so
 * that the same code signs in the main process and verifies anywhere. Randomness is passed in:
 * this module never reaches for the platform.
 */
export interface KeyPair {
  secretKey: Uint8Array;
  publicKey: Uint8Array;
}

/** A key pair from 32 random bytes (the caller supplies them from the OS's secure source). */
export function keyPairFromSeed(seed: Uint8Array): KeyPair {
  if (seed.length !== 32) throw new RangeError('an Ed25519 seed is 32 bytes');
  return { secretKey: seed, publicKey: ed25519.getPublicKey(seed) };
}

/**
 * What signs, verifies and hashes. Pure JavaScript by default, so this module runs anywhere;
 * the main process installs Node's native crypto (electron/services/nativeCrypto.ts), which gives
 * the same bytes and verdicts about twenty times faster on a 100,000-score juror file.
 */
export interface SignatureEngine {
  sign(message: Uint8Array, secretKey: Uint8Array): Uint8Array;
  /** Strict RFC 8032 verification; false for anything malformed, never throws. */
  verify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean;
  sha256Hex(bytes: Uint8Array): string;
}

export const pureEngine: SignatureEngine = {
  sign: (message, secretKey) => ed25519.sign(message, secretKey),
  verify: (signature, message, publicKey) => {
    try {
      // zip215: false is RFC 8032's strict reading, the one OpenSSL (and so Node) applies.
      return ed25519.verify(signature, message, publicKey, { zip215: false });
    } catch {
      return false;
    }
  },
  sha256Hex: (bytes) => bytesToHex(sha256(bytes)),
};

let engine: SignatureEngine = pureEngine;

export function useSignatureEngine(next: SignatureEngine): void {
  engine = next;
}

export function sign(message: Uint8Array, secretKey: Uint8Array): Uint8Array {
  return engine.sign(message, secretKey);
}

/** False for a bad signature, a wrong key, or anything malformed: never throws. */
export function verify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  return engine.verify(signature, message, publicKey);
}

export function sha256Hex(bytes: Uint8Array): string {
  return engine.sha256Hex(bytes);
}

/**
 * What people compare when they read a key out loud: the first 16 bytes of the SHA-256 of
 * the public key, as 8 groups of 4 hex digits ("3F2A 9C01 …").
 */
export function fingerprint(publicKey: Uint8Array): string {
  return (sha256Hex(publicKey).slice(0, 32).toUpperCase().match(/.{4}/g) ?? []).join(' ');
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + (i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=') + (i + 2 < bytes.length ? B64[n & 63] : '=');
  }
  return out;
}

/** Strict base64: anything else is null, so a damaged key or signature is refused, not guessed. */
export function fromBase64(text: string): Uint8Array | null {
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(text)) return null;
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (const ch of clean) {
    value = (value << 6) | B64.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  // Unused padding bits must be zero: otherwise two texts would carry the same bytes, and a
  // changed character in a signed file could go unnoticed.
  return toBase64(out) === text ? out : null;
}
