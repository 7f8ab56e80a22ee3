import { parseContestFile } from '../../shared/contest/file';
import type { ContestDefinition } from '../../shared/contest/model';
import { contestFromTemplate } from '../../shared/contest/templates';
import { buildEntries, parseDuration, type ImportedEntry } from '../../shared/entries/importRows';
import { suggestMapping, type ColumnMapping } from '../../shared/entries/mapping';
import type { Problem } from '../../shared/problem';
import { readTable } from '../../shared/table/readTable';
import type { Table } from '../../shared/table/table';
import { fixtureBytes, fixtureText, table } from './helpers/common';

function contest(path: string): ContestDefinition {
  const res = parseContestFile(fixtureText(path));
  if (!res.ok) throw new Error('fixture refused');
  return res.value;
}
const THANKS = contest('thanks-challenge/contest.json'); // one scored nomination (main) + 3 audience
const BEST = contest('best-work/contest.json'); // two scored nominations: social, innovative

function build(t: Table, def: ContestDefinition = THANKS, mapping: ColumnMapping = suggestMapping(t.headers)) {
  return buildEntries(t, mapping, def, 'entries.csv');
}
function imported(t: Table, def?: ContestDefinition): ImportedEntry[] {
  const res = build(t, def);
  if (!res.ok) throw new Error(JSON.stringify(res.problems));
  return res.value;
}
function refused(t: Table, def?: ContestDefinition): Problem[] {
  const res = build(t, def);
  if (res.ok) throw new Error('expected the file to be refused');
  return res.problems;
}

describe('shared/entries/importRows', () => {
  describe('buildEntries', () => {
    it('imports the Google Form fixture: 125 entries numbered 1..125 in file order', async () => {
      const t = await readTable('f.csv', fixtureBytes('thanks-challenge/entries-google-form.csv'));
      if (!t.ok) throw new Error('unreadable');
      const entries = imported(t.value);
      expect(entries.map((e) => e.id)).toEqual(Array.from({ length: 125 }, (_, i) => String(i + 1)));
      expect(entries[0]).toEqual({
        id: '1', nomination: 'main', participant: 'Ғаниева Ғалым',
        organisation: 'Шығыс Қазақстан облысы №56 «Балдырған» бөбекжай-бақшасы', region: 'Шығыс Қазақстан облысы',
        age_group: null, link: 'https://www.instagram.com/reel/C384f42b4b/', media: null,
        likes: 214, comments: 9, views: 8869, duration: 30, followers: 269, hashtag: '#Барлығына рақмет',
        email: 'mdu1@example.kz', submitted: '29.02.2024 00:10:10', sourceRow: 2,
      });
      expect(entries[1].participant).toBeNull();
      expect(entries.every((e) => e.nomination === 'main')).toBe(true);
    });

    it('imports the best-work fixture with its ids and nominations', async () => {
      const t = await readTable('e.csv', fixtureBytes('best-work/entries.csv'));
      if (!t.ok) throw new Error('unreadable');
      const entries = imported(t.value, BEST);
      expect(entries).toHaveLength(16);
      expect(entries.slice(0, 3).map((e) => [e.id, e.nomination])).toEqual([['1', 'social'], ['2', 'innovative'], ['3', 'social']]);
    });

    it('numbers entries by data row, skipping nothing but blank rows', () => {
      const t: Table = { ...table(['participant'], []), rows: [{ row: 2, cells: ['A'] }, { row: 4, cells: ['B'] }] };
      expect(imported(t).map((e) => [e.id, e.sourceRow])).toEqual([['1', 2], ['2', 4]]);
    });

    it('uses the id column when there is one (trimmed)', () => {
      expect(imported(table(['id', 'participant'], [[' 7 ', 'A'], ['x-1', 'B']])).map((e) => e.id)).toEqual(['7', 'x-1']);
    });

    it('with one scored nomination the nomination column may be missing or empty', () => {
      expect(imported(table(['participant'], [['A']]))[0].nomination).toBe('main');
      expect(imported(table(['participant', 'nomination'], [['A', ''], ['B', 'main']])).map((e) => e.nomination)).toEqual(['main', 'main']);
    });

    it('the video-challenge template imports with the nomination column left out', () => {
      const res = buildEntries(table(['participant'], [['A']]), ['participant'], contestFromTemplate('video-challenge'), 'x.csv');
      expect(res).toMatchObject({ ok: true, value: [{ id: '1', nomination: 'main' }] });
    });

    it('with two scored nominations the nomination column is required', () => {
      expect(refused(table(['participant'], [['A']]), BEST)).toEqual([
        { code: 'requiredValue', file: 'entries.csv', column: 'nomination', params: { field: 'nomination' } },
      ]);
    });

    it('resolves a nomination by id or by name in kk, ru or en, ignoring case and spacing', () => {
      const cells = ['social', 'INNOVATIVE', 'Әлеуметтік жоба', 'Инновациялық  жоба', 'Социальный проект', 'инновационный проект', 'Social project', 'innovative PROJECT'];
      const entries = imported(table(['participant', 'nomination'], cells.map((c, i) => [`P${i}`, c])), BEST);
      expect(entries.map((e) => e.nomination)).toEqual(['social', 'innovative', 'social', 'innovative', 'social', 'innovative', 'social', 'innovative']);
    });

    it('an unknown nomination is unknownNomination; an empty one with two nominations is requiredValue', () => {
      const problems = refused(table(['participant', 'Номинация'], [['A', 'drawing'], ['B', '']]), BEST);
      expect(problems).toEqual([
        { code: 'unknownNomination', file: 'entries.csv', row: 2, column: 'Номинация', params: { value: 'drawing', field: 'nomination', allowed: 'social, innovative' } },
        { code: 'requiredValue', file: 'entries.csv', row: 3, column: 'Номинация', params: { value: '', field: 'nomination', allowed: 'social, innovative' } },
      ]);
    });

    it('a contest with no scored nomination gives entries without one', () => {
      const def: ContestDefinition = { ...THANKS, nominations: THANKS.nominations.filter((n) => 'metric' in n) };
      expect(imported(table(['participant', 'likes'], [['A', '5']]), def)[0]).toMatchObject({ nomination: null, likes: 5 });
    });

    it('a row with more cells than the header is tooManyCells with its row number', () => {
      expect(refused(table(['participant', 'likes'], [['A', '1'], ['B', '2', 'extra']]))).toEqual([
        { code: 'tooManyCells', file: 'entries.csv', row: 3, params: { cells: 3, columns: 2 } },
      ]);
    });

    it('a row with fewer cells than the header is fine (missing cells are empty)', () => {
      expect(imported(table(['participant', 'likes', 'views'], [['A']]))[0]).toMatchObject({ participant: 'A', likes: null, views: null });
    });

    it.each(['12a', '-3', '1.5', '1e3', '1 000', '+5', '0x1F', '99999999999999999999'])('likes %j is notWholeNumber with row and the file header', (value) => {
      expect(refused(table(['participant', 'Лайктар саны'], [['A', value]]))).toEqual([
        { code: 'notWholeNumber', file: 'entries.csv', row: 2, column: 'Лайктар саны', params: { value, field: 'likes' } },
      ]);
    });

    it('whole numbers ≥ 0 are read; an empty cell is null', () => {
      const [a, b] = imported(table(['participant', 'likes', 'comments', 'views', 'followers'], [['A', '0', ' 12 ', '007', '5'], ['B', '', '  ', '', '']]));
      expect([a.likes, a.comments, a.views, a.followers]).toEqual([0, 12, 7, 5]);
      expect([b.likes, b.comments, b.views, b.followers]).toEqual([null, null, null, null]);
    });

    it('a duplicate id is duplicateEntryId naming the first row', () => {
      expect(refused(table(['id', 'participant'], [['1', 'A'], ['2', 'B'], ['1', 'C']]))).toEqual([
        { code: 'duplicateEntryId', file: 'entries.csv', row: 4, column: 'id', params: { id: '1', firstRow: 2 } },
      ]);
    });

    it('an id with a control character in it is controlCharacters, naming the row and column', () => {
      expect(refused(table(['id', 'participant'], [['1', 'A'], ['2\u001e3', 'B'], ['4\t', 'C']]))).toEqual([
        { code: 'controlCharacters', file: 'entries.csv', row: 3, column: 'id', params: { field: 'id' } },
      ]);
    });

    it('a missing id value is requiredValue in the id column', () => {
      expect(build(table(['№', 'participant'], [['1', 'A'], [' ', 'B']])).ok).toBe(true); // "№" is not mapped: ids are generated
      const problems = build(table(['id', 'participant'], [['1', 'A'], ['', 'B']]));
      expect(problems).toEqual({ ok: false, problems: [{ code: 'requiredValue', file: 'entries.csv', row: 3, column: 'id', params: { field: 'id' } }] });
    });

    it('a row with neither participant nor organisation is requiredValue', () => {
      expect(refused(table(['participant', 'organisation', 'likes'], [['', '  ', '3']]))).toEqual([
        { code: 'requiredValue', file: 'entries.csv', row: 2, column: 'participant', params: { field: 'participant' } },
      ]);
    });

    it('a column mapped twice is mappingTwice', () => {
      const t = table(['Лайк 1', 'Лайк 2', 'participant'], [['1', '2', 'A']]);
      expect(buildEntries(t, ['likes', 'likes', 'participant'], THANKS, 'entries.csv')).toEqual({
        ok: false, problems: [{ code: 'mappingTwice', file: 'entries.csv', column: 'Лайк 2', params: { field: 'likes' } }],
      });
    });

    it('an unreadable duration is notDuration', () => {
      expect(refused(table(['participant', 'duration'], [['A', 'бір минут']]))).toEqual([
        { code: 'notDuration', file: 'entries.csv', row: 2, column: 'duration', params: { value: 'бір минут' } },
      ]);
    });

    it('any bad row fails the whole file, listing every bad row', () => {
      const t = table(['id', 'participant', 'likes', 'nomination'], [
        ['1', 'A', '12a', 'social'],
        ['2', 'B', '3', 'social'],
        ['3', 'C', '4', 'drawing'],
        ['1', 'D', '5', 'innovative'],
        ['5', 'E', '6', 'social', 'extra'],
        ['6', 'F', '-1', 'innovative'],
      ]);
      const problems = refused(t, BEST);
      expect(problems.map((p) => [p.row, p.code])).toEqual([
        [2, 'notWholeNumber'],
        [4, 'unknownNomination'],
        [5, 'duplicateEntryId'],
        [6, 'tooManyCells'],
        [7, 'notWholeNumber'],
      ]);
    });

    it('a hashtag column left empty gives "" (not null); no hashtag column gives null', () => {
      expect(imported(table(['participant', 'hashtag', 'region'], [['A', '', '']]))[0]).toMatchObject({ hashtag: '', region: null });
      expect(imported(table(['participant'], [['A']]))[0].hashtag).toBeNull();
    });

    it('ignores unmapped columns and keeps text as typed (trimmed)', () => {
      const e = imported(table(['participant', 'Сұрақ', 'link'], [['  Әлихан  Ұлы ', 'x', ' https://instagram.com/p/X ']]))[0];
      expect(e).toMatchObject({ participant: 'Әлихан  Ұлы', link: 'https://instagram.com/p/X' });
    });
  });

  describe('parseDuration', () => {
    it.each([
      ['75', 75],
      ['0', 0],
      ['75.5', 75.5],
      ['75,5', 75.5],
      [' 60 ', 60],
      ['1:15', 75],
      ['01:15', 75],
      ['0:01:15', 75],
      ['1:00:00', 3600],
      ['0:59', 59],
    ])('%j is %s seconds', (text, seconds) => {
      expect(parseDuration(text)).toBe(seconds);
    });

    it.each(['1:75', 'abc', '', '1:5', '-5', '1:15:', ':15', '1m15s', '1.2.3', '0:01:60'])('%j is not a duration', (text) => {
      expect(parseDuration(text)).toBeNull();
    });
  });
});

describe('buildEntries: age groups defined in the contest', () => {
  const WITH_AGES: ContestDefinition = { ...THANKS, ageGroups: [{ id: '3-4', name: { kk: '3-4 жас', ru: '3-4 года' } }, { id: '5-6', name: { kk: '5-6 жас' } }] };
  it('takes a group by id or by its name in any language', () => {
    const t = table(['participant', 'age_group'], [['Әли', '3-4 ЖАС'], ['Айша', '5-6'], ['Іңкәр', '3-4 года'], ['Ұлан', '']]);
    expect(imported(t, WITH_AGES).map((e) => e.age_group)).toEqual(['3-4', '5-6', '3-4', null]);
  });
  it('refuses a group the contest does not have, naming row and column', () => {
    const t = table(['participant', 'age_group'], [['Әли', '10 жас']]);
    expect(refused(t, WITH_AGES)).toEqual([
      { code: 'unknownAgeGroup', file: 'entries.csv', row: 2, column: 'age_group', params: { value: '10 жас', allowed: '3-4, 5-6' } },
    ]);
  });
  it('keeps free text when the contest defines no age groups', () => {
    expect(imported(table(['participant', 'age_group'], [['Әли', '10 жас']]))[0].age_group).toBe('10 жас');
  });
});
