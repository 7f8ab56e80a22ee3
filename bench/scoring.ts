/**
 * The juror's side at contest scale: 10,000 entries, 10 criteria per nomination (the best-work
 * fixture's nominations, s1..s10 and i1..i10), a panel of 15.
 *
 *   (a) keystroke → durable write: `scores:set` through the real IPC wrapper (invokeHandler,
 *       zod input check, the real handlers) on an on-disk workspace, one WAL commit with
 *       synchronous=FULL per call; p99 and p50 over sequential calls;
 *   (b) export of the signed juror file with every score given (100,000 scores);
 *   (c) verification of that file: read from disk and readJurorFile (signature and payload);
 *   (d) package export of the 10,000 entries, and opening it on the juror's laptop.
 *
 * Part of `npm run bench`, which bundles the benchmarks as the app is bundled (scripts/bench.mjs).
 *
 * Filling the 100,000 scores for (b) goes through the real setMark, inside one outer transaction
 * (each setMark is then a savepoint) so that it does not take 100,000 fsyncs; it is not measured.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { parseContestFile } from '../shared/contest/file';
import { scoredNominations, type ContestDefinition, type JuryMember } from '../shared/contest/model';
import { readJurorFile } from '../shared/juror/jurorFile';
import { invokeHandler, trustOrigin } from '../electron/ipc/handle';
import { createHandlers } from '../electron/ipc/handlers/index';
import type { Dialogs, ShellPort } from '../electron/ipc/ports';
import { ContestWorkspace } from '../electron/services/contestWorkspace';
import { commitImport } from '../electron/services/entryImport';
import { Library } from '../electron/services/library';
import { exportPackage } from '../electron/services/packageExport';
import { readPackageFile } from '../electron/services/packageReader';
import { ScoringDesk } from '../electron/services/scoringDesk';
import { SettingsStore } from '../electron/services/settingsStore';
import bestWork from '../test/fixtures/best-work/contest.json';
import { entriesCsv } from './generate';

export type Report = (name: string, ms: number, target: number) => void;

const ENTRIES = 10_000;
const JURORS = 15;
const KEYSTROKES = 2_000;
const WARMUP = 50;
const APP_URL = 'app://jury/index.html';

const ctx = { now: () => new Date(), newId: () => Math.random().toString(36).slice(2), actor: () => 'bench' };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Nearest-rank percentile. */
const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const time = <T>(fn: () => T): [T, number] => {
  const t0 = performance.now();
  const value = fn();
  return [value, performance.now() - t0];
};

/** best-work (two nominations of 10 criteria each), with its panel made up to 15 members. */
function benchDefinition(): ContestDefinition {
  const raw = structuredClone(bestWork) as unknown as { jury: JuryMember[] };
  for (let i = raw.jury.length + 1; i <= JURORS; i++) raw.jury.push({ id: `j${i}`, name: `Қазы ${i}`, role: 'member' });
  const parsed = parseContestFile(JSON.stringify(raw));
  if (!parsed.ok) throw new Error(`bench definition is invalid: ${JSON.stringify(parsed.problems)}`);
  const scored = scoredNominations(parsed.value);
  if (parsed.value.jury.length !== JURORS || !scored.every((n) => n.criteria.length === 10)) throw new Error('bench definition: expected 15 jurors and 10 criteria per nomination');
  return parsed.value;
}

/** What the disk costs by itself: one-row commits with the app's pragmas, to read (a) against. */
function bareCommits(path: string, n: number): { p50: number; p99: number } {
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec('CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT NOT NULL)');
    const put = db.prepare('INSERT INTO t (k, v) VALUES (?, ?) ON CONFLICT DO UPDATE SET v = excluded.v');
    const times: number[] = [];
    for (let i = 0; i < WARMUP + n; i++) {
      const t0 = performance.now();
      put.run(i % 5000, String(i));
      if (i >= WARMUP) times.push(performance.now() - t0);
    }
    return { p50: percentile(times, 50), p99: percentile(times, 99) };
  } finally {
    db.close();
  }
}

const dialogs: Dialogs = {
  openFile: async () => null,
  openFiles: async () => [],
  saveFile: async () => null,
};
const shell: ShellPort = {
  openExternal: async () => {},
  openPath: async () => '',
  showItemInFolder: () => {},
};

export async function scoringBench(report: Report): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'jury-bench-scoring-'));
  const dataDir = join(dir, 'data');
  const library = new Library(dataDir, ctx);
  const desk = new ScoringDesk(dataDir, ctx);
  try {
    // The organiser's contest: 10,000 entries over the two scored nominations.
    const definition = benchDefinition();
    const nominations = scoredNominations(definition).map((n) => n.id);
    mkdirSync(join(dir, 'organiser'));
    const organiser = ContestWorkspace.create(join(dir, 'organiser', 'bench.jury'), definition, ctx);
    const imported = await commitImport(organiser, { fileName: 'entries.csv', bytes: new TextEncoder().encode(entriesCsv(ENTRIES, nominations)) });
    if (imported.added !== ENTRIES) throw new Error(`imported ${imported.added} entries`);

    // (d) The package of one juror, and opening it on the juror's laptop.
    const packagePath = join(dir, 'j2.jurypkg');
    const exports: number[] = [];
    for (let run = 0; run < 3; run++) {
      const [receipt, ms] = time(() => exportPackage(organiser, { jurorId: 'j2', includeMedia: false }, packagePath));
      if (receipt.entries !== ENTRIES) throw new Error(`package has ${receipt.entries} entries`);
      exports.push(ms);
    }
    organiser.close();
    report(`package export, ${ENTRIES} entries (median of 3)`, median(exports), 1000);
    const reads: number[] = [];
    for (let run = 0; run < 3; run++) reads.push(time(() => readPackageFile(packagePath))[1]);
    const [ws, openMs] = time(() => desk.openPackage(packagePath));
    report(`package read and verified (readPackageFile, median of 3)`, median(reads), 1000);
    report(`package opened into a new workspace (ScoringDesk.openPackage)`, openMs, 1000);
    if (ws.entries().length !== ENTRIES) throw new Error(`workspace has ${ws.entries().length} entries`);

    // (a) Keystrokes through the IPC wrapper: each call answers after its durable commit.
    const handlers = createHandlers({ library, desk, settings: new SettingsStore(dataDir), dialogs, shell, ctx, version: 'bench' });
    const trusted = trustOrigin('app://jury');
    const criteria = new Map(scoredNominations(ws.definition()).map((n) => [n.id, n.criteria]));
    const entries = ws.entries();
    const latencies: number[] = [];
    for (let i = 0; i < WARMUP + KEYSTROKES; i++) {
      // Spread over the whole file, a new value each time, so every call is a real write.
      const entry = entries[(i * 7919) % entries.length];
      const list = criteria.get(entry.nomination!)!;
      const criterion = list[i % list.length];
      const input = { workspaceId: ws.workspaceId, kind: 'score' as const, entry: entry.id, criterion: criterion.id, value: String(i % (criterion.max + 1)) };
      const t0 = performance.now();
      const r = await invokeHandler(handlers, 'scores:set', APP_URL, input, trusted, () => {});
      const ms = performance.now() - t0;
      if (!r.ok) throw new Error(`scores:set refused: ${JSON.stringify(r.problems)}`);
      if (i >= WARMUP) latencies.push(ms);
    }
    report(`keystroke → durable write, scores:set over IPC, p99 of ${KEYSTROKES}`, percentile(latencies, 99), 5);
    report(`keystroke → durable write, scores:set over IPC, p50 of ${KEYSTROKES}`, percentile(latencies, 50), 5);
    console.log(`     max ${Math.max(...latencies).toFixed(1)} ms, mean ${(latencies.reduce((a, b) => a + b, 0) / latencies.length).toFixed(2)} ms`);
    const disk = bareCommits(join(dir, 'baseline.sqlite'), KEYSTROKES);
    console.log(`     the disk alone, a bare one-row SQLite commit (WAL, synchronous=FULL): p50 ${disk.p50.toFixed(2)} ms, p99 ${disk.p99.toFixed(2)} ms`);

    // Every score given: through the real setMark (its checks and journal), inside one outer
    // transaction so 100,000 marks do not take 100,000 fsyncs (each setMark is then a savepoint).
    const [, fillMs] = time(() =>
      ws.db.transaction(() => {
        for (const e of entries) for (const c of criteria.get(e.nomination!)!) ws.setMark('score', e.id, c.id, String((e.id.length + c.id.length) % (c.max + 1)));
      })(),
    );
    const expected = entries.reduce((n, e) => n + criteria.get(e.nomination!)!.length, 0);
    console.log(`     (filled ${expected} scores through setMark in one transaction: ${fillMs.toFixed(0)} ms)`);

    // (b) The signed juror file (each run a new revision).
    desk.keys.create();
    const keys = desk.keys.keys();
    const submits: number[] = [];
    let file = '';
    for (let run = 1; run <= 3; run++) {
      file = join(dir, `j2-${run}.juryscores`);
      const [receipt, ms] = time(() => ws.submit(file, keys));
      if (receipt.scores !== expected || receipt.missing !== 0) throw new Error(`juror file: ${receipt.scores} scores, ${receipt.missing} missing`);
      submits.push(ms);
    }
    report(`juror file export, ${ENTRIES} entries × 10 criteria all scored (JurorWorkspace.submit, median of 3)`, median(submits), 1000);

    // (c) Verification of that file, as the organiser's import reads it.
    const verifies: number[] = [];
    const checksOnly: number[] = [];
    for (let run = 0; run < 5; run++) {
      const t0 = performance.now();
      const bytes = new Uint8Array(readFileSync(file));
      const t1 = performance.now();
      const verified = readJurorFile(bytes, 'j2.juryscores');
      const t2 = performance.now();
      if (!verified.ok || verified.value.payload.scores.length !== expected) throw new Error('juror file did not verify');
      verifies.push(t2 - t0);
      checksOnly.push(t2 - t1);
    }
    report(`juror file verification, read from disk + readJurorFile (median of 5)`, median(verifies), 200);
    console.log(`     readJurorFile alone: ${median(checksOnly).toFixed(1)} ms; file size ${(readFileSync(file).length / 1024 / 1024).toFixed(2)} MiB`);
  } finally {
    desk.closeAll();
    library.closeAll();
    rmSync(dir, { recursive: true, force: true });
  }
}
