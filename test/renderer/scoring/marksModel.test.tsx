// A .tsx name although there is no JSX: the renderer project of vitest.config.mts runs test/renderer/**/*.test.tsx only.
import { describe, expect, it } from 'vitest';
import { canExtend, criteriaByNomination, entryStatus, entryTotal, filterEntries, isPartialNumber, MarksStore, searchTextOf } from '../../../renderer/screens/scoring/marksModel';
import type { Criterion } from '../../../shared/contest/model';
import { halfDefinition, halfEntries, scoringState, thanksDefinition, thanksEntries } from './scoringFixture';

const c = (max: number, step = 1): Pick<Criterion, 'max' | 'step'> => ({ max, step });
const THANKS = ['relevance', 'creativity', 'originality', 'expressiveness', 'sound', 'effects'];

describe('isPartialNumber', () => {
  it.each(['4.', '4,', '10,', ' 7. '])('%j is on its way to a decimal', (t) => expect(isPartialNumber(t)).toBe(true));
  it.each(['4', '4.5', '4,5', '.5', ',', '', 'a.', '4..'])('%j is not', (t) => expect(isPartialNumber(t)).toBe(false));
});

describe('canExtend: whether the screen waits for another key', () => {
  it.each([
    ['0', c(5), false],
    ['3', c(5), false],
    ['5', c(5), false],
    ['1', c(10), true],
    ['10', c(10), false],
    ['2', c(10), false],
    ['0', c(10), false],
    ['1', c(100), true],
    ['10', c(100), true],
    ['100', c(100), false],
    // Half points: a whole number below the maximum may still get its «.5».
    ['4', c(10, 0.5), true],
    ['0', c(10, 0.5), true],
    ['10', c(10, 0.5), false],
    ['5', c(5, 0.5), false],
    ['4.5', c(10, 0.5), false],
    ['4,5', c(10, 0.5), false],
    ['4.2', c(5, 0.25), true],
    ['4.25', c(5, 0.25), false],
  ] as const)('%j on %o → %s', (text, criterion, expected) => expect(canExtend(text, criterion)).toBe(expected));
});

describe('MarksStore', () => {
  it('is built from the state and changed by acknowledged changes, each bumping the version', () => {
    const m = MarksStore.from(scoringState({ scores: [['1', 'relevance', '4']], comments: [['2', 'Жақсы']], recusals: [['3', 'Туысқаным']] }));
    expect(m.score('1', 'relevance')).toBe('4');
    expect(m.comments.get('2')).toBe('Жақсы');
    expect(m.recusals.get('3')).toBe('Туысқаным');
    expect(m.version).toBe(0);

    m.apply({ kind: 'score', entry: '1', criterion: 'relevance', value: '5' });
    m.apply({ kind: 'score', entry: '1', criterion: 'creativity', value: '2' });
    m.apply({ kind: 'comment', entry: '2', criterion: '', value: null });
    m.apply({ kind: 'recusal', entry: '1', criterion: '', value: 'Өз оқушым' });
    expect(m.score('1', 'relevance')).toBe('5');
    expect(m.score('1', 'creativity')).toBe('2');
    expect(m.comments.has('2')).toBe(false);
    expect(m.recusals.get('1')).toBe('Өз оқушым');
    expect(m.version).toBe(4);

    m.apply({ kind: 'score', entry: '1', criterion: 'relevance', value: null });
    expect(m.score('1', 'relevance')).toBeUndefined();
  });

  it('keeps criteria of the same name in different entries apart', () => {
    const m = new MarksStore();
    m.apply({ kind: 'score', entry: '1', criterion: '2', value: '3' });
    expect(m.score('12', '')).toBeUndefined();
    expect(m.score('1', '2')).toBe('3');
  });
});

describe('entry status and total', () => {
  const criteria = criteriaByNomination(thanksDefinition());
  const [e1] = thanksEntries();

  it('takes only the scored nominations', () => {
    expect([...criteria.keys()]).toEqual(['main']);
    expect(criteria.get('main')?.map((x) => x.id)).toEqual(THANKS);
  });

  it('none, partial, done; a recusal wins over scores', () => {
    const m = new MarksStore();
    expect(entryStatus(e1, criteria, m)).toBe('none');
    expect(entryTotal(e1, criteria, m)).toBeNull();
    m.apply({ kind: 'score', entry: '1', criterion: 'relevance', value: '0' });
    expect(entryStatus(e1, criteria, m)).toBe('partial');
    for (const id of THANKS.slice(1)) m.apply({ kind: 'score', entry: '1', criterion: id, value: '5' });
    expect(entryStatus(e1, criteria, m)).toBe('done');
    expect(entryTotal(e1, criteria, m)).toBe('25');
    m.apply({ kind: 'recusal', entry: '1', criterion: '', value: 'Туысқаным' });
    expect(entryStatus(e1, criteria, m)).toBe('recused');
  });

  it('totals exactly with weights and half points', () => {
    const half = criteriaByNomination(halfDefinition());
    const [song] = halfEntries();
    const m = new MarksStore();
    m.apply({ kind: 'score', entry: '11', criterion: 'voice', value: '9.5' });
    expect(entryTotal(song, half, m)).toBeNull();
    m.apply({ kind: 'score', entry: '11', criterion: 'stage', value: '3' });
    expect(entryTotal(song, half, m)).toBe('15.5');
  });

  it('rounds a total of more than two decimals to two for display, and shows two or fewer as they are', () => {
    const eighth = new Map([['song', [{ id: 'voice', name: 'Дауыс', max: 10, step: 0.5, weight: 0.125 }]]]);
    const [song] = halfEntries();
    const m = new MarksStore();
    m.apply({ kind: 'score', entry: '11', criterion: 'voice', value: '1.5' });
    expect(entryTotal(song, eighth, m)).toBe('0.19');
    m.apply({ kind: 'score', entry: '11', criterion: 'voice', value: '2' });
    expect(entryTotal(song, eighth, m)).toBe('0.25');
    m.apply({ kind: 'score', entry: '11', criterion: 'voice', value: '4' });
    expect(entryTotal(song, eighth, m)).toBe('0.5');
  });

  it('an entry of no scored nomination has nothing to score', () => {
    const stray = { ...e1, nomination: 'likes' };
    expect(entryStatus(stray, criteria, new MarksStore())).toBe('none');
    expect(entryTotal(stray, criteria, new MarksStore())).toBe('0');
  });
});

describe('filterEntries', () => {
  const criteria = criteriaByNomination(thanksDefinition());
  const entries = thanksEntries();
  const marks = MarksStore.from(
    scoringState({
      scores: [...THANKS.map((id): [string, string, string] => ['1', id, '4']), ['2', 'relevance', '3']],
      comments: [['3', 'Дыбысы нашар']],
      recusals: [['5', 'Өз тәрбиеленушім']],
    }),
  );
  const ids = (q: Partial<Parameters<typeof filterEntries>[3]>) =>
    filterEntries(entries, criteria, marks, { filter: 'all', nomination: null, search: '', ...q }, searchTextOf).map((e) => e.id);

  it('by marks', () => {
    expect(ids({})).toEqual(['1', '2', '3', '5']);
    expect(ids({ filter: 'unscored' })).toEqual(['2', '3']);
    expect(ids({ filter: 'recused' })).toEqual(['5']);
    expect(ids({ filter: 'commented' })).toEqual(['3']);
  });

  it('by nomination', () => {
    const half = halfEntries();
    const found = filterEntries(half, criteriaByNomination(halfDefinition()), new MarksStore(), { filter: 'all', nomination: 'dance', search: '' }, searchTextOf);
    expect(found.map((e) => e.id)).toEqual(['21']);
  });

  it('by a search folded for Kazakh letters and case, over number, participant, organisation and region', () => {
    expect(ids({ search: 'ҒАНИЕВА' })).toEqual(['2']);
    expect(ids({ search: '  алматы ' })).toEqual(['5']);
    expect(ids({ search: 'мектеп' })).toEqual(['1']);
    expect(ids({ search: '5' })).toEqual(['2', '5']);
    expect(ids({ search: 'балдырған', filter: 'unscored' })).toEqual(['2']);
    expect(ids({ search: 'балдырған', filter: 'recused' })).toEqual([]);
  });
});
