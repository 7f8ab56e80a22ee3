import type { Db } from '../connection';

export interface JurorKeyRow {
  juror_id: string;
  public_key: string;
  fingerprint: string;
  first_seen_at: string;
  file_sha256: string;
}

export interface JurorFileRow {
  id: number;
  juror_id: string;
  revision: number;
  sha256: string;
  fingerprint: string;
  file_name: string;
  created_at: string;
  merged_at: string;
  actor: string;
  scores: number;
}

export type NewJurorFile = Omit<JurorFileRow, 'id'> & { bytes: Uint8Array };

/**
 * The organiser's record of juror files: the key first seen for each juror (a file signed with
 * another key is a conflict) and every file merged, whole, as evidence. Statements are prepared
 * once per database: a merge of 15 files runs them thousands of times.
 */
function prepare(db: Db) {
  const key = db.prepare<[string], JurorKeyRow>('SELECT * FROM juror_keys WHERE juror_id = ?');
  const keys = db.prepare<[], JurorKeyRow>('SELECT * FROM juror_keys ORDER BY juror_id');
  const putKey = db.prepare<JurorKeyRow>(
    `INSERT INTO juror_keys (juror_id, public_key, fingerprint, first_seen_at, file_sha256) VALUES (@juror_id, @public_key, @fingerprint, @first_seen_at, @file_sha256)
     ON CONFLICT (juror_id) DO UPDATE SET public_key = excluded.public_key, fingerprint = excluded.fingerprint, first_seen_at = excluded.first_seen_at, file_sha256 = excluded.file_sha256`,
  );
  const newest = db.prepare<[string], { revision: number; sha256: string }>('SELECT revision, sha256 FROM juror_files WHERE juror_id = ? ORDER BY id DESC LIMIT 1');
  const newestOfKey = db.prepare<[string, string], { revision: number; sha256: string }>(
    'SELECT revision, sha256 FROM juror_files WHERE juror_id = ? AND fingerprint = ? ORDER BY revision DESC LIMIT 1',
  );
  const files = db.prepare<[], JurorFileRow>(
    'SELECT id, juror_id, revision, sha256, fingerprint, file_name, created_at, merged_at, actor, scores FROM juror_files ORDER BY juror_id, revision',
  );
  const bytes = db.prepare<[string], { bytes: Buffer }>('SELECT bytes FROM juror_files WHERE sha256 = ?');
  const addFile = db.prepare<NewJurorFile>(
    `INSERT INTO juror_files (juror_id, revision, sha256, fingerprint, file_name, bytes, created_at, merged_at, actor, scores)
     VALUES (@juror_id, @revision, @sha256, @fingerprint, @file_name, @bytes, @created_at, @merged_at, @actor, @scores)`,
  );
  return {
    key: (juror: string) => key.get(juror),
    keys: () => keys.all(),
    /** Stores the juror's key, replacing the one before (only after the organiser accepted it). */
    putKey: (row: JurorKeyRow) => putKey.run(row),
    /** The juror's file merged last, or undefined before their first file. */
    newest: (juror: string) => newest.get(juror),
    /**
     * The newest revision merged from this juror under this key: revisions count per key, since
     * a juror whose new key the organiser accepted (a new laptop) starts again at 1.
     */
    newestOfKey: (juror: string, fingerprint: string) => newestOfKey.get(juror, fingerprint),
    files: () => files.all(),
    /** A merged file's exact bytes, as the juror signed them. */
    bytes: (sha256: string) => bytes.get(sha256)?.bytes,
    addFile: (row: NewJurorFile) => addFile.run(row),
  };
}

const cache = new WeakMap<Db, ReturnType<typeof prepare>>();

export function mergeQueries(db: Db): ReturnType<typeof prepare> {
  let q = cache.get(db);
  if (!q) cache.set(db, (q = prepare(db)));
  return q;
}
