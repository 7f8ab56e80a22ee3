import type { MergeOutcome, MergeReport } from '../../../shared/ipc/mergeTypes';

/** One merge as the screen keeps it: its files' outcomes, newest batch first. */
export interface MergeBatch {
  id: number;
  at: Date;
  outcomes: MergeOutcome[];
  /**
   * Whether the retry tokens of its key conflicts still hold: the main process keeps a refused
   * file only until the next merge, so only the newest batch can accept a key without choosing
   * the file again.
   */
  live: boolean;
}

export type OutcomeCounts = Pick<MergeReport, 'merged' | 'alreadyMerged' | 'olderIgnored' | 'refused'>;

export function countOutcomes(outcomes: readonly MergeOutcome[]): OutcomeCounts {
  const count = (kind: MergeOutcome['kind']) => outcomes.filter((o) => o.kind === kind).length;
  return { merged: count('merged'), alreadyMerged: count('alreadyMerged'), olderIgnored: count('olderIgnored'), refused: count('refused') };
}

/** A new batch on top; older ones can no longer accept a key. */
export function addBatch(batches: readonly MergeBatch[], outcomes: MergeOutcome[], id: number, at = new Date()): MergeBatch[] {
  return [{ id, at, outcomes, live: true }, ...batches.map((b) => (b.live ? { ...b, live: false } : b))];
}

/**
 * The file refused for a second key, merged again once the organiser accepted the key: its line
 * now says what that merge did. Every other retry token died with that merge.
 */
export function replaceOutcome(batches: readonly MergeBatch[], retryToken: string, outcomes: MergeOutcome[]): MergeBatch[] {
  return batches.map((b) => {
    const i = b.outcomes.findIndex((o) => o.kind === 'refused' && o.retryToken === retryToken);
    const next = i < 0 ? b.outcomes : [...b.outcomes.slice(0, i), ...outcomes, ...b.outcomes.slice(i + 1)];
    return { ...b, outcomes: next, live: false };
  });
}
