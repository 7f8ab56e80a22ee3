import { onTestFinished } from 'vitest';
import { ContestWorkspace } from '../../../electron/services/contestWorkspace';
import type { KeyPair } from '../../../shared/crypto/signing';
import { sha256Hex } from '../../../shared/crypto/signing';
import { buildJurorPayload, writeJurorFile, type JurorPayload } from '../../../shared/juror/jurorFile';
import { definitionSha256 } from '../../../shared/package/packageFile';
import { emptyScores, parseScoreSheet } from '../../../shared/scores/scoreSheet';
import { parseCsv } from '../../../shared/table/csv';
import { contestWithEntries, fixedContext, NOW, paperScores, randomKeys, recordPackagesIssued, tempDir } from '../helpers';

export type Organiser = Awaited<ReturnType<typeof organiser>>;

/** The organiser's thanks-challenge contest (125 entries in "main", jurors j1–j5, secretary s1), opened. */
export async function organiser(actor = 'organiser') {
  const dir = tempDir();
  const db = await contestWithEntries(dir);
  const ws = ContestWorkspace.open(db, fixedContext(actor));
  onTestFinished(() => ws.close());
  const def = ws.definition();
  // The packages the jurors' files say they were scored from (signedFile uses this hash).
  recordPackagesIssued(ws, ['j1', 'j2', 'j3', 'j4', 'j5'], 'a'.repeat(64));
  const contest = { uid: ws.uid, definitionSha256: definitionSha256(def) };
  const entries = ws.entries().filter((e) => e.eligible && e.nomination).map((e) => ({ id: e.id, nomination: e.nomination }));
  /** One key per juror, made once, as on each juror's laptop. */
  const keys = new Map<string, KeyPair>();
  const keyOf = (juror: string) => keys.get(juror) ?? (keys.set(juror, randomKeys()), keys.get(juror)!);
  return { dir, db, ws, def, contest, entries, keyOf };
}

export interface FileSpec {
  juror: string;
  /** A paper-sheet CSV of this juror's marks (the fixture's sheet by default). */
  csv?: string;
  revision?: number;
  /** The previous revision's bytes, chained by hash. */
  previous?: Uint8Array;
  keys?: KeyPair;
  createdAt?: string;
  /** Changes the payload before it is signed: a file anyone could sign, checked past its signature. */
  edit?: (p: JurorPayload) => void;
}

/** A juror file made by the real writer (buildJurorPayload + writeJurorFile), as the juror's window makes it. */
export function signedFile(o: Organiser, spec: FileSpec): Uint8Array {
  const csv = spec.csv ?? paperScores(spec.juror);
  const table = parseCsv(new TextEncoder().encode(csv), 'sheet.csv');
  if (!table.ok) throw new Error(JSON.stringify(table.problems));
  const parsed = parseScoreSheet(table.value, { file: 'sheet.csv', definition: o.def, entries: new Map(o.entries.map((e) => [e.id, e.nomination])), jurors: [spec.juror], scope: 'package' });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const keys = spec.keys ?? o.keyOf(spec.juror);
  const revision = spec.revision ?? 1;
  const payload = buildJurorPayload({
    definition: o.def,
    contest: o.contest,
    packageSha256: 'a'.repeat(64),
    jurorId: spec.juror,
    publicKey: keys.publicKey,
    entries: o.entries,
    marks: parsed.value.get(spec.juror) ?? emptyScores(),
    revision,
    previous: spec.previous ? sha256Hex(spec.previous) : revision > 1 ? 'b'.repeat(64) : null,
    createdAt: spec.createdAt ?? NOW,
  });
  spec.edit?.(payload);
  return writeJurorFile(payload, keys.secretKey);
}

/** Everything the merge may change, to compare before and after. */
export function snapshot(o: Organiser) {
  const all = (sql: string) => o.ws.db.prepare(sql).all() as Record<string, unknown>[];
  return {
    scores: all('SELECT * FROM scores ORDER BY juror_id, entry_id, criterion_id'),
    comments: all('SELECT * FROM comments ORDER BY juror_id, entry_id'),
    recusals: all('SELECT * FROM recusals ORDER BY juror_id, entry_id'),
    keys: all('SELECT * FROM juror_keys ORDER BY juror_id'),
    files: all('SELECT juror_id, revision, sha256, file_name FROM juror_files ORDER BY juror_id, revision'),
    audit: all('SELECT action, details FROM audit_log ORDER BY id'),
  };
}

/** The marks alone: what "merging in any order gives the same result" compares. */
export const marksOf = (o: Organiser) => {
  const { scores, comments, recusals } = snapshot(o);
  return { scores, comments, recusals };
};

/** A sheet of one juror's rows: "entry,criterion,score[,comment]" lines. */
export const sheet = (juror: string, ...rows: string[]) => ['juror,entry,criterion,score,comment', ...rows.map((r) => `${juror},${r}`)].join('\n') + '\n';
