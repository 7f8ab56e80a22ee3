import type { EntryData, EntryDecision } from '../../../shared/entries/model';
import type { StoredEntry } from '../../../shared/entries/status';
import type { Db } from '../connection';

/** Columns filled from an import or an edit; the decision columns are never touched by them. */
export const DATA_COLUMNS = [
  'nomination', 'participant', 'organisation', 'region', 'age_group', 'link', 'media',
  'likes', 'comments', 'views', 'duration', 'followers', 'hashtag', 'email', 'submitted',
] as const satisfies readonly (keyof EntryData)[];
export type DataColumn = (typeof DATA_COLUMNS)[number];

interface EntryRow extends EntryData {
  seq: number;
  decision: EntryDecision | null;
  decision_reason: string | null;
}

const toStored = ({ decision_reason, ...row }: EntryRow): StoredEntry => ({ ...row, decisionReason: decision_reason });

export function entriesQueries(db: Db) {
  const all = db.prepare<[], EntryRow>(`SELECT id, seq, ${DATA_COLUMNS.join(', ')}, decision, decision_reason FROM entries ORDER BY seq`);
  const byId = db.prepare<[string], EntryRow>(`SELECT id, seq, ${DATA_COLUMNS.join(', ')}, decision, decision_reason FROM entries WHERE id = ?`);
  const nextSeq = db.prepare<[], { next: number }>('SELECT coalesce(max(seq), 0) + 1 AS next FROM entries');
  const insert = db.prepare(
    `INSERT INTO entries (id, seq, ${DATA_COLUMNS.join(', ')}, import_id, source_row)
     VALUES (@id, @seq, ${DATA_COLUMNS.map((c) => `@${c}`).join(', ')}, @import_id, @source_row)`,
  );
  const updateData = db.prepare(
    `UPDATE entries SET ${DATA_COLUMNS.map((c) => `${c} = @${c}`).join(', ')}, import_id = coalesce(@import_id, import_id),
     source_row = coalesce(@source_row, source_row) WHERE id = @id`,
  );
  const setDecision = db.prepare<[EntryDecision | null, string | null, string]>('UPDATE entries SET decision = ?, decision_reason = ? WHERE id = ?');
  const countIn = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM entries WHERE nomination = ?');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM entries');
  const bindable = (e: EntryData, importId: number | null, sourceRow: number | null) => {
    const row: Record<string, unknown> = { id: e.id, import_id: importId, source_row: sourceRow };
    for (const c of DATA_COLUMNS) row[c] = e[c];
    return row;
  };
  return {
    all: () => all.all().map(toStored),
    byId: (id: string) => {
      const row = byId.get(id);
      return row ? toStored(row) : undefined;
    },
    nextSeq: () => nextSeq.get()!.next,
    insert: (e: EntryData, seq: number, importId: number | null, sourceRow: number | null) => insert.run({ ...bindable(e, importId, sourceRow), seq }),
    updateData: (e: EntryData, importId: number | null, sourceRow: number | null) => updateData.run(bindable(e, importId, sourceRow)),
    setDecision: (id: string, decision: EntryDecision | null, reason: string | null) => setDecision.run(decision, reason, id),
    countInNomination: (nomination: string) => countIn.get(nomination)!.n,
    count: () => count.get()!.n,
  };
}

/** True when an import would change nothing in the stored entry. */
export function sameData(a: EntryData, b: EntryData): boolean {
  return DATA_COLUMNS.every((c) => (a[c] ?? null) === (b[c] ?? null));
}
