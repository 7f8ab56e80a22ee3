import type { Db } from '../connection';

export interface IssuedPackage {
  id: number;
  juror_id: string;
  file_name: string;
  sha256: string;
  definition_sha256: string;
  entries: number;
  media: number;
  created_at: string;
  actor: string;
  /** The entries the package assigned, as a JSON array of ids; null (older packages) means all. */
  entry_ids?: string | null;
}

/**
 * The organiser's signing key, made with the contest, and the packages signed with it. The
 * contest file is the organiser's own working file: whoever holds it can sign packages for this
 * contest, which is why the README says to keep it, like any contest file, off shared drives.
 */
export function signingQueries(db: Db) {
  const getKey = db.prepare<[], { public_key: string; secret_key: string; created_at: string }>('SELECT public_key, secret_key, created_at FROM organiser_key WHERE id = 1');
  const insertKey = db.prepare<[string, string, string]>('INSERT INTO organiser_key (id, public_key, secret_key, created_at) VALUES (1, ?, ?, ?)');
  const insertIssued = db.prepare<Omit<IssuedPackage, 'id'>>(
    `INSERT INTO packages_issued (juror_id, file_name, sha256, definition_sha256, entries, media, created_at, actor, entry_ids)
     VALUES (@juror_id, @file_name, @sha256, @definition_sha256, @entries, @media, @created_at, @actor, @entry_ids)`,
  );
  const issued = db.prepare<[], IssuedPackage>('SELECT * FROM packages_issued ORDER BY id DESC');
  const issuedTo = db.prepare<[string, string], { one: number }>('SELECT 1 AS one FROM packages_issued WHERE juror_id = ? AND sha256 = ? LIMIT 1');
  return {
    key: () => getKey.get(),
    insertKey: (publicKey: string, secretKey: string, at: string) => insertKey.run(publicKey, secretKey, at),
    recordIssued: (row: Omit<IssuedPackage, 'id'>) => insertIssued.run({ ...row, entry_ids: row.entry_ids ?? null }),
    issued: () => issued.all(),
    /** Whether this contest issued the package with this SHA-256 to this juror. */
    issuedTo: (juror: string, sha256: string) => issuedTo.get(juror, sha256) !== undefined,
  };
}
