import { canonicalJson } from '../crypto/canonicalJson';
import { envelopeLayout, readEnvelope, writeEnvelope } from '../crypto/envelope';
import { sha256Hex } from '../crypto/signing';
import type { KeyPair } from '../crypto/signing';
import { scoredNominations, scoringJurors, type ContestDefinition } from '../contest/model';
import { validateContest } from '../contest/validate';
import type { EntryData } from '../entries/model';
import { fail, ok, type Result } from '../problem';

export const PACKAGE_FORMAT = 'jury.package/1';
export const PACKAGE_MAGIC = 'JURY-PACKAGE/1';

/** What a juror sees of an entry: enough to judge it, nothing of the screening. */
export type PackageEntry = Pick<EntryData, 'id' | 'nomination' | 'participant' | 'organisation' | 'region' | 'age_group' | 'link'> & {
  /** The media file's name inside the package, or null when the package carries none for it. */
  media: string | null;
};

/** A media file carried after the payload: where it lies and what it must hash to. */
export interface PackageMedia {
  entry: string;
  name: string;
  /** Byte offset from the end of the payload. */
  offset: number;
  size: number;
  sha256: string;
}

export interface PackagePayload {
  format: typeof PACKAGE_FORMAT;
  contest: { uid: string; definitionSha256: string };
  definition: ContestDefinition;
  juror: { id: string; name: string };
  createdAt: string;
  entries: PackageEntry[];
  media: PackageMedia[];
}

export interface VerifiedPackage {
  payload: PackagePayload;
  /** The organiser's key fingerprint, to compare with what the organiser reads out. */
  fingerprint: string;
  publicKey: string;
  /** SHA-256 of the header and payload: the package's identity. */
  sha256: string;
  /** Where the media bytes start in the file. */
  mediaStart: number;
}

/** The hash a juror file carries so the organiser knows which rules it was scored under. */
export function definitionSha256(def: ContestDefinition): string {
  return sha256Hex(new TextEncoder().encode(canonicalJson(def)));
}

/**
 * The signed head of a package (header and payload). Media bytes, when carried, follow it in
 * the order of payload.media; each is bound to the signature by its SHA-256 in the payload.
 */
export function writePackageHead(payload: PackagePayload, keys: KeyPair): Uint8Array {
  return writeEnvelope(PACKAGE_MAGIC, payload, keys.publicKey, keys.secretKey, true);
}

/**
 * Verifies a package's head (the signature first, then the contents). `fileSize` is the size
 * of the whole file, so that media cut short or added to are caught before anything is opened.
 */
export function readPackageHead(head: Uint8Array, fileSize: number, file = 'package'): Result<VerifiedPackage> {
  // The header is not signed: a package always has its length line, so one signed payload has one file hash.
  const layout = envelopeLayout(PACKAGE_MAGIC, head, file, 'notPackage');
  if (!layout.ok) return layout;
  if (layout.value.length === null) return fail({ code: 'truncatedFile', file });
  const opened = readEnvelope(PACKAGE_MAGIC, head, file, 'notPackage');
  if (!opened.ok) return opened;
  const signed = opened.value.payload as PackagePayload;
  const checked = checkPayload(signed, file);
  if (!checked.ok) return checked;
  // The definition as the validator gives it (defaults such as step and weight filled in), so that
  // nothing downstream meets a criterion without a step; contest.definitionSha256 still names what was signed.
  const payload: PackagePayload = { ...signed, definition: checked.value };
  const mediaBytes = payload.media.reduce((n, m) => n + m.size, 0);
  if (fileSize !== opened.value.end + mediaBytes) return fail({ code: 'truncatedFile', file });
  return ok({ payload, fingerprint: opened.value.fingerprint, publicKey: opened.value.publicKey, sha256: opened.value.sha256, mediaStart: opened.value.end });
}

/**
 * A signed payload can still be one no honest organiser would make; it is refused, not trusted.
 * Gives the validated definition.
 */
const MAX_TEXT = 10_000;
const isText = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_TEXT;
const TEXT_FIELDS = ['participant', 'organisation', 'region', 'age_group', 'link', 'media'] as const;

function checkPayload(p: PackagePayload, file: string): Result<ContestDefinition> {
  if (p?.format !== PACKAGE_FORMAT) return fail({ code: 'format', file, field: 'format', params: { expected: PACKAGE_FORMAT } });
  const validated = validateContest(p.definition, file);
  if (!validated.ok) return validated;
  const def = validated.value;
  if (!p.contest || typeof p.contest.uid !== 'string' || p.contest.definitionSha256 !== definitionSha256(p.definition)) {
    return fail({ code: 'badSignature', file, field: 'contest' });
  }
  const panel = scoringJurors(def).map((j) => j.id);
  if (!panel.includes(p.juror?.id)) return fail({ code: 'jurorNotOnPanel', file, field: 'juror', params: { id: String(p.juror?.id), allowed: panel.join(', ') } });
  if (!isText(p.juror.name) || !isText(p.createdAt) || Number.isNaN(Date.parse(p.createdAt))) return fail({ code: 'truncatedFile', file, field: isText(p.juror.name) ? 'createdAt' : 'juror.name' });
  const nominations = new Set(scoredNominations(def).map((n) => n.id));
  const ids = new Set<string>();
  if (!Array.isArray(p.entries) || !Array.isArray(p.media)) return fail({ code: 'truncatedFile', file });
  for (const [i, e] of p.entries.entries()) {
    if (typeof e?.id !== 'string' || ids.has(e.id)) return fail({ code: 'duplicateId', file, field: `entries[${i}].id`, params: { id: String(e?.id) } });
    ids.add(e.id);
    // Anyone can sign a package: what goes into the juror's database is text or nothing, and short.
    const bad = TEXT_FIELDS.find((f) => !(e[f] === null || isText(e[f])));
    if (bad) return fail({ code: 'truncatedFile', file, field: `entries[${i}].${bad}` });
    if (e.nomination === null || !nominations.has(e.nomination)) {
      return fail({ code: 'unknownNomination', file, field: `entries[${i}].nomination`, params: { value: String(e.nomination), allowed: [...nominations].join(', ') } });
    }
  }
  // Each media file belongs to one entry that names it, and no two share a name: extracted into
  // one folder (on file systems that ignore case, too), one would overwrite the other.
  const mediaOf = new Map(p.entries.map((e) => [e.id, e.media]));
  const names = new Set<string>();
  const carried = new Set<string>();
  let offset = 0;
  for (const [i, m] of p.media.entries()) {
    const sane =
      ids.has(m?.entry) &&
      !carried.has(m.entry) &&
      mediaOf.get(m.entry) === m.name &&
      m.offset === offset &&
      Number.isSafeInteger(m.size) &&
      m.size >= 0 &&
      Number.isSafeInteger(offset + m.size) &&
      typeof m.sha256 === 'string' &&
      /^[0-9a-f]{64}$/.test(m.sha256);
    const name = safeMediaName(m?.name) ? m.name.normalize('NFC').toLowerCase() : null;
    if (!sane || name === null || names.has(name)) return fail({ code: 'truncatedFile', file, field: `media[${i}]` });
    names.add(name);
    carried.add(m.entry);
    offset += m.size;
  }
  for (const [i, e] of p.entries.entries()) {
    if (e.media !== null && !carried.has(e.id)) return fail({ code: 'truncatedFile', file, field: `entries[${i}].media` });
  }
  return ok(def);
}

/**
 * A bare file name: never a path, so extracting it cannot write elsewhere; never hidden, a Windows
 * device name (CON, NUL.mp4 …) or ending in a dot or space (which Windows drops, so two names would meet).
 */
export function safeMediaName(name: unknown): name is string {
  return (
    typeof name === 'string' &&
    /^[^\\/:*?"<>|\u0000-\u001f]{1,200}$/.test(name) &&
    !name.startsWith('.') &&
    !/[. ]$/.test(name) &&
    !/^(con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])\s*(\.|$)/i.test(name)
  );
}
