import type { Aggregation, TieBreakRule } from '../contest/model';
import { Rational } from '../exact/rational';
import { aggregate, aggregateWholeNumbers, medianOf, sortBigints } from './aggregate';
import type { TieBreakNote } from './types';

/** What the tie-break rules need to know of one entry. */
export interface Contender {
  id: string;
  /** Registry position: entries still tied are listed in this order. */
  order: number;
  aggregate: Rational;
  /** T(j,e) per juror index, null where the juror has no total. */
  totals: (bigint | null)[];
  /** J(e): the jurors with a total. */
  jurors: number[];
}

export interface TieBreakContext {
  aggregation: Aggregation;
  criteria: string[];
  /** One criterion's score × scoreScale for juror j of an entry. */
  criterionScore(entry: Contender, criterion: number, juror: number): bigint;
  /**
   * The same as a plain number, given when every score and every sum of a panel's scores stays
   * below 2^53 (ScoreMatrix.fitsInNumbers): criterion aggregates are then summed without BigInt,
   * which at 10,000 entries with many ties is most of the tie-break work.
   */
  criterionNumber?(entry: Contender, criterion: number, juror: number): number;
  scoreScale: bigint;
  /** The chair's juror index, or -1 when the panel has no scoring chair. */
  chair: number;
  /** A recorded jury vote ordering exactly these entries, best first, or undefined. */
  decisionFor(ids: readonly string[]): string[] | undefined;
}

interface Step {
  note: TieBreakNote;
  split(group: Contender[]): Contender[][];
}

/**
 * SCORING.md §3: a group of equal aggregates goes through the chain rule by rule; a rule
 * orders the group into subgroups and a subgroup still tied goes on to the next rule. Returns
 * the final subgroups in order (one entry each unless the tie survived) and, per entry, the
 * rule that last split a group it was in: "which rule separated it from its neighbours".
 */
export function breakTies(group: Contender[], chain: readonly TieBreakRule[], ctx: TieBreakContext): { groups: Contender[][]; notes: Map<string, TieBreakNote> } {
  const steps = chain.flatMap((rule) => stepsFor(rule, ctx));
  const notes = new Map<string, TieBreakNote>();
  const resolve = (g: Contender[], i: number): Contender[][] => {
    if (g.length === 1 || i === steps.length) return [g];
    const parts = steps[i].split(g);
    if (parts.length > 1) {
      const note = steps[i].note.rule === 'decision' ? { ...steps[i].note, decided: g.map((e) => e.id).sort() } : steps[i].note;
      for (const e of g) notes.set(e.id, note);
    }
    return parts.flatMap((p) => resolve(p, i + 1));
  };
  return { groups: resolve(group, 0), notes };
}

function stepsFor(rule: TieBreakRule, ctx: TieBreakContext): Step[] {
  if (rule === 'criteria-order') return ctx.criteria.map((id, c) => ({ note: { rule, criterion: id }, split: (g) => byKey(g, (e) => criterionAggregate(e, c, ctx)) }));
  if (rule.startsWith('criterion:')) {
    const c = ctx.criteria.indexOf(rule.slice('criterion:'.length));
    // The contest file is validated, so an unknown criterion cannot reach here; it would split nothing.
    return c < 0 ? [] : [{ note: { rule }, split: (g) => byKey(g, (e) => criterionAggregate(e, c, ctx)) }];
  }
  switch (rule) {
    case 'median':
      return [{ note: { rule }, split: (g) => byKey(g, (e) => medianOf(sortBigints(e.jurors.map((j) => e.totals[j]!)), 1n)!) }];
    case 'chair':
      return [{ note: { rule }, split: (g) => (ctx.chair >= 0 && g.every((e) => e.totals[ctx.chair] !== null) ? byKey(g, (e) => Rational.of(e.totals[ctx.chair]!)) : [g]) }];
    case 'head-to-head':
      return [{ note: { rule }, split: headToHead }];
    case 'decision':
      return [{ note: { rule }, split: (g) => byDecision(g, ctx) }];
    default:
      return [];
  }
}

/** The nomination's aggregate method over one criterion's scores of the same jurors J(e). */
function criterionAggregate(e: Contender, c: number, ctx: TieBreakContext): Rational {
  const { criterionNumber } = ctx;
  if (criterionNumber) return aggregateWholeNumbers(e.jurors.map((j) => criterionNumber(e, c, j)), ctx.aggregation, ctx.scoreScale)!;
  return aggregate(
    e.jurors.map((j) => ctx.criterionScore(e, c, j)),
    ctx.aggregation,
    ctx.scoreScale,
  )!;
}

/** Orders by a key, higher first; equal keys stay together (in their previous order). */
function byKey(group: Contender[], key: (e: Contender) => Rational): Contender[][] {
  const keyed = group.map((e) => ({ e, k: key(e) }));
  keyed.sort((a, b) => b.k.cmp(a.k));
  const out: Contender[][] = [];
  let last: Rational | null = null;
  for (const { e, k } of keyed) {
    if (last && last.cmp(k) === 0) out[out.length - 1].push(e);
    else out.push([e]);
    last = k;
  }
  return out;
}

/**
 * a beats b when more jurors who gave both a total put a above b than b above a; entries are
 * ordered by their number of wins within the group, more first.
 */
function headToHead(group: Contender[]): Contender[][] {
  const wins = new Map<Contender, number>(group.map((e) => [e, 0]));
  for (let x = 0; x < group.length; x++) {
    for (let y = x + 1; y < group.length; y++) {
      const [a, b] = [group[x], group[y]];
      let forA = 0;
      let forB = 0;
      for (let j = 0; j < a.totals.length; j++) {
        const ta = a.totals[j];
        const tb = b.totals[j];
        if (ta === null || tb === null) continue;
        if (ta > tb) forA++;
        else if (tb > ta) forB++;
      }
      if (forA > forB) wins.set(a, wins.get(a)! + 1);
      else if (forB > forA) wins.set(b, wins.get(b)! + 1);
    }
  }
  return byKey(group, (e) => Rational.fromInt(wins.get(e)!));
}

/** The jury's recorded order for exactly this group; without one the group stays tied. */
function byDecision(group: Contender[], ctx: TieBreakContext): Contender[][] {
  const ordering = ctx.decisionFor(group.map((e) => e.id));
  if (!ordering) return [group];
  const position = new Map(ordering.map((id, i) => [id, i]));
  return [...group].sort((a, b) => position.get(a.id)! - position.get(b.id)!).map((e) => [e]);
}

/** The key a decision is stored under: the group's ids, sorted, so any listing order finds it. */
export function decisionKey(ids: readonly string[]): string {
  return JSON.stringify([...ids].sort());
}
