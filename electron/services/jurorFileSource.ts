import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { MergeOutcome, MergeReport } from '../../shared/ipc/mergeTypes';
import { ProblemError, type Problem } from '../../shared/problem';
import type { ContestWorkspace } from './contestWorkspace';
import { readFileOrProblemAsync } from './fileInput';
import { mergeJurorFiles, type JurorFileInput, type MergeOptions } from './merge';

export const SCORES_EXTENSION = 'juryscores';

/** A file to merge, or why it could not even be read. */
export type CollectedFile = JurorFileInput | { name: string; problems: Problem[] };

const byName = new Intl.Collator('en', { numeric: true }).compare;

/**
 * The files named, where a folder stands for the juror files in it (jurors' files come on a USB
 * stick): every *.juryscores directly inside, in name order. Hidden files are skipped: macOS
 * leaves a "._name" shadow beside each file it copies to a stick.
 */
export async function collectJurorFiles(paths: readonly string[]): Promise<CollectedFile[]> {
  const out: CollectedFile[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info?.isDirectory()) {
      out.push(await readOne(path));
      continue;
    }
    const names = (await readdir(path)).filter((n) => !n.startsWith('.') && n.toLowerCase().endsWith(`.${SCORES_EXTENSION}`)).sort(byName);
    if (!names.length) out.push({ name: basename(path), problems: [{ code: 'noJurorFiles', file: basename(path) }] });
    for (const n of names) out.push(await readOne(join(path, n)));
  }
  return out;
}

async function readOne(path: string): Promise<CollectedFile> {
  try {
    return { name: basename(path), bytes: new Uint8Array(await readFileOrProblemAsync(path)) };
  } catch (e) {
    if (e instanceof ProblemError) return { name: basename(path), problems: e.problems };
    throw e;
  }
}

/** Merges what could be read; what could not is reported in its place, in the order given. */
export function mergeCollected(ws: ContestWorkspace, files: readonly CollectedFile[], opts: MergeOptions = {}): MergeReport {
  const readable = files.filter((f): f is JurorFileInput => 'bytes' in f);
  const merged = mergeJurorFiles(ws, readable, opts).outcomes;
  let next = 0;
  const outcomes = files.map((f): MergeOutcome => ('bytes' in f ? merged[next++] : { kind: 'refused', file: f.name, problems: f.problems }));
  const count = (kind: MergeOutcome['kind']) => outcomes.filter((o) => o.kind === kind).length;
  return { outcomes, merged: count('merged'), alreadyMerged: count('alreadyMerged'), olderIgnored: count('olderIgnored'), refused: count('refused') };
}
