import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TieBreakRule } from '../../../shared/contest/model';
import { Rational } from '../../../shared/exact/rational';
import { contest, criteria, entry, nomination, panel, rows, run, type ScoreRow } from './resultsFixture';

/** Scores on a 0–10 criterion in tenths, a 0–5 one in halves, with weights 0.3 and 1.5. */
const CRITERIA = criteria({ id: 'a', max: 10, step: 0.1, weight: 0.3 }, { id: 'b', max: 5, step: 0.5, weight: 1.5 });
const tenth = fc.integer({ min: 0, max: 100 }).map((n) => Rational.of(BigInt(n), 10n));
const half = fc.integer({ min: 0, max: 10 }).map((n) => Rational.of(BigInt(n), 2n));
const text = (r: Rational) => r.toFixed(1).replace(/\.0$/, '');

/** A full score table: jurors × entries × two criteria, every pair complete. */
const fullTable = (jurors: number, entries: number) => fc.array(fc.array(fc.tuple(tenth, half), { minLength: entries, maxLength: entries }), { minLength: jurors, maxLength: jurors });

function scoreRows(t: [Rational, Rational][][]): ScoreRow[] {
  return t.flatMap((perEntry, j) => perEntry.flatMap(([a, b], e): ScoreRow[] => [[`j${j + 1}`, `e${e + 1}`, 'a', text(a)], [`j${j + 1}`, `e${e + 1}`, 'b', text(b)]]));
}

const METHODS = ['sum', 'mean', 'trimmed-mean', 'median'] as const;
const CHAINS: TieBreakRule[][] = [[], ['criteria-order', 'chair'], ['head-to-head', 'median'], ['criterion:b', 'head-to-head', 'chair']];

describe('engine properties', () => {
  it('the order of the input scores, recusals and entries’ scores changes nothing', () => {
    fc.assert(
      fc.property(fullTable(4, 6), fc.constantFrom(...METHODS), fc.constantFrom(...CHAINS), fc.integer(), (t, method, tieBreak, seed) => {
        const def = contest([nomination({ criteria: CRITERIA, method, tieBreak })], panel(4));
        const entries = Array.from({ length: 6 }, (_, i) => entry(`e${i + 1}`));
        const scores = scoreRows(t);
        const shuffled = shuffle(scores, seed);
        expect(rows(run(def, entries, shuffled))).toEqual(rows(run(def, entries, scores)));
      }),
      { numRuns: 150 },
    );
  });

  it('adding a juror who gives everyone the same total changes no order (sum and mean, complete scoring)', () => {
    fc.assert(
      fc.property(fullTable(3, 6), fc.constantFrom('sum', 'mean' as const), fc.constantFrom<TieBreakRule[]>([], ['criteria-order', 'chair'], ['head-to-head']), tenth, half, (t, method, tieBreak, a, b) => {
        const entries = Array.from({ length: 6 }, (_, i) => entry(`e${i + 1}`));
        const before = rows(run(contest([nomination({ criteria: CRITERIA, method, tieBreak })], panel(3)), entries, scoreRows(t)));
        const same = Array.from({ length: 6 }, (): [Rational, Rational] => [a, b]);
        const after = rows(run(contest([nomination({ criteria: CRITERIA, method, tieBreak })], panel(4)), entries, scoreRows([...t, same])));
        expect(after.map(([e, rank]) => [e, rank])).toEqual(before.map(([e, rank]) => [e, rank]));
      }),
      { numRuns: 150 },
    );
  });

  it('aggregates are exact: the mean of tenths and weights equals the rational computed by hand', () => {
    fc.assert(
      fc.property(fullTable(3, 1), (t) => {
        const def = contest([nomination({ criteria: CRITERIA, method: 'mean' })], panel(3));
        const got = run(def, [entry('e1')], scoreRows(t)).nominations[0].results[0].score;
        const w = [Rational.parse('0.3')!, Rational.parse('1.5')!];
        const sum = t.reduce((s, [[a, b]]) => s.add(a.mul(w[0])).add(b.mul(w[1])), Rational.ZERO);
        expect(got.eq(sum.div(Rational.fromInt(3)))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('ranks are standard competition ranks and awards follow the count boundaries', () => {
    fc.assert(
      fc.property(fullTable(2, 8), (t) => {
        const awards = { mode: 'count' as const, places: [{ id: 'I', name: '', count: 2 }, { id: 'II', name: '', count: 3 }] };
        const r = rows(run(contest([nomination({ criteria: CRITERIA, method: 'sum', awards })], panel(2)), Array.from({ length: 8 }, (_, i) => entry(`e${i + 1}`)), scoreRows(t)));
        r.forEach(([, rank, , award], i) => {
          const ahead = r.filter((x) => x[1] < rank).length;
          expect(rank).toBe(ahead + 1);
          expect(rank).toBeLessThanOrEqual(i + 1);
          expect(award).toBe(rank <= 2 ? 'I' : rank <= 5 ? 'II' : null);
        });
      }),
      { numRuns: 150 },
    );
  });
});

function shuffle<T>(list: T[], seed: number): T[] {
  const out = [...list];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const k = s % (i + 1);
    [out[i], out[k]] = [out[k], out[i]];
  }
  return out;
}
