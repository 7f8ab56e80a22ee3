import { canonicalJson } from './canonicalJson';
import { fingerprint, fromBase64, sha256Hex, sign, toBase64, verify } from './signing';
import { fail, ok, type ProblemCode, type Result } from '../problem';

/**
 * The signed-file layout shared by juror files, packages and protocols' records:
 *
 *   MAGIC                              e.g. JURY-SCORES/1
 *   key: <base64 Ed25519 public key>
 *   signature: <base64 Ed25519 signature of the payload bytes>
 *   length: <payload bytes>            only when data follows the payload (a package's media)
 *   (blank line)
 *   <payload: canonical JSON>
 *   <trailing data, if any: covered by hashes inside the payload>
 *
 * The signature covers the payload's exact bytes and is checked before the payload is parsed.
 */
export function writeEnvelope(magic: string, payload: unknown, publicKey: Uint8Array, secretKey: Uint8Array, withLength = false): Uint8Array {
  const body = new TextEncoder().encode(canonicalJson(payload));
  const length = withLength ? `length: ${body.length}\n` : '';
  const head = new TextEncoder().encode(`${magic}\nkey: ${toBase64(publicKey)}\nsignature: ${toBase64(sign(body, secretKey))}\n${length}\n`);
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
  /** SHA-256 of the header and payload (the whole file when nothing trails it). */
  sha256: string;
  /** Where trailing data starts: the byte after the payload. */
  end: number;
}

/** Where the header ends and how long the payload is, from the first bytes of a file. */
export interface EnvelopeLayout {
  headerEnd: number;
  /** Payload length from the `length:` line, or null when the payload runs to the end. */
  length: number | null;
}

export function envelopeLayout(magic: string, head: Uint8Array, file: string, notMine: ProblemCode = 'notJurorFile'): Result<EnvelopeLayout> {
  if (head.length === 0) return fail({ code: 'emptyFile', file });
  const prefix = new TextDecoder('utf-8', { fatal: false }).decode(head.subarray(0, magic.length + 1));
  // A file that starts like ours but stops short was cut; anything else is another kind of file.
  const cut = head.length <= magic.length && magic.startsWith(prefix);
  if (prefix !== `${magic}\n`) return fail({ code: cut ? 'truncatedFile' : notMine, file });
  const headerEnd = indexOfBlankLine(head);
  if (headerEnd < 0) return fail({ code: 'truncatedFile', file });
  const lines = new TextDecoder().decode(head.subarray(0, headerEnd)).split('\n');
  if (lines.length === 3) return ok({ headerEnd, length: null });
  const length = lines.length === 4 && /^length: (0|[1-9]\d{0,9})$/.test(lines[3]) ? Number(lines[3].slice(8)) : NaN;
  return Number.isSafeInteger(length) ? ok({ headerEnd, length }) : fail({ code: 'truncatedFile', file });
}

export function readEnvelope(magic: string, bytes: Uint8Array, file: string, notMine: ProblemCode = 'notJurorFile'): Result<OpenedEnvelope> {
  const layout = envelopeLayout(magic, bytes, file, notMine);
  if (!layout.ok) return layout;
  const { headerEnd, length } = layout.value;
  const lines = new TextDecoder().decode(bytes.subarray(0, headerEnd)).split('\n');
  const keyText = lines[1]?.startsWith('key: ') ? lines[1].slice(5) : '';
  const key = fromBase64(keyText);
  const signature = lines[2]?.startsWith('signature: ') ? fromBase64(lines[2].slice(11)) : null;
  if (!key || key.length !== 32 || !signature || signature.length !== 64) return fail({ code: 'truncatedFile', file });
  const start = headerEnd + 2;
  const end = length === null ? bytes.length : start + length;
  if (end > bytes.length) return fail({ code: 'truncatedFile', file });
  const body = bytes.subarray(start, end);
  if (!verify(signature, body, key)) return fail({ code: 'badSignature', file });
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    const payload: unknown = JSON.parse(text);
    // Only the canonical form is accepted: a payload with a key twice, or written another way,
    // could be read differently by another program than by this one.
    // JSON.stringify gives back the text exactly when it has no key twice, no spaces and no other
    // spelling of a value; with every object's keys in order that is the canonical form (the fast
    // check for 100,000 scores). The full canonical form is compared otherwise.
    const canonical = (JSON.stringify(payload) === text && keysInOrder(payload)) || canonicalJson(payload) === text;
    if (!canonical) return fail({ code: 'truncatedFile', file, field: 'payload' });
    return ok({ payload, publicKey: keyText, fingerprint: fingerprint(key), sha256: sha256Hex(bytes.subarray(0, end)), end });
  } catch (e) {
    return fail({ code: 'json', file, params: { detail: (e as Error).message } });
  }
}

/** Whether every object's keys, as parsed, stand in code-unit order. */
function keysInOrder(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return true;
  if (Array.isArray(v)) return v.every(keysInOrder);
  let previous: string | null = null;
  for (const [k, child] of Object.entries(v)) {
    if (previous !== null && !(previous < k)) return false;
    if (!keysInOrder(child)) return false;
    previous = k;
  }
  return true;
}

/** Offset of the "\n\n" that ends the header, or -1. */
function indexOfBlankLine(b: Uint8Array): number {
  for (let i = 0; i + 1 < b.length && i < 4096; i++) if (b[i] === 0x0a && b[i + 1] === 0x0a) return i;
  return -1;
}
