import { csvCell } from '../table/csvWrite';
import type { ContestResults } from './types';

export interface EntryNames {
  participant: string | null;
  organisation: string | null;
}

/**
 * `jury results` as JSON (SCORING.md §6): per nomination its ranked results in rank order,
 * the unscored entries and the disqualified ones with their reasons. `score` is the exact
 * aggregate as the nearest number; `tiebreak` names the chain's rule that separated the entry
 * from its tied neighbours (`criteria-order`, `criterion:ID`, `median`, `chair`, `head-to-head`,
 * `decision`), or null when its aggregate was not tied or nothing could separate it.
 */
export function resultsJson(r: ContestResults): string {
  const nominations = r.nominations.map((n) => ({
    id: n.id,
    results: n.results.map((x) => ({ entry: x.entry, rank: x.rank, score: x.score.toNumber(), award: x.award, tiebreak: x.tiebreak?.rule ?? null })),
    unscored: n.unscored,
    disqualified: n.disqualified,
  }));
  return `${JSON.stringify({ nominations }, null, 2)}\n`;
}

export const RESULTS_CSV_HEADER = ['nomination', 'rank', 'entry', 'participant', 'organisation', 'score', 'award', 'tiebreak'] as const;

/** The CSV form: UTF-8 with BOM, one row per ranked entry, score to 2 decimals, no cell readable as a formula. */
export function resultsCsv(r: ContestResults, names: ReadonlyMap<string, EntryNames>): string {
  const lines = [RESULTS_CSV_HEADER.join(',')];
  for (const n of r.nominations) {
    for (const x of n.results) {
      const e = names.get(x.entry);
      lines.push([n.id, x.rank, x.entry, e?.participant ?? null, e?.organisation ?? null, x.score.toFixed(2), x.award, x.tiebreak?.rule ?? null].map((v) => (typeof v === 'number' ? String(v) : csvCell(v))).join(','));
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
