import { DEFAULT_QUERY, queryRegistry, regionsOf, searchIndex, type RegistryQuery } from '../../shared/entries/registryQuery';
import type { Entry } from '../../shared/entries/model';
import { entry } from './helpers/common';

const q = (over: Partial<RegistryQuery> = {}): RegistryQuery => ({ ...DEFAULT_QUERY, ...over });
const ids = (list: Entry[]) => list.map((e) => e.id);

const ENTRIES: Entry[] = [
  entry(1, { participant: 'Бекова Сара', organisation: '«Балдырған» бөбекжайы', region: 'Алматы облысы', likes: 10, nomination: 'social' }),
  entry(2, { participant: 'Әлихан Нұрлан', organisation: '№7 мектеп', region: 'Астана қаласы', likes: 300, nomination: 'innovative' }),
  entry(3, { participant: 'ҒАНИЕВА ҒАЛЫМ', organisation: '«Қарлығаш»', region: 'Өскемен', likes: null, nomination: 'social', email: 'galym@example.kz' }),
  entry(4, { participant: 'Абаев Ержан', organisation: 'ІЗГІЛІК орталығы', region: 'Орал', likes: 25, nomination: 'social', link: 'https://instagram.com/reel/C384f/' }),
  entry(5, { participant: null, organisation: 'Оқу орталығы', region: 'Алматы облысы', likes: 5, nomination: 'innovative', flags: [{ code: 'tooLong', params: { value: 61, max: 60 } }], eligible: false }),
  entry(6, { participant: 'Өмірзақ Ұлан', organisation: null, region: null, likes: 0, nomination: 'social', decision: 'disqualified', decisionReason: 'closed account', eligible: false }),
  entry(7, { participant: 'Ахметов Ілияс', region: 'Астана қаласы', likes: 7, flags: [{ code: 'fewFollowers', params: { value: 2, min: 5 } }], decision: 'reinstated', eligible: true }),
];

describe('shared/entries/registryQuery', () => {
  describe('search (Kazakh-aware, case-insensitive)', () => {
    it.each([
      ['ә', ['2']],
      ['Ә', ['2']],
      ['ғаниева', ['3']],
      ['Ғаниева ғалым', ['3']],
      ['і', ['4', '6', '7']],
      ['І', ['4', '6', '7']],
      ['ізгілік', ['4']],
      ['ҚАРЛЫҒАШ', ['3']],
      ['  астана   қаласы ', ['2', '7']],
      ['galym@', ['3']],
      ['c384f', ['4']],
      ['№7', ['2']],
      ['жоқ', []],
    ])('%j finds %j', (search, expected) => {
      expect(ids(queryRegistry(ENTRIES, q({ search })))).toEqual(expected);
    });

    it('finds an entry by its id and an empty search finds everything', () => {
      expect(ids(queryRegistry(ENTRIES, q({ search: '5' })))).toContain('5');
      expect(queryRegistry(ENTRIES, q())).toHaveLength(ENTRIES.length);
    });

    it('does not match across two fields', () => {
      expect(ids(queryRegistry(ENTRIES, q({ search: 'сара «балдырған»' })))).toEqual([]);
      expect(ids(queryRegistry(ENTRIES, q({ search: 'сара' })))).toEqual(['1']);
    });

    it('accepts a precomputed index', () => {
      expect(ids(queryRegistry(ENTRIES, q({ search: 'ә' }), searchIndex(ENTRIES)))).toEqual(['2']);
    });
  });

  describe('sorting', () => {
    it('by participant: А before Ә before Б, О before Ө; empty last', () => {
      const names = queryRegistry(ENTRIES, q({ sort: 'participant' })).map((e) => e.participant);
      expect(names).toEqual(['Абаев Ержан', 'Ахметов Ілияс', 'Әлихан Нұрлан', 'Бекова Сара', 'ҒАНИЕВА ҒАЛЫМ', 'Өмірзақ Ұлан', null]);
    });

    it('puts О before Ө and Ө before П', () => {
      const list = ['Пак', 'Өтеген', 'Омаров'].map((participant, i) => entry(i + 1, { participant }));
      expect(queryRegistry(list, q({ sort: 'participant' })).map((e) => e.participant)).toEqual(['Омаров', 'Өтеген', 'Пак']);
    });

    it('by participant descending', () => {
      const names = queryRegistry(ENTRIES.filter((e) => e.participant), q({ sort: 'participant', descending: true })).map((e) => e.participant);
      expect(names[0]).toBe('Өмірзақ Ұлан');
      expect(names[names.length - 1]).toBe('Абаев Ержан');
    });

    it('ids sort numerically ("2" before "10")', () => {
      const list = ['10', '2', '1', '21', '3'].map((id, i) => ({ ...entry(i + 1), id }));
      expect(ids(queryRegistry(list, q({ sort: 'id' })))).toEqual(['1', '2', '3', '10', '21']);
      expect(ids(queryRegistry(list, q({ sort: 'id', descending: true })))).toEqual(['21', '10', '3', '2', '1']);
    });

    it('by likes, missing likes lowest', () => {
      expect(ids(queryRegistry(ENTRIES, q({ sort: 'likes', descending: true })))).toEqual(['2', '4', '1', '7', '5', '6', '3']);
    });

    it('by region, organisation and eligibility, keeping import order for ties', () => {
      expect(ids(queryRegistry(ENTRIES, q({ sort: 'region' })))).toEqual(['1', '5', '2', '7', '4', '3', '6']);
      expect(ids(queryRegistry(ENTRIES, q({ sort: 'eligible' })))).toEqual(['5', '6', '1', '2', '3', '4', '7']);
      expect(queryRegistry(ENTRIES, q({ sort: 'organisation' })).map((e) => e.organisation)[0]).toBe('«Балдырған» бөбекжайы');
    });

    it('does not reorder the input array', () => {
      const copy = [...ENTRIES];
      queryRegistry(ENTRIES, q({ sort: 'participant' }));
      expect(ENTRIES).toEqual(copy);
    });
  });

  describe('filters', () => {
    it('by nomination', () => {
      expect(ids(queryRegistry(ENTRIES, q({ nomination: 'innovative' })))).toEqual(['2', '5']);
    });

    it('by region', () => {
      expect(ids(queryRegistry(ENTRIES, q({ region: 'Алматы облысы' })))).toEqual(['1', '5']);
    });

    it("'eligible' keeps eligible entries, including reinstated ones", () => {
      expect(ids(queryRegistry(ENTRIES, q({ eligibility: 'eligible' })))).toEqual(['1', '2', '3', '4', '7']);
    });

    it("'flagged' keeps flagged entries with no decision yet", () => {
      expect(ids(queryRegistry(ENTRIES, q({ eligibility: 'flagged' })))).toEqual(['5']);
    });

    it("'disqualified' keeps disqualified entries", () => {
      expect(ids(queryRegistry(ENTRIES, q({ eligibility: 'disqualified' })))).toEqual(['6']);
    });

    it('filters and search combine', () => {
      expect(ids(queryRegistry(ENTRIES, q({ nomination: 'social', search: 'орал' })))).toEqual(['4']);
      expect(ids(queryRegistry(ENTRIES, q({ region: 'Астана қаласы', eligibility: 'eligible', sort: 'participant' })))).toEqual(['7', '2']);
    });
  });

  it('regionsOf lists distinct regions in Kazakh order', () => {
    expect(regionsOf(ENTRIES)).toEqual(['Алматы облысы', 'Астана қаласы', 'Орал', 'Өскемен']);
  });
});

import { compareKazakhText } from '../../shared/text/fold';

describe('compareKazakhText: the Kazakh alphabet without relying on ICU data', () => {
  it('orders every letter as the Kazakh alphabet does', () => {
    const alphabet = [...'АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ'];
    const shuffled = [...alphabet].reverse();
    expect(shuffled.sort(compareKazakhText)).toEqual(alphabet);
  });
  it('compares numbers by value, ignores case, and puts Latin before Cyrillic', () => {
    expect(['№10 мектеп', '№2 мектеп', '№1 мектеп'].sort(compareKazakhText)).toEqual(['№1 мектеп', '№2 мектеп', '№10 мектеп']);
    expect(compareKazakhText('ҒАНИЕВА', 'ғаниева')).toBe(0);
    expect(['Ұлан', 'Үсен', 'Ыбырай', 'Іңкәр', 'Иван'].sort(compareKazakhText)).toEqual(['Иван', 'Ұлан', 'Үсен', 'Ыбырай', 'Іңкәр']);
    expect(['Ә', 'Z', 'A'].sort(compareKazakhText)).toEqual(['A', 'Z', 'Ә']);
    expect(['Әли', 'Әл'].sort(compareKazakhText)).toEqual(['Әл', 'Әли']);
  });
});

import { ageGroupsOf, DEFAULT_QUERY as Q0, queryRegistry as query } from '../../shared/entries/registryQuery';
import { entry as mk } from './helpers/common';

describe('age group filter', () => {
  it('keeps only the chosen group, and lists the groups in use', () => {
    const list = [mk(1, { age_group: '3-4' }), mk(2, { age_group: '5-6' }), mk(3, { age_group: null })];
    expect(query(list, { ...Q0, ageGroup: '5-6' }).map((e) => e.seq)).toEqual([2]);
    expect(query(list, { ...Q0, ageGroup: null })).toHaveLength(3);
    expect(ageGroupsOf(list)).toEqual(['3-4', '5-6']);
  });
});
