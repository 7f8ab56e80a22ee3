import { fail, ok, type Result } from '../problem';
import { fingerprint, fromBase64, keyPairFromSeed, toBase64, type KeyPair } from './signing';

export const KEY_FILE_FORMAT = 'jury.key/1';

/** A private key file: the seed, its public key and fingerprint so a person can read it out. */
export function encodeKeyFile(keys: KeyPair, createdAt: string): string {
  const file = { format: KEY_FILE_FORMAT, publicKey: toBase64(keys.publicKey), secretKey: toBase64(keys.secretKey), fingerprint: fingerprint(keys.publicKey), createdAt };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Refuses anything that is not a whole, self-consistent Jury key (a certificate, a PDF, a cut file). */
export function decodeKeyFile(text: string, file: string): Result<KeyPair> {
  let value: { format?: unknown; secretKey?: unknown; publicKey?: unknown };
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, '')) as typeof value;
  } catch {
    return fail({ code: 'notAKey', file });
  }
  const seed = typeof value?.secretKey === 'string' ? fromBase64(value.secretKey) : null;
  if (value?.format !== KEY_FILE_FORMAT || !seed || seed.length !== 32) return fail({ code: 'notAKey', file });
  const keys = keyPairFromSeed(seed);
  if (value.publicKey !== toBase64(keys.publicKey)) return fail({ code: 'notAKey', file });
  return ok(keys);
}
