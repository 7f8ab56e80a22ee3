import { describe, expect, it } from 'vitest';
import { panelStatistics } from '../../../shared/results/jurorStats';
import { contest, entry, nomination, panel, run, table } from './resultsFixture';

const stats = (t: Record<string, (number | null)[]>, jurors = 3) => {
  const r = run(contest([nomination({ method: 'mean' })], panel(jurors)), Object.keys(t).map((id) => entry(id)), table(t));
  return panelStatistics(r.nominations[0].totals!);
};

describe('panel statistics (advisory)', () => {
  it('each juror’s mean, spread and offset from the others; a generous juror is flagged', () => {
    const s = stats({ a: [5, 5, 9], b: [3, 3, 7], c: [4, 4, 8] });
    expect(s.jurors.map((j) => [j.juror, j.count, j.mean])).toEqual([['j1', 3, 4], ['j2', 3, 4], ['j3', 3, 8]]);
    expect(s.jurors[2].offset).toBe(4);
    expect(s.jurors[0].offset).toBe(-2);
    expect(s.jurors.map((j) => j.farFromPanel)).toEqual([true, true, true]);
    expect(s.jurors[0].spread).toBeCloseTo(Math.sqrt(2 / 3));
  });

  it('an entry whose totals spread over a quarter of the scale is disputed', () => {
    const s = stats({ a: [1, 9, 5], b: [5, 6, 5] });
    expect(s.disputed).toEqual([{ entry: 'a', range: 8 }]);
  });

  it('normalisation removes a juror’s constant strictness: the order follows the other jurors', () => {
    // j3 is 3 points stricter on every entry: after z-scores its totals agree with the others.
    const s = stats({ a: [8, 8, 5], b: [6, 6, 3], c: [7, 7, 4] });
    expect(s.normalised.map((r) => [r.entry, r.rank])).toEqual([['a', 1], ['c', 2], ['b', 3]]);
  });

  it('missing totals are skipped, not counted as zero', () => {
    const s = stats({ a: [8, null, 6], b: [4, 4, null] });
    expect(s.jurors.map((j) => j.count)).toEqual([2, 1, 1]);
  });
});
