import type { Db } from '../connection';

export interface MarkRow {
  value: string;
  entered_by: string | null;
}

/**
 * The marks of every juror in the organiser's contest file, each with who put it there:
 * entered_by NULL for a mark from the juror's own signed file, else the name of whoever typed
 * it from a paper sheet. Prepared once per database (a merge writes 100,000 rows per file).
 */
function prepare(db: Db) {
  const delScores = db.prepare<[string]>('DELETE FROM scores WHERE juror_id = ?');
  const delComments = db.prepare<[string]>('DELETE FROM comments WHERE juror_id = ?');
  const delRecusals = db.prepare<[string]>('DELETE FROM recusals WHERE juror_id = ?');
  const addScore = db.prepare<[string, string, string, string, string, string | null]>(
    'INSERT INTO scores (juror_id, entry_id, criterion_id, value, updated_at, entered_by) VALUES (?, ?, ?, ?, ?, ?)',
  );
  // A verified juror file's scores, straight from its payload text: SQLite reads the JSON itself,
  // which for 100,000 scores is a third faster than binding each row, and inserting in key order
  // keeps the table's pages close together.
  const addPayloadScores = db.prepare<[string, string, Buffer]>(
    `INSERT INTO scores (juror_id, entry_id, criterion_id, value, updated_at, entered_by)
     SELECT ?, value ->> 'entry' AS entry, value ->> 'criterion' AS criterion, value ->> 'value', ?, NULL FROM json_each(CAST(? AS TEXT), '$.scores') ORDER BY entry, criterion`,
  );
  const addComment = db.prepare<[string, string, string, string, string | null]>('INSERT INTO comments (juror_id, entry_id, text, updated_at, entered_by) VALUES (?, ?, ?, ?, ?)');
  const addRecusal = db.prepare<[string, string, string, string, string | null]>('INSERT INTO recusals (juror_id, entry_id, reason, updated_at, entered_by) VALUES (?, ?, ?, ?, ?)');
  const putScore = db.prepare<[string, string, string, string, string, string | null]>(
    `INSERT INTO scores (juror_id, entry_id, criterion_id, value, updated_at, entered_by) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, entered_by = excluded.entered_by`,
  );
  const putComment = db.prepare<[string, string, string, string, string | null]>(
    `INSERT INTO comments (juror_id, entry_id, text, updated_at, entered_by) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at, entered_by = excluded.entered_by`,
  );
  const putRecusal = db.prepare<[string, string, string, string, string | null]>(
    `INSERT INTO recusals (juror_id, entry_id, reason, updated_at, entered_by) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT DO UPDATE SET reason = excluded.reason, updated_at = excluded.updated_at, entered_by = excluded.entered_by`,
  );
  const score = db.prepare<[string, string, string], MarkRow>('SELECT value, entered_by FROM scores WHERE juror_id = ? AND entry_id = ? AND criterion_id = ?');
  const entryScores = db.prepare<[string, string], MarkRow & { criterion_id: string }>('SELECT criterion_id, value, entered_by FROM scores WHERE juror_id = ? AND entry_id = ?');
  const comment = db.prepare<[string, string], MarkRow>('SELECT text AS value, entered_by FROM comments WHERE juror_id = ? AND entry_id = ?');
  const recusal = db.prepare<[string, string], MarkRow>('SELECT reason AS value, entered_by FROM recusals WHERE juror_id = ? AND entry_id = ?');
  const delScore = db.prepare<[string, string, string]>('DELETE FROM scores WHERE juror_id = ? AND entry_id = ? AND criterion_id = ?');
  const delComment = db.prepare<[string, string]>('DELETE FROM comments WHERE juror_id = ? AND entry_id = ?');
  const delRecusal = db.prepare<[string, string]>('DELETE FROM recusals WHERE juror_id = ? AND entry_id = ?');
  const paperMarks = db.prepare<[string, string, string], { by: string; marks: number }>(
    `SELECT entered_by AS by, count(*) AS marks FROM (
       SELECT entered_by FROM scores WHERE juror_id = ? AND entered_by IS NOT NULL
       UNION ALL SELECT entered_by FROM comments WHERE juror_id = ? AND entered_by IS NOT NULL
       UNION ALL SELECT entered_by FROM recusals WHERE juror_id = ? AND entered_by IS NOT NULL)
     GROUP BY entered_by ORDER BY entered_by`,
  );
  const jurorScores = db.prepare<[string], [string, string, string, string | null]>('SELECT entry_id, criterion_id, value, entered_by FROM scores WHERE juror_id = ?').raw();
  const jurorComments = db.prepare<[string], [string, string, string | null]>('SELECT entry_id, text, entered_by FROM comments WHERE juror_id = ?').raw();
  const jurorRecusals = db.prepare<[string], [string, string, string | null]>('SELECT entry_id, reason, entered_by FROM recusals WHERE juror_id = ?').raw();
  // Scores per juror and entry among the given criteria: read in the table's key order, so
  // SQLite groups without sorting and no row goes back to JavaScript but one per juror and entry.
  const tally = db
    .prepare<[string], [string, string, number]>('SELECT juror_id, entry_id, count(*) FROM scores WHERE criterion_id IN (SELECT value FROM json_each(?)) GROUP BY juror_id, entry_id')
    .raw();
  const recusals = db.prepare<[], [string, string]>('SELECT juror_id, entry_id FROM recusals').raw();
  // A paper sheet's scores as JSON rows [juror, entry, criterion, value], compared and set in SQL,
  // inserted in the table's key order ("10" sorts before "2") so that pages fill one after another.
  const hasScores = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM scores WHERE juror_id = ? LIMIT 1');
  const sheetAgainstStored = db.prepare<[string], { same: number | null; signedReplaced: number | null }>(
    `SELECT sum(s.value = j.value ->> 3) AS same, sum(s.value <> j.value ->> 3 AND s.entered_by IS NULL) AS signedReplaced
     FROM json_each(?) AS j JOIN scores AS s ON s.juror_id = j.value ->> 0 AND s.entry_id = j.value ->> 1 AND s.criterion_id = j.value ->> 2`,
  );
  const upsertSheet = db.prepare<[string, string | null, string]>(
    `INSERT INTO scores (juror_id, entry_id, criterion_id, value, updated_at, entered_by)
     SELECT value ->> 0 AS juror, value ->> 1 AS entry, value ->> 2 AS criterion, value ->> 3, ?, ? FROM json_each(?) WHERE true ORDER BY juror, entry, criterion
     ON CONFLICT DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, entered_by = excluded.entered_by WHERE scores.value IS NOT excluded.value`,
  );
  // The same for one juror's sheet as JSON rows [entry, criterion, value] (the bulk paper sheet).
  const jurorSheetAgainstStored = db.prepare<[string, string], { same: number | null; signedReplaced: number | null }>(
    `SELECT sum(s.value = j.value ->> 2) AS same, sum(s.value <> j.value ->> 2 AND s.entered_by IS NULL) AS signedReplaced
     FROM json_each(?) AS j JOIN scores AS s ON s.juror_id = ? AND s.entry_id = j.value ->> 0 AND s.criterion_id = j.value ->> 1`,
  );
  const upsertJurorSheet = db.prepare<[string, string, string | null, string]>(
    `INSERT INTO scores (juror_id, entry_id, criterion_id, value, updated_at, entered_by)
     SELECT ?, value ->> 0 AS entry, value ->> 1 AS criterion, value ->> 2, ?, ? FROM json_each(?) WHERE true ORDER BY entry, criterion
     ON CONFLICT DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, entered_by = excluded.entered_by WHERE scores.value IS NOT excluded.value`,
  );
  const jurorRecusalRows = db.prepare<[string], { entry_id: string; value: string; entered_by: string | null }>('SELECT entry_id, reason AS value, entered_by FROM recusals WHERE juror_id = ?');
  return {
    /** Removes every mark of a juror: a juror file is a full snapshot and replaces them all. */
    clearJuror(juror: string): void {
      delScores.run(juror);
      delComments.run(juror);
      delRecusals.run(juror);
    },
    addScore: (juror: string, entry: string, criterion: string, value: string, at: string, by: string | null) => addScore.run(juror, entry, criterion, value, at, by),
    /** Inserts every score of a juror file's payload (its canonical JSON, as UTF-8 bytes) as the juror's own; returns how many. */
    addPayloadScores: (juror: string, payload: Buffer, at: string) => addPayloadScores.run(juror, at, payload).changes,
    addComment: (juror: string, entry: string, text: string, at: string, by: string | null) => addComment.run(juror, entry, text, at, by),
    addRecusal: (juror: string, entry: string, reason: string, at: string, by: string | null) => addRecusal.run(juror, entry, reason, at, by),
    score: (juror: string, entry: string, criterion: string) => score.get(juror, entry, criterion),
    hasScores: (juror: string) => hasScores.get(juror) !== undefined,
    /** How many of a sheet's scores (JSON rows) equal the stored ones, and how many would replace a juror's signed score. */
    sheetAgainstStored: (json: string) => {
      const r = sheetAgainstStored.get(json)!;
      return { same: r.same ?? 0, signedReplaced: r.signedReplaced ?? 0 };
    },
    /** Sets every score of a sheet (JSON rows) that differs from the stored one; returns how many. */
    upsertSheetScores: (json: string, at: string, by: string | null) => upsertSheet.run(at, by, json).changes,
    jurorSheetAgainstStored: (juror: string, json: string) => {
      const r = jurorSheetAgainstStored.get(json, juror)!;
      return { same: r.same ?? 0, signedReplaced: r.signedReplaced ?? 0 };
    },
    upsertJurorSheet: (juror: string, json: string, at: string, by: string | null) => upsertJurorSheet.run(juror, at, by, json).changes,
    jurorRecusalRows: (juror: string): [string, MarkRow][] => jurorRecusalRows.all(juror).map((r) => [r.entry_id, { value: r.value, entered_by: r.entered_by }]),
    entryScores: (juror: string, entry: string) => entryScores.all(juror, entry),
    comment: (juror: string, entry: string) => comment.get(juror, entry),
    recusal: (juror: string, entry: string) => recusal.get(juror, entry),
    /** Sets one mark (null removes it). */
    putScore: (juror: string, entry: string, criterion: string, value: string | null, at: string, by: string | null) =>
      void (value === null ? delScore.run(juror, entry, criterion) : putScore.run(juror, entry, criterion, value, at, by)),
    putComment: (juror: string, entry: string, text: string | null, at: string, by: string | null) =>
      void (text === null ? delComment.run(juror, entry) : putComment.run(juror, entry, text, at, by)),
    putRecusal: (juror: string, entry: string, reason: string | null, at: string, by: string | null) =>
      void (reason === null ? delRecusal.run(juror, entry) : putRecusal.run(juror, entry, reason, at, by)),
    /** How many of a juror's marks were typed from paper, per person who typed them. */
    paperMarks: (juror: string) => paperMarks.all(juror, juror, juror),
    jurorMarks: (juror: string) => ({ scores: jurorScores.all(juror), comments: jurorComments.all(juror), recusals: jurorRecusals.all(juror) }),
    /** [juror, entry, how many of these criteria are scored]. */
    tally: (criteria: string[]) => tally.all(JSON.stringify(criteria)),
    /** [juror, entry] of every recusal. */
    recusals: () => recusals.all(),
  };
}

const cache = new WeakMap<Db, ReturnType<typeof prepare>>();

export function organiserMarksQueries(db: Db): ReturnType<typeof prepare> {
  let q = cache.get(db);
  if (!q) cache.set(db, (q = prepare(db)));
  return q;
}
