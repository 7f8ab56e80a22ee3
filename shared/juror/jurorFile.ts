import { readEnvelope, writeEnvelope } from '../crypto/envelope';
import { fromBase64 } from '../crypto/signing';
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

/** A juror file is a signed envelope (shared/crypto/envelope.ts) around the payload. */
export function writeJurorFile(payload: JurorPayload, secretKey: Uint8Array): Uint8Array {
  const publicKey = fromBase64(payload.juror.publicKey);
  if (!publicKey) throw new TypeError('payload.juror.publicKey is not base64');
  return writeEnvelope(MAGIC, payload, publicKey, secretKey);
}

export function readJurorFile(bytes: Uint8Array, file = 'juror file'): Result<VerifiedJurorFile> {
  const opened = readEnvelope(MAGIC, bytes, file);
  if (!opened.ok) return opened;
  const payload = opened.value.payload as JurorPayload;
  if (payload?.format !== JUROR_FILE_FORMAT) return fail({ code: 'format', file, field: 'format', params: { expected: JUROR_FILE_FORMAT } });
  if (payload.juror?.publicKey !== opened.value.publicKey) return fail({ code: 'keyMismatch', file });
  return ok({ payload, sha256: opened.value.sha256, fingerprint: opened.value.fingerprint });
}
