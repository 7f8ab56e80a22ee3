/**
 * Results at contest scale: 10,000 entries × 15 jurors × 10 criteria (1.5 million scores).
 *   (a) results recomputed as the window does (contestResults over the contest file);
 *   (b) `jury import-scores` + `jury results` as processes, against the sqlite3 shell doing a
 *       bare `.import` of the same CSV and a GROUP BY, in one run: the ratio is the figure.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTEST_FORMAT, type ContestDefinition } from '../shared/contest/model';
import { ContestWorkspace } from '../electron/services/contestWorkspace';
import { commitImport } from '../electron/services/entryImport';
import { contestResults } from '../electron/services/results';
import { entriesCsv } from './generate';
import type { Report } from './scoring';

export const ENTRIES = 10_000;
export const JURORS = 15;
export const CRITERIA = 10;

export function contestScaleDefinition(): ContestDefinition {
  return {
    format: CONTEST_FORMAT,
    title: { kk: 'Өнер байқауы', ru: 'Конкурс', en: 'Contest' },
    language: 'kk',
    jury: [
      ...Array.from({ length: JURORS }, (_, i) => ({ id: `j${i + 1}`, name: `Қазы ${i + 1}`, role: i === 0 ? ('chair' as const) : ('member' as const) })),
      { id: 's1', name: 'Хатшы', role: 'secretary' as const },
    ],
    nominations: [
      {
        id: 'main',
        name: 'Негізгі',
        criteria: Array.from({ length: CRITERIA }, (_, i) => ({ id: `c${i + 1}`, name: `Өлшемшарт ${i + 1}`, max: 10, step: 0.5, weight: i < 2 ? 2 : 1 })),
        aggregation: { method: 'trimmed-mean', trim: 1 },
        tieBreak: ['criteria-order', 'chair', 'head-to-head'],
        awards: { mode: 'count', places: [{ id: 'I', name: 'I орын', count: 3 }, { id: 'II', name: 'II орын', count: 3 }, { id: 'III', name: 'III орын', count: 4 }] },
      },
    ],
  };
}

/** Every juror's every score, as a paper sheet CSV (SCORING.md §6). */
export function scoresCsv(): string {
  let seed = 7;
  const parts: string[] = ['juror,entry,criterion,score\n'];
  for (let j = 1; j <= JURORS; j++) {
    for (let e = 1; e <= ENTRIES; e++) {
      let block = '';
      for (let c = 1; c <= CRITERIA; c++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        block += `j${j},${e},c${c},${(seed % 21) / 2}\n`;
      }
      parts.push(block);
    }
  }
  return parts.join('');
}

/** A contest file with the entries and every score in it, written as a merge would. */
export async function scoredContest(dir: string): Promise<string> {
  const path = join(dir, 'results.jury');
  const ctx = { now: () => new Date(), newId: () => 'bench', actor: () => 'bench' };
  const ws = ContestWorkspace.create(path, contestScaleDefinition(), ctx);
  await commitImport(ws, { fileName: 'entries.csv', bytes: new TextEncoder().encode(entriesCsv(ENTRIES)) });
  const put = ws.db.prepare("INSERT INTO scores (juror_id, entry_id, criterion_id, value, updated_at) VALUES (?, ?, ?, ?, 'bench')");
  ws.db.transaction(() => {
    const lines = scoresCsv().split('\n');
    for (let i = 1; i < lines.length; i++) {
      if (!lines[i]) continue;
      const [j, e, c, v] = lines[i].split(',');
      put.run(j, e, c, v);
    }
  })();
  ws.close();
  return path;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function resultsBench(report: Report): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'jury-bench-results-'));
  try {
    const path = await scoredContest(dir);
    const times: number[] = [];
    // As in the window: the contest is open, a merge has just committed, the results are asked
    // for again. Each run first changes one juror's score in its own transaction.
    const ws = ContestWorkspace.open(path, { now: () => new Date(), newId: () => 'b', actor: () => 'bench' });
    contestResults(ws);
    const touch = ws.db.prepare("UPDATE scores SET value = ? WHERE juror_id = 'j1' AND entry_id = '1' AND criterion_id = 'c1'");
    for (let run = 0; run < 3; run++) {
      ws.db.transaction(() => touch.run(String(run)))();
      const t0 = performance.now();
      const { results } = contestResults(ws);
      times.push(performance.now() - t0);
      if (results.nominations[0].results.length !== ENTRIES) throw new Error('not every entry ranked');
    }
    ws.close();
    // And from a contest file just opened, nothing cached (the first look after starting the app).
    const cold = ContestWorkspace.open(path, { now: () => new Date(), newId: () => 'b', actor: () => 'bench' });
    const t0 = performance.now();
    contestResults(cold);
    console.log(`     the same from a contest file just opened (nothing cached): ${(performance.now() - t0).toFixed(0)} ms`);
    cold.close();
    report(`results recomputed in the window after a merge, ${ENTRIES} entries × ${JURORS} jurors × ${CRITERIA} criteria (median of 3)`, median(times), 1000);
    cliRatio(dir, report);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Wall-clock milliseconds of a command, or throws with its output when it fails. */
function timed(cmd: string, args: string[], input?: string): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { input, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
  return ms;
}

function cliRatio(dir: string, report: Report): void {
  const sqlite = spawnSync('sqlite3', ['-version'], { encoding: 'utf8' });
  if (sqlite.status !== 0) {
    console.log('skip jury import-scores + results vs sqlite3: no sqlite3 shell on this machine (apt-get install sqlite3)');
    return;
  }
  const csv = join(dir, 'scores.csv');
  writeFileSync(csv, scoresCsv());
  const definition = join(dir, 'contest.json');
  writeFileSync(definition, JSON.stringify(contestScaleDefinition()));
  const entries = join(dir, 'entries.csv');
  writeFileSync(entries, entriesCsv(ENTRIES));
  const jury = (...args: string[]) => timed(process.execPath, ['dist/cli/jury.js', ...args]);
  const base = join(dir, 'cli-base.jury');
  jury('new', base, '--definition', definition);
  jury('import-entries', base, entries);
  const ours: number[] = [];
  const baselines: number[] = [];
  for (let run = 0; run < 3; run++) {
    // A fresh copy of the contest with its entries, and a fresh database for the shell, each run.
    const db = join(dir, `cli-${run}.jury`);
    copyFileSync(base, db);
    ours.push(jury('import-scores', db, csv) + jury('results', db, '--format', 'csv', '--out', join(dir, 'results.csv')));
    baselines.push(timed('sqlite3', [join(dir, `baseline-${run}.db`)], `.mode csv\n.import ${csv} scores\nSELECT entry, sum(score) FROM scores GROUP BY juror, entry ORDER BY 2 DESC LIMIT 10;\n`));
  }
  const [oursMs, baseline] = [median(ours), median(baselines)];
  const ratio = oursMs / baseline;
  console.log(`${ratio <= 3 ? 'ok  ' : 'SLOW'} jury import-scores + jury results: ${oursMs.toFixed(0)} ms; sqlite3 .import + GROUP BY: ${baseline.toFixed(0)} ms; ratio ${ratio.toFixed(2)} (medians of 3; target ≤ 3, goal < 2)`);
}
