import type { Db } from '../connection';

export interface ContestRow {
  uid: string;
  definition: string;
  created_at: string;
  updated_at: string;
}

/** The single contest row: its stable id and the definition as contest.json text. */
export function contestQueries(db: Db) {
  const get = db.prepare<[], ContestRow>('SELECT uid, definition, created_at, updated_at FROM contest WHERE id = 1');
  const insert = db.prepare<[string, string, string, string]>(
    'INSERT INTO contest (id, uid, definition, created_at, updated_at) VALUES (1, ?, ?, ?, ?)',
  );
  const update = db.prepare<[string, string]>('UPDATE contest SET definition = ?, updated_at = ? WHERE id = 1');
  const nominationIds = db.prepare<[], { id: string }>('SELECT id FROM nominations');
  const addNomination = db.prepare<[string]>('INSERT OR IGNORE INTO nominations (id) VALUES (?)');
  const removeNomination = db.prepare<[string]>('DELETE FROM nominations WHERE id = ?');
  return {
    get: () => get.get(),
    insert: (uid: string, definition: string, at: string) => insert.run(uid, definition, at, at),
    update: (definition: string, at: string) => update.run(definition, at),
    nominationIds: () => nominationIds.all().map((r) => r.id),
    addNomination: (id: string) => addNomination.run(id),
    removeNomination: (id: string) => removeNomination.run(id),
  };
}
