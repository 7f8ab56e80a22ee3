import { envelopeLayout, readEnvelope, writeEnvelope } from '../crypto/envelope';
import { fingerprint, fromBase64, toBase64 } from '../crypto/signing';
import { scoredNominations, type ContestDefinition } from '../contest/model';
import { fail, ok, type Result } from '../problem';
import type { EntryRef, JurorScores } from '../scores/jurorScores';

export const JUROR_FILE_FORMAT = 'jury.scores/1';
export const JUROR_FILE_MAGIC = 'JURY-SCORES/1';

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
  /** SHA-256 of the package the juror scored from. */
  package: string;
  juror: { id: string; publicKey: string; fingerprint: string };
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
  return writeEnvelope(JUROR_FILE_MAGIC, payload, publicKey, secretKey, true);
}

export function readJurorFile(bytes: Uint8Array, file = 'juror file'): Result<VerifiedJurorFile> {
  // The length line tells a file cut short (a USB stick pulled too early) from one changed. The
  // header is not signed, so it must be exactly this one, with nothing after the payload: one
  // signed payload has one file hash, the hash the next revision chains to.
  const layout = envelopeLayout(JUROR_FILE_MAGIC, bytes, file);
  if (layout.ok && (layout.value.length === null || layout.value.headerEnd + 2 + layout.value.length !== bytes.length)) return fail({ code: 'truncatedFile', file });
  const opened = readEnvelope(JUROR_FILE_MAGIC, bytes, file);
  if (!opened.ok) return opened;
  const payload = opened.value.payload as JurorPayload;
  if (payload?.format !== JUROR_FILE_FORMAT) return fail({ code: 'format', file, field: 'format', params: { expected: JUROR_FILE_FORMAT } });
  if (payload.juror?.publicKey !== opened.value.publicKey || payload.juror.fingerprint !== opened.value.fingerprint) return fail({ code: 'keyMismatch', file });
  const bad = malformedField(payload);
  if (bad) return fail({ code: 'truncatedFile', file, field: bad });
  return ok({ payload, sha256: opened.value.sha256, fingerprint: opened.value.fingerprint });
}

const isText = (v: unknown): v is string => typeof v === 'string';
const isHash = (v: unknown) => isText(v) && /^[0-9a-f]{64}$/.test(v);
const records = (list: unknown, fields: string[]) => Array.isArray(list) && list.every((r) => r !== null && typeof r === 'object' && fields.every((f) => isText((r as Record<string, unknown>)[f])));

/**
 * Anyone can make a key and sign a file: before the organiser merges it, its shape is checked so
 * that nothing downstream meets a missing field. The first field that is wrong, or null.
 */
function malformedField(p: JurorPayload): string | null {
  if (!p.contest || !isText(p.contest.uid) || !isHash(p.contest.definitionSha256)) return 'contest';
  if (!isHash(p.package)) return 'package';
  if (!isText(p.juror.id) || !p.juror.id) return 'juror.id';
  if (!Number.isSafeInteger(p.revision) || p.revision < 1) return 'revision';
  // The first revision starts the chain; every later one names the file it follows.
  if (p.revision === 1 ? p.previous !== null : !isHash(p.previous)) return 'previous';
  if (!isText(p.createdAt)) return 'createdAt';
  if (!records(p.scores, ['entry', 'criterion', 'value'])) return 'scores';
  if (!records(p.comments, ['entry', 'text'])) return 'comments';
  if (!records(p.recusals, ['entry', 'reason'])) return 'recusals';
  return null;
}

export interface PayloadSource {
  definition: ContestDefinition;
  contest: JurorPayload['contest'];
  packageSha256: string;
  jurorId: string;
  publicKey: Uint8Array;
  entries: readonly EntryRef[];
  marks: JurorScores;
  revision: number;
  previous: string | null;
  createdAt: string;
}

/**
 * The payload for a juror's marks: only entries of the package and criteria of their
 * nomination (a mark left from an older package is not sent), in a stable order so the same
 * marks always make the same bytes.
 */
export function buildJurorPayload(s: PayloadSource): JurorPayload {
  const criteria = new Map(scoredNominations(s.definition).map((n) => [n.id, n.criteria.map((c) => c.id)]));
  const scores: ScoreRecord[] = [];
  const comments: JurorPayload['comments'] = [];
  const recusals: JurorPayload['recusals'] = [];
  for (const e of s.entries) {
    const reason = s.marks.recusals.get(e.id);
    if (reason !== undefined) recusals.push({ entry: e.id, reason });
    else {
      for (const c of criteria.get(e.nomination ?? '') ?? []) {
        const value = s.marks.scores.get(`${e.id}\u0000${c}`);
        if (value !== undefined) scores.push({ entry: e.id, criterion: c, value });
      }
    }
    const text = s.marks.comments.get(e.id);
    if (text) comments.push({ entry: e.id, text });
  }
  return {
    format: JUROR_FILE_FORMAT,
    contest: s.contest,
    package: s.packageSha256,
    juror: { id: s.jurorId, publicKey: toBase64(s.publicKey), fingerprint: fingerprint(s.publicKey) },
    revision: s.revision,
    previous: s.previous,
    createdAt: s.createdAt,
    scores,
    comments,
    recusals,
  };
}

/**
 * Whether `next` may follow the newest revision already accepted from this juror: a revision
 * number only goes up, and a direct successor must name its predecessor's hash. A replayed or
 * older file is refused.
 */
export function followsRevision(accepted: { revision: number; sha256: string } | null, next: VerifiedJurorFile, file: string): Result<true> {
  if (!accepted) return ok(true);
  if (next.sha256 === accepted.sha256 || next.payload.revision <= accepted.revision) {
    return fail({ code: 'staleRevision', file, params: { revision: next.payload.revision, accepted: accepted.revision } });
  }
  if (next.payload.revision === accepted.revision + 1 && next.payload.previous !== accepted.sha256) {
    return fail({ code: 'brokenChain', file, params: { revision: next.payload.revision } });
  }
  return ok(true);
}
