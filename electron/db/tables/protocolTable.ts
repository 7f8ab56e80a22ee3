import { EMPTY_TEXTS, TEXT_KEYS, type ProtocolTexts } from '../../../shared/protocol/types';
import type { Db } from '../connection';
import type { ExportedProtocolView } from '../../../shared/ipc/protocolTypes';

/** A protocol, diploma or letter batch exported, as the window lists it, with its row id. */
export type ExportedProtocol = ExportedProtocolView & { id: number };

type ExportedRow = {
  id: number;
  kind: ExportedProtocol['kind'];
  file_name: string;
  format: string;
  language: string;
  sha256: string;
  results_sha256: string;
  signer_fingerprint: string | null;
  preliminary: number;
  exported_at: string;
  actor: string;
};

/** The protocol's editable texts and the record of every protocol exported (migration 4). */
export function protocolQueries(db: Db) {
  const texts = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM protocol_texts');
  const putText = db.prepare<[string, string, string, string]>(
    'INSERT INTO protocol_texts (key, value, updated_at, actor) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, actor = excluded.actor',
  );
  const exported = db.prepare<[], ExportedRow>('SELECT * FROM protocols_exported ORDER BY id DESC LIMIT 50');
  const addExported = db.prepare<[string, string, string, string, string, string, string | null, number, string, string]>(
    `INSERT INTO protocols_exported (kind, file_name, format, language, sha256, results_sha256, signer_fingerprint, preliminary, exported_at, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return {
    texts(): ProtocolTexts {
      const out: ProtocolTexts = { ...EMPTY_TEXTS };
      for (const r of texts.all()) if ((TEXT_KEYS as string[]).includes(r.key)) out[r.key as keyof ProtocolTexts] = r.value;
      return out;
    },
    /** Writes the texts that changed; returns their keys. */
    putTexts(patch: Partial<ProtocolTexts>, at: string, actor: string): string[] {
      const current = this.texts();
      const changed = TEXT_KEYS.filter((k) => patch[k] !== undefined && patch[k] !== current[k]);
      for (const k of changed) putText.run(k, patch[k]!, at, actor);
      return changed;
    },
    exported: (): ExportedProtocol[] =>
      exported.all().map((r) => ({
        id: r.id,
        kind: r.kind,
        fileName: r.file_name,
        format: r.format,
        language: r.language,
        sha256: r.sha256,
        resultsSha256: r.results_sha256,
        signerFingerprint: r.signer_fingerprint,
        preliminary: r.preliminary === 1,
        exportedAt: r.exported_at,
        actor: r.actor,
      })),
    addExported: (e: Omit<ExportedProtocol, 'id'>) =>
      addExported.run(e.kind, e.fileName, e.format, e.language, e.sha256, e.resultsSha256, e.signerFingerprint, e.preliminary ? 1 : 0, e.exportedAt, e.actor),
  };
}
