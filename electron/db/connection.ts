import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { ProblemError } from '../../shared/problem';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';

export type Db = Database.Database;

/** "JURY" in ASCII: marks a SQLite file as a Jury contest so other databases are refused. */
export const APPLICATION_ID = 0x4a555259;

export interface OpenOptions {
  /** Create the file when missing (a new contest); otherwise a missing file is refused. */
  create?: boolean;
  /** The file name used in messages. */
  label?: string;
  /** Electron passes the copy of the native module built against its own headers. */
  nativeBinding?: string;
}

let defaultNativeBinding: string | undefined;
/** Set once by the Electron main process; the CLI and tests use the Node build. */
export function useNativeBinding(path: string | undefined): void {
  defaultNativeBinding = path;
}

/**
 * The one place a contest database is opened. Every open sets foreign keys, WAL and
 * synchronous=FULL (better-sqlite3 leaves WAL at NORMAL, which can lose the last commits on
 * power loss), runs pending migrations in one transaction, and refuses a file that is not a
 * Jury contest or that a newer app version wrote.
 */
export function openDatabase(path: string, opts: OpenOptions = {}): Db {
  const label = opts.label ?? path;
  if (path !== ':memory:' && !opts.create && !existsSync(path)) throw new ProblemError([{ code: 'fileNotFound', file: label }]);
  const nativeBinding = opts.nativeBinding ?? defaultNativeBinding;
  const db = new Database(path, nativeBinding ? { nativeBinding } : {});
  try {
    // Identify the file before writing anything to it: a refused file stays byte-for-byte as it was.
    const version = checkIdentity(db, label, opts.create === true || path === ':memory:');
    applyPragmas(db);
    migrate(db, version);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

function checkIdentity(db: Db, label: string, mayInitialise: boolean): number {
  let version: number;
  let appId: number;
  let hasTables: boolean;
  try {
    version = db.pragma('user_version', { simple: true }) as number;
    appId = db.pragma('application_id', { simple: true }) as number;
    hasTables = (db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number }).n > 0;
  } catch {
    throw new ProblemError([{ code: 'notContestDb', file: label }]);
  }
  // Only a new, empty file may be turned into a contest; an empty file met when opening is refused.
  const blank = appId === 0 && !hasTables && version === 0;
  if (appId !== APPLICATION_ID && !(blank && mayInitialise)) throw new ProblemError([{ code: 'notContestDb', file: label }]);
  if (version > SCHEMA_VERSION) throw new ProblemError([{ code: 'newerDb', file: label, params: { version, known: SCHEMA_VERSION } }]);
  return version;
}

function applyPragmas(db: Db): void {
  db.pragma('foreign_keys = ON');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
}

function migrate(db: Db, version: number): void {
  if (version === SCHEMA_VERSION) return;
  db.transaction(() => {
    for (let v = version; v < SCHEMA_VERSION; v++) MIGRATIONS[v](db);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  })();
}
