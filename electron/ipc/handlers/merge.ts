import { basename } from 'node:path';
import type { MergeReport } from '../../../shared/ipc/mergeTypes';
import { ProblemError } from '../../../shared/problem';
import { contestCompleteness, mergeStatus } from '../../services/completeness';
import type { ContestWorkspace } from '../../services/contestWorkspace';
import { collectJurorFiles, mergeCollected, SCORES_EXTENSION, type CollectedFile } from '../../services/jurorFileSource';
import type { JurorFileInput, MergeOptions } from '../../services/merge';
import { importPaperScores, jurorMarks, setPaperEntry } from '../../services/paperScores';
import type { HandlerMap } from '../handle';
import { dialogTitle, readBytes, type AppServices } from './index';

type MergeChannels = 'merge:choose' | 'merge:dropped' | 'merge:acceptKey' | 'merge:status' | 'merge:completeness' | 'paper:import' | 'paper:setEntry' | 'paper:jurorMarks';

/**
 * The organiser's merge of juror files and paper sheets. The renderer never names a path:
 * files come from the open dialog, or as the bytes of files dropped on the window (the renderer
 * only has what the user dropped, and every byte is verified here as if read from disk).
 */
export function mergeHandlers(s: AppServices): Pick<HandlerMap, MergeChannels> {
  const { library, dialogs } = s;
  // Files refused for a second key, kept until the next merge so the organiser can accept the
  // key once checked without choosing the file again.
  let awaitingKey = new Map<string, { contestId: string; file: JurorFileInput }>();
  const merge = (contestId: string, ws: ContestWorkspace, files: readonly CollectedFile[], opts: MergeOptions = {}): MergeReport => {
    const report = mergeCollected(ws, files, opts);
    awaitingKey = new Map();
    report.outcomes.forEach((o, i) => {
      const f = files[i];
      if (o.kind !== 'refused' || !o.keyConflict || !('bytes' in f)) return;
      const retryToken = s.ctx.newId();
      awaitingKey.set(retryToken, { contestId, file: f });
      o.retryToken = retryToken;
    });
    return report;
  };
  return {
    'merge:choose': async ({ contestId, folder }) => {
      const ws = library.get(contestId);
      const title = dialogTitle(s, folder ? 'mergeFolder' : 'mergeFiles');
      const paths = await dialogs.openFiles({ title, folder, filters: [{ name: dialogTitle(s, 'scoreFiles'), extensions: [SCORES_EXTENSION] }] });
      return paths.length ? merge(contestId, ws, await collectJurorFiles(paths)) : null;
    },
    // A name only, whatever the renderer sent: messages name the file, never a folder of the user's.
    'merge:dropped': ({ contestId, files }) => merge(contestId, library.get(contestId), files.map((f) => ({ name: f.name.split(/[\\/]/).pop() || f.name, bytes: f.bytes }))),
    'merge:acceptKey': ({ contestId, retryToken, jurorId }) => {
      const held = awaitingKey.get(retryToken);
      if (!held || held.contestId !== contestId) throw new ProblemError([{ code: 'invalidInput', params: { detail: 'choose the file again' } }]);
      return merge(contestId, library.get(contestId), [held.file], { acceptNewKeyFor: jurorId });
    },
    'merge:status': ({ contestId }) => mergeStatus(library.get(contestId)),
    'merge:completeness': ({ contestId }) => contestCompleteness(library.get(contestId)),
    'paper:import': async ({ contestId }) => {
      const ws = library.get(contestId);
      const path = await dialogs.openFile({ title: dialogTitle(s, 'paperSheet'), filters: [{ name: 'CSV, XLSX', extensions: ['csv', 'tsv', 'txt', 'xlsx'] }] });
      if (!path) return null;
      return importPaperScores(ws, { fileName: basename(path), bytes: new Uint8Array(await readBytes(path)) });
    },
    'paper:setEntry': ({ contestId, ...marks }) => setPaperEntry(library.get(contestId), marks),
    'paper:jurorMarks': ({ contestId, jurorId }) => jurorMarks(library.get(contestId), jurorId),
  };
}
