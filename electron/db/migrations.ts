import type { Database } from 'better-sqlite3';

/**
 * Numbered, append-only schema changes. Never edit a shipped migration: add the next one.
 * PRAGMA user_version records how many have run; all pending ones run in one transaction.
 */
export const MIGRATIONS: ((db: Database) => void)[] = [
  // 1: the contest workspace
  (db) => {
    db.exec(`
      CREATE TABLE contest (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        uid TEXT NOT NULL,
        definition TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      -- Mirrors the definition's scored nominations so that entries can reference them.
      CREATE TABLE nominations (id TEXT PRIMARY KEY) WITHOUT ROWID;
      CREATE TABLE imports (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        actor TEXT NOT NULL,
        mapping TEXT NOT NULL,
        added INTEGER NOT NULL,
        updated INTEGER NOT NULL,
        unchanged INTEGER NOT NULL
      );
      CREATE TABLE entries (
        id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL UNIQUE,
        nomination TEXT REFERENCES nominations(id),
        participant TEXT,
        organisation TEXT,
        region TEXT,
        age_group TEXT,
        link TEXT,
        media TEXT,
        likes INTEGER CHECK (likes >= 0),
        comments INTEGER CHECK (comments >= 0),
        views INTEGER CHECK (views >= 0),
        duration REAL CHECK (duration >= 0),
        followers INTEGER CHECK (followers >= 0),
        hashtag TEXT,
        email TEXT,
        submitted TEXT,
        decision TEXT CHECK (decision IN ('disqualified', 'reinstated')),
        decision_reason TEXT,
        import_id INTEGER REFERENCES imports(id),
        source_row INTEGER
      );
      CREATE INDEX entries_nomination ON entries(nomination);
      CREATE TABLE column_mappings (
        signature TEXT PRIMARY KEY,
        mapping TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        entry_id TEXT,
        reason TEXT,
        details TEXT
      );
      CREATE INDEX audit_log_entry ON audit_log(entry_id);
    `);
  },
  // 2: signed packages (organiser) and scoring (juror). The marks tables carry the juror's id so
  // that the organiser's merge can keep every juror's marks in the same shape. They have no
  // foreign key to entries: a juror's marks outlive a newer package that drops an entry.
  (db) => {
    db.exec(`
      CREATE TABLE organiser_key (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        public_key TEXT NOT NULL,
        secret_key TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE TABLE packages_issued (
        id INTEGER PRIMARY KEY,
        juror_id TEXT NOT NULL,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        definition_sha256 TEXT NOT NULL,
        entries INTEGER NOT NULL,
        media INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        actor TEXT NOT NULL
      );
      CREATE TABLE juror_package (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        juror_id TEXT NOT NULL,
        juror_name TEXT NOT NULL,
        organiser_key TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        definition_sha256 TEXT NOT NULL,
        created_at TEXT NOT NULL,
        opened_at TEXT NOT NULL,
        media_dir TEXT
      );
      CREATE TABLE scores (
        juror_id TEXT NOT NULL,
        entry_id TEXT NOT NULL,
        criterion_id TEXT NOT NULL,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (juror_id, entry_id, criterion_id)
      ) WITHOUT ROWID;
      CREATE TABLE comments (
        juror_id TEXT NOT NULL,
        entry_id TEXT NOT NULL,
        text TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (juror_id, entry_id)
      ) WITHOUT ROWID;
      CREATE TABLE recusals (
        juror_id TEXT NOT NULL,
        entry_id TEXT NOT NULL,
        reason TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (juror_id, entry_id)
      ) WITHOUT ROWID;
      -- Every change to a mark, in order: what undo walks back.
      CREATE TABLE mark_journal (
        seq INTEGER PRIMARY KEY,
        juror_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('score', 'comment', 'recusal')),
        entry_id TEXT NOT NULL,
        criterion_id TEXT NOT NULL DEFAULT '',
        before TEXT,
        after TEXT,
        at TEXT NOT NULL,
        undone INTEGER NOT NULL DEFAULT 0
      );
      CREATE TABLE submissions (
        revision INTEGER PRIMARY KEY,
        juror_id TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        file_name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        scores INTEGER NOT NULL,
        missing INTEGER NOT NULL
      );
    `);
  },
  // 3: the organiser's merge. Every juror file merged is kept whole as evidence; the key first
  // seen for a juror is remembered so that a file signed with another key is a conflict, never
  // silently accepted. Marks typed from paper name who typed them (entered_by; null = the
  // juror's own signed file). Jury decisions on surviving ties and award overrides feed the results.
  (db) => {
    db.exec(`
      ALTER TABLE scores ADD COLUMN entered_by TEXT;
      ALTER TABLE comments ADD COLUMN entered_by TEXT;
      ALTER TABLE recusals ADD COLUMN entered_by TEXT;
      CREATE TABLE juror_keys (
        juror_id TEXT PRIMARY KEY,
        public_key TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        first_seen_at TEXT NOT NULL,
        file_sha256 TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE juror_files (
        id INTEGER PRIMARY KEY,
        juror_id TEXT NOT NULL,
        revision INTEGER NOT NULL,
        sha256 TEXT NOT NULL UNIQUE,
        fingerprint TEXT NOT NULL,
        file_name TEXT NOT NULL,
        bytes BLOB NOT NULL,
        created_at TEXT NOT NULL,
        merged_at TEXT NOT NULL,
        actor TEXT NOT NULL,
        scores INTEGER NOT NULL,
        UNIQUE (juror_id, revision)
      );
      CREATE TABLE tie_decisions (
        id INTEGER PRIMARY KEY,
        nomination TEXT NOT NULL,
        -- The tied entries' ids, sorted, as JSON: a decision applies to exactly this group.
        entries TEXT NOT NULL,
        -- The same ids in the order the jury voted, as JSON.
        ordering TEXT NOT NULL,
        reason TEXT NOT NULL,
        decided_at TEXT NOT NULL,
        actor TEXT NOT NULL,
        UNIQUE (nomination, entries)
      );
      CREATE TABLE award_overrides (
        nomination TEXT NOT NULL,
        entry_id TEXT NOT NULL,
        -- The award's id, or NULL for "no award".
        award TEXT,
        reason TEXT NOT NULL,
        decided_at TEXT NOT NULL,
        actor TEXT NOT NULL,
        PRIMARY KEY (nomination, entry_id)
      ) WITHOUT ROWID;
    `);
  },
  // 4: the signed protocol. What the secretary types into it (agenda, aim and tasks,
  // recommendations, number and date overrides, diploma templates), one row per text; and every
  // protocol, diploma batch or letter batch exported, with the hashes that identify it.
  (db) => {
    db.exec(`
      CREATE TABLE protocol_texts (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        actor TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE protocols_exported (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('protocol', 'diplomas', 'thanks')),
        file_name TEXT NOT NULL,
        format TEXT NOT NULL,
        language TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        results_sha256 TEXT NOT NULL,
        signer_fingerprint TEXT,
        preliminary INTEGER NOT NULL,
        exported_at TEXT NOT NULL,
        actor TEXT NOT NULL
      );
    `);
  },
  // 5: a juror whose key was replaced (a lost laptop: the organiser accepted the new key) starts
  // their revisions again at 1, so a revision number is unique per juror and key, not per juror.
  (db) => {
    db.exec(`
      CREATE TABLE juror_files_new (
        id INTEGER PRIMARY KEY,
        juror_id TEXT NOT NULL,
        revision INTEGER NOT NULL,
        sha256 TEXT NOT NULL UNIQUE,
        fingerprint TEXT NOT NULL,
        file_name TEXT NOT NULL,
        bytes BLOB NOT NULL,
        created_at TEXT NOT NULL,
        merged_at TEXT NOT NULL,
        actor TEXT NOT NULL,
        scores INTEGER NOT NULL,
        UNIQUE (juror_id, fingerprint, revision)
      );
      INSERT INTO juror_files_new SELECT id, juror_id, revision, sha256, fingerprint, file_name, bytes, created_at, merged_at, actor, scores FROM juror_files;
      DROP TABLE juror_files;
      ALTER TABLE juror_files_new RENAME TO juror_files;
    `);
  },
  // 6: which entries each package assigned (JSON ids; NULL for packages issued before, meaning
  // all), so that a juror given one nomination is not counted as missing the others.
  (db) => {
    db.exec(`ALTER TABLE packages_issued ADD COLUMN entry_ids TEXT;`);
  },
];

export const SCHEMA_VERSION = MIGRATIONS.length;
