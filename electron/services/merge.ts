import { scoringJurors } from '../../shared/contest/model';
import { envelopeLayout } from '../../shared/crypto/envelope';
import { JUROR_FILE_MAGIC, readJurorFile, type JurorPayload, type VerifiedJurorFile } from '../../shared/juror/jurorFile';
import type { MergeOutcome, MergeReport, PaperMarksReplaced } from '../../shared/ipc/mergeTypes';
import { completeness } from '../../shared/merge/completeness';
import { definitionSha256, PACKAGE_MAGIC } from '../../shared/package/packageFile';
import { ProblemError, type Problem } from '../../shared/problem';
import { mergeQueries } from '../db/tables/mergeTable';
import { organiserMarksQueries } from '../db/tables/organiserMarksTable';
import type { ContestWorkspace } from './contestWorkspace';
import { problemFromError } from './errors';
import { checkMarks, contestRules, duplicateScores, type ContestRules } from './markRules';

export interface JurorFileInput {
  /** The file's name as the organiser sees it; every message names it. */
  name: string;
  bytes: Uint8Array;
}

export interface MergeOptions {
  /**
   * The juror whose new signing key the organiser has checked (by reading the fingerprint out
   * with the juror) and accepts in place of the one first seen. Without it a second key is refused.
   */
  acceptNewKeyFor?: string;
}

/**
 * Merges juror files into the organiser's contest file, each on its own: one refused file
 * changes nothing and does not stop the others. The checks run in this order, and the first
 * that fails decides: signature → contest and definition → juror on the panel → key → revision
 * → marks → one transaction.
 *
 * A juror's newest revision is the whole truth about that juror: it replaces all their marks
 * (scores, comments, recusals, including any typed from paper). An older revision changes
 * nothing, so any order of the same files ends in the same marks. Only files merged at some
 * point are stored as evidence: an older revision met after a newer one is reported, not kept.
 */
export function mergeJurorFiles(ws: ContestWorkspace, files: readonly JurorFileInput[], opts: MergeOptions = {}): MergeReport {
  const rules = contestRules(ws);
  const context: MergeContext = { ws, rules, definitionSha256: definitionSha256(rules.definition), panel: new Set(scoringJurors(rules.definition).map((j) => j.id)), opts, keyReplaced: new Set() };
  const outcomes = files.map((f) => mergeOne(context, f));
  const count = (kind: MergeOutcome['kind']) => outcomes.filter((o) => o.kind === kind).length;
  return { outcomes, merged: count('merged'), alreadyMerged: count('alreadyMerged'), olderIgnored: count('olderIgnored'), refused: count('refused') };
}

interface MergeContext {
  ws: ContestWorkspace;
  rules: ContestRules;
  definitionSha256: string;
  panel: Set<string>;
  opts: MergeOptions;
  /** Jurors whose key this run already replaced: one acceptance takes one new key, whatever the files' order. */
  keyReplaced: Set<string>;
}

const refused = (file: string, problems: Problem[], extra: Partial<Extract<MergeOutcome, { kind: 'refused' }>> = {}): MergeOutcome => ({ kind: 'refused', file, problems, ...extra });

function mergeOne(c: MergeContext, { name, bytes }: JurorFileInput): MergeOutcome {
  try {
    const verified = verify(name, bytes);
    if (!verified.ok) return refused(name, verified.problems);
    const { payload, sha256, fingerprint } = verified.value;
    const juror = payload.juror.id;
    // 2. the contest, then the version of its rules the juror scored under
    if (payload.contest.uid !== c.ws.uid) return refused(name, [{ code: 'foreignContest', file: name }]);
    if (payload.contest.definitionSha256 !== c.definitionSha256) return refused(name, [{ code: 'otherDefinition', file: name }]);
    // 3. a scoring member of the panel
    if (!c.panel.has(juror)) return refused(name, [{ code: 'jurorNotOnPanel', file: name, field: 'juror.id', params: { id: juror, allowed: [...c.panel].join(', ') } }]);
    // … scoring from a package this contest issued to that juror: without it, anyone holding a
    // package could make a key and sign as a juror whose own file has not come in yet.
    if (!c.ws.signing.issuedTo(juror, payload.package)) return refused(name, [{ code: 'packageNotIssued', file: name, field: 'package', params: { juror } }]);
    // 4. the key first seen for this juror, or one the organiser explicitly accepted
    const q = mergeQueries(c.ws.db);
    const known = q.key(juror);
    const newKey = !!known && known.public_key !== payload.juror.publicKey;
    if (newKey && (c.opts.acceptNewKeyFor !== juror || c.keyReplaced.has(juror))) {
      const keyConflict = { juror, fingerprint, expected: known.fingerprint };
      return refused(name, [{ code: 'secondJurorKey', file: name, params: keyConflict }], { keyConflict });
    }
    // 5. the revision against the newest one merged under the same key (a juror's accepted new
    // key starts a new line of revisions)
    const current = q.newestOfKey(juror, fingerprint);
    if (current && payload.revision < current.revision) return { kind: 'olderIgnored', file: name, juror, revision: payload.revision, current: current.revision };
    if (current && payload.revision === current.revision) {
      if (current.sha256 === sha256) return { kind: 'alreadyMerged', file: name, juror, revision: payload.revision };
      return refused(name, [{ code: 'conflictingRevision', file: name, params: { juror, revision: payload.revision } }]);
    }
    // 6. every mark against the contest's entries and criteria
    const marks = checkMarks(c.rules, payload, name);
    if (!marks.ok) return refused(name, marks.problems);
    const outcome = write(c, name, bytes, verified.value, marks.value, { previousKey: newKey ? known.fingerprint : null, replacedRevision: (current ?? q.newest(juror))?.revision ?? null });
    if (newKey && outcome.kind === 'merged') c.keyReplaced.add(juror);
    return outcome;
  } catch (e) {
    // A disk or database failure while writing: the transaction was rolled back.
    return refused(name, e instanceof ProblemError ? e.problems : [problemFromError(e, name)]);
  }
}

/** 1. The signature, checked before anything in the file is read; a package is named as such. */
function verify(name: string, bytes: Uint8Array) {
  const r = readJurorFile(bytes, name);
  if (r.ok || r.problems[0]?.code !== 'notJurorFile') return r;
  const head = new TextDecoder().decode(bytes.subarray(0, PACKAGE_MAGIC.length + 1));
  return head === `${PACKAGE_MAGIC}\n` ? { ok: false as const, problems: [{ code: 'packageNotScores' as const, file: name }] } : r;
}

type CheckedMarks = Extract<ReturnType<typeof checkMarks>, { ok: true }>['value'];

function write(c: MergeContext, name: string, bytes: Uint8Array, file: VerifiedJurorFile, marks: CheckedMarks, how: { previousKey: string | null; replacedRevision: number | null }): MergeOutcome {
  const { ws } = c;
  const { payload, sha256, fingerprint } = file;
  const juror = payload.juror.id;
  const q = mergeQueries(ws.db);
  const m = organiserMarksQueries(ws.db);
  const now = ws.ctx.now().toISOString();
  const actor = ws.ctx.actor();
  // Stamped with the moment the juror signed them, not the moment of merging, so the same files
  // give the same tables whenever and in whatever order they are merged.
  const at = payload.createdAt;
  const text = payloadBytes(bytes, name);
  let replacedPaper: PaperMarksReplaced[] = [];
  ws.db.transaction(() => {
    replacedPaper = m.paperMarks(juror);
    m.clearJuror(juror);
    const inserted = storeScores(() => m.addPayloadScores(juror, text, at), payload, name);
    if (inserted !== marks.scores) throw new ProblemError([{ code: 'internal', file: name, params: { detail: `${inserted} of ${marks.scores} scores stored` } }]);
    for (const s of marks.respelled) m.putScore(juror, s.entry, s.criterion, s.value, at, null);
    for (const x of payload.comments) m.addComment(juror, x.entry, x.text, at, null);
    for (const x of payload.recusals) m.addRecusal(juror, x.entry, x.reason, at, null);
    if (!q.key(juror) || how.previousKey) q.putKey({ juror_id: juror, public_key: payload.juror.publicKey, fingerprint, first_seen_at: now, file_sha256: sha256 });
    q.addFile({ juror_id: juror, revision: payload.revision, sha256, fingerprint, file_name: name, bytes, created_at: payload.createdAt, merged_at: now, actor, scores: marks.scores });
    if (how.previousKey) ws.audit('jurorKeyReplaced', null, null, { juror, file: name, fingerprint, previous: how.previousKey });
    ws.audit('jurorFileMerged', null, null, {
      juror,
      file: name,
      revision: payload.revision,
      sha256,
      fingerprint,
      scores: marks.scores,
      comments: payload.comments.length,
      recusals: payload.recusals.length,
      replacedRevision: how.replacedRevision,
      ...(replacedPaper.length ? { replacedPaper } : {}),
    });
  })();
  return {
    kind: 'merged',
    file: name,
    juror,
    revision: payload.revision,
    scores: marks.scores,
    missing: missingFor(c.rules, juror, payload, marks.scored),
    sha256,
    fingerprint,
    replacedRevision: how.replacedRevision,
    replacedPaper,
    newKey: how.previousKey ? { fingerprint, previous: how.previousKey } : null,
  };
}

/** Runs the insert of a file's scores; a score given twice (the table's key refuses it) is named as such. */
function storeScores(insert: () => number, payload: JurorPayload, name: string): number {
  try {
    return insert();
  } catch (e) {
    const duplicates = (e as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ? duplicateScores(payload, name) : [];
    throw duplicates.length ? new ProblemError(duplicates) : e;
  }
}

/**
 * The signed payload's exact bytes, the file after its header, which the signature covers
 * (readJurorFile checked their length and that they are UTF-8): SQLite reads the JSON from them.
 */
function payloadBytes(bytes: Uint8Array, name: string): Buffer {
  const layout = envelopeLayout(JUROR_FILE_MAGIC, bytes, name);
  if (!layout.ok) throw new ProblemError(layout.problems);
  const start = layout.value.headerEnd + 2;
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.length - start);
}

/** Eligible entries this juror has neither fully scored nor recused from, as the completeness matrix counts them. */
function missingFor(rules: ContestRules, juror: string, payload: JurorPayload, scored: Map<string, number>): number {
  const tally = { scored: new Map([[juror, scored]]), recused: new Map([[juror, new Set(payload.recusals.map((r) => r.entry))]]) };
  const { counts } = completeness(rules.definition, rules.entries, tally, [juror]);
  return counts.missing + counts.incomplete;
}

