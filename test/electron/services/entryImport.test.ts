import { join } from 'node:path';
import { ContestWorkspace } from '../../../electron/services/contestWorkspace';
import { commitImport, initialMapping, previewImport } from '../../../electron/services/entryImport';
import type { ContestDefinition } from '../../../shared/contest/model';
import type { ColumnMapping } from '../../../shared/entries/mapping';
import {
  fixedContext,
  fixtureBytes,
  fixtureText,
  loadDefinition,
  problemsOfAsync,
  replaceLine,
  setCell,
  tempDir,
  THANKS_CSV,
  THANKS_XLSX,
} from '../helpers';

const SUGGESTED: ColumnMapping = ['submitted', 'email', 'participant', 'organisation', 'region', 'link', 'duration', 'followers', 'hashtag', 'likes', 'comments', 'views'];
const LIKES_COLUMN = 9;
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

function workspace(def: ContestDefinition = loadDefinition('thanks-challenge')) {
  const ws = ContestWorkspace.create(join(tempDir(), 'c.jury'), def, fixedContext());
  onTestFinished(() => ws.close());
  return ws;
}

const csvFile = () => ({ token: 'tok', fileName: THANKS_CSV, bytes: fixtureBytes('thanks-challenge', THANKS_CSV) });
const xlsxFile = () => ({ token: 'tok', fileName: THANKS_XLSX, bytes: fixtureBytes('thanks-challenge', THANKS_XLSX) });
const textFile = (fileName: string, text: string) => ({ token: 'tok', fileName, bytes: utf8(text) });

const importCount = (ws: ContestWorkspace) => (ws.db.prepare('SELECT count(*) AS n FROM imports').get() as { n: number }).n;
const importAudits = (ws: ContestWorkspace) => ws.auditTrail().filter((r) => r.action === 'import');

describe('previewImport', () => {
  it('reads the Google Forms CSV, suggests a mapping and counts without writing anything', async () => {
    const ws = workspace();
    const p = await previewImport(ws, csvFile());
    expect(p).toMatchObject({ fileToken: 'tok', fileName: THANKS_CSV, rowCount: 125, mappingOrigin: 'suggested', mapping: SUGGESTED });
    expect(p.source).toMatchObject({ kind: 'csv', encoding: 'utf-8', delimiter: ',' });
    expect(p.headers).toHaveLength(12);
    expect(p.samples).toHaveLength(5);
    expect(p.samples[0][2]).toBe('Ғаниева Ғалым');
    expect(p.outcome).toEqual({ ok: true, counts: { added: 125, updated: 0, unchanged: 0 } });
    expect(ws.entriesTable.count()).toBe(0);
    expect(importCount(ws)).toBe(0);
  });

  it('uses a given mapping of the right length (origin given) and reports its problems', async () => {
    const ws = workspace();
    const given: ColumnMapping = SUGGESTED.map((f) => (f === 'participant' || f === 'organisation' ? null : f));
    const p = await previewImport(ws, csvFile(), given);
    expect(p.mappingOrigin).toBe('given');
    expect(p.outcome.ok).toBe(false);
    if (!p.outcome.ok) {
      expect(p.outcome.problems.length).toBeLessThanOrEqual(50);
      expect(p.outcome.problems.length + p.outcome.more).toBe(125);
      expect(p.outcome.problems[0]).toMatchObject({ code: 'requiredValue', row: 2, params: { field: 'participant' } });
    }
  });
});

describe('commitImport', () => {
  it('imports the 125 rows of the CSV, with an import record and an audit record', async () => {
    const ws = workspace();
    const r = await commitImport(ws, csvFile());
    expect(r).toEqual({ fileName: THANKS_CSV, added: 125, updated: 0, unchanged: 0, mapping: SUGGESTED });
    expect(ws.entriesTable.count()).toBe(125);
    const entries = ws.entries();
    expect(entries.map((e) => e.id)).toEqual(Array.from({ length: 125 }, (_, i) => String(i + 1)));
    expect(entries[0]).toMatchObject({ seq: 1, nomination: 'main', participant: 'Ғаниева Ғалым', likes: 214, comments: 9, views: 8869, duration: 30, followers: 269 });
    expect(entries[124].organisation).toBe('Қостанай облысы «Солнышко», "Радуга" тобы\n(мектепалды даярлық)');
    expect(importCount(ws)).toBe(1);
    expect(importAudits(ws)).toEqual([
      expect.objectContaining({ actor: 'tester', entryId: null, details: { file: THANKS_CSV, sha256: expect.stringMatching(/^[0-9a-f]{64}$/), added: 125, updated: 0, unchanged: 0 } }),
    ]);
  });

  it('importing the same file again adds nothing', async () => {
    const ws = workspace();
    await commitImport(ws, csvFile());
    const again = await commitImport(ws, csvFile());
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 125 });
    expect(ws.entriesTable.count()).toBe(125);
  });

  it('the XLSX export of the same form matches the CSV: 125 unchanged', async () => {
    const ws = workspace();
    await commitImport(ws, csvFile());
    const p = await previewImport(ws, xlsxFile());
    expect(p.source.kind).toBe('xlsx');
    expect(p.outcome).toEqual({ ok: true, counts: { added: 0, updated: 0, unchanged: 125 } });
    expect(await commitImport(ws, xlsxFile())).toMatchObject({ added: 0, updated: 0, unchanged: 125 });
    expect(ws.entriesTable.count()).toBe(125);
  });

  it('the XLSX alone gives the same entries as the CSV', async () => {
    const a = workspace();
    const b = workspace();
    await commitImport(a, csvFile());
    expect(await commitImport(b, xlsxFile())).toMatchObject({ added: 125 });
    expect(b.entries()).toEqual(a.entries());
  });

  it('a newer export updates changed rows, adds new ones, and keeps the organiser\'s decisions', async () => {
    const ws = workspace();
    await commitImport(ws, csvFile());
    ws.decide(['5'], 'disqualified', 'copied video');
    let text = fixtureText('thanks-challenge', THANKS_CSV);
    text = replaceLine(text, 5, (l) => setCell(l, LIKES_COLUMN, '999'));
    text += '01.03.2024 09:00:00,new@example.kz,Жаңа Қатысушы,«Ақбота» балабақшасы,Абай облысы,https://www.instagram.com/reel/NEW/,40,100,#Барлығына рақмет,1,2,3\r\n';
    const r = await commitImport(ws, textFile('newer.csv', text));
    expect(r).toMatchObject({ added: 1, updated: 1, unchanged: 124 });
    expect(ws.entry('5')).toMatchObject({ likes: 999, decision: 'disqualified', decisionReason: 'copied video', eligible: false });
    expect(ws.entry('126')).toMatchObject({ seq: 126, participant: 'Жаңа Қатысушы' });
  });

  it('a bad cell (likes "abc" in row 7) refuses the whole file, naming row and column', async () => {
    const ws = workspace();
    const text = replaceLine(fixtureText('thanks-challenge', THANKS_CSV), 6, (l) => setCell(l, LIKES_COLUMN, 'abc'));
    const file = textFile('bad.csv', text);
    const problems = await problemsOfAsync(() => commitImport(ws, file));
    expect(problems).toEqual([{ code: 'notWholeNumber', file: 'bad.csv', row: 7, column: 'Лайктар саны', params: { value: 'abc', field: 'likes' } }]);
    expect(ws.entriesTable.count()).toBe(0);
    expect(importCount(ws)).toBe(0);
    expect(importAudits(ws)).toEqual([]);
    expect(initialMapping(ws, (await previewImport(ws, file)).headers).origin).toBe('suggested');
    const p = await previewImport(ws, file);
    expect(p.outcome).toEqual({ ok: false, problems, more: 0 });
  });

  it('a bad row in a file whose other rows are already stored changes nothing', async () => {
    const ws = workspace();
    await commitImport(ws, csvFile());
    const before = ws.entriesTable.all();
    let text = replaceLine(fixtureText('thanks-challenge', THANKS_CSV), 2, (l) => setCell(l, LIKES_COLUMN, '1'));
    text = replaceLine(text, 9, (l) => setCell(l, LIKES_COLUMN, '-4'));
    const problems = await problemsOfAsync(() => commitImport(ws, textFile('bad.csv', text)));
    expect(problems).toEqual([expect.objectContaining({ code: 'notWholeNumber', row: 10, column: 'Лайктар саны' })]);
    expect(ws.entriesTable.all()).toEqual(before);
    expect(importCount(ws)).toBe(1);
  });

  it('refuses a row with more cells than the header', async () => {
    const ws = workspace();
    const problems = await problemsOfAsync(() => commitImport(ws, textFile('extra.csv', 'participant,likes\nАнна,1\nБерік,2,oops\n')));
    expect(problems).toEqual([{ code: 'tooManyCells', file: 'extra.csv', row: 3, params: { cells: 3, columns: 2 } }]);
    expect(ws.entriesTable.count()).toBe(0);
  });

  it('refuses a file with a header and no rows, and a mapping of the wrong length', async () => {
    const ws = workspace();
    expect(await problemsOfAsync(() => commitImport(ws, textFile('empty.csv', 'participant,likes\n')))).toEqual([{ code: 'noRows', file: 'empty.csv' }]);
    const wrong = await problemsOfAsync(() => commitImport(ws, csvFile(), ['participant']));
    expect(wrong).toEqual([expect.objectContaining({ code: 'invalidInput', file: THANKS_CSV })]);
    const twice = await problemsOfAsync(() => commitImport(ws, csvFile(), SUGGESTED.map((f) => (f === 'region' ? 'participant' : f))));
    expect(twice).toContainEqual(expect.objectContaining({ code: 'mappingTwice', column: 'Өңір' }));
    expect(ws.entriesTable.count()).toBe(0);
  });

  it('remembers the mapping used, for the next file with the same columns', async () => {
    const ws = workspace();
    const custom = SUGGESTED.map((f) => (f === 'region' ? 'age_group' : f === 'email' ? null : f));
    await commitImport(ws, csvFile(), custom);
    expect(ws.entry('1')).toMatchObject({ region: null, age_group: 'Шығыс Қазақстан облысы', email: null });
    const p = await previewImport(ws, csvFile());
    expect(p.mappingOrigin).toBe('remembered');
    expect(p.mapping).toEqual(custom);
    // the XLSX has the same headers, so the mapping carries over
    expect((await previewImport(ws, xlsxFile())).mappingOrigin).toBe('remembered');
    // a file with other columns still gets a suggestion
    expect((await previewImport(ws, textFile('o.csv', 'participant,likes\nА,1\n'))).mappingOrigin).toBe('suggested');
  });
});

describe('commitImport: nominations', () => {
  it('imports best-work entries.csv into its two nominations', async () => {
    const ws = workspace(loadDefinition('best-work'));
    const r = await commitImport(ws, { fileName: 'entries.csv', bytes: fixtureBytes('best-work', 'entries.csv') });
    expect(r.added).toBeGreaterThanOrEqual(16);
    const entries = ws.entries();
    expect(entries).toHaveLength(r.added);
    expect(new Set(entries.map((e) => e.nomination))).toEqual(new Set(['social', 'innovative']));
    expect(entries.filter((e) => e.nomination === 'social').length).toBe(7);
    expect(entries[3]).toMatchObject({ id: '4', nomination: 'innovative', participant: 'Дауталиева Айкерим Агзамовна', region: 'Астана қаласы' });
  });

  it('with two nominations, a missing nomination column or an unknown nomination is refused', async () => {
    const ws = workspace(loadDefinition('best-work'));
    expect(await problemsOfAsync(() => commitImport(ws, textFile('n.csv', 'id,participant\n1,А\n')))).toEqual([
      { code: 'requiredValue', file: 'n.csv', column: 'nomination', params: { field: 'nomination' } },
    ]);
    const problems = await problemsOfAsync(() => commitImport(ws, textFile('n.csv', 'id,nomination,participant\n1,social,А\n2,sport,Б\n')));
    expect(problems).toEqual([expect.objectContaining({ code: 'unknownNomination', row: 3, column: 'nomination', params: expect.objectContaining({ value: 'sport' }) })]);
    expect(ws.entriesTable.count()).toBe(0);
  });

  it('accepts a nomination given by its name', async () => {
    const ws = workspace(loadDefinition('best-work'));
    await commitImport(ws, textFile('n.csv', 'id,nomination,participant\n1,Инновациялық жоба,А\n2,Социальный проект,Б\n'));
    expect(ws.entries().map((e) => e.nomination)).toEqual(['innovative', 'social']);
  });
});

describe('eligibility screening of imported entries', () => {
  it('flags the too-long, few-followers, no-hashtag and duplicate entries of the fixture', async () => {
    const ws = workspace();
    await commitImport(ws, csvFile());
    ws.saveDefinition({ ...ws.definition(), eligibility: { maxDurationSec: 60, minFollowers: 5, hashtag: '#Барлығына рақмет', onePerParticipant: true } });
    const entries = ws.entries();
    const flagged = Object.fromEntries(entries.filter((e) => e.flags.length).map((e) => [e.id, e.flags]));
    expect(flagged).toEqual({
      '121': [{ code: 'tooLong', params: { value: 75, max: 60 } }],
      '122': [{ code: 'fewFollowers', params: { value: 3, min: 5 } }],
      '123': [{ code: 'noHashtag', params: { value: '#Барлыгына рахмет', tag: '#Барлығына рақмет' } }],
      '124': [
        { code: 'duplicateLink', params: { of: '4' } },
        { code: 'duplicateParticipant', params: { of: '4' } },
      ],
    });
    expect(entries.filter((e) => !e.eligible).map((e) => e.id)).toEqual(['121', '122', '123', '124']);
    expect(ws.entry('4').eligible).toBe(true);
  });
});
