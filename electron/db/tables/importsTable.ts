import type { Db } from '../connection';

export interface ImportRecord {
  fileName: string;
  sha256: string;
  at: string;
  actor: string;
  mapping: string;
  added: number;
  updated: number;
  unchanged: number;
}

/** Every import that changed the registry, and the column mappings the organiser confirmed. */
export function importsQueries(db: Db) {
  const insert = db.prepare(
    `INSERT INTO imports (file_name, sha256, imported_at, actor, mapping, added, updated, unchanged)
     VALUES (@fileName, @sha256, @at, @actor, @mapping, @added, @updated, @unchanged)`,
  );
  const getMapping = db.prepare<[string], { mapping: string }>('SELECT mapping FROM column_mappings WHERE signature = ?');
  const putMapping = db.prepare<[string, string, string]>(
    `INSERT INTO column_mappings (signature, mapping, updated_at) VALUES (?, ?, ?)
     ON CONFLICT(signature) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at`,
  );
  return {
    insert: (r: ImportRecord) => Number(insert.run(r).lastInsertRowid),
    mapping: (signature: string): unknown => {
      const row = getMapping.get(signature);
      return row ? JSON.parse(row.mapping) : undefined;
    },
    rememberMapping: (signature: string, mapping: unknown, at: string) => putMapping.run(signature, JSON.stringify(mapping), at),
  };
}
