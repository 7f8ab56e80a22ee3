import type { Db } from '../connection';

export interface JurorPackageRow {
  juror_id: string;
  juror_name: string;
  organiser_key: string;
  sha256: string;
  definition_sha256: string;
  created_at: string;
  opened_at: string;
  media_dir: string | null;
}

export interface SubmissionRow {
  revision: number;
  juror_id: string;
  sha256: string;
  file_name: string;
  created_at: string;
  scores: number;
  missing: number;
}

/** On a juror's laptop: the package this workspace scores, and each juror file handed back. */
export function jurorPackageQueries(db: Db) {
  const get = db.prepare<[], JurorPackageRow>('SELECT * FROM juror_package WHERE id = 1');
  const put = db.prepare<JurorPackageRow>(
    `INSERT INTO juror_package (id, juror_id, juror_name, organiser_key, sha256, definition_sha256, created_at, opened_at, media_dir)
     VALUES (1, @juror_id, @juror_name, @organiser_key, @sha256, @definition_sha256, @created_at, @opened_at, @media_dir)
     ON CONFLICT DO UPDATE SET juror_name = excluded.juror_name, sha256 = excluded.sha256, definition_sha256 = excluded.definition_sha256,
       created_at = excluded.created_at, opened_at = excluded.opened_at, media_dir = excluded.media_dir`,
  );
  const submissions = db.prepare<[], SubmissionRow>('SELECT * FROM submissions ORDER BY revision DESC');
  const addSubmission = db.prepare<SubmissionRow>(
    'INSERT INTO submissions (revision, juror_id, sha256, file_name, created_at, scores, missing) VALUES (@revision, @juror_id, @sha256, @file_name, @created_at, @scores, @missing)',
  );
  const removeSubmission = db.prepare<[number, string]>('DELETE FROM submissions WHERE revision = ? AND sha256 = ?');
  return {
    get: () => get.get(),
    put: (row: JurorPackageRow) => put.run(row),
    submissions: () => submissions.all(),
    addSubmission: (row: SubmissionRow) => addSubmission.run(row),
    /** Takes back a revision whose file could not be put in place (only that very file, by its hash). */
    removeSubmission: (revision: number, sha256: string) => removeSubmission.run(revision, sha256),
  };
}
