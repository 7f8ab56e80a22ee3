import { describe, expect, it } from 'vitest';
import { parseContestFile } from '../../shared/contest/file';
import type { ContestDefinition } from '../../shared/contest/model';
import { jurorProgress, type EntryRef, type JurorScores } from '../../shared/scores/jurorScores';
import { emptyScores, scoreKey } from '../../shared/scores/scoreSheet';
import { fixtureText } from './helpers/common';

function contest(path: string): ContestDefinition {
  const r = parseContestFile(fixtureText(path));
  if (!r.ok) throw new Error('fixture refused');
  return r.value;
}
const BEST = contest('best-work/contest.json'); // social: s1…s10, innovative: i1…i10
const THANKS = contest('thanks-challenge/contest.json'); // main: relevance, creativity, originality, expressiveness, sound, effects
const SOCIAL = Array.from({ length: 10 }, (_, i) => `s${i + 1}`);
const INNOVATIVE = Array.from({ length: 10 }, (_, i) => `i${i + 1}`);

function marks(scores: [string, string[]][] = [], recusals: string[] = [], comments: string[] = []): JurorScores {
  const m = emptyScores();
  for (const [entry, criteria] of scores) for (const c of criteria) m.scores.set(scoreKey(entry, c), '5');
  for (const e of recusals) m.recusals.set(e, 'туысқаны');
  for (const e of comments) m.comments.set(e, 'Жақсы');
  return m;
}

// Entries in package order; the nominations interleave as they do in a registry.
const ENTRIES: EntryRef[] = [
  { id: '2', nomination: 'innovative' },
  { id: '1', nomination: 'social' },
  { id: '3', nomination: 'social' },
  { id: '4', nomination: 'innovative' },
  { id: '5', nomination: 'social' },
];

describe('jurorProgress', () => {
  it('with no marks, nothing is done and every criterion of every entry is missing, in order', () => {
    const p = jurorProgress(BEST, ENTRIES, emptyScores());
    expect(p).toEqual({
      total: 5,
      done: 0,
      recused: 0,
      commented: 0,
      nominations: [
        { nomination: 'social', total: 3, done: 0 },
        { nomination: 'innovative', total: 2, done: 0 },
      ],
      missing: [
        { entry: '2', criteria: INNOVATIVE },
        { entry: '1', criteria: SOCIAL },
        { entry: '3', criteria: SOCIAL },
        { entry: '4', criteria: INNOVATIVE },
        { entry: '5', criteria: SOCIAL },
      ],
    });
  });

  it('counts per nomination; a recusal counts as done; missing lists what is left in criteria order', () => {
    const m = marks(
      [
        ['1', SOCIAL], // complete
        ['3', ['s1', 's3', 's10']], // partial
        ['2', INNOVATIVE], // complete
        ['5', SOCIAL.slice(0, 9)], // all but the last
      ],
      ['4'],
      ['1', '4'],
    );
    expect(jurorProgress(BEST, ENTRIES, m)).toEqual({
      total: 5,
      done: 3,
      recused: 1,
      commented: 2,
      nominations: [
        { nomination: 'social', total: 3, done: 1 },
        { nomination: 'innovative', total: 2, done: 2 },
      ],
      missing: [
        { entry: '3', criteria: ['s2', 's4', 's5', 's6', 's7', 's8', 's9'] },
        { entry: '5', criteria: ['s10'] },
      ],
    });
  });

  it('a recused entry is done even with scores left from before the recusal, and is not missing', () => {
    const p = jurorProgress(BEST, ENTRIES, marks([['3', ['s1']]], ['3']));
    expect(p.missing.map((m) => m.entry)).toEqual(['2', '1', '4', '5']);
    expect(p.done).toBe(1);
    expect(p.nominations).toContainEqual({ nomination: 'social', total: 3, done: 1 });
  });

  it('a score for a criterion of another nomination does not count', () => {
    const p = jurorProgress(BEST, [{ id: '1', nomination: 'social' }], marks([['1', [...INNOVATIVE, ...SOCIAL.slice(1)]]]));
    expect(p.done).toBe(0);
    expect(p.missing).toEqual([{ entry: '1', criteria: ['s1'] }]);
  });

  it('marks, recusals and comments of entries not in the list are not counted', () => {
    const p = jurorProgress(BEST, ENTRIES.slice(0, 2), marks([['9', SOCIAL]], ['7', '2'], ['8', '1']));
    expect(p).toMatchObject({ total: 2, done: 1, recused: 1, commented: 1 });
  });

  it('lists nominations in the contest’s order, whatever order the entries come in', () => {
    const reversed = [...ENTRIES].reverse();
    expect(jurorProgress(BEST, reversed, emptyScores()).nominations.map((n) => n.nomination)).toEqual(['social', 'innovative']);
    expect(jurorProgress(BEST, ENTRIES, emptyScores()).nominations.map((n) => n.nomination)).toEqual(['social', 'innovative']);
    // A nomination without entries in the package is not listed.
    expect(jurorProgress(BEST, [{ id: '2', nomination: 'innovative' }], emptyScores()).nominations).toEqual([{ nomination: 'innovative', total: 1, done: 0 }]);
  });

  it('an empty package is empty progress', () => {
    expect(jurorProgress(THANKS, [], marks([['1', ['relevance']]], ['2'], ['3']))).toEqual({ total: 0, done: 0, recused: 0, commented: 0, nominations: [], missing: [] });
  });

  it('the six criteria of «Барлығына рақмет», with a juror part way through', () => {
    const entries = Array.from({ length: 40 }, (_, i) => ({ id: String(i + 1), nomination: 'main' }));
    const all = ['relevance', 'creativity', 'originality', 'expressiveness', 'sound', 'effects'];
    const m = marks(
      entries.slice(0, 30).map((e) => [e.id, all] as [string, string[]]),
      ['31'],
    );
    m.scores.set(scoreKey('32', 'sound'), '3');
    const p = jurorProgress(THANKS, entries, m);
    expect(p).toMatchObject({ total: 40, done: 31, recused: 1, nominations: [{ nomination: 'main', total: 40, done: 31 }] });
    expect(p.missing).toHaveLength(9);
    expect(p.missing[0]).toEqual({ entry: '32', criteria: ['relevance', 'creativity', 'originality', 'expressiveness', 'effects'] });
    expect(p.missing[8]).toEqual({ entry: '40', criteria: all });
  });
});
