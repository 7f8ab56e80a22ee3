/**
 * Durability under a hard kill: a writer process (killWriter.ts) scores with the real code,
 * acknowledging each mark only after JurorWorkspace.setMark returned, and is SIGKILLed at a
 * random moment, many times over the same workspace. After every kill the database must pass
 * integrity_check and hold every acknowledged score: the latest acknowledged value of each
 * (entry, criterion), or the value of the one write that was in flight when the kill came.
 * Nothing else: no stale value, no score that was cleared coming back, no score never written.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { ContestWorkspace } from '../../../electron/services/contestWorkspace';
import { commitImport } from '../../../electron/services/entryImport';
import { JurorWorkspace } from '../../../electron/services/jurorWorkspace';
import { exportPackage } from '../../../electron/services/packageExport';
import { ScoringDesk } from '../../../electron/services/scoringDesk';
import { fixedContext, fixtureBytes, loadDefinition, tempDir } from '../helpers';

const WRITER_SOURCE = join(__dirname, 'killWriter.ts');
const ROUNDS = 25;
const SEED = 0x5eed_2026;

/** mulberry32, so a failing round can be replayed: its seed is in the failure message. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Key = string; // `${entry} ${criterion}`
type Mark = { key: Key; value: string | null };
const markOf = (parts: string[]): Mark => ({ key: `${parts[1]} ${parts[2]}`, value: parts[3] === '-' ? null : parts[3] });

interface Round {
  acks: Mark[];
  /** The last "try" that has no "ack": it may or may not have committed. */
  inFlight: Mark | null;
  ready: boolean;
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/**
 * The writer bundled the way scripts/build-main.mjs bundles the app's main process (esbuild,
 * CommonJS, better-sqlite3 external): the product code as it runs in the app, and a child that
 * starts in about 0.3 s where `node --import tsx killWriter.ts` takes 1-1.5 s. better-sqlite3 is
 * required by its absolute path, so the bundle loads the same Node build of the native module
 * as the tests do, wherever the bundle is written.
 */
async function bundleWriter(outDir: string): Promise<string> {
  const outfile = join(outDir, 'killWriter.cjs');
  await build({
    entryPoints: [WRITER_SOURCE],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    external: ['electron'],
    plugins: [
      {
        name: 'native-by-path',
        setup(b) {
          b.onResolve({ filter: /^better-sqlite3$/ }, () => ({ path: createRequire(__filename).resolve('better-sqlite3'), external: true }));
        },
      },
    ],
  });
  return outfile;
}

/** Runs one writer, kills it `delay` ms after it reported ready, and collects every complete line. */
function runWriter(writer: string, dataDir: string, workspaceId: string, seed: number, delay: number): Promise<Round> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [writer, dataDir, workspaceId, String(seed)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const round: Round = { acks: [], inFlight: null, ready: false, code: null, signal: null, stderr: '' };
    let pending = '';
    let timer: NodeJS.Timeout | undefined;
    // A writer that never gets ready (a crash at start) must not hang the test.
    const watchdog = setTimeout(() => child.kill('SIGKILL'), 20_000);
    const onLine = (text: string) => {
      const parts = text.split(' ');
      if (parts[0] === 'ready') {
        round.ready = true;
        timer = setTimeout(() => child.kill('SIGKILL'), delay);
      } else if (parts[0] === 'try' && parts.length === 4) {
        round.inFlight = markOf(parts);
      } else if (parts[0] === 'ack' && parts.length === 4) {
        const mark = markOf(parts);
        if (!round.inFlight || round.inFlight.key !== mark.key) throw new Error(`ack without its try: ${text}`);
        round.acks.push(mark);
        round.inFlight = null;
      } else {
        throw new Error(`unexpected line from the writer: ${JSON.stringify(text)}`);
      }
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      let nl: number;
      while ((nl = pending.indexOf('\n')) >= 0) {
        const text = pending.slice(0, nl);
        pending = pending.slice(nl + 1);
        try {
          onLine(text);
        } catch (e) {
          child.kill('SIGKILL');
          fail(e);
        }
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (round.stderr += chunk));
    child.on('error', (e) => (clearTimeout(watchdog), clearTimeout(timer), fail(e)));
    // 'close' comes after both pipes ended: every line the writer wrote has been read. An
    // incomplete last line (none is expected: lines are written whole) is ignored.
    child.on('close', (code, signal) => {
      clearTimeout(watchdog);
      clearTimeout(timer);
      round.code = code;
      round.signal = signal;
      done(round);
    });
  });
}

/** The scores, the latest journal value of every mark, and the integrity checks of a workspace file. */
function inspect(path: string) {
  const db = new Database(path, { fileMustExist: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true }) as string;
    const foreignKeys = db.pragma('foreign_key_check') as unknown[];
    const scores = new Map<Key, string>();
    for (const r of db.prepare('SELECT entry_id, criterion_id, value FROM scores').all() as { entry_id: string; criterion_id: string; value: string }[]) {
      scores.set(`${r.entry_id} ${r.criterion_id}`, r.value);
    }
    const journal = new Map<Key, string | null>();
    const rows = db
      .prepare("SELECT entry_id, criterion_id, after FROM mark_journal WHERE kind = 'score' AND undone = 0 ORDER BY seq")
      .all() as { entry_id: string; criterion_id: string; after: string | null }[];
    for (const r of rows) journal.set(`${r.entry_id} ${r.criterion_id}`, r.after);
    return { integrity, foreignKeys, scores, journal };
  } finally {
    db.close();
  }
}

describe('a writer killed at random moments', () => {
  it(`keeps every acknowledged score and an intact database over ${ROUNDS} kills`, { timeout: 90_000 }, async () => {
    // The organiser's contest and the package of one juror; the juror opens it on "their laptop".
    const dir = tempDir('jury-kill-');
    const writer = await bundleWriter(dir);
    const organiser = ContestWorkspace.create(join(dir, 'best-work.jury'), loadDefinition('best-work'), fixedContext('organiser'));
    await commitImport(organiser, { fileName: 'entries.csv', bytes: fixtureBytes('best-work', 'entries.csv') });
    const juror = organiser.definition().jury[1].id;
    const packagePath = join(dir, 'juror.jurypkg');
    exportPackage(organiser, { jurorId: juror, includeMedia: false }, packagePath);
    organiser.close();
    const dataDir = join(dir, 'laptop');
    const desk = new ScoringDesk(dataDir, fixedContext('juror'));
    const opened = desk.openPackage(packagePath);
    const { workspaceId, path } = opened;
    const entries = opened.entries().length;
    desk.closeAll();
    expect(entries).toBeGreaterThan(10);

    const random = prng(SEED);
    const expected = new Map<Key, string | null>();
    let acked = 0;
    let inFlightCommitted = 0;
    for (let r = 0; r < ROUNDS; r++) {
      const seed = Math.floor(random() * 2 ** 32);
      // Mostly anywhere in the first 400 ms of writing; one round in five at once, to land in
      // the first transactions after an open that recovered the previous kill's WAL.
      const delay = random() < 0.2 ? Math.floor(random() * 5) : Math.floor(random() * 400);
      const where = `round ${r} (writer seed ${seed}, kill ${delay} ms after ready)`;
      const round = await runWriter(writer, dataDir, workspaceId, seed, delay);
      expect(round.ready, `${where}: the writer never got ready: ${round.stderr}`).toBe(true);
      expect(round.signal, `${where}: the writer ended by itself (exit ${round.code}): ${round.stderr}`).toBe('SIGKILL');

      for (const a of round.acks) expected.set(a.key, a.value);
      acked += round.acks.length;
      const db = inspect(path);
      expect(db.integrity, where).toBe('ok');
      expect(db.foreignKeys, where).toEqual([]);

      const keys = new Set([...expected.keys(), ...db.scores.keys()]);
      if (round.inFlight) keys.add(round.inFlight.key);
      for (const key of keys) {
        const stored = db.scores.get(key) ?? null;
        const want = expected.get(key) ?? null;
        if (stored === want) continue;
        // Only the write in flight at the kill may differ from the last acknowledgement: it committed, its ack was not read.
        const ok = round.inFlight?.key === key && round.inFlight.value === stored;
        expect(ok, `${where}: ${key} is ${stored ?? 'not scored'}, acknowledged ${want ?? 'not scored'}, in flight ${JSON.stringify(round.inFlight)}`).toBe(true);
        expected.set(key, stored);
        inFlightCommitted++;
      }
      // The score and its journal row are one transaction: never one without the other.
      for (const key of new Set([...db.journal.keys(), ...db.scores.keys()])) {
        expect(db.journal.get(key) ?? null, `${where}: journal of ${key}`).toBe(db.scores.get(key) ?? null);
      }
    }
    expect(acked).toBeGreaterThan(0);

    // And the app reads back exactly those marks.
    const ws = JurorWorkspace.open(path, fixedContext('juror'));
    try {
      const marks = ws.marksNow().scores;
      const stored = new Map([...marks].map(([k, v]) => [k.replace('\u0000', ' '), v]));
      const want = new Map([...expected].filter(([, v]) => v !== null) as [Key, string][]);
      expect(stored).toEqual(want);
    } finally {
      ws.close();
    }
    console.log(`kill test: ${ROUNDS} kills, ${acked} acknowledged marks, ${inFlightCommitted} unacknowledged in-flight commits kept`);
  });
});
