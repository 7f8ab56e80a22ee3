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
