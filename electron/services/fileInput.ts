import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ProblemError, type Problem } from '../../shared/problem';
import { problemFromError } from './errors';

/** A file the user named could not be read: missing, or another disk or permission problem. */
function fileProblem(e: unknown, path: string): Problem {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return { code: 'fileNotFound', file: basename(path), params: { detail: code } };
  const known = problemFromError(e, basename(path));
  return known.code === 'internal' ? { code: 'io', file: basename(path), params: { detail: code ?? String(e) } } : known;
}

/** Reads a file for the CLI, turning any failure into a problem that names the file. */
export function readFileOrProblem(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    throw new ProblemError([fileProblem(e, path)]);
  }
}

/** The same, without blocking the main process while a large workbook is read. */
export async function readFileOrProblemAsync(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (e) {
    throw new ProblemError([fileProblem(e, path)]);
  }
}
