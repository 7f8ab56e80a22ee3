import { basename, resolve } from 'node:path';
import { describeProblem } from '../../shared/i18n/problemMessages';
import type { MergeOutcome } from '../../shared/ipc/mergeTypes';
import { systemContext } from '../services/context';
import { ContestWorkspace } from '../services/contestWorkspace';
import { readFileOrProblem } from '../services/fileInput';
import { collectJurorFiles, mergeCollected } from '../services/jurorFileSource';
import { importPaperScores } from '../services/paperScores';
import { UsageError, type ParsedArgs } from './args';
import type { Io } from './commands';

/** Thrown after every file was handled when at least one was refused: exit 1, nothing more to print. */
export class SomeRefused extends Error {}

/**
 * jury merge DB FILE|FOLDER… [--accept-new-key JUROR]: each juror file verified and merged on
 * its own, one line per file. A refused file changes nothing and the others are still merged;
 * the exit status is 1 when any was refused.
 */
export async function cmdMerge({ positional, flags }: ParsedArgs, io: Io): Promise<void> {
  const [db, ...paths] = positional;
  if (!db || !paths.length) throw new UsageError('jury merge DB FILE|FOLDER… [--accept-new-key JUROR]');
  const acceptNewKeyFor = flags.get('accept-new-key');
  if (acceptNewKeyFor === '') throw new UsageError('--accept-new-key needs the juror id');
  const ws = ContestWorkspace.open(resolve(db), systemContext());
  try {
    const report = mergeCollected(ws, await collectJurorFiles(paths), { acceptNewKeyFor });
    for (const o of report.outcomes) {
      if (o.kind === 'refused') io.err(o.problems.map((p) => `jury merge: ${describeProblem(p, 'en')}\n`).join(''));
      else io.out(`${outcomeLine(o)}\n`);
    }
    io.out(`${report.merged} merged, ${report.alreadyMerged} already merged, ${report.olderIgnored} older ignored, ${report.refused} refused\n`);
    const keyTaken = report.outcomes.some((o) => o.kind === 'merged' && o.newKey);
    if (acceptNewKeyFor && !keyTaken) io.err(`jury merge: --accept-new-key ${acceptNewKeyFor}: no file of this juror was merged with a new key\n`);
    if (report.refused) throw new SomeRefused();
  } finally {
    ws.close();
  }
}

function outcomeLine(o: Exclude<MergeOutcome, { kind: 'refused' }>): string {
  if (o.kind === 'alreadyMerged') return `${o.file}: already merged (juror ${o.juror}, revision ${o.revision}); nothing changed`;
  if (o.kind === 'olderIgnored') return `${o.file}: ignored: revision ${o.revision} of juror ${o.juror} is older than revision ${o.current} already merged`;
  const notes = [
    o.replacedRevision !== null ? `replaces revision ${o.replacedRevision}` : 'first file of this juror',
    ...o.replacedPaper.map((p) => `replaces ${p.marks} marks typed from paper by ${p.by}`),
    ...(o.newKey ? [`new key ${o.newKey.fingerprint} accepted in place of ${o.newKey.previous}`] : []),
  ];
  return `${o.file}: merged juror ${o.juror}, revision ${o.revision}: ${o.scores} scores, ${o.missing} entries not fully scored (${notes.join('; ')})`;
}

/** jury import-scores DB FILE: a paper score sheet (SCORING.md §6), all or nothing. */
export async function cmdImportScores({ positional }: ParsedArgs, io: Io): Promise<void> {
  const [db, file] = positional;
  if (!db || !file || positional.length !== 2) throw new UsageError('jury import-scores DB FILE');
  const ws = ContestWorkspace.open(resolve(db), systemContext());
  try {
    const bytes = new Uint8Array(readFileOrProblem(file));
    const s = await importPaperScores(ws, { fileName: basename(file), bytes });
    const changed = s.scoresSet + s.scoresCleared + s.recusalsSet + s.recusalsLifted + s.commentsSet;
    io.out(
      changed
        ? `Imported ${file} for ${s.jurors.join(', ')}: ${s.scoresSet} scores set, ${s.scoresCleared} removed, ${s.recusalsSet} recusals, ${s.recusalsLifted} recusals lifted, ${s.commentsSet} comments, ${s.unchanged} unchanged\n`
        : `Imported ${file}: nothing changed (${s.unchanged} marks already as the sheet says)\n`,
    );
    if (s.replacedSigned) io.err(`Note: ${s.replacedSigned} of these marks replaced marks from the jurors' own signed files\n`);
  } finally {
    ws.close();
  }
}
