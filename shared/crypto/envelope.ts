import { canonicalJson } from './canonicalJson';
import { fingerprint, fromBase64, sha256Hex, sign, toBase64, verify } from './signing';
import { fail, ok, type Result } from '../problem';

/**
 * The signed-file layout shared by juror files, packages and protocols' records:
 *
 *   MAGIC                              e.g. JURY-SCORES/1
 *   key: <base64 Ed25519 public key>
 *   signature: <base64 Ed25519 signature of the payload bytes>
 *   (blank line)
 *   <payload: canonical JSON>
 *
 * The signature covers the payload's exact bytes and is checked before the payload is parsed.
 */
export function writeEnvelope(magic: string, payload: unknown, publicKey: Uint8Array, secretKey: Uint8Array): Uint8Array {
  const body = new TextEncoder().encode(canonicalJson(payload));
  const head = new TextEncoder().encode(`${magic}\nkey: ${toBase64(publicKey)}\nsignature: ${toBase64(sign(body, secretKey))}\n\n`);
  const out = new Uint8Array(head.length + body.length);
  out.set(head);
  out.set(body, head.length);
  return out;
}

export interface OpenedEnvelope {
  payload: unknown;
  /** The signing key as written in the header (canonical base64). */
  publicKey: string;
  fingerprint: string;
  /** SHA-256 of the whole file. */
  sha256: string;
}

export function readEnvelope(magic: string, bytes: Uint8Array, file: string): Result<OpenedEnvelope> {
  if (bytes.length === 0) return fail({ code: 'emptyFile', file });
  const prefix = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, magic.length + 1));
  // A file that starts like ours but stops short was cut; anything else is another kind of file.
  const cut = bytes.length <= magic.length && magic.startsWith(prefix);
  if (prefix !== `${magic}\n`) return fail({ code: cut ? 'truncatedFile' : 'notJurorFile', file });
  const headerEnd = indexOfBlankLine(bytes);
  if (headerEnd < 0) return fail({ code: 'truncatedFile', file });
  const lines = new TextDecoder().decode(bytes.subarray(0, headerEnd)).split('\n');
  const keyText = lines[1]?.startsWith('key: ') ? lines[1].slice(5) : '';
  const key = fromBase64(keyText);
  const signature = lines[2]?.startsWith('signature: ') ? fromBase64(lines[2].slice(11)) : null;
  if (lines.length !== 3 || !key || key.length !== 32 || !signature || signature.length !== 64) return fail({ code: 'truncatedFile', file });
  const body = bytes.subarray(headerEnd + 2);
  if (!verify(signature, body, key)) return fail({ code: 'badSignature', file });
  try {
    const payload: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
    return ok({ payload, publicKey: keyText, fingerprint: fingerprint(key), sha256: sha256Hex(bytes) });
  } catch (e) {
    return fail({ code: 'json', file, params: { detail: (e as Error).message } });
  }
}

/** Offset of the "\n\n" that ends the header, or -1. */
function indexOfBlankLine(b: Uint8Array): number {
  for (let i = 0; i + 1 < b.length && i < 4096; i++) if (b[i] === 0x0a && b[i + 1] === 0x0a) return i;
  return -1;
}
