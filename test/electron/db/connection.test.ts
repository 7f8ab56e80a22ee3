import Database from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { APPLICATION_ID, openDatabase, type Db } from '../../../electron/db/connection';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../electron/db/migrations';
import { problemsOf, tempDir } from '../helpers';

const pragma = (db: Db, name: string) => db.pragma(name, { simple: true });
const tableNames = (db: Db) =>
  (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);

function openTemp(path: string, create = true): Db {
  const db = openDatabase(path, { create });
  onTestFinished(() => {
    if (db.open) db.close();
  });
  return db;
}

/** A SQLite file of another program: its own table, application_id 0, rollback journal. */
function foreignDb(path: string): void {
  const db = new Database(path);
  db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES (\'hello\')');
  db.close();
}

describe('openDatabase', () => {
  it('sets foreign keys, WAL and synchronous=FULL on a new file', () => {
    const db = openTemp(join(tempDir(), 'c.jury'));
    expect(pragma(db, 'foreign_keys')).toBe(1);
    expect(pragma(db, 'journal_mode')).toBe('wal');
    expect(pragma(db, 'synchronous')).toBe(2);
  });

  it('sets the same pragmas again on every re-open', () => {
    const path = join(tempDir(), 'c.jury');
    openTemp(path).close();
    const again = openTemp(path, false);
    expect(pragma(again, 'foreign_keys')).toBe(1);
    expect(pragma(again, 'journal_mode')).toBe('wal');
    expect(pragma(again, 'synchronous')).toBe(2);
    again.close();
    const third = openTemp(path, false);
    expect(pragma(third, 'synchronous')).toBe(2);
    expect(pragma(third, 'foreign_keys')).toBe(1);
  });

  it('stamps the schema version and the application id', () => {
    const db = openTemp(join(tempDir(), 'c.jury'));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
    expect(pragma(db, 'user_version')).toBe(SCHEMA_VERSION);
    expect(pragma(db, 'application_id')).toBe(APPLICATION_ID);
    expect(APPLICATION_ID).toBe(0x4a555259);
    expect(tableNames(db)).toEqual(expect.arrayContaining(['audit_log', 'column_mappings', 'contest', 'entries', 'imports', 'nominations']));
  });

  it('enforces foreign keys (an entry cannot name a nomination that does not exist)', () => {
    const db = openTemp(join(tempDir(), 'c.jury'));
    expect(() => db.prepare("INSERT INTO entries (id, seq, nomination) VALUES ('1', 1, 'nope')").run()).toThrow(/FOREIGN KEY/);
  });

  it('re-opening an up-to-date file does not run migrations again', () => {
    const path = join(tempDir(), 'c.jury');
    const db = openTemp(path);
    db.prepare("INSERT INTO nominations (id) VALUES ('main')").run();
    db.close();
    const again = openTemp(path, false);
    expect(again.prepare('SELECT id FROM nominations').all()).toEqual([{ id: 'main' }]);
  });

  it('refuses a file written by a newer schema with newerDb and leaves it unchanged', () => {
    const path = join(tempDir(), 'newer.jury');
    const db = openTemp(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const before = readFileSync(path);
    const problems = problemsOf(() => openDatabase(path, { label: 'newer.jury' }));
    expect(problems).toEqual([{ code: 'newerDb', file: 'newer.jury', params: { version: SCHEMA_VERSION + 1, known: SCHEMA_VERSION } }]);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('refuses a SQLite database of another program (application_id 0, own tables) with notContestDb', () => {
    const path = join(tempDir(), 'other.sqlite');
    foreignDb(path);
    expect(problemsOf(() => openDatabase(path, { label: 'other.sqlite' }))).toEqual([{ code: 'notContestDb', file: 'other.sqlite' }]);
    const check = new Database(path, { readonly: true });
    expect(check.prepare('SELECT text FROM notes').all()).toEqual([{ text: 'hello' }]);
    expect(check.pragma('user_version', { simple: true })).toBe(0);
    check.close();
  });

  // Regression (fixed): applyPragmas() runs `journal_mode = WAL` before migrate() checks application_id /
  // user_version, so a refused database (another program's SQLite file, or a newer Jury file
  // in rollback-journal mode) is permanently converted to WAL: header bytes 18-19 go 1 -> 2.
  it('leaves a refused foreign SQLite database byte-for-byte unchanged (no conversion to WAL)', () => {
    const path = join(tempDir(), 'other.sqlite');
    foreignDb(path);
    const before = readFileSync(path);
    problemsOf(() => openDatabase(path));
    const after = readFileSync(path);
    expect(after[18]).toBe(before[18]);
    expect(after.equals(before)).toBe(true);
  });

  // Regression (fixed): same cause as above, for a newer-version file that is not already in WAL mode.
  it('leaves a refused newer database in rollback-journal mode unchanged', () => {
    const path = join(tempDir(), 'newer.jury');
    const raw = new Database(path);
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    raw.exec('CREATE TABLE future (x)');
    raw.close();
    const before = readFileSync(path);
    expect(problemsOf(() => openDatabase(path))[0].code).toBe('newerDb');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a text file with notContestDb and does not change it', () => {
    const path = join(tempDir(), 'notes.jury');
    const text = 'this is a plain text file, not a SQLite database\n'.repeat(20);
    writeFileSync(path, text);
    expect(problemsOf(() => openDatabase(path, { label: 'notes.jury' }))).toEqual([{ code: 'notContestDb', file: 'notes.jury' }]);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('refuses a missing file unless asked to create it, and creates nothing', () => {
    const path = join(tempDir(), 'missing.jury');
    expect(problemsOf(() => openDatabase(path, { label: 'missing.jury' }))).toEqual([{ code: 'fileNotFound', file: 'missing.jury' }]);
    expect(existsSync(path)).toBe(false);
  });

  it('uses the path in messages when no label is given', () => {
    const path = join(tempDir(), 'missing.jury');
    expect(problemsOf(() => openDatabase(path))).toEqual([{ code: 'fileNotFound', file: path }]);
  });

  it('opens :memory: without create', () => {
    const db = openDatabase(':memory:');
    expect(pragma(db, 'user_version')).toBe(SCHEMA_VERSION);
    db.close();
  });
});

describe('migrations', () => {
  it('a failing migration rolls back completely: no tables, user_version and application_id untouched', () => {
    const path = join(tempDir(), 'broken.jury');
    const original = MIGRATIONS[SCHEMA_VERSION - 1];
    // SCHEMA_VERSION is fixed when the module loads, so the last migration is replaced (not a new one pushed):
    // it does its work and then fails, as a half-done migration would.
    MIGRATIONS[SCHEMA_VERSION - 1] = (db) => {
      original(db);
      db.exec('CREATE TABLE half_done (x)');
      throw new Error('migration failed');
    };
    try {
      expect(() => openDatabase(path, { create: true })).toThrow('migration failed');
    } finally {
      MIGRATIONS[SCHEMA_VERSION - 1] = original;
    }
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(0);
    expect(raw.pragma('application_id', { simple: true })).toBe(0);
    expect(raw.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get()).toEqual({ n: 0 });
    raw.close();
    // and the file can still be set up once the migration is fixed (only a create may set up a blank file)
    const db = openTemp(path, true);
    expect(pragma(db, 'user_version')).toBe(SCHEMA_VERSION);
  });

  it('closes the connection after a failed open (the file is not left locked)', () => {
    const path = join(tempDir(), 'locked.jury');
    const original = MIGRATIONS[0];
    MIGRATIONS[0] = () => {
      throw new Error('boom');
    };
    try {
      expect(() => openDatabase(path, { create: true })).toThrow('boom');
    } finally {
      MIGRATIONS[0] = original;
    }
    const raw = new Database(path);
    raw.exec('BEGIN EXCLUSIVE; COMMIT');
    raw.close();
  });
});
