import type { Db } from '../connection';

import type { MarkKind } from '../../../shared/ipc/scoringTypes';

export type { MarkKind };

export interface JournalRow {
  seq: number;
  kind: MarkKind;
  entry_id: string;
  criterion_id: string;
  before: string | null;
  after: string | null;
}

/** A juror's scores, comments and recusals, and the journal of every change that undo walks back. */
export function marksQueries(db: Db) {
  const scores = db.prepare<[string], { entry_id: string; criterion_id: string; value: string }>('SELECT entry_id, criterion_id, value FROM scores WHERE juror_id = ?');
  const comments = db.prepare<[string], { entry_id: string; text: string }>('SELECT entry_id, text FROM comments WHERE juror_id = ?');
  const recusals = db.prepare<[string], { entry_id: string; reason: string }>('SELECT entry_id, reason FROM recusals WHERE juror_id = ?');
  const score = db.prepare<[string, string, string], { value: string }>('SELECT value FROM scores WHERE juror_id = ? AND entry_id = ? AND criterion_id = ?');
  const comment = db.prepare<[string, string], { text: string }>('SELECT text FROM comments WHERE juror_id = ? AND entry_id = ?');
  const recusal = db.prepare<[string, string], { reason: string }>('SELECT reason FROM recusals WHERE juror_id = ? AND entry_id = ?');
  const putScore = db.prepare<[string, string, string, string, string]>(
    'INSERT INTO scores (juror_id, entry_id, criterion_id, value, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
  );
  const putComment = db.prepare<[string, string, string, string]>(
    'INSERT INTO comments (juror_id, entry_id, text, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at',
  );
  const putRecusal = db.prepare<[string, string, string, string]>(
    'INSERT INTO recusals (juror_id, entry_id, reason, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET reason = excluded.reason, updated_at = excluded.updated_at',
  );
  const delScore = db.prepare<[string, string, string]>('DELETE FROM scores WHERE juror_id = ? AND entry_id = ? AND criterion_id = ?');
  const delComment = db.prepare<[string, string]>('DELETE FROM comments WHERE juror_id = ? AND entry_id = ?');
  const delRecusal = db.prepare<[string, string]>('DELETE FROM recusals WHERE juror_id = ? AND entry_id = ?');
  const journal = db.prepare<[string, MarkKind, string, string, string | null, string | null, string]>(
    'INSERT INTO mark_journal (juror_id, kind, entry_id, criterion_id, before, after, at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const lastChange = db.prepare<[string], JournalRow>(
    'SELECT seq, kind, entry_id, criterion_id, before, after FROM mark_journal WHERE juror_id = ? AND undone = 0 ORDER BY seq DESC LIMIT 1',
  );
  const markUndone = db.prepare<[number]>('UPDATE mark_journal SET undone = 1 WHERE seq = ?');
  // The newest row, undone or not: typing after an undo must start a new step, not extend an older one.
  const newest = db.prepare<[string], JournalRow & { at: string; undone: number }>(
    'SELECT seq, kind, entry_id, criterion_id, before, after, at, undone FROM mark_journal WHERE juror_id = ? ORDER BY seq DESC LIMIT 1',
  );
  const extend = db.prepare<[string | null, string, number]>('UPDATE mark_journal SET after = ?, at = ? WHERE seq = ?');
  return {
    scores: (juror: string) => scores.all(juror),
    comments: (juror: string) => comments.all(juror),
    recusals: (juror: string) => recusals.all(juror),
    /** The current value of one mark, or null. */
    get(juror: string, kind: MarkKind, entry: string, criterion: string): string | null {
      if (kind === 'score') return score.get(juror, entry, criterion)?.value ?? null;
      if (kind === 'comment') return comment.get(juror, entry)?.text ?? null;
      return recusal.get(juror, entry)?.reason ?? null;
    },
    /** Sets (or, with null, removes) one mark. */
    put(juror: string, kind: MarkKind, entry: string, criterion: string, value: string | null, at: string): void {
      if (kind === 'score') void (value === null ? delScore.run(juror, entry, criterion) : putScore.run(juror, entry, criterion, value, at));
      else if (kind === 'comment') void (value === null ? delComment.run(juror, entry) : putComment.run(juror, entry, value, at));
      else void (value === null ? delRecusal.run(juror, entry) : putRecusal.run(juror, entry, value, at));
    },
    journal: (juror: string, kind: MarkKind, entry: string, criterion: string, before: string | null, after: string | null, at: string) =>
      journal.run(juror, kind, entry, criterion, before, after, at),
    /**
     * Journals a text edit (a comment or a recusal's reason, sent on every keystroke) as part of the
     * step before it when that step edited the same text moments ago: undo then takes back what was
     * typed in one go, not one letter at a time. Making or clearing the text is always a step of its own.
     */
    journalEdit(juror: string, kind: MarkKind, entry: string, before: string | null, after: string | null, at: string, windowMs: number): void {
      const last = newest.get(juror);
      const extendable =
        last && !last.undone && last.kind === kind && last.entry_id === entry && last.after !== null && before !== null && after !== null && Date.parse(at) - Date.parse(last.at) <= windowMs;
      if (extendable) extend.run(after, at, last.seq);
      else journal.run(juror, kind, entry, '', before, after, at);
    },
    lastChange: (juror: string) => lastChange.get(juror),
    markUndone: (seq: number) => markUndone.run(seq),
  };
}
