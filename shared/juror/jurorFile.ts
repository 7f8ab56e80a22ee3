import { canonicalJson } from '../crypto/canonicalJson';
import { fingerprint, fromBase64, sha256Hex, sign, toBase64, verify } from '../crypto/signing';
import { fail, ok, type Result } from '../problem';

export const JUROR_FILE_FORMAT = 'jury.scores/1';
const MAGIC = 'JURY-SCORES/1';

export interface ScoreRecord {
  entry: string;
  criterion: string;
  /** Exact decimal text, e.g. "7.5". */
  value: string;
}

/** What a juror hands back: everything the organiser merges, and nothing else. */
export interface JurorPayload {
  format: typeof JUROR_FILE_FORMAT;
  contest: { uid: string; definitionSha256: string };
  juror: { id: string; publicKey: string };
  /** Only goes up; a resubmission is a new revision. */
  revision: number;
  /** SHA-256 of the previous revision's file, null for the first. */
  previous: string | null;
  createdAt: string;
  scores: ScoreRecord[];
  comments: { entry: string; text: string }[];
  recusals: { entry: string; reason: string }[];
}

export interface VerifiedJurorFile {
  payload: JurorPayload;
  /** SHA-256 of the whole file, kept as evidence and chained by the next revision. */
  sha256: string;
  fingerprint: string;
}

/**
 * A juror file is a short header and the canonical JSON payload:
 *
 *   JURY-SCORES/1
 *   key: <base64 Ed25519 public key>
 *   signature: <base64 Ed25519 signature of the payload bytes>
 *   (blank line)
 *   <payload>
 *
 * The signature covers the payload's exact bytes and is checked before the payload is parsed.
 */
export function writeJurorFile(payload: JurorPayload, secretKey: Uint8Array): Uint8Array {
  const body = new TextEncoder().encode(canonicalJson(payload));
  const header = `${MAGIC}\nkey: ${payload.juror.publicKey}\nsignature: ${toBase64(sign(body, secretKey))}\n\n`;
  const head = new TextEncoder().encode(header);
  const out = new Uint8Array(head.length + body.length);
  out.set(head);
  out.set(body, head.length);
  return out;
}

export function readJurorFile(bytes: Uint8Array, file = 'juror file'): Result<VerifiedJurorFile> {
  const headerEnd = indexOfBlankLine(bytes);
  const prefix = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, Math.min(bytes.length, 16)));
  if (!prefix.startsWith(MAGIC)) return fail({ code: 'notJurorFile', file });
  if (headerEnd < 0) return fail({ code: 'truncatedFile', file });
  const lines = new TextDecoder().decode(bytes.subarray(0, headerEnd)).split('\n');
  const key = lines[1]?.startsWith('key: ') ? fromBase64(lines[1].slice(5)) : null;
  const signature = lines[2]?.startsWith('signature: ') ? fromBase64(lines[2].slice(11)) : null;
  if (lines.length !== 3 || !key || key.length !== 32 || !signature || signature.length !== 64) return fail({ code: 'truncatedFile', file });
  const body = bytes.subarray(headerEnd + 2);
  if (!verify(signature, body, key)) return fail({ code: 'badSignature', file });
  let payload: JurorPayload;
  try {
    payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body)) as JurorPayload;
  } catch (e) {
    return fail({ code: 'json', file, params: { detail: (e as Error).message } });
  }
  if (payload?.format !== JUROR_FILE_FORMAT) return fail({ code: 'format', file, field: 'format', params: { expected: JUROR_FILE_FORMAT } });
  if (payload.juror?.publicKey !== lines[1].slice(5)) return fail({ code: 'keyMismatch', file });
  return ok({ payload, sha256: sha256Hex(bytes), fingerprint: fingerprint(key) });
}

/** Offset of the "\n\n" that ends the header, or -1. */
function indexOfBlankLine(b: Uint8Array): number {
  for (let i = 0; i + 1 < b.length && i < 4096; i++) if (b[i] === 0x0a && b[i + 1] === 0x0a) return i;
  return -1;
}
