/**
 * The child process of kill.test.ts: a juror's app that scores as fast as it can until it is
 * killed. It opens the scoring workspace with the real code (ScoringDesk, as the app does),
 * and for every mark writes, on stdout:
 *
 *   try <entry> <criterion> <value>   just before JurorWorkspace.setMark is called
 *   ack <entry> <criterion> <value>   only after setMark returned (the commit is durable)
 *
 * "-" stands for a cleared score. A "try" without its "ack" is the one write that may or may
 * not have committed when the kill came. Lines are written with fs.writeSync, so a line the
 * parent reads was really written before the next mark began (no stream buffering in this
 * process), and each line is far below PIPE_BUF, so it reaches the pipe whole.
 *
 * Usage: node --import tsx killWriter.ts <dataDir> <workspaceId> <seed>
 * (kill.test.ts runs it bundled by esbuild instead, for a faster start.)
 */
import { writeSync } from 'node:fs';
import { scoredNominations } from '../../../shared/contest/model';
import { ScoringDesk } from '../../../electron/services/scoringDesk';

const [dataDir, workspaceId, seedText] = process.argv.slice(2);
if (!dataDir || !workspaceId || !seedText) {
  process.stderr.write('usage: killWriter <dataDir> <workspaceId> <seed>\n');
  process.exit(2);
}

function line(text: string): void {
  const bytes = Buffer.from(`${text}\n`, 'utf8');
  let done = 0;
  while (done < bytes.length) {
    try {
      done += writeSync(1, bytes, done, bytes.length - done);
    } catch (e) {
      // fd 1 may be non-blocking: wait for the parent to drain the pipe, never drop a line.
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
    }
  }
}

// mulberry32: the marks of one run are a function of its seed.
let state = Number(seedText) >>> 0;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];

let n = 0;
const ctx = { now: () => new Date(Date.UTC(2026, 2, 4, 10, 0, 0, n)), newId: () => `kill-${process.pid}-${++n}`, actor: () => 'killWriter' };
const desk = new ScoringDesk(dataDir, ctx);
const ws = desk.get(workspaceId);
const criteria = new Map(scoredNominations(ws.definition()).map((nom) => [nom.id, nom.criteria]));
const targets = ws.entries().filter((e) => (criteria.get(e.nomination ?? '')?.length ?? 0) > 0);
if (!targets.length) throw new Error('the workspace has no scored entries');
line(`ready ${process.pid} ${targets.length}`);

// A safety net only: the parent kills this process long before.
const deadline = Date.now() + 60_000;
while (Date.now() < deadline) {
  const entry = pick(targets);
  const criterion = pick(criteria.get(entry.nomination!)!);
  // One write in eight clears the score, so a resurrected old value would be seen too.
  const value = random() < 0.125 ? null : String(Math.floor(random() * (criterion.max + 1)));
  line(`try ${entry.id} ${criterion.id} ${value ?? '-'}`);
  const change = ws.setMark('score', entry.id, criterion.id, value);
  line(`ack ${change.entry} ${change.criterion} ${change.value ?? '-'}`);
}
process.stderr.write('killWriter: not killed within 60 s\n');
process.exit(3);
