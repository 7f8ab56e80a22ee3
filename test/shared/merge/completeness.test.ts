import { validateContest } from '../../../shared/contest/validate';
import type { ContestDefinition } from '../../../shared/contest/model';
import { cellState, completeness, type MarkTally } from '../../../shared/merge/completeness';

/** Two scored nominations (2 and 3 criteria), an audience one, jurors a, b (chair) and a secretary. */
function contest(): ContestDefinition {
  const r = validateContest({
    format: 'jury.contest/1',
    title: 'T',
    language: 'kk',
    jury: [
      { id: 'a', name: 'A', role: 'member' },
      { id: 'b', name: 'B', role: 'chair' },
      { id: 's', name: 'S', role: 'secretary' },
    ],
    nominations: [
      { id: 'n1', name: 'N1', criteria: [{ id: 'x', name: 'X', max: 5 }, { id: 'y', name: 'Y', max: 5 }] },
      { id: 'n2', name: 'N2', criteria: [{ id: 'p', name: 'P', max: 5 }, { id: 'q', name: 'Q', max: 5 }, { id: 'r', name: 'R', max: 5 }] },
      { id: 'likes', name: 'L', metric: 'likes', count: 3 },
    ],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

const entries = [
  { id: '1', nomination: 'n1', eligible: true },
  { id: '2', nomination: 'n1', eligible: true },
  { id: '3', nomination: 'n1', eligible: false },
  { id: '4', nomination: 'n2', eligible: true },
  { id: '5', nomination: null, eligible: true },
];

const tally = (scored: Record<string, Record<string, number>>, recused: Record<string, string[]> = {}): MarkTally => ({
  scored: new Map(Object.entries(scored).map(([j, m]) => [j, new Map(Object.entries(m))])),
  recused: new Map(Object.entries(recused).map(([j, ids]) => [j, new Set(ids)])),
});

describe('completeness', () => {
  it('gives each scoring juror × eligible entry one cell, with counts per juror and per nomination', () => {
    const c = completeness(contest(), entries, tally({ a: { '1': 2, '2': 1, '3': 2, '4': 3 }, b: { '1': 2, '2': 2 } }, { b: ['4'] }));
    expect(c.nominations.map((n) => n.nomination)).toEqual(['n1', 'n2']);
    const [n1, n2] = c.nominations;
    // disqualified entry 3 and the nomination-less entry 5 have no cells; the secretary does not score
    expect(n1).toEqual({
      nomination: 'n1',
      entries: ['1', '2'],
      jurors: ['a', 'b'],
      cells: 'SISS',
      perJuror: [
        { scored: 1, incomplete: 1, missing: 0, recused: 0, unassigned: 0 },
        { scored: 2, incomplete: 0, missing: 0, recused: 0, unassigned: 0 },
      ],
      counts: { scored: 3, incomplete: 1, missing: 0, recused: 0, unassigned: 0 },
      unscoredEntries: 0,
    });
    expect(n2).toMatchObject({ entries: ['4'], cells: 'SR', counts: { scored: 1, incomplete: 0, missing: 0, recused: 1, unassigned: 0 }, unscoredEntries: 0 });
    expect(c.counts).toEqual({ scored: 4, incomplete: 1, missing: 0, recused: 1, unassigned: 0 });
    expect(c.complete).toBe(false);
    expect(cellState(n1, 0, 1)).toBe('incomplete');
    expect(cellState(n2, 1, 0)).toBe('recused');
  });

  it('is complete when every cell is scored or recused; a recusal outweighs scores left beside it', () => {
    const c = completeness(contest(), entries, tally({ a: { '1': 2, '2': 2, '4': 3 }, b: { '1': 2, '2': 2, '4': 3 } }, { a: ['4'] }));
    expect(c.complete).toBe(true);
    expect(c.nominations[1].cells).toBe('RS');
  });

  it('counts entries nobody has scored in full, and an empty tally as all missing', () => {
    const c = completeness(contest(), entries, tally({ a: { '1': 1 } }));
    expect(c.nominations[0]).toMatchObject({ cells: 'IMMM', unscoredEntries: 2, counts: { scored: 0, incomplete: 1, missing: 3, recused: 0, unassigned: 0 } });
    expect(completeness(contest(), entries, tally({}), ['b']).nominations[1]).toMatchObject({ jurors: ['b'], cells: 'M' });
  });

  it('keeps 10,000 entries × 15 jurors compact and quick', () => {
    const def = contest();
    const many = Array.from({ length: 10_000 }, (_, i) => ({ id: String(i), nomination: 'n1', eligible: true }));
    const jurors = Array.from({ length: 15 }, (_, j) => `j${j}`);
    const scored = new Map(jurors.map((j, k) => [j, new Map(many.map((e, i) => [e.id, (i + k) % 3]))]));
    const t0 = performance.now();
    const c = completeness(def, many, { scored, recused: new Map() }, jurors);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(c.nominations[0].cells).toHaveLength(150_000);
    expect(c.counts.scored + c.counts.incomplete + c.counts.missing).toBe(150_000);
  });
  it('an entry not in any package given to a juror is unassigned, not missing; a score given anyway still counts', () => {
    // a was given entry 1 only; b was given 1 and 4 but scored 2 anyway
    const assigned = new Map([['a', new Set(['1'])], ['b', new Set(['1', '4'])]]);
    const c = completeness(contest(), entries, tally({ b: { '2': 2 } }), ['a', 'b'], assigned);
    expect(c.nominations[0].cells).toBe('MUMS');
    expect(c.nominations[1].cells).toBe('UM');
    expect(c.counts).toMatchObject({ missing: 3, unassigned: 2, scored: 1 });
  });
});
