import Database from 'better-sqlite3';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { JurorWorkspace, TEXT_EDIT_WINDOW_MS } from '../../../electron/services/jurorWorkspace';
import { readPackageFile } from '../../../electron/services/packageReader';
import { ScoringDesk } from '../../../electron/services/scoringDesk';
import type { MarkKind } from '../../../shared/ipc/scoringTypes';
import { fixedContext, NOW, problemsOf } from '../helpers';
import { journalRows, scoring, snapshot, steppedClock } from './jurorFixture';

describe('JurorWorkspace.setMark', () => {
  it('stores each mark as exact decimal text and answers what it stored', async () => {
    const { ws } = await scoring();
    expect(ws.jurorId).toBe('j2');
    expect(ws.setMark('score', '1', 's1', '7')).toEqual({ kind: 'score', entry: '1', criterion: 's1', value: '7' });
    expect(ws.setMark('score', '1', 's2', '7,5')).toEqual({ kind: 'score', entry: '1', criterion: 's2', value: '7.5' });
    expect(ws.setMark('score', '1', 's3', ' 10.00 ')).toEqual({ kind: 'score', entry: '1', criterion: 's3', value: '10' });
    expect(ws.setMark('score', '1', 's4', '0')).toEqual({ kind: 'score', entry: '1', criterion: 's4', value: '0' });
    expect(ws.setMark('score', '2', 'i1', '5')).toEqual({ kind: 'score', entry: '2', criterion: 'i1', value: '5' });
    expect(ws.setMark('comment', '1', '', '  Жақсы жұмыс  ')).toEqual({ kind: 'comment', entry: '1', criterion: '', value: 'Жақсы жұмыс' });
    expect(ws.setMark('recusal', '3', '', 'my own school')).toEqual({ kind: 'recusal', entry: '3', criterion: '', value: 'my own school' });
    const m = ws.marksNow();
    expect([...m.scores]).toEqual(
      expect.arrayContaining([
        ['1\u0000s1', '7'],
        ['1\u0000s2', '7.5'],
        ['1\u0000s3', '10'],
        ['1\u0000s4', '0'],
        ['2\u0000i1', '5'],
      ]),
    );
    expect([...m.comments]).toEqual([['1', 'Жақсы жұмыс']]);
    expect([...m.recusals]).toEqual([['3', 'my own school']]);
    expect(journalRows(ws)).toBe(7);
  });

  it.each<[string, MarkKind, string, string, string | null, object[]]>([
    ['off the step', 'score', '1', 's1', '7.5', [{ code: 'scoreOffStep', field: 's1', params: { value: '7.5', step: 1 } }]],
    ['off a half step', 'score', '1', 's2', '7.25', [{ code: 'scoreOffStep', field: 's2', params: { value: '7.25', step: 0.5 } }]],
    ['above the maximum', 'score', '1', 's1', '11', [{ code: 'scoreOutOfRange', field: 's1', params: { value: '11', max: 10 } }]],
    ['above a lowered maximum', 'score', '2', 'i1', '6', [{ code: 'scoreOutOfRange', field: 'i1', params: { value: '6', max: 5 } }]],
    ['below zero', 'score', '1', 's1', '-1', [{ code: 'scoreOutOfRange', field: 's1', params: { value: '-1', max: 10 } }]],
    ['not a number', 'score', '1', 's1', 'seven', [{ code: 'notANumber', field: 's1', params: { value: 'seven' } }]],
    ['a number in other notation', 'score', '1', 's1', '7e0', [{ code: 'notANumber', field: 's1', params: { value: '7e0' } }]],
    ['a criterion of another nomination', 'score', '1', 'i1', '5', [{ code: 'criterionNotInNomination', params: { id: 'i1', entry: '1', allowed: 's1, s2, s3, s4, s5, s6, s7, s8, s9, s10' } }]],
    ['an unknown criterion', 'score', '2', 'nope', '5', [{ code: 'criterionNotInNomination', params: { id: 'nope', entry: '2', allowed: 'i1, i2, i3, i4, i5, i6, i7, i8, i9, i10' } }]],
    ['a recused entry', 'score', '3', 's1', '5', [{ code: 'recusedScored', params: { entry: '3' } }]],
    ['clearing a score of a recused entry', 'score', '3', 's1', null, [{ code: 'recusedScored', params: { entry: '3' } }]],
    ['an unknown entry', 'score', '99', 's1', '5', [{ code: 'unknownEntry', params: { id: '99' } }]],
    ['a comment on an unknown entry', 'comment', '99', '', 'hi', [{ code: 'unknownEntry', params: { id: '99' } }]],
    ['a recusal without a reason', 'recusal', '5', '', '   ', [{ code: 'reasonRequired' }]],
  ])('refuses %s and changes nothing', async (_, kind, entry, criterion, value, problems) => {
    const { ws } = await scoring();
    ws.setMark('score', '1', 's1', '4');
    ws.setMark('recusal', '3', '', 'conflict');
    const before = snapshot(ws);
    expect(problemsOf(() => ws.setMark(kind, entry, criterion, value))).toEqual(problems);
    expect(snapshot(ws)).toEqual(before);
  });

  it('clears a score with null or an empty value, a comment with empty text, a recusal with null', async () => {
    const { ws } = await scoring();
    ws.setMark('score', '1', 's1', '4');
    ws.setMark('score', '1', 's2', '4');
    ws.setMark('score', '1', 's3', '4');
    ws.setMark('comment', '1', '', 'note');
    ws.setMark('recusal', '5', '', 'cousin');
    expect(ws.setMark('score', '1', 's1', null)).toEqual({ kind: 'score', entry: '1', criterion: 's1', value: null });
    expect(ws.setMark('score', '1', 's2', '')).toMatchObject({ value: null });
    expect(ws.setMark('score', '1', 's3', '  ')).toMatchObject({ value: null });
    expect(ws.setMark('comment', '1', '', ' ')).toMatchObject({ value: null });
    expect(ws.setMark('recusal', '5', '', null)).toMatchObject({ value: null });
    expect(snapshot(ws)).toEqual({ scores: [], comments: [], recusals: [], journal: 10 });
    // the recusal withdrawn, entry 5 may be scored again
    expect(ws.setMark('score', '5', 's1', '3')).toMatchObject({ value: '3' });
  });

  it('writes no journal row when a mark is set to the value it has', async () => {
    const { ws } = await scoring();
    ws.setMark('score', '1', 's1', '4');
    ws.setMark('score', '1', 's1', '4.0');
    ws.setMark('score', '2', 'i2', null);
    ws.setMark('comment', '2', '', '');
    expect(journalRows(ws)).toBe(1);
  });
});

describe('JurorWorkspace.undo', () => {
  it('walks back changes of every kind, newest first, then has nothing to undo', async () => {
    const { ws } = await scoring();
    ws.setMark('score', '1', 's1', '4');
    ws.setMark('comment', '1', '', 'first');
    ws.setMark('score', '1', 's1', '6');
    ws.setMark('recusal', '2', '', 'neighbour');
    ws.setMark('comment', '1', '', 'second');
    ws.setMark('recusal', '2', '', null);
    ws.setMark('score', '2', 'i3', '9');
    expect(ws.undo()).toEqual({ kind: 'score', entry: '2', criterion: 'i3', value: null });
    expect(ws.undo()).toEqual({ kind: 'recusal', entry: '2', criterion: '', value: 'neighbour' });
    expect(ws.undo()).toEqual({ kind: 'comment', entry: '1', criterion: '', value: 'first' });
    expect(ws.marksNow().recusals.get('2')).toBe('neighbour');
    expect(ws.undo()).toEqual({ kind: 'recusal', entry: '2', criterion: '', value: null });
    expect(ws.undo()).toEqual({ kind: 'score', entry: '1', criterion: 's1', value: '4' });
    expect(ws.marksNow().scores.get('1\u0000s1')).toBe('4');
    expect(ws.undo()).toEqual({ kind: 'comment', entry: '1', criterion: '', value: null });
    expect(ws.undo()).toEqual({ kind: 'score', entry: '1', criterion: 's1', value: null });
    expect(snapshot(ws)).toMatchObject({ scores: [], comments: [], recusals: [] });
    expect(problemsOf(() => ws.undo())).toEqual([{ code: 'nothingToUndo' }]);
  });

  it('has nothing to undo in a new workspace; a change made after an undo is undone first', async () => {
    const { ws } = await scoring();
    expect(problemsOf(() => ws.undo())).toEqual([{ code: 'nothingToUndo' }]);
    ws.setMark('score', '1', 's1', '1');
    ws.setMark('score', '1', 's1', '2');
    ws.undo();
    ws.setMark('score', '1', 's2', '3');
    expect(ws.undo()).toEqual({ kind: 'score', entry: '1', criterion: 's2', value: null });
    expect(ws.undo()).toEqual({ kind: 'score', entry: '1', criterion: 's1', value: null });
    expect(problemsOf(() => ws.undo())).toEqual([{ code: 'nothingToUndo' }]);
  });

  it('survives closing the workspace: undo after reopening continues where it was', async () => {
    const { ws, desk, dir } = await scoring();
    ws.setMark('score', '1', 's1', '1');
    ws.setMark('score', '1', 's1', '2');
    const path = ws.path;
    desk.closeAll();
    const again = new ScoringDesk(join(dir, 'laptop'), fixedContext('juror'));
    onTestFinished(() => again.closeAll());
    const reopened = again.get(ws.workspaceId);
    expect(reopened.path).toBe(path);
    expect(reopened.undo()).toEqual({ kind: 'score', entry: '1', criterion: 's1', value: '1' });
  });
});

describe('JurorWorkspace: a comment or a reason typed keystroke by keystroke', () => {
  /** Types `text` into one text mark a letter at a time, `gap` ms apart, as the window sends it. */
  const typeInto = (ws: JurorWorkspace, advance: (ms: number) => void, kind: MarkKind, entry: string, text: string, gap = 150) => {
    for (let i = 1; i <= text.length; i++) {
      advance(gap);
      ws.setMark(kind, entry, '', text.slice(0, i));
    }
  };

  it('stores every keystroke at once, and undo takes the whole typing back in one step', async () => {
    const clock = steppedClock();
    const { ws } = await scoring(clock.ctx);
    ws.setMark('score', '1', 's1', '7');
    typeInto(ws, clock.advance, 'comment', '1', 'Жарық аз');
    expect(ws.marksNow().comments.get('1')).toBe('Жарық аз');
    // one journal row for the score, one for the whole comment
    expect(journalRows(ws)).toBe(2);
    expect(ws.undo()).toEqual({ kind: 'comment', entry: '1', criterion: '', value: null });
    expect(ws.undo()).toEqual({ kind: 'score', entry: '1', criterion: 's1', value: null });
  });

  it('starts a new undo step after a pause, for another entry, another kind, or after a score', async () => {
    const clock = steppedClock();
    const { ws } = await scoring(clock.ctx);
    typeInto(ws, clock.advance, 'comment', '1', 'Әуені');
    clock.advance(TEXT_EDIT_WINDOW_MS + 1);
    typeInto(ws, clock.advance, 'comment', '1', 'Әуені әдемі');
    typeInto(ws, clock.advance, 'comment', '2', 'Жақсы');
    typeInto(ws, clock.advance, 'recusal', '2', 'Туысым');
    ws.setMark('score', '1', 's1', '4');
    typeInto(ws, clock.advance, 'comment', '1', 'Әуені әдемі!');
    expect(journalRows(ws)).toBe(6);
    expect(ws.undo()).toMatchObject({ kind: 'comment', entry: '1', value: 'Әуені әдемі' });
    expect(ws.undo()).toMatchObject({ kind: 'score', value: null });
    expect(ws.undo()).toMatchObject({ kind: 'recusal', entry: '2', value: null });
    expect(ws.undo()).toMatchObject({ kind: 'comment', entry: '2', value: null });
    // the pause split the first comment in two steps
    expect(ws.undo()).toMatchObject({ kind: 'comment', entry: '1', value: 'Әуені' });
    expect(ws.undo()).toMatchObject({ kind: 'comment', entry: '1', value: null });
    expect(problemsOf(() => ws.undo())).toEqual([{ code: 'nothingToUndo' }]);
  });

  it('keeps clearing and withdrawing steps of their own, and typing after an undo a new step', async () => {
    const clock = steppedClock();
    const { ws } = await scoring(clock.ctx);
    typeInto(ws, clock.advance, 'recusal', '3', 'Өз оқушым');
    clock.advance(100);
    ws.setMark('recusal', '3', '', null); // withdrawn at once: undo brings it back
    expect(ws.undo()).toEqual({ kind: 'recusal', entry: '3', criterion: '', value: 'Өз оқушым' });
    // typed on right after the undo: its own step, the undone row is not extended
    typeInto(ws, clock.advance, 'recusal', '3', 'Өз оқушым емес');
    expect(ws.undo()).toMatchObject({ value: 'Өз оқушым' });
    expect(ws.undo()).toMatchObject({ value: null });
    typeInto(ws, clock.advance, 'comment', '1', 'ab');
    ws.setMark('comment', '1', '', '');
    expect(ws.undo()).toMatchObject({ kind: 'comment', value: 'ab' });
  });

  it('is committed keystroke by keystroke: a second connection sees each one as it comes', async () => {
    const clock = steppedClock();
    const { ws } = await scoring(clock.ctx);
    const other = new Database(ws.path, { readonly: true });
    onTestFinished(() => void other.close());
    const read = () => (other.prepare("SELECT text FROM comments WHERE juror_id = 'j2' AND entry_id = '5'").get() as { text: string } | undefined)?.text;
    const journal = () => other.prepare('SELECT before, after FROM mark_journal').all();
    for (const text of ['Д', 'Ды', 'Дыб']) {
      clock.advance(80);
      ws.setMark('comment', '5', '', text);
      expect(read()).toBe(text);
      expect(journal()).toEqual([{ before: null, after: text }]);
    }
  });
});

describe('JurorWorkspace durability', () => {
  it('opens its file in WAL mode with synchronous=FULL', async () => {
    const { ws } = await scoring();
    expect(ws.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(ws.db.pragma('synchronous', { simple: true })).toBe(2);
  });

  it('every mark is committed when setMark returns: a second connection sees it at once', async () => {
    const { ws } = await scoring();
    const other = new Database(ws.path, { readonly: true });
    onTestFinished(() => void other.close());
    const read = () => other.prepare("SELECT value FROM scores WHERE juror_id = 'j2' AND entry_id = '1' AND criterion_id = 's1'").get() as { value: string } | undefined;
    expect(read()).toBeUndefined();
    ws.setMark('score', '1', 's1', '8');
    expect(read()).toEqual({ value: '8' });
    ws.setMark('score', '1', 's1', '9');
    expect(read()).toEqual({ value: '9' });
    ws.undo();
    expect(read()).toEqual({ value: '8' });
    expect((other.prepare('SELECT count(*) AS n FROM mark_journal WHERE undone = 1').get() as { n: number }).n).toBe(1);
  });
});

describe('JurorWorkspace.state and open', () => {
  it('describes the package and the marks for the scoring screen', async () => {
    const { ws, pkgPath, organiserFingerprint } = await scoring();
    ws.setMark('score', '1', 's1', '8');
    ws.setMark('comment', '2', '', 'ok');
    ws.setMark('recusal', '3', '', 'mine');
    const pkg = readPackageFile(pkgPath);
    const state = ws.state('AAAA BBBB');
    expect(state).toMatchObject({
      workspaceId: ws.workspaceId,
      juror: { id: 'j2', name: pkg.payload.juror.name },
      uid: pkg.payload.contest.uid,
      definition: pkg.payload.definition,
      organiserKey: pkg.publicKey,
      packageSha256: pkg.sha256,
      packageCreatedAt: NOW,
      hasMedia: false,
      entries: pkg.payload.entries,
      scores: [['1', 's1', '8']],
      comments: [['2', 'ok']],
      recusals: [['3', 'mine']],
      submissions: [],
      keyFingerprint: 'AAAA BBBB',
    });
    expect(state.organiserFingerprint).toBe(organiserFingerprint);
  });

  it('refuses to open a file that is not a juror workspace', async () => {
    const { db, dir } = await scoring();
    expect(problemsOf(() => JurorWorkspace.open(db, fixedContext()))).toEqual([{ code: 'notContestDb', file: 'contest.jury' }]);
    expect(problemsOf(() => JurorWorkspace.open(join(dir, 'none.jury-scoring'), fixedContext()))).toEqual([{ code: 'fileNotFound', file: 'none.jury-scoring' }]);
    mkdirSync(join(dir, 'x'));
    writeFileSync(join(dir, 'x', 'text.jury-scoring'), 'hello');
    expect(problemsOf(() => JurorWorkspace.open(join(dir, 'x', 'text.jury-scoring'), fixedContext()))).toEqual([{ code: 'notContestDb', file: 'text.jury-scoring' }]);
  });
});
