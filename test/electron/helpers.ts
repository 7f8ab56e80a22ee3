import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { onTestFinished } from 'vitest';
import { parseContestFile } from '../../shared/contest/file';
import type { ContestDefinition } from '../../shared/contest/model';
import { ProblemError, type Problem } from '../../shared/problem';
import type { ServiceContext } from '../../electron/services/context';

export const FIXTURES = resolve(__dirname, '..', 'fixtures');
export const fixture = (...parts: string[]) => join(FIXTURES, ...parts);
export const fixtureBytes = (...parts: string[]) => new Uint8Array(readFileSync(fixture(...parts)));
export const fixtureText = (...parts: string[]) => readFileSync(fixture(...parts), 'utf8');

export const THANKS_CSV = 'entries-google-form.csv';
export const THANKS_XLSX = 'entries-google-form.xlsx';
export const NOW = '2026-03-04T10:00:00.000Z';

/** A temp directory removed when the current test finishes. */
export function tempDir(prefix = 'jury-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Fixed clock, counter-based ids, fixed actor. */
export function fixedContext(actor = 'tester'): ServiceContext {
  let n = 0;
  return { now: () => new Date(NOW), newId: () => `id-${++n}`, actor: () => actor };
}

export function loadDefinition(name: 'thanks-challenge' | 'best-work'): ContestDefinition {
  const parsed = parseContestFile(fixtureText(name, 'contest.json'));
  if (!parsed.ok) throw new Error(`fixture ${name}/contest.json is invalid: ${JSON.stringify(parsed.problems)}`);
  return parsed.value;
}

/** Runs fn and returns the problems of the ProblemError it throws (fails the test otherwise). */
export function problemsOf(fn: () => unknown): Problem[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof ProblemError) return e.problems;
    throw e;
  }
  throw new Error('expected a ProblemError, nothing was thrown');
}

export async function problemsOfAsync(fn: () => Promise<unknown>): Promise<Problem[]> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof ProblemError) return e.problems;
    throw e;
  }
  throw new Error('expected a ProblemError, nothing was thrown');
}

/** Replaces one CSV line (0 = header) of a text. */
export function replaceLine(text: string, index: number, edit: (line: string) => string): string {
  const lines = text.split('\n');
  lines[index] = edit(lines[index]);
  return lines.join('\n');
}

/** Sets one comma-separated cell of a simple (unquoted) CSV line. */
export function setCell(line: string, column: number, value: string): string {
  const cells = line.split(',');
  cells[column] = value;
  return cells.join(',');
}

// ---- Juror packages, keys and scoring ----------------------------------------------------

import { randomBytes } from 'node:crypto';
import { writeFileSync as writeFileSyncForTests } from 'node:fs';
import { runJury } from '../../electron/cli/jury';
import { encodeKeyFile } from '../../shared/crypto/keyFile';
import { keyPairFromSeed, type KeyPair } from '../../shared/crypto/signing';

/** Runs `jury VERB …` in this process and returns its exit code and what it printed. */
export async function runCli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runJury(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const contestTemplates = new Map<string, Promise<Uint8Array>>();

/**
 * A fresh copy, in `dir`, of a fixture's contest file with its entries imported through the
 * CLI (thanks-challenge: the Google Forms export, 125 entries in "main"; best-work: 16 entries
 * in "social" and "innovative"). The contest is built once per test file and copied, so every
 * copy has the same uid and organiser key.
 */
export async function contestWithEntries(dir: string, name: 'thanks-challenge' | 'best-work' = 'thanks-challenge', fileName = 'contest.jury'): Promise<string> {
  let template = contestTemplates.get(name);
  if (!template) {
    template = (async () => {
      const folder = mkdtempSync(join(tmpdir(), 'jury-template-'));
      try {
        const db = join(folder, 'contest.jury');
        const made = await runCli('new', db, '--definition', fixture(name, 'contest.json'));
        if (made.code !== 0) throw new Error(made.err);
        const entries = name === 'thanks-challenge' ? [fixture(name, THANKS_CSV), '--accept-suggested'] : [fixture(name, 'entries.csv')];
        const imported = await runCli('import-entries', db, ...entries);
        if (imported.code !== 0) throw new Error(imported.err);
        // closed by the CLI, so the WAL is folded into the file: its bytes are the whole contest
        return new Uint8Array(readFileSync(db));
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    })();
    contestTemplates.set(name, template);
  }
  const path = join(dir, fileName);
  writeFileSyncForTests(path, await template);
  return path;
}

/** A new random Ed25519 key pair. */
export const randomKeys = (): KeyPair => keyPairFromSeed(new Uint8Array(randomBytes(32)));

/** Writes a key file as `jury keygen` makes it and returns its keys. */
export function writeKeyFile(path: string, keys: KeyPair = randomKeys()): KeyPair {
  writeFileSyncForTests(path, encodeKeyFile(keys, NOW), { mode: 0o600 });
  return keys;
}

/** Flips the lowest bit of one byte of a file; a negative offset counts from the end. */
export function flipByte(path: string, offset: number): void {
  const bytes = readFileSync(path);
  const at = offset < 0 ? bytes.length + offset : offset;
  bytes[at] ^= 1;
  writeFileSyncForTests(path, bytes);
}

/**
 * The fixture's paper score sheet (juror,entry,criterion,score,comment) cut down to one juror's
 * rows, optionally to some entries, as CSV text.
 */
export function paperScores(juror: string, entries?: (id: string) => boolean): string {
  const [header, ...rows] = fixtureText('thanks-challenge', 'scores-paper.csv').split(/\r?\n/).filter(Boolean);
  const mine = rows.filter((r) => r.split(',')[0] === juror && (!entries || entries(r.split(',')[1])));
  return [header, ...mine].join('\r\n') + '\r\n';
}

/** The fixture's paper sheet written straight into the scores table, as a merge would leave it. */
export function loadPaperSheet(ws: { db: import('better-sqlite3').Database }): void {
  const [, ...lines] = fixtureText('thanks-challenge', 'scores-paper.csv').split(/\r?\n/).filter(Boolean);
  const put = ws.db.prepare("INSERT INTO scores (juror_id, entry_id, criterion_id, value, updated_at) VALUES (?, ?, ?, ?, 'now')");
  const recuse = ws.db.prepare("INSERT INTO recusals (juror_id, entry_id, reason, updated_at) VALUES (?, ?, ?, 'now')");
  ws.db.transaction(() => {
    for (const line of lines) {
      const [juror, entry, criterion, score, comment] = line.split(',');
      if (score === 'recused') recuse.run(juror, entry, comment ?? '');
      else if (score) put.run(juror, entry, criterion, score);
    }
  })();
}

/** Records that the contest issued a package with this SHA-256 to each juror, as export-package does. */
export function recordPackagesIssued(ws: { db: import('better-sqlite3').Database }, jurors: string[], sha256: string): void {
  const put = ws.db.prepare("INSERT INTO packages_issued (juror_id, file_name, sha256, definition_sha256, entries, media, created_at, actor) VALUES (?, 'p.jurypkg', ?, '', 0, 0, 'now', 'test')");
  for (const j of jurors) put.run(j, sha256);
}
