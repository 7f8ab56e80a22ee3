import { createHash, randomBytes } from 'node:crypto';
import { basename, resolve } from 'node:path';
import { parseContestFile, serializeContest } from '../../shared/contest/file';
import { scoredNominations, type ContestDefinition } from '../../shared/contest/model';
import { validateContest } from '../../shared/contest/validate';
import type { Entry, EntryData, EntryDecision } from '../../shared/entries/model';
import { withEligibility } from '../../shared/entries/status';
import type { AuditRecord, ContestSummary } from '../../shared/ipc/types';
import { ProblemError } from '../../shared/problem';
import { openDatabase, type Db } from '../db/connection';
import { auditQueries } from '../db/tables/auditTable';
import { contestQueries } from '../db/tables/contestTable';
import { DATA_COLUMNS, entriesQueries } from '../db/tables/entriesTable';
import { importsQueries } from '../db/tables/importsTable';
import { signingQueries } from '../db/tables/signingTable';
import { fingerprint, fromBase64, keyPairFromSeed, toBase64, type KeyPair } from '../../shared/crypto/signing';
import type { ServiceContext } from './context';

export type EntryPatch = Partial<Omit<EntryData, 'id'>>;

/** One open contest database and everything the app does with it, for the window and the CLI alike. */
export class ContestWorkspace {
  readonly contest;
  readonly entriesTable;
  readonly auditLog;
  readonly imports;
  readonly signing;
  /** The registry as last computed; every write through this class or entryImport clears it. */
  private cachedEntries: Entry[] | null = null;
  private cachedVersion = -1;

  private constructor(
    readonly db: Db,
    readonly path: string,
    readonly ctx: ServiceContext,
  ) {
    this.contest = contestQueries(db);
    this.entriesTable = entriesQueries(db);
    this.auditLog = auditQueries(db);
    this.imports = importsQueries(db);
    this.signing = signingQueries(db);
  }

  /** A new contest file; refuses to overwrite one that already holds a contest. */
  static create(path: string, definition: ContestDefinition, ctx: ServiceContext): ContestWorkspace {
    const ws = new ContestWorkspace(openDatabase(path, { create: true, label: basename(path) }), path, ctx);
    if (ws.contest.get()) {
      ws.close();
      throw new ProblemError([{ code: 'io', file: basename(path), params: { detail: 'a contest already exists in this file' } }]);
    }
    ws.db.transaction(() => {
      const at = ctx.now().toISOString();
      ws.contest.insert(ctx.newId(), serializeContest(definition), at);
      ws.syncNominations(definition);
      ws.organiserKeys();
      ws.audit('contestCreated', null, null, { title: definition.title });
    })();
    return ws;
  }

  static open(path: string, ctx: ServiceContext): ContestWorkspace {
    const ws = new ContestWorkspace(openDatabase(path, { label: basename(path) }), path, ctx);
    if (!ws.contest.get()) {
      ws.close();
      throw new ProblemError([{ code: 'notContestDb', file: basename(path) }]);
    }
    return ws;
  }

  /**
   * The window's handle for this contest file, derived from its path: a backup copy holds the
   * same contest (same uid) but is another file, and must never be mistaken for the original.
   */
  get contestId(): string {
    return createHash('sha256').update(resolve(this.path)).digest('hex').slice(0, 20);
  }

  /** The contest's own identity, the same in every copy of the file. */
  get uid(): string {
    return this.contest.get()!.uid;
  }

  /**
   * The key that signs this contest's packages, made with the contest (and, for a file from
   * before packages existed, the first time it is needed).
   */
  organiserKeys(): KeyPair {
    const stored = this.signing.key();
    if (stored) return keyPairFromSeed(fromBase64(stored.secret_key)!);
    const keys = keyPairFromSeed(new Uint8Array(randomBytes(32)));
    this.signing.insertKey(toBase64(keys.publicKey), toBase64(keys.secretKey), this.ctx.now().toISOString());
    return keys;
  }

  organiserFingerprint(): string {
    return fingerprint(this.organiserKeys().publicKey);
  }

  definition(): ContestDefinition {
    const parsed = parseContestFile(this.contest.get()!.definition, basename(this.path));
    if (!parsed.ok) throw new ProblemError(parsed.problems);
    return parsed.value;
  }

  summary(): ContestSummary {
    const row = this.contest.get()!;
    const def = this.definition();
    return {
      contestId: this.contestId,
      uid: row.uid,
      path: this.path,
      fileName: basename(this.path),
      title: def.title,
      date: def.date ?? null,
      entries: this.entriesTable.count(),
      updatedAt: row.updated_at,
    };
  }

  /** Validates and stores a new definition; a nomination that still has entries cannot go. */
  saveDefinition(value: unknown): ContestDefinition {
    const checked = validateContest(value);
    if (!checked.ok) throw new ProblemError(checked.problems);
    const def = checked.value;
    this.db.transaction(() => {
      this.syncNominations(def);
      this.contest.update(serializeContest(def), this.ctx.now().toISOString());
      this.audit('contestSaved', null, null, null);
    })();
    this.invalidate();
    return def;
  }

  entries(): Entry[] {
    // data_version moves when another connection (the CLI, a second window) commits to the file.
    const version = this.db.pragma('data_version', { simple: true }) as number;
    if (version !== this.cachedVersion) this.invalidate();
    this.cachedVersion = version;
    this.cachedEntries ??= withEligibility(this.entriesTable.all(), this.definition().eligibility);
    return this.cachedEntries;
  }

  /** Called after any write to entries or to the definition (eligibility depends on both). */
  invalidate(): void {
    this.cachedEntries = null;
  }

  entry(id: string): Entry {
    const found = this.entries().find((e) => e.id === id);
    if (!found) throw new ProblemError([{ code: 'unknownEntry', params: { id } }]);
    return found;
  }

  updateEntry(id: string, patch: EntryPatch): Entry {
    const current = this.entriesTable.byId(id);
    if (!current) throw new ProblemError([{ code: 'unknownEntry', params: { id } }]);
    const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as EntryPatch;
    const next: EntryData = { ...current, ...given, id };
    const nominations = scoredNominations(this.definition()).map((n) => n.id);
    if (next.nomination !== null && !nominations.includes(next.nomination)) {
      throw new ProblemError([{ code: 'unknownNomination', field: 'nomination', params: { value: next.nomination, allowed: nominations.join(', ') } }]);
    }
    if (!next.participant?.trim() && !next.organisation?.trim()) {
      throw new ProblemError([{ code: 'requiredValue', field: 'participant', params: { field: 'participant' } }]);
    }
    const changes: Record<string, [unknown, unknown]> = {};
    for (const c of DATA_COLUMNS) if ((current[c] ?? null) !== (next[c] ?? null)) changes[c] = [current[c], next[c]];
    if (Object.keys(changes).length) {
      this.db.transaction(() => {
        this.entriesTable.updateData(next, null, null);
        this.audit('edit', id, null, changes);
      })();
      this.invalidate();
    }
    return this.entry(id);
  }

  /** Disqualify, reinstate, or return to the screening verdict (null); always with a reason. */
  decide(ids: string[], decision: EntryDecision | null, reason: string): number {
    const why = reason.trim();
    if (!why) throw new ProblemError([{ code: 'reasonRequired' }]);
    const action = decision === 'disqualified' ? 'disqualify' : decision === 'reinstated' ? 'reinstate' : 'clearDecision';
    this.db.transaction(() => {
      for (const id of ids) {
        const current = this.entriesTable.byId(id);
        if (!current) throw new ProblemError([{ code: 'unknownEntry', params: { id } }]);
        this.entriesTable.setDecision(id, decision, decision ? why : null);
        this.audit(action, id, why, { previous: current.decision });
      }
    })();
    this.invalidate();
    return ids.length;
  }

  audit(action: AuditRecord['action'], entryId: string | null, reason: string | null, details: Record<string, unknown> | null): void {
    this.auditLog.append({ at: this.ctx.now().toISOString(), actor: this.ctx.actor(), action, entryId, reason, details });
  }

  auditTrail(entryId?: string): AuditRecord[] {
    return entryId ? this.auditLog.forEntry(entryId) : this.auditLog.latest();
  }

  /** A consistent copy of the contest file, safe to take while the app runs. */
  async backup(target: string): Promise<void> {
    await this.db.backup(target);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  private syncNominations(def: ContestDefinition): void {
    const wanted = new Set(scoredNominations(def).map((n) => n.id));
    for (const id of this.contest.nominationIds()) {
      if (wanted.has(id)) continue;
      const count = this.entriesTable.countInNomination(id);
      if (count > 0) throw new ProblemError([{ code: 'nominationInUse', field: 'nominations', params: { id, count } }]);
      this.contest.removeNomination(id);
    }
    for (const id of wanted) this.contest.addNomination(id);
  }
}
