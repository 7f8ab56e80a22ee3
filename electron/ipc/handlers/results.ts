import { overrideAward, recordTieDecision, removeAwardOverride, removeTieDecision } from '../../services/results';
import { entryScores, resultsView } from '../../services/resultsView';
import type { HandlerMap } from '../handle';
import type { AppServices } from './index';

type ResultsChannels = 'results:get' | 'results:entry' | 'results:decideTie' | 'results:removeDecision' | 'results:overrideAward' | 'results:removeOverride';

/** The organiser's results: ranking, the detail behind it, the jury's tie votes and award overrides. */
export function resultsHandlers({ library }: AppServices): Pick<HandlerMap, ResultsChannels> {
  return {
    'results:get': ({ contestId }) => resultsView(library.get(contestId)),
    'results:entry': ({ contestId, entryId }) => entryScores(library.get(contestId), entryId),
    'results:decideTie': ({ contestId, nomination, ordering, reason }) => (recordTieDecision(library.get(contestId), { nomination, ordering, reason }), true),
    'results:removeDecision': ({ contestId, nomination, entries, reason }) => (removeTieDecision(library.get(contestId), nomination, entries, reason), true),
    'results:overrideAward': ({ contestId, nomination, entryId, award, reason }) => (overrideAward(library.get(contestId), { nomination, entry: entryId, award, reason }), true),
    'results:removeOverride': ({ contestId, nomination, entryId, reason }) => (removeAwardOverride(library.get(contestId), nomination, entryId, reason), true),
  };
}
