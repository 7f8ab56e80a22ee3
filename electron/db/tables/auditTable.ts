import type { AuditRecord } from '../../../shared/ipc/types';
import type { Db } from '../connection';

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  entry_id: string | null;
  reason: string | null;
  details: string | null;
}

const toRecord = (r: AuditRow): AuditRecord => ({
  id: r.id,
  at: r.at,
  actor: r.actor,
  action: r.action as AuditRecord['action'],
  entryId: r.entry_id,
  reason: r.reason,
  details: r.details ? (JSON.parse(r.details) as Record<string, unknown>) : null,
});

/** Who changed what, when and why: append-only; nothing in the app deletes or edits a record. */
export function auditQueries(db: Db) {
  const insert = db.prepare<[string, string, string, string | null, string | null, string | null]>(
    'INSERT INTO audit_log (at, actor, action, entry_id, reason, details) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const all = db.prepare<[number], AuditRow>('SELECT * FROM audit_log ORDER BY id DESC LIMIT ?');
  const forEntry = db.prepare<[string], AuditRow>('SELECT * FROM audit_log WHERE entry_id = ? ORDER BY id DESC');
  const edits = db.prepare<[], { entry_id: string; details: string }>("SELECT entry_id, details FROM audit_log WHERE action = 'edit' AND details IS NOT NULL");
  return {
    append: (r: Omit<AuditRecord, 'id'>) =>
      insert.run(r.at, r.actor, r.action, r.entryId, r.reason, r.details ? JSON.stringify(r.details) : null),
    latest: (limit = 500) => all.all(limit).map(toRecord),
    forEntry: (entryId: string) => forEntry.all(entryId).map(toRecord),
    /** For each entry, the fields the organiser corrected by hand. */
    editedFields: () => {
      const out = new Map<string, Set<string>>();
      for (const r of edits.all()) {
        const set = out.get(r.entry_id) ?? new Set<string>();
        for (const k of Object.keys(JSON.parse(r.details) as object)) set.add(k);
        out.set(r.entry_id, set);
      }
      return out;
    },
  };
}
