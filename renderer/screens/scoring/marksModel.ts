import { scoredNominations, type ContestDefinition, type Criterion } from '../../../shared/contest/model';
import { Rational } from '../../../shared/exact/rational';
import type { MarkChange, ScoringState } from '../../../shared/ipc/scoringTypes';
import type { PackageEntry } from '../../../shared/package/packageFile';
import type { JurorScores } from '../../../shared/scores/jurorScores';
import { scoreText } from '../../../shared/scores/scoreValue';
import { foldForSearch } from '../../../shared/text/fold';
import type { ScoringFilter } from '../../state/scoringUi';

export type EntryStatus = 'done' | 'partial' | 'recused' | 'none';

/**
 * The juror's marks as the screen holds them: plain maps changed in place when the main process
 * acknowledges a change (copying 100,000 scores per keystroke would be too slow), with a
 * version number that tells React something moved.
 */
export class MarksStore implements JurorScores {
  scores = new Map<string, string>();
  comments = new Map<string, string>();
  recusals = new Map<string, string>();
  version = 0;

  static from(state: Pick<ScoringState, 'scores' | 'comments' | 'recusals'>): MarksStore {
    const m = new MarksStore();
    for (const [entry, criterion, value] of state.scores) m.scores.set(key(entry, criterion), value);
    for (const [entry, text] of state.comments) m.comments.set(entry, text);
    for (const [entry, reason] of state.recusals) m.recusals.set(entry, reason);
    return m;
  }

  apply(change: MarkChange): void {
    const map = change.kind === 'score' ? this.scores : change.kind === 'comment' ? this.comments : this.recusals;
    const k = change.kind === 'score' ? key(change.entry, change.criterion) : change.entry;
    if (change.value === null) map.delete(k);
    else map.set(k, change.value);
    this.version++;
  }

  score(entry: string, criterion: string): string | undefined {
    return this.scores.get(key(entry, criterion));
  }
}

const key = (entry: string, criterion: string) => `${entry}\u0000${criterion}`;

export type CriteriaByNomination = Map<string, Criterion[]>;

export const criteriaByNomination = (def: ContestDefinition): CriteriaByNomination => new Map(scoredNominations(def).map((n) => [n.id, n.criteria]));

export function entryStatus(entry: PackageEntry, criteria: CriteriaByNomination, marks: MarksStore): EntryStatus {
  if (marks.recusals.has(entry.id)) return 'recused';
  const list = criteria.get(entry.nomination ?? '') ?? [];
  const scored = list.filter((c) => marks.score(entry.id, c.id) !== undefined).length;
  return scored === 0 ? 'none' : scored === list.length ? 'done' : 'partial';
}

/** The juror's own total, Σ weight × score, once every criterion is scored (SCORING.md §1). */
export function entryTotal(entry: PackageEntry, criteria: CriteriaByNomination, marks: MarksStore): string | null {
  let total = Rational.ZERO;
  for (const c of criteria.get(entry.nomination ?? '') ?? []) {
    const v = marks.score(entry.id, c.id);
    if (v === undefined) return null;
    total = total.add(Rational.parse(v)!.mul(Rational.fromNumber(c.weight)));
  }
  const exact = scoreText(total);
  return exact.split('.')[1]?.length > 2 ? total.toFixed(2) : exact;
}

export interface ScoringQuery {
  filter: ScoringFilter;
  nomination: string | null;
  search: string;
}

export function filterEntries(entries: PackageEntry[], criteria: CriteriaByNomination, marks: MarksStore, q: ScoringQuery, searchText: (e: PackageEntry) => string): PackageEntry[] {
  const needle = foldForSearch(q.search.trim());
  return entries.filter((e) => {
    if (q.nomination && e.nomination !== q.nomination) return false;
    if (q.filter === 'unscored' && !['none', 'partial'].includes(entryStatus(e, criteria, marks))) return false;
    if (q.filter === 'recused' && !marks.recusals.has(e.id)) return false;
    if (q.filter === 'commented' && !marks.comments.has(e.id)) return false;
    return !needle || searchText(e).includes(needle);
  });
}

/** What search looks through for one entry, folded once per entry and kept. */
export function searchTextOf(e: PackageEntry): string {
  return foldForSearch([e.id, e.participant, e.organisation, e.region].filter(Boolean).join(' '));
}

/** Typed so far, with no error to show yet ("4." or "7," on the way to "4.5"). */
export const isPartialNumber = (text: string) => /^\d+[.,]$/.test(text.trim());

/**
 * Whether a longer score could still start with what was typed: when none can, the screen moves
 * on by itself, so "4" on a 0…5 criterion needs no Enter while "1" on a 0…10 one waits for "10".
 */
export function canExtend(text: string, c: Pick<Criterion, 'max' | 'step'>): boolean {
  const t = text.trim().replace(',', '.');
  const stepDecimals = (String(c.step).split('.')[1] ?? '').length;
  if (t.includes('.')) return t.split('.')[1].length < stepDecimals;
  const value = Number(t);
  if (stepDecimals > 0 && value < c.max) return true;
  return t !== '0' && value * 10 <= c.max;
}
