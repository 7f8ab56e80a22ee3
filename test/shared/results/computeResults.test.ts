import { describe, expect, it } from 'vitest';
import type { TieBreakRule } from '../../../shared/contest/model';
import { computeResults, ScoreMisfit } from '../../../shared/results/computeResults';
import { packScores } from '../../../shared/results/types';
import { contest, criteria, entry, nomination, panel, rows, run, table, type ScoreRow } from './resultsFixture';

const E = (...ids: string[]) => ids.map((id) => entry(id));

describe('juror totals (SCORING.md §1)', () => {
  it('a total is Σ weight × score and exists only when every criterion is scored', () => {
    const def = contest([nomination({ criteria: criteria({ id: 'a', weight: 2 }, { id: 'b', weight: 0.5 }), method: 'sum' })], panel(2));
    const scores: ScoreRow[] = [
      ['j1', 'e1', 'a', '3'],
      ['j1', 'e1', 'b', '4'], // 2×3 + 0.5×4 = 8
      ['j2', 'e1', 'a', '10'], // b missing: incomplete, no part in the aggregate
    ];
    const r = run(def, E('e1'), scores);
    expect(rows(r)).toEqual([['e1', 1, '8.00', null, null]]);
    expect(r.nominations[0].results[0].jurors).toBe(1);
    expect(r.nominations[0].incompletePairs).toBe(1);
  });

  it('a pair with no mark at all is missing, unless the juror was not given the entry', () => {
    const def = contest([nomination({})], panel(3));
    const scores = table({ e1: [5, null, null], e2: [5, 5, null] });
    expect(run(def, E('e1', 'e2'), scores).nominations[0].missingPairs).toBe(3);
    const r = computeResults({ definition: def, entries: E('e1', 'e2'), forEachPair: (v) => scores.forEach(([j, e, c, x]) => v(j, e, packScores([[c, x]]))), recusals: [], assigned: new Map([['j3', new Set(['e1'])]]) });
    expect(r.nominations[0].missingPairs).toBe(2);
  });

  it('a recused juror takes no part, and the recusal is counted', () => {
    const def = contest([nomination({ method: 'mean' })], panel(3));
    const r = run(def, E('e1'), table({ e1: [9, 3, 6] }), { recusals: [['j2', 'e1']] });
    expect(rows(r)).toEqual([['e1', 1, '7.50', null, null]]);
    expect(r.nominations[0].recusedPairs).toBe(1);
  });

  it('is exact: tenths add up without floating-point error, and equal sums tie', () => {
    const def = contest([nomination({ criteria: criteria({ id: 'a', step: 0.1 }, { id: 'b', step: 0.1 }), method: 'sum', tieBreak: [] })], panel(1));
    const scores: ScoreRow[] = [
      ['j1', 'e1', 'a', '0.1'],
      ['j1', 'e1', 'b', '0.2'],
      ['j1', 'e2', 'a', '0.3'],
      ['j1', 'e2', 'b', '0'],
    ];
    const r = run(def, E('e1', 'e2'), scores);
    expect(rows(r)).toEqual([
      ['e1', 1, '0.30', null, null],
      ['e2', 1, '0.30', null, null],
    ]);
    expect(r.nominations[0].results[0].score.eq(r.nominations[0].results[1].score)).toBe(true);
  });

  it('weights with decimals stay exact (0.3 × 3 = 0.9 = 0.9 × 1)', () => {
    const def = contest([nomination({ criteria: criteria({ id: 'a', weight: 0.3 }, { id: 'b', weight: 0.9 }), method: 'sum' })], panel(1));
    const r = run(def, E('e1', 'e2'), [
      ['j1', 'e1', 'a', '3'],
      ['j1', 'e1', 'b', '0'],
      ['j1', 'e2', 'a', '0'],
      ['j1', 'e2', 'b', '1'],
    ]);
    expect(r.nominations[0].results.map((x) => x.rank)).toEqual([1, 1]);
  });

  it('shown scores are rounded half away from zero to 2 decimals', () => {
    const def = contest([nomination({ method: 'mean', criteria: criteria({ id: 'a', step: 0.01 }) })], panel(2));
    const r = run(def, E('e1'), table({ e1: ['2.34', '2.35'] })); // 2.345
    expect(rows(r)[0][2]).toBe('2.35');
  });
});

describe('stored scores that no longer fit', () => {
  it('a score above a lowered max, or off a coarser step, stops the results with every detail named', () => {
    for (const c of [criteria({ id: 'a', max: 5 }), criteria({ id: 'a', step: 2 })]) {
      const def = contest([nomination({ criteria: c })], panel(1));
      expect(() => run(def, E('e1'), [['j1', 'e1', 'a', '7']])).toThrow(ScoreMisfit);
    }
    try {
      run(contest([nomination({ criteria: criteria({ id: 'a', max: 5 }) })], panel(1)), E('e1'), [['j1', 'e1', 'a', '7']]);
    } catch (e) {
      expect((e as ScoreMisfit).params).toEqual({ value: '7', juror: 'j1', entry: 'e1', criterion: 'a', max: 5, step: 1 });
    }
  });
});

describe('aggregates (§2)', () => {
  const five = { e1: [1, 2, 3, 4, 10] };
  const cases: [string, Parameters<typeof nomination>[0], string][] = [
    ['sum', { method: 'sum' }, '20.00'],
    ['mean', { method: 'mean' }, '4.00'],
    ['trimmed-mean k=1 drops the lowest and highest', { method: 'trimmed-mean' }, '3.00'],
    ['trimmed-mean k=2', { method: 'trimmed-mean', trim: 2 }, '3.00'],
    ['median, odd', { method: 'median' }, '3.00'],
  ];
  for (const [name, opts, expected] of cases) {
    it(name, () => expect(rows(run(contest([nomination(opts)], panel(5)), E('e1'), table(five)))[0][2]).toBe(expected));
  }

  it('trimmed-mean falls back to the plain mean when n < 2k + 1', () => {
    const def = contest([nomination({ method: 'trimmed-mean', trim: 2 })], panel(4));
    expect(rows(run(def, E('e1'), table({ e1: [1, 2, 3, 10] })))[0][2]).toBe('4.00');
  });

  it('median of an even count is the mean of the two middle totals', () => {
    const def = contest([nomination({ method: 'median' })], panel(4));
    expect(rows(run(def, E('e1'), table({ e1: [1, 2, 5, 10] })))[0][2]).toBe('3.50');
  });

  it('trimmed-mean of 1/3 is kept exact, not 0.333…', () => {
    const def = contest([nomination({ method: 'mean', tieBreak: [] })], panel(3));
    const r = run(def, E('e1', 'e2'), table({ e1: [1, 0, 0], e2: [0, 0, 1] }));
    expect(r.nominations[0].results.map((x) => [x.rank, x.score.toString()])).toEqual([
      [1, '1/3'],
      [1, '1/3'],
    ]);
  });

  it('an entry no juror completed is unscored, a disqualified one is listed apart with its reason, neither ranked', () => {
    const def = contest([nomination({ criteria: criteria('a', 'b') })], panel(2));
    const entries = [entry('e1'), entry('e2'), entry('e3', 'main', { eligible: false, reason: 'хэштег жоқ' })];
    const scores: ScoreRow[] = [
      ['j1', 'e1', 'a', '5'],
      ['j1', 'e1', 'b', '5'],
      ['j1', 'e2', 'a', '5'],
      ['j1', 'e3', 'a', '9'],
      ['j1', 'e3', 'b', '9'],
    ];
    const n = run(def, entries, scores).nominations[0];
    expect(n.results.map((x) => x.entry)).toEqual(['e1']);
    expect(n.unscored).toEqual(['e2']);
    expect(n.disqualified).toEqual([{ entry: 'e3', reason: 'хэштег жоқ' }]);
  });
});

describe('ranking (§3)', () => {
  it('highest first, standard competition ranking (1, 2, 2, 4) when the chain cannot separate', () => {
    const def = contest([nomination({ method: 'sum', tieBreak: [] })], panel(1));
    const r = run(def, E('a', 'b', 'c', 'd'), table({ a: [1], b: [9], c: [5], d: [5] }));
    expect(rows(r)).toEqual([
      ['b', 1, '9.00', null, null],
      ['c', 2, '5.00', null, null],
      ['d', 2, '5.00', null, null],
      ['a', 4, '1.00', null, null],
    ]);
    expect(r.nominations[0].unresolvedTies).toEqual([['c', 'd']]);
    expect(r.nominations[0].results.map((x) => x.sharedPlace)).toEqual([false, true, true, false]);
  });

  it('criterion:ID orders a tie by the same method on that criterion alone', () => {
    const def = contest([nomination({ criteria: criteria('a', 'b'), method: 'mean', tieBreak: ['criterion:b'] })], panel(2));
    const scores: ScoreRow[] = [
      ['j1', 'x', 'a', '6'], ['j1', 'x', 'b', '4'], ['j2', 'x', 'a', '6'], ['j2', 'x', 'b', '4'],
      ['j1', 'y', 'a', '4'], ['j1', 'y', 'b', '6'], ['j2', 'y', 'a', '5'], ['j2', 'y', 'b', '5'],
    ];
    expect(rows(run(def, E('x', 'y'), scores))).toEqual([
      ['y', 1, '10.00', null, 'criterion:b'],
      ['x', 2, '10.00', null, 'criterion:b'],
    ]);
  });

  it('criterion tie-breaks give the same order, notes and scores whether summed as numbers or as BigInt', () => {
    // Scales so wide that a panel's totals pass 2^53 take the BigInt path; the same scores
    // with max 10 take the plain-number one. Only the path differs, never the result.
    const chain: TieBreakRule[] = ['criteria-order', 'median', 'head-to-head'];
    const small = contest([nomination({ criteria: criteria({ id: 'a', step: 0.5 }, { id: 'b', step: 0.5 }, { id: 'c', step: 0.5 }), method: 'trimmed-mean', tieBreak: chain })], panel(5));
    const wide = contest([nomination({ criteria: criteria({ id: 'a', step: 0.5, max: 1e15 }, { id: 'b', step: 0.5, max: 1e15 }, { id: 'c', step: 0.5, max: 1e15 }), method: 'trimmed-mean', tieBreak: chain })], panel(5));
    let seed = 3;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % 5;
    const ids = Array.from({ length: 60 }, (_, i) => `e${i + 1}`);
    const scores: ScoreRow[] = ids.flatMap((e) => ['j1', 'j2', 'j3', 'j4', 'j5'].flatMap((j) => ['a', 'b', 'c'].map((c): ScoreRow => [j, e, c, String(next() * 0.5 + 3)])));
    const fast = rows(run(small, E(...ids), scores));
    expect(fast.filter((r) => r[4] !== null).length).toBeGreaterThan(10); // many ties, broken by the chain
    expect(rows(run(wide, E(...ids), scores))).toEqual(fast);
  });

  it('criteria-order goes criterion by criterion and says which one decided', () => {
    const def = contest([nomination({ criteria: criteria('a', 'b', 'c'), method: 'sum', tieBreak: ['criteria-order'] })], panel(1));
    const s = (e: string, a: number, b: number, c: number): ScoreRow[] => [['j1', e, 'a', `${a}`], ['j1', e, 'b', `${b}`], ['j1', e, 'c', `${c}`]];
    const r = run(def, E('x', 'y', 'z'), [...s('x', 5, 3, 2), ...s('y', 5, 4, 1), ...s('z', 6, 2, 2)]);
    expect(rows(r)).toEqual([
      ['z', 1, '10.00', null, 'criteria-order:a'],
      ['y', 2, '10.00', null, 'criteria-order:b'],
      ['x', 3, '10.00', null, 'criteria-order:b'],
    ]);
  });

  it('criterion tie-breaks use only the jurors J(e) with a total, and trimmed-mean trims the criterion scores', () => {
    const def = contest([nomination({ criteria: criteria('a', 'b'), method: 'trimmed-mean', tieBreak: ['criterion:a'] })], panel(3));
    const s = (j: string, e: string, a: number, b: number | null): ScoreRow[] => [[j, e, 'a', `${a}`], ...(b === null ? [] : [[j, e, 'b', `${b}`] as ScoreRow])];
    // x: totals 10, 10, 10 → 10; a: 9, 1, 5 → trimmed 5. y: totals 10, 10, (j3 incomplete) → 10; a: 6, 4 → mean 5... plus j3's a=10 must not count.
    const scores = [...s('j1', 'x', 9, 1), ...s('j2', 'x', 1, 9), ...s('j3', 'x', 5, 5), ...s('j1', 'y', 6, 4), ...s('j2', 'y', 4, 6), ...s('j3', 'y', 10, null)];
    const r = run(def, E('x', 'y'), scores);
    expect(rows(r).map((x) => x[1])).toEqual([1, 1]);
  });

  it('median rule: the median of the juror totals', () => {
    const def = contest([nomination({ method: 'mean', tieBreak: ['median'] })], panel(3));
    expect(rows(run(def, E('x', 'y'), table({ x: [1, 5, 9], y: [4, 4, 7] })))).toEqual([
      ['x', 1, '5.00', null, 'median'],
      ['y', 2, '5.00', null, 'median'],
    ]);
  });

  it('chair rule: the chair’s total decides when the chair scored every tied entry', () => {
    const def = contest([nomination({ method: 'mean', tieBreak: ['chair'] })], panel(3, 'j2'));
    expect(rows(run(def, E('x', 'y'), table({ x: [6, 4, 5], y: [4, 6, 5] })))).toEqual([
      ['y', 1, '5.00', null, 'chair'],
      ['x', 2, '5.00', null, 'chair'],
    ]);
  });

  it('chair rule leaves the group as it is when the chair has no total for one of them', () => {
    const def = contest([nomination({ method: 'mean', tieBreak: ['chair'] })], panel(3, 'j1'));
    const r = run(def, E('x', 'y'), table({ x: [null, 4, 6], y: [9, 5, 5] }).filter((s) => !(s[0] === 'j1' && s[1] === 'y')).concat(table({ y: [null, 5, 5] })));
    expect(rows(r)).toEqual([
      ['x', 1, '5.00', null, null],
      ['y', 1, '5.00', null, null],
    ]);
  });

  it('head-to-head counts the jurors who preferred each entry, and orders by wins', () => {
    const def = contest([nomination({ method: 'sum', tieBreak: ['head-to-head'] })], panel(3));
    // x beats y (j1, j2), y beats z (j1, j2)… x vs z: j1, j2 prefer x. x: 2 wins, y: 1, z: 0.
    const r = run(def, E('z', 'y', 'x'), table({ x: [5, 5, 2], y: [4, 4, 4], z: [3, 3, 6] }));
    expect(rows(r)).toEqual([
      ['x', 1, '12.00', null, 'head-to-head'],
      ['y', 2, '12.00', null, 'head-to-head'],
      ['z', 3, '12.00', null, 'head-to-head'],
    ]);
  });

  it('a subgroup still tied goes on to the next rule; the note is the rule that last split its group', () => {
    const def = contest([nomination({ criteria: criteria('a', 'b'), method: 'sum', tieBreak: ['criterion:a', 'chair'] })], panel(2));
    const s = (e: string, j1: [number, number], j2: [number, number]): ScoreRow[] => [
      ['j1', e, 'a', `${j1[0]}`], ['j1', e, 'b', `${j1[1]}`], ['j2', e, 'a', `${j2[0]}`], ['j2', e, 'b', `${j2[1]}`],
    ];
    const r = run(def, E('p', 'q', 'w'), [...s('p', [5, 5], [5, 5]), ...s('q', [6, 5], [4, 5]), ...s('w', [9, 1], [9, 1])]);
    expect(rows(r)).toEqual([
      ['w', 1, '20.00', null, 'criterion:a'],
      ['q', 2, '20.00', null, 'chair'],
      ['p', 3, '20.00', null, 'chair'],
    ]);
  });

  it('decision: a recorded vote for exactly these entries orders them; for another group it is ignored', () => {
    const def = contest([nomination({ method: 'sum', tieBreak: ['decision'] })], panel(1));
    const scores = table({ x: [5], y: [5], z: [5] });
    const vote = { nomination: 'main', ordering: ['z', 'x', 'y'], reason: 'дауыс беру 3:2' };
    expect(rows(run(def, E('x', 'y', 'z'), scores, { decisions: [vote] }))).toEqual([
      ['z', 1, '5.00', null, 'decision'],
      ['x', 2, '5.00', null, 'decision'],
      ['y', 3, '5.00', null, 'decision'],
    ]);
    expect(run(def, E('x', 'y', 'z'), scores, { decisions: [vote] }).nominations[0].results[0].tiebreak).toEqual({ rule: 'decision', decided: ['x', 'y', 'z'] });
    const partial = { nomination: 'main', ordering: ['z', 'x'], reason: '…' };
    expect(rows(run(def, E('x', 'y', 'z'), scores, { decisions: [partial] })).map((x) => x[1])).toEqual([1, 1, 1]);
  });
});

describe('awards (§4)', () => {
  const places = (...counts: number[]) => ({ mode: 'count' as const, places: counts.map((count, i) => ({ id: ['I', 'II', 'III'][i], name: '', count })) });

  it('count mode: a tie across a boundary gives all of them the better award and the next starts later', () => {
    const def = contest([nomination({ method: 'sum', tieBreak: [], awards: places(3, 3) })], panel(1));
    const r = run(def, E('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'), table({ a: [10], b: [9], c: [8], d: [8], e: [7], f: [6], g: [5], h: [4] }));
    expect(rows(r).map((x) => [x[0], x[1], x[3]])).toEqual([
      ['a', 1, 'I'], ['b', 2, 'I'], ['c', 3, 'I'], ['d', 3, 'I'],
      ['e', 5, 'II'], ['f', 6, 'II'], ['g', 7, null], ['h', 8, null],
    ]);
  });

  it('count mode: a zero count gives nobody that award', () => {
    const def = contest([nomination({ method: 'sum', awards: places(1, 0, 1) })], panel(1));
    expect(rows(run(def, E('a', 'b', 'c'), table({ a: [3], b: [2], c: [1] }))).map((x) => x[3])).toEqual(['I', 'III', null]);
  });

  it('threshold mode: the first award whose minScore ≤ A(e), exactly', () => {
    const awards = { mode: 'threshold' as const, places: [{ id: 'D1', name: '', minScore: 9.5 }, { id: 'D2', name: '', minScore: 7 }] };
    const def = contest([nomination({ method: 'mean', criteria: criteria({ id: 'a', step: 0.5 }), awards })], panel(2));
    const r = run(def, E('a', 'b', 'c', 'd'), table({ a: [10, 9], b: [9.5, 9], c: [7, 7], d: ['6.5', 7] }));
    expect(rows(r).map((x) => [x[0], x[3]])).toEqual([['a', 'D1'], ['b', 'D2'], ['c', 'D2'], ['d', null]]);
  });

  it('an override replaces the computed award and keeps it with the reason', () => {
    const def = contest([nomination({ method: 'sum', awards: places(1) })], panel(1));
    const r = run(def, E('a', 'b'), table({ a: [3], b: [2] }), { overrides: [{ nomination: 'main', entry: 'b', award: 'I', reason: 'шешім' }] });
    expect(r.nominations[0].results[1]).toMatchObject({ award: 'I', override: { computed: null, reason: 'шешім' } });
  });
});

describe('audience nominations (§4)', () => {
  const likes = { id: 'likes', name: 'Лайк', metric: 'likes' as const, count: 2 };
  const def = contest([nomination({}), nomination({ id: 'other' }), likes], panel(1));

  it('every eligible entry with a value, whatever its nomination; ties across N all win; only winners listed', () => {
    const entries = [
      entry('a', 'main', { likes: 50 }),
      entry('b', 'other', { likes: 90 }),
      entry('c', 'main', { likes: 50 }),
      entry('d', null, { likes: 40 }),
      entry('e', 'main', { likes: 99, eligible: false, reason: 'жабық аккаунт' }),
      entry('f', 'main'),
    ];
    const n = run(def, entries, []).nominations.find((x) => x.id === 'likes')!;
    expect(n.results.map((x) => [x.entry, x.rank, x.score.toFixed(0), x.award])).toEqual([
      ['b', 1, '90', 'likes'],
      ['a', 2, '50', 'likes'],
      ['c', 2, '50', 'likes'],
    ]);
    expect(n.kind).toBe('audience');
  });
});

describe('order independence', () => {
  it('shuffling the scores gives the same results', () => {
    const def = contest([nomination({ criteria: criteria('a', 'b'), method: 'trimmed-mean', tieBreak: ['criteria-order', 'head-to-head'] })], panel(3));
    const scores: ScoreRow[] = [];
    for (const e of ['p', 'q', 'r', 's']) for (const j of ['j1', 'j2', 'j3']) for (const c of ['a', 'b']) scores.push([j, e, c, String((e.charCodeAt(0) * 7 + j.charCodeAt(1) * 3 + c.charCodeAt(0)) % 11)]);
    const base = rows(run(def, E('p', 'q', 'r', 's'), scores));
    expect(rows(run(def, E('p', 'q', 'r', 's'), [...scores].reverse()))).toEqual(base);
  });
});
