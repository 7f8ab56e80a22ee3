import { CELL, type CellState, type NominationCompleteness } from '../../../shared/merge/completeness';

export type MatrixFilter = 'all' | 'missing' | 'incomplete' | 'unscored';

export const STATE_OF: Record<string, CellState> = { [CELL.scored]: 'scored', [CELL.incomplete]: 'incomplete', [CELL.missing]: 'missing', [CELL.recused]: 'recused', [CELL.unassigned]: 'unassigned' };

/**
 * What each entry of a nomination needs, read once from the compact cells: 10,000 entries × 15
 * jurors are 150,000 characters, a few milliseconds.
 */
export interface EntryFacts {
  /** Jurors who scored the entry in full. */
  full: Uint16Array;
  missing: Uint8Array;
  incomplete: Uint8Array;
}

export function entryFacts(n: NominationCompleteness): EntryFacts {
  const count = n.entries.length;
  const facts: EntryFacts = { full: new Uint16Array(count), missing: new Uint8Array(count), incomplete: new Uint8Array(count) };
  for (let j = 0; j < n.jurors.length; j++) {
    const base = j * count;
    for (let e = 0; e < count; e++) {
      const c = n.cells.charCodeAt(base + e);
      if (c === 83 /* S */) facts.full[e]++;
      else if (c === 77 /* M */) facts.missing[e] = 1;
      else if (c === 73 /* I */) facts.incomplete[e] = 1;
    }
  }
  return facts;
}

/** The indexes of the entries the filter keeps, in registry order. */
export function filterEntries(n: NominationCompleteness, facts: EntryFacts, filter: MatrixFilter): number[] {
  const out: number[] = [];
  for (let e = 0; e < n.entries.length; e++) {
    if (filter === 'missing' && !facts.missing[e]) continue;
    if (filter === 'incomplete' && !facts.incomplete[e]) continue;
    if (filter === 'unscored' && facts.full[e] > 0) continue;
    out.push(e);
  }
  return out;
}

export interface StripSegment {
  from: number;
  to: number;
  counts: Record<CellState, number>;
}

/**
 * One juror's row squeezed into at most `width` segments, each standing for a run of entries
 * with how many of them are in each state.
 */
export function strip(n: NominationCompleteness, juror: number, width: number): StripSegment[] {
  const count = n.entries.length;
  if (!count) return [];
  const segments = Math.min(width, count);
  const out: StripSegment[] = [];
  const base = juror * count;
  for (let s = 0; s < segments; s++) {
    const from = Math.floor((s * count) / segments);
    const to = Math.floor(((s + 1) * count) / segments);
    const counts: Record<CellState, number> = { scored: 0, incomplete: 0, missing: 0, recused: 0, unassigned: 0 };
    for (let e = from; e < to; e++) counts[STATE_OF[n.cells[base + e]]]++;
    out.push({ from, to, counts });
  }
  return out;
}

const COLOURS: Record<CellState, string> = { missing: '#d9534a', incomplete: '#e2a93b', recused: '#9aa6b5', scored: '#3aa56e', unassigned: '#e3e8ee' };
/** Any gap takes at least this share of a segment's height, so one missing entry among 80 still shows. */
const MIN_SHARE = 0.2;

/**
 * A segment drawn as a tiny stacked bar, bottom up: missing, incomplete, recused, scored. A gap is
 * never hidden: a state other than scored that is there at all takes at least MIN_SHARE of it.
 */
export function segmentBackground(counts: Record<CellState, number>): string {
  const total = counts.scored + counts.incomplete + counts.missing + counts.recused + counts.unassigned;
  const order: CellState[] = ['missing', 'incomplete', 'recused', 'unassigned', 'scored'];
  const present = order.filter((s) => counts[s] > 0);
  if (present.length === 1) return COLOURS[present[0]];
  let at = 0;
  const stops: string[] = [];
  for (const s of order) {
    if (!counts[s]) continue;
    const share = s === 'scored' ? 1 - at : Math.min(1 - at, Math.max(counts[s] / total, MIN_SHARE));
    if (share <= 0) continue;
    const end = s === 'scored' ? 100 : Math.round((at + share) * 100);
    stops.push(`${COLOURS[s]} ${Math.round(at * 100)}% ${end}%`);
    at += share;
  }
  return `linear-gradient(to top, ${stops.join(', ')})`;
}
