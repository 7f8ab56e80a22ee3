import { scoredNominations, scoringJurors, type ContestDefinition } from '../contest/model';

/**
 * Who has scored what, as the organiser sees it after merging: for each scored nomination, each
 * scoring juror × each eligible entry is one cell. Compact on purpose: 10,000 entries × 15
 * jurors are 150,000 cells, sent to the window as one string rather than as objects.
 */
export type CellState = 'scored' | 'incomplete' | 'missing' | 'recused' | 'unassigned';

/** One character per cell in `cells`. */
export const CELL: Record<CellState, string> = { scored: 'S', incomplete: 'I', missing: 'M', recused: 'R', unassigned: 'U' };

export interface CompletenessCounts {
  scored: number;
  incomplete: number;
  missing: number;
  recused: number;
  /** Not in any package issued to the juror (a juror given one nomination): not expected of them. */
  unassigned: number;
}

export interface NominationCompleteness {
  nomination: string;
  /** The eligible entries of the nomination, in registry order. */
  entries: string[];
  jurors: string[];
  /** jurors.length × entries.length characters, juror by juror: the cell of jurors[j] and entries[e] is cells[j * entries.length + e]. */
  cells: string;
  /** Counts per juror, in the order of `jurors`. */
  perJuror: CompletenessCounts[];
  counts: CompletenessCounts;
  /** Entries no juror has scored in full: the results list them as not scored. */
  unscoredEntries: number;
}

export interface Completeness {
  nominations: NominationCompleteness[];
  counts: CompletenessCounts;
  /** Every cell scored or recused: the protocol needs no warning. */
  complete: boolean;
}

export interface CompletenessEntry {
  id: string;
  nomination: string | null;
  eligible: boolean;
}

/** What the marks tables hold, reduced to what completeness needs. */
export interface MarkTally {
  /** juror → entry → how many of the entry's nomination's criteria are scored. */
  scored: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** juror → the entries they recused themself from. */
  recused: ReadonlyMap<string, ReadonlySet<string>>;
}

const zero = (): CompletenessCounts => ({ scored: 0, incomplete: 0, missing: 0, recused: 0, unassigned: 0 });
const NONE = new Map<string, number>();
const NO_RECUSALS = new Set<string>();

export function completeness(
  def: ContestDefinition,
  entries: readonly CompletenessEntry[],
  tally: MarkTally,
  jurors: readonly string[] = scoringJurors(def).map((j) => j.id),
  /** juror → the entries their packages assigned; a juror absent from it scores every entry. */
  assigned: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
): Completeness {
  const nominations: NominationCompleteness[] = [];
  const counts = zero();
  for (const n of scoredNominations(def)) {
    const ids = entries.filter((e) => e.eligible && e.nomination === n.id).map((e) => e.id);
    const criteria = n.criteria.length;
    const chars: string[] = new Array(jurors.length * ids.length);
    const perJuror = jurors.map(zero);
    const nominationCounts = zero();
    const fullyScored = new Uint8Array(ids.length);
    jurors.forEach((juror, j) => {
      const scored = tally.scored.get(juror) ?? NONE;
      const recused = tally.recused.get(juror) ?? NO_RECUSALS;
      const given = assigned.get(juror);
      const mine = perJuror[j];
      for (let e = 0; e < ids.length; e++) {
        const id = ids[e];
        const count = scored.get(id) ?? 0;
        // A recusal outweighs any score left beside it: those scores take no part in the results.
        // An entry the juror was not given is not missing (any score they gave it still counts).
        const state: CellState = recused.has(id)
          ? 'recused'
          : count >= criteria && criteria > 0
            ? 'scored'
            : count > 0
              ? 'incomplete'
              : given && !given.has(id)
                ? 'unassigned'
                : 'missing';
        if (state === 'scored') fullyScored[e] = 1;
        chars[j * ids.length + e] = CELL[state];
        mine[state]++;
      }
      for (const k of Object.keys(mine) as CellState[]) nominationCounts[k] += mine[k];
    });
    for (const k of Object.keys(counts) as CellState[]) counts[k] += nominationCounts[k];
    nominations.push({
      nomination: n.id,
      entries: ids,
      jurors: [...jurors],
      cells: chars.join(''),
      perJuror,
      counts: nominationCounts,
      unscoredEntries: fullyScored.reduce((k, v) => k + (v ? 0 : 1), 0),
    });
  }
  return { nominations, counts, complete: counts.missing === 0 && counts.incomplete === 0 };
}

/** The state of one cell, read back from the compact form. */
export function cellState(n: NominationCompleteness, juror: number, entry: number): CellState {
  const c = n.cells[juror * n.entries.length + entry];
  return c === CELL.scored ? 'scored' : c === CELL.incomplete ? 'incomplete' : c === CELL.recused ? 'recused' : 'missing';
}
