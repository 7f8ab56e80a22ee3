import { describe, expect, it } from 'vitest';
import { parseContestFile } from '../../shared/contest/file';
import type { ContestDefinition } from '../../shared/contest/model';
import { buildEntries } from '../../shared/entries/importRows';
import { suggestMapping } from '../../shared/entries/mapping';
import type { Problem } from '../../shared/problem';
import { jurorProgress, type JurorScores } from '../../shared/scores/jurorScores';
import { emptyScores, parseScoreSheet, scoreKey, type ScoreSheetContext } from '../../shared/scores/scoreSheet';
import { readTable } from '../../shared/table/readTable';
import type { Table } from '../../shared/table/table';
import { fixtureBytes, fixtureText, utf8, withBom } from './helpers/common';

function contest(path: string): ContestDefinition {
  const r = parseContestFile(fixtureText(path));
  if (!r.ok) throw new Error('fixture refused');
  return r.value;
}
const THANKS = contest('thanks-challenge/contest.json'); // main: relevance … effects, max 5 step 1
const BEST = contest('best-work/contest.json'); // social: s1…s10, innovative: i1…i10, max 10
/** THANKS with half points allowed on relevance. */
const HALVES: ContestDefinition = (() => {
  const def = structuredClone(THANKS);
  (def.nominations[0] as { criteria: { step: number }[] }).criteria[0].step = 0.5;
  return def;
})();
const PANEL = ['j1', 'j2', 'j3', 'j4', 'j5'];

async function tableOf(bytes: Uint8Array, name = 'scores.csv'): Promise<Table> {
  const t = await readTable(name, bytes);
  if (!t.ok) throw new Error(`unreadable: ${JSON.stringify(t.problems)}`);
  return t.value;
}
const csv = (...lines: string[]) => tableOf(utf8(`${lines.join('\n')}\n`));

const THANKS_ENTRIES = new Map(['1', '2', '3', '4'].map((id) => [id, 'main' as string | null]));
const ctx = (patch: Partial<ScoreSheetContext> = {}): ScoreSheetContext => ({ file: 'scores.csv', definition: THANKS, entries: THANKS_ENTRIES, jurors: ['j1'], ...patch });

async function parsed(lines: string[], patch: Partial<ScoreSheetContext> = {}): Promise<Map<string, JurorScores>> {
  const r = parseScoreSheet(await csv(...lines), ctx(patch));
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.problems)}`);
  return r.value;
}
async function refused(lines: string[], patch: Partial<ScoreSheetContext> = {}): Promise<Problem[]> {
  const r = parseScoreSheet(await csv(...lines), ctx(patch));
  if (r.ok) throw new Error('expected the sheet to be refused');
  return r.problems;
}
const HEADER = 'juror,entry,criterion,score,comment';

describe('parseScoreSheet: what is taken', () => {
  it('scores, as exact decimal text under scoreKey(entry, criterion)', async () => {
    const out = await parsed([HEADER, 'j1,1,relevance,5,', 'j1,1,creativity, 04 ,', 'j1,2,sound,0,']);
    expect([...out.keys()]).toEqual(['j1']);
    expect(out.get('j1')).toEqual({
      scores: new Map([
        [scoreKey('1', 'relevance'), '5'],
        [scoreKey('1', 'creativity'), '4'],
        [scoreKey('2', 'sound'), '0'],
      ]),
      comments: new Map(),
      recusals: new Map(),
    });
  });

  it('an empty score is "not scored": nothing is taken and nothing refused', async () => {
    const out = await parsed([HEADER, 'j1,1,relevance,,', 'j1,1,creativity,  ,', 'j1,2,sound,3,']);
    expect(out.get('j1')!.scores).toEqual(new Map([[scoreKey('2', 'sound'), '3']]));
  });

  it('a comma decimal, quoted in a comma-separated sheet or bare in a semicolon-separated one', async () => {
    const comma = await parsed([HEADER, 'j1,1,relevance,"4,5",', 'j1,2,relevance,2.5,'], { definition: HALVES });
    expect(comma.get('j1')!.scores).toEqual(new Map([[scoreKey('1', 'relevance'), '4.5'], [scoreKey('2', 'relevance'), '2.5']]));
    const semicolon = parseScoreSheet(await tableOf(utf8('juror;entry;criterion;score;comment\nj1;1;relevance;4,5;жақсы\n')), ctx({ definition: HALVES }));
    expect(semicolon).toMatchObject({ ok: true });
    if (!semicolon.ok) return;
    expect(semicolon.value.get('j1')!.scores.get(scoreKey('1', 'relevance'))).toBe('4.5');
    expect(semicolon.value.get('j1')!.comments.get('1')).toBe('жақсы');
  });

  it('Windows line endings and a BOM change nothing, and rows keep their numbers', async () => {
    const text = `${HEADER}\r\nj1,1,relevance,4,әдемі\r\nj1,1,creativity,9,\r\n`;
    for (const bytes of [utf8(text), withBom(utf8(text))]) {
      const t = await tableOf(bytes);
      const ok = parseScoreSheet(t, ctx({ entries: new Map([['1', 'main']]) }));
      const bad = parseScoreSheet(t, ctx());
      expect(bad).toEqual({
        ok: false,
        problems: [{ code: 'scoreOutOfRange', file: 'scores.csv', row: 3, column: 'score', params: { value: '9', max: 5 } }],
      });
      expect(ok.ok).toBe(false); // same sheet, same row
      const good = parseScoreSheet(await tableOf(bytes.subarray(0, bytes.length - 'j1,1,creativity,9,\r\n'.length)), ctx());
      expect(good).toMatchObject({ ok: true });
      if (!good.ok) continue;
      expect(good.value.get('j1')).toEqual({ scores: new Map([[scoreKey('1', 'relevance'), '4']]), comments: new Map([['1', 'әдемі']]), recusals: new Map() });
    }
  });

  it('the header is matched without regard to case, order or spaces; the comment column is optional', async () => {
    const out = await parsed([' Score , CRITERION,Entry ,Juror', '3,relevance,1,j1']);
    expect(out.get('j1')!.scores).toEqual(new Map([[scoreKey('1', 'relevance'), '3']]));
    const problems = await refused(['Score,Criterion,Entry,Juror', '7,relevance,1,j1']);
    expect(problems).toEqual([{ code: 'scoreOutOfRange', file: 'scores.csv', row: 2, column: 'Score', params: { value: '7', max: 5 } }]); // the column as the file spells it
  });

  it('blank lines are skipped, and row numbers still match the file', async () => {
    const problems = await refused([HEADER, 'j1,1,relevance,3,', '', ',,,,', 'j1,1,creativity,x,']);
    expect(problems).toEqual([{ code: 'notANumber', file: 'scores.csv', row: 5, column: 'score', params: { value: 'x' } }]);
  });

  it('`recused` marks a recusal for that juror and entry, its comment the reason (any case, empty reason allowed)', async () => {
    const out = await parsed([HEADER, 'j1,1,relevance,recused,өз ұйымының жұмысы', 'j1,2,,RECUSED,', 'j1,3,relevance,Recused , туысқаны ']);
    expect(out.get('j1')).toEqual({
      scores: new Map(),
      comments: new Map(),
      recusals: new Map([
        ['1', 'өз ұйымының жұмысы'],
        ['2', ''],
        ['3', 'туысқаны'],
      ]),
    });
  });

  it('a recusal repeated on several rows keeps its reason', async () => {
    const out = await parsed([HEADER, 'j1,1,relevance,recused,туысқаны', 'j1,1,sound,recused,туысқаны', 'j1,1,creativity,recused,']);
    expect(out.get('j1')!.recusals).toEqual(new Map([['1', 'туысқаны']]));
    const two = await parsed([HEADER, 'j1,1,relevance,recused,туысқаны', 'j1,1,creativity,recused,өз ұйымы']);
    expect(two.get('j1')!.recusals).toEqual(new Map([['1', 'туысқаны\nөз ұйымы']]));
  });

  it('comments are per entry: repeated on every criterion row they are kept once, different ones are joined', async () => {
    const out = await parsed([HEADER, 'j1,1,relevance,3,Жақсы', 'j1,1,creativity,4,Жақсы', 'j1,1,sound,4,', 'j1,2,relevance,2,Дыбыс нашар', 'j1,2,sound,1,Жарық нашар', 'j1,2,effects,1,Дыбыс нашар']);
    expect(out.get('j1')!.comments).toEqual(new Map([['1', 'Жақсы'], ['2', 'Дыбыс нашар\nЖарық нашар']]));
    // A comment with a line break of its own (a quoted cell), repeated: still once.
    const multi = await parsed([HEADER, 'j1,1,relevance,3,"Жақсы\nбірақ қысқа"', 'j1,1,creativity,4,"Жақсы\nбірақ қысқа"', 'j1,1,sound,4,Жақсы']);
    expect(multi.get('j1')!.comments).toEqual(new Map([['1', 'Жақсы\nбірақ қысқа']]));
  });

  it('the organiser may type the whole panel’s sheet: one set of marks per juror', async () => {
    const out = await parsed([HEADER, 'j1,1,relevance,3,', 'j2,1,relevance,4,', 'j2,2,creativity,recused,', 'j1,2,relevance,5,'], { jurors: PANEL });
    expect([...out.keys()]).toEqual(['j1', 'j2']);
    expect(out.get('j1')).toEqual({ scores: new Map([[scoreKey('1', 'relevance'), '3'], [scoreKey('2', 'relevance'), '5']]), comments: new Map(), recusals: new Map() });
    expect(out.get('j2')).toEqual({ scores: new Map([[scoreKey('1', 'relevance'), '4']]), comments: new Map(), recusals: new Map([['2', '']]) });
    // j2 scored entry 1 and recused from it on another row.
    expect(await refused([HEADER, 'j1,1,relevance,3,', 'j2,1,relevance,4,', 'j2,1,creativity,recused,'], { jurors: PANEL })).toEqual([
      { code: 'recusedScored', file: 'scores.csv', row: 3, column: 'score', params: { entry: '1' } },
    ]);
  });

  it('a sheet with a header only gives no marks', async () => {
    expect(await parsed([HEADER])).toEqual(new Map());
  });
});

describe('parseScoreSheet: every bad row, by row and column', () => {
  it('missing required columns, each named', async () => {
    expect(await refused(['juror,entry,score', 'j1,1,3'])).toEqual([
      { code: 'missingColumn', file: 'scores.csv', params: { column: 'criterion', header: 'juror,entry,criterion,score[,comment]' } },
    ]);
    expect((await refused(['entry,criterion,comment', '1,relevance,x'])).map((p) => p.params?.column)).toEqual(['juror', 'score']);
    expect((await refused(['judge,work,criterion,mark', 'j1,1,relevance,3'])).map((p) => p.params?.column)).toEqual(['juror', 'entry', 'score']);
  });

  it('a juror not on the panel (or not the one this sheet is for)', async () => {
    expect(await refused([HEADER, 'j1,1,relevance,3,', 'j2,1,relevance,3,', 'J1,1,relevance,3,', ',1,relevance,3,'])).toEqual([
      // j2 is on the panel, but this sheet speaks for j1 only.
      { code: 'wrongJuror', file: 'scores.csv', row: 3, column: 'juror', params: { value: 'j2', expected: 'j1' } },
      // Not on the panel at all: the message lists the whole scoring panel.
      { code: 'jurorNotOnPanel', file: 'scores.csv', row: 4, column: 'juror', params: { id: 'J1', allowed: 'j1, j2, j3, j4, j5' } },
      { code: 'jurorNotOnPanel', file: 'scores.csv', row: 5, column: 'juror', params: { id: '', allowed: 'j1, j2, j3, j4, j5' } },
    ]);
  });

  it('an entry that is not in the package (or the contest)', async () => {
    expect(await refused([HEADER, 'j1,5,relevance,3,', 'j1,01,relevance,3,', 'j1,2,relevance,3,'])).toEqual([
      { code: 'unknownEntry', file: 'scores.csv', row: 2, column: 'entry', params: { id: '5' } },
      { code: 'unknownEntry', file: 'scores.csv', row: 3, column: 'entry', params: { id: '01' } },
    ]);
    // A recusal for an unknown entry is refused too.
    expect((await refused([HEADER, 'j1,5,,recused,x']))[0]).toMatchObject({ code: 'unknownEntry', row: 2 });
  });

  it('a criterion that is not in the entry’s nomination', async () => {
    const entries = new Map<string, string | null>([['1', 'social'], ['2', 'innovative'], ['3', null]]);
    expect(await refused(['juror,entry,criterion,score', 'j2,1,s1,8', 'j2,1,i1,8', 'j2,2,s10,8', 'j2,1,S2,8', 'j2,3,s1,8', 'j2,1,,8'], { definition: BEST, entries, jurors: ['j2'] })).toEqual([
      { code: 'criterionNotInNomination', file: 'scores.csv', row: 3, column: 'criterion', params: { id: 'i1', entry: '1', allowed: 's1, s2, s3, s4, s5, s6, s7, s8, s9, s10' } },
      { code: 'criterionNotInNomination', file: 'scores.csv', row: 4, column: 'criterion', params: { id: 's10', entry: '2', allowed: 'i1, i2, i3, i4, i5, i6, i7, i8, i9, i10' } },
      { code: 'criterionNotInNomination', file: 'scores.csv', row: 5, column: 'criterion', params: { id: 'S2', entry: '1', allowed: 's1, s2, s3, s4, s5, s6, s7, s8, s9, s10' } },
      { code: 'criterionNotInNomination', file: 'scores.csv', row: 6, column: 'criterion', params: { id: 's1', entry: '3', allowed: '' } },
      { code: 'criterionNotInNomination', file: 'scores.csv', row: 7, column: 'criterion', params: { id: '', entry: '1', allowed: 's1, s2, s3, s4, s5, s6, s7, s8, s9, s10' } },
    ]);
  });

  it('the same juror, entry and criterion twice (even with an empty score), pointing at the first row', async () => {
    expect(await refused([HEADER, 'j1,1,relevance,3,', 'j1,1,creativity,3,', 'j1,1,relevance,3,', 'j1,2,sound,,', 'j1,2,sound,4,', 'j1,1,relevance,2,'])).toEqual([
      { code: 'duplicateScore', file: 'scores.csv', row: 4, column: 'criterion', params: { firstRow: 2 } },
      { code: 'duplicateScore', file: 'scores.csv', row: 6, column: 'criterion', params: { firstRow: 5 } },
      { code: 'duplicateScore', file: 'scores.csv', row: 7, column: 'criterion', params: { firstRow: 2 } },
    ]);
    // Two jurors on the same entry and criterion are not duplicates.
    expect((await parsed([HEADER, 'j1,1,relevance,3,', 'j2,1,relevance,3,'], { jurors: PANEL })).size).toBe(2);
  });

  it('scores out of range, off the step, or not a number, with what was typed', async () => {
    expect(await refused([HEADER, 'j1,1,relevance,6,', 'j1,1,creativity,-1,', 'j1,1,originality,2.5,', 'j1,1,sound,бес,', 'j1,1,effects,1e1,', 'j1,1,expressiveness,"4,5",'])).toEqual([
      { code: 'scoreOutOfRange', file: 'scores.csv', row: 2, column: 'score', params: { value: '6', max: 5 } },
      { code: 'scoreOutOfRange', file: 'scores.csv', row: 3, column: 'score', params: { value: '-1', max: 5 } },
      { code: 'scoreOffStep', file: 'scores.csv', row: 4, column: 'score', params: { value: '2.5', step: 1 } },
      { code: 'notANumber', file: 'scores.csv', row: 5, column: 'score', params: { value: 'бес' } },
      { code: 'notANumber', file: 'scores.csv', row: 6, column: 'score', params: { value: '1e1' } },
      { code: 'scoreOffStep', file: 'scores.csv', row: 7, column: 'score', params: { value: '4,5', step: 1 } },
    ]);
    expect(await refused([HEADER, 'j1,1,relevance,4.25,', 'j1,2,relevance,5.5,'], { definition: HALVES })).toEqual([
      { code: 'scoreOffStep', file: 'scores.csv', row: 2, column: 'score', params: { value: '4.25', step: 0.5 } },
      { code: 'scoreOutOfRange', file: 'scores.csv', row: 3, column: 'score', params: { value: '5.5', max: 5 } },
    ]);
  });

  it('an entry scored by the juror who recused from it, whichever row comes first', async () => {
    expect(await refused([HEADER, 'j1,1,relevance,recused,туысқаны', 'j1,1,creativity,3,', 'j1,2,relevance,4,', 'j1,2,creativity,5,', 'j1,2,sound,recused,', 'j1,3,sound,,'])).toEqual([
      { code: 'recusedScored', file: 'scores.csv', row: 3, column: 'score', params: { entry: '1' } },
      { code: 'recusedScored', file: 'scores.csv', row: 4, column: 'score', params: { entry: '2' } },
      { code: 'recusedScored', file: 'scores.csv', row: 5, column: 'score', params: { entry: '2' } },
    ]);
    // A recusal next to an unscored (empty) row of the same entry is fine.
    expect((await parsed([HEADER, 'j1,3,relevance,,', 'j1,3,sound,recused,x'])).get('j1')!.recusals).toEqual(new Map([['3', 'x']]));
  });

  it('reports every bad row of every kind together, in row order, and takes nothing', async () => {
    const problems = await refused([HEADER, 'j1,1,relevance,recused,x', 'j9,1,relevance,3,', 'j1,1,sound,3,', 'j1,7,relevance,3,', 'j1,2,colour,3,', 'j1,2,relevance,9,', 'j1,2,relevance,2,']);
    expect(problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, 'juror', 'jurorNotOnPanel'],
      [4, 'score', 'recusedScored'],
      [5, 'entry', 'unknownEntry'],
      [6, 'criterion', 'criterionNotInNomination'],
      [7, 'score', 'scoreOutOfRange'],
      [8, 'criterion', 'duplicateScore'],
    ]);
  });

  it('stops at 50 problems: a sheet for the wrong juror does not flood the screen', async () => {
    const lines = [HEADER, ...Array.from({ length: 80 }, (_, i) => `j2,1,c${i},3,`)];
    const problems = await refused(lines);
    // 50 shown, and a last line that says how many more there are.
    expect(problems).toHaveLength(51);
    expect(problems[50]).toEqual({ code: 'moreProblems', file: 'scores.csv', params: { count: 30 } });
    expect(problems[0]).toMatchObject({ row: 2, code: 'wrongJuror' });
    expect(problems[49]).toMatchObject({ row: 51 });
  });
});

describe('parseScoreSheet: the paper score sheet of «Барлығына рақмет»', () => {
  async function fixture() {
    const entriesTable = await tableOf(fixtureBytes('thanks-challenge/entries-google-form.csv'), 'entries-google-form.csv');
    const imported = buildEntries(entriesTable, suggestMapping(entriesTable.headers), THANKS, 'entries-google-form.csv');
    if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
    // The sheet's entry ids are the form's rows numbered 1, 2, 3 … in file order (SCORING.md §6).
    const entries = new Map(imported.value.map((e) => [e.id, e.nomination]));
    const sheet = await tableOf(fixtureBytes('thanks-challenge/scores-paper.csv'), 'scores-paper.csv');
    return { entries, sheet };
  }

  it('j1’s rows parse without a problem: 40 entries, all six criteria each', async () => {
    const { entries, sheet } = await fixture();
    expect(entries.size).toBe(125);
    const mine: Table = { ...sheet, rows: sheet.rows.filter((r) => r.cells[0] === 'j1') };
    const r = parseScoreSheet(mine, { file: 'scores-paper.csv', definition: THANKS, entries, jurors: ['j1'] });
    expect(r).toMatchObject({ ok: true });
    if (!r.ok) return;
    const j1 = r.value.get('j1')!;
    expect(j1.scores.size).toBe(240);
    expect(j1.scores.get(scoreKey('1', 'originality'))).toBe('1');
    expect(j1.scores.get(scoreKey('2', 'effects'))).toBe('4');
    expect(j1.recusals.size).toBe(0);
    const progress = jurorProgress(THANKS, [...entries].map(([id, nomination]) => ({ id, nomination })), j1);
    expect(progress).toMatchObject({ total: 125, done: 40, recused: 0 });
    expect(progress.missing[0]).toEqual({ entry: '41', criteria: ['relevance', 'creativity', 'originality', 'expressiveness', 'sound', 'effects'] });
  });

  it('the whole sheet parses for the panel; j3’s recusal of entry 7 carries its reason', async () => {
    const { entries, sheet } = await fixture();
    const r = parseScoreSheet(sheet, { file: 'scores-paper.csv', definition: THANKS, entries, jurors: PANEL });
    expect(r).toMatchObject({ ok: true });
    if (!r.ok) return;
    expect([...r.value.keys()]).toEqual(PANEL);
    expect(PANEL.map((j) => r.value.get(j)!.scores.size)).toEqual([240, 240, 234, 240, 240]);
    expect(r.value.get('j3')!.recusals).toEqual(new Map([['7', 'өз ұйымының жұмысы']]));
    expect([...r.value.get('j3')!.scores.keys()].some((k) => k.startsWith('7\u0000'))).toBe(false);
  });

  it('the whole sheet given as j1’s own: every other juror’s row is refused, up to 50', async () => {
    const { entries, sheet } = await fixture();
    const r = parseScoreSheet(sheet, { file: 'scores-paper.csv', definition: THANKS, entries, jurors: ['j1'] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(51);
    expect(r.problems[50].code).toBe('moreProblems');
    expect(r.problems[0]).toEqual({ code: 'wrongJuror', file: 'scores-paper.csv', row: 8, column: 'juror', params: { value: 'j2', expected: 'j1' } });
  });
});

describe('emptyScores and scoreKey', () => {
  it('are fresh, empty marks and an unambiguous key', () => {
    const a = emptyScores();
    a.scores.set('x', '1');
    expect(emptyScores().scores.size).toBe(0);
    expect(scoreKey('1', '2')).not.toBe(scoreKey('12', ''));
  });
});
