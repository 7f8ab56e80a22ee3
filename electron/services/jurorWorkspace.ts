import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { serializeContest, parseContestFile } from '../../shared/contest/file';
import { scoredNominations, type ContestDefinition, type Criterion } from '../../shared/contest/model';
import { fingerprint, fromBase64, type KeyPair } from '../../shared/crypto/signing';
import { emptyEntry } from '../../shared/entries/model';
import type { MarkChange, ScoringState, SubmissionReceipt } from '../../shared/ipc/scoringTypes';
import { safeMediaName, type PackageEntry, type VerifiedPackage } from '../../shared/package/packageFile';
import { ProblemError } from '../../shared/problem';
import type { JurorScores } from '../../shared/scores/jurorScores';
import { checkScore, scoreText } from '../../shared/scores/scoreValue';
import { openDatabase, type Db } from '../db/connection';
import { contestQueries } from '../db/tables/contestTable';
import { entriesQueries } from '../db/tables/entriesTable';
import { jurorPackageQueries, type SubmissionRow } from '../db/tables/jurorPackageTable';
import { marksQueries, type MarkKind } from '../db/tables/marksTable';
import type { ServiceContext } from './context';
import { submitJurorFile } from './jurorSubmit';

/**
 * Comments and recusal reasons are saved on every keystroke; edits of one text less than this
 * apart are one step for undo (marksTable.journalEdit), so undo does not go back letter by letter.
 */
export const TEXT_EDIT_WINDOW_MS = 2000;

/**
 * A juror's scoring file on their own laptop: the package they were given (definition and
 * entries) and their marks. Every mark is committed on its own, durably, the moment it is
 * made (WAL, synchronous=FULL), with a journal row that undo walks back.
 */
export class JurorWorkspace {
  private readonly contest;
  private readonly entriesTable;
  private readonly pkg;
  private readonly marks;
  private cachedDefinition: ContestDefinition | null = null;
  private cachedEntries: PackageEntry[] | null = null;
  private entryIndex: Map<string, PackageEntry> | null = null;
  private criteriaIndex: Map<string, Criterion[]> | null = null;
  private readonly setMarkTx;
  private readonly undoTx;

  private constructor(
    readonly db: Db,
    readonly path: string,
    private readonly ctx: ServiceContext,
  ) {
    this.contest = contestQueries(db);
    this.entriesTable = entriesQueries(db);
    this.pkg = jurorPackageQueries(db);
    this.marks = marksQueries(db);
    this.setMarkTx = db.transaction((kind: MarkKind, entry: string, criterion: string, value: string | null): MarkChange => {
      const juror = this.jurorId;
      const before = this.marks.get(juror, kind, entry, criterion);
      if (before !== value) {
        const at = this.ctx.now().toISOString();
        this.marks.put(juror, kind, entry, criterion, value, at);
        if (kind === 'score') this.marks.journal(juror, kind, entry, criterion, before, value, at);
        else this.marks.journalEdit(juror, kind, entry, before, value, at, TEXT_EDIT_WINDOW_MS);
      }
      return { kind, entry, criterion, value };
    });
    this.undoTx = db.transaction((): MarkChange => {
      const last = this.marks.lastChange(this.jurorId);
      if (!last) throw new ProblemError([{ code: 'nothingToUndo' }]);
      this.marks.put(this.jurorId, last.kind, last.entry_id, last.criterion_id, last.before, this.ctx.now().toISOString());
      this.marks.markUndone(last.seq);
      return { kind: last.kind, entry: last.entry_id, criterion: last.criterion_id, value: last.before };
    });
  }

  static open(path: string, ctx: ServiceContext): JurorWorkspace {
    const ws = new JurorWorkspace(openDatabase(path, { label: basename(path) }), path, ctx);
    if (!ws.pkg.get() || !ws.contest.get()) {
      ws.close();
      throw new ProblemError([{ code: 'notContestDb', file: basename(path) }]);
    }
    return ws;
  }

  /** A new workspace from a verified package, or an existing one brought up to a newer package. */
  static fromPackage(path: string, pkg: VerifiedPackage, mediaDir: string | null, ctx: ServiceContext): JurorWorkspace {
    const ws = new JurorWorkspace(openDatabase(path, { create: true, label: basename(path) }), path, ctx);
    const p = pkg.payload;
    try {
      const current = ws.pkg.get();
      if (current && current.organiser_key !== pkg.publicKey) {
        // Both as fingerprints, the form people read out and compare.
        throw new ProblemError([{ code: 'otherOrganiser', params: { fingerprint: pkg.fingerprint, expected: fingerprint(fromBase64(current.organiser_key) ?? new Uint8Array()) } }]);
      }
      ws.db.transaction(() => {
        const at = ctx.now().toISOString();
        const text = serializeContest(p.definition);
        if (ws.contest.get()) ws.contest.update(text, at);
        else ws.contest.insert(p.contest.uid, text, at);
        ws.db.prepare('DELETE FROM entries').run();
        const wanted = new Set(scoredNominations(p.definition).map((n) => n.id));
        for (const id of ws.contest.nominationIds()) if (!wanted.has(id)) ws.contest.removeNomination(id);
        for (const id of wanted) ws.contest.addNomination(id);
        // Only the fields a package carries: anything else a signed payload holds stays out.
        p.entries.forEach((e, i) =>
          ws.entriesTable.insert(
            { ...emptyEntry(e.id), nomination: e.nomination, participant: e.participant, organisation: e.organisation, region: e.region, age_group: e.age_group, link: e.link, media: e.media },
            i + 1,
            null,
            null,
          ),
        );
        ws.pkg.put({
          juror_id: p.juror.id,
          juror_name: p.juror.name,
          organiser_key: pkg.publicKey,
          sha256: pkg.sha256,
          definition_sha256: p.contest.definitionSha256,
          created_at: p.createdAt,
          opened_at: at,
          media_dir: p.media.length ? mediaDir : null,
        });
      })();
    } catch (e) {
      ws.close();
      throw e;
    }
    return ws;
  }

  /** The window's handle for this file. */
  get workspaceId(): string {
    return createHash('sha256').update(resolve(this.path)).digest('hex').slice(0, 20);
  }

  get jurorId(): string {
    return this.pkg.get()!.juror_id;
  }

  get packageInfo() {
    return this.pkg.get()!;
  }

  definition(): ContestDefinition {
    if (!this.cachedDefinition) {
      const parsed = parseContestFile(this.contest.get()!.definition, basename(this.path));
      if (!parsed.ok) throw new ProblemError(parsed.problems);
      this.cachedDefinition = parsed.value;
    }
    return this.cachedDefinition;
  }

  /** One entry by id, without a scan: this runs on every keystroke. */
  entry(id: string): PackageEntry | undefined {
    this.entryIndex ??= new Map(this.entries().map((e) => [e.id, e]));
    return this.entryIndex.get(id);
  }

  /** The scored nominations' criteria by nomination id. */
  criteriaOf(nomination: string | null): Criterion[] {
    this.criteriaIndex ??= new Map(scoredNominations(this.definition()).map((n) => [n.id, n.criteria]));
    return this.criteriaIndex.get(nomination ?? '') ?? [];
  }

  entries(): PackageEntry[] {
    this.cachedEntries ??= this.entriesTable.all().map((e) => ({
      id: e.id,
      nomination: e.nomination,
      participant: e.participant,
      organisation: e.organisation,
      region: e.region,
      age_group: e.age_group,
      link: e.link,
      media: e.media,
    }));
    return this.cachedEntries;
  }

  marksNow(): JurorScores {
    const j = this.jurorId;
    return {
      scores: new Map(this.marks.scores(j).map((r) => [`${r.entry_id}\u0000${r.criterion_id}`, r.value])),
      comments: new Map(this.marks.comments(j).map((r) => [r.entry_id, r.text])),
      recusals: new Map(this.marks.recusals(j).map((r) => [r.entry_id, r.reason])),
    };
  }

  state(keyFingerprint: string | null): ScoringState {
    const p = this.packageInfo;
    const j = this.jurorId;
    return {
      workspaceId: this.workspaceId,
      juror: { id: p.juror_id, name: p.juror_name },
      uid: this.contest.get()!.uid,
      definition: this.definition(),
      organiserKey: p.organiser_key,
      organiserFingerprint: fingerprint(fromBase64(p.organiser_key)!),
      packageSha256: p.sha256,
      packageCreatedAt: p.created_at,
      hasMedia: p.media_dir !== null,
      entries: this.entries(),
      scores: this.marks.scores(j).map((r) => [r.entry_id, r.criterion_id, r.value]),
      comments: this.marks.comments(j).map((r) => [r.entry_id, r.text]),
      recusals: this.marks.recusals(j).map((r) => [r.entry_id, r.reason]),
      submissions: this.pkg.submissions().map((s) => ({ revision: s.revision, sha256: s.sha256, fileName: s.file_name, createdAt: s.created_at, scores: s.scores, missing: s.missing })),
      keyFingerprint,
    };
  }

  /** Where the package's media file of an entry was extracted, or null (none carried, or gone). */
  mediaPath(entryId: string): string | null {
    const dir = this.packageInfo.media_dir;
    const name = this.entry(entryId)?.media;
    if (!dir || !name || !safeMediaName(name)) return null;
    const path = join(dir, name);
    return existsSync(path) ? path : null;
  }

  lastSubmission() {
    return this.pkg.submissions()[0];
  }

  /**
   * One mark, checked and committed before this returns: a score (exact decimal text, or null
   * to clear), a comment (empty clears) or a recusal (a reason is required; null withdraws it).
   */
  setMark(kind: MarkKind, entryId: string, criterionId: string, input: string | null): MarkChange {
    const entry = this.entry(entryId);
    if (!entry) throw new ProblemError([{ code: 'unknownEntry', params: { id: entryId } }]);
    if (kind === 'score') {
      const criteria = this.criteriaOf(entry.nomination);
      const criterion = criteria.find((c) => c.id === criterionId);
      if (!criterion) throw new ProblemError([{ code: 'criterionNotInNomination', params: { id: criterionId, entry: entryId, allowed: criteria.map((c) => c.id).join(', ') } }]);
      if (this.marks.get(this.jurorId, 'recusal', entryId, '') !== null) throw new ProblemError([{ code: 'recusedScored', params: { entry: entryId } }]);
      if (input === null || input.trim() === '') return this.setMarkTx('score', entryId, criterionId, null);
      const checked = checkScore(input, criterion);
      if (!checked.ok) throw new ProblemError([{ code: checked.code, field: criterionId, params: checked.params }]);
      return this.setMarkTx('score', entryId, criterionId, scoreText(checked.value));
    }
    const text = input?.trim() ?? '';
    if (kind === 'recusal' && input !== null && !text) throw new ProblemError([{ code: 'reasonRequired' }]);
    return this.setMarkTx(kind, entryId, '', text ? text : null);
  }

  undo(): MarkChange {
    return this.undoTx();
  }

  /**
   * Writes the signed juror file: the next revision, chained to the previous one by its hash
   * (see jurorSubmit.ts for how the file and its record are kept together).
   */
  submit(outPath: string, keys: KeyPair): SubmissionReceipt {
    return submitJurorFile(this, outPath, keys);
  }

  /** A revision handed back (jurorSubmit.ts), recorded before its file is moved into place. */
  recordSubmission(row: SubmissionRow): void {
    this.pkg.addSubmission(row);
  }

  /** Takes back the record of a revision whose file could not be moved into place. */
  forgetSubmission(revision: number, sha256: string): void {
    this.pkg.removeSubmission(revision, sha256);
  }

  get contestUid(): string {
    return this.contest.get()!.uid;
  }

  now(): Date {
    return this.ctx.now();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
