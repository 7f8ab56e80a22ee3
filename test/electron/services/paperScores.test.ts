import { mergeJurorFiles } from '../../../electron/services/merge';
import { importPaperScores, jurorMarks, setPaperEntry } from '../../../electron/services/paperScores';
import { describeProblem } from '../../../shared/i18n/problemMessages';
import { fixtureBytes, fixtureText, NOW, problemsOf, problemsOfAsync } from '../helpers';
import { organiser, sheet, signedFile, snapshot } from './mergeFixture';

const csv = (text: string) => ({ fileName: 'paper.csv', bytes: new TextEncoder().encode(text) });

describe('importPaperScores', () => {
  it('types the whole paper sheet into the contest file, marked as entered by the secretary', async () => {
    const o = await organiser('Ибраева Э.');
    const s = await importPaperScores(o.ws, { fileName: 'scores-paper.csv', bytes: fixtureBytes('thanks-challenge', 'scores-paper.csv') });
    expect(s).toEqual({ fileName: 'scores-paper.csv', jurors: ['j1', 'j2', 'j3', 'j4', 'j5'], scoresSet: 1194, scoresCleared: 0, recusalsSet: 1, recusalsLifted: 0, commentsSet: 0, unchanged: 0, replacedSigned: 0 });
    const { scores, recusals } = snapshot(o);
    // every row of the sheet, value for value
    const rows = fixtureText('thanks-challenge', 'scores-paper.csv').split(/\r?\n/).slice(1).filter(Boolean).map((l) => l.split(','));
    const expected = rows.filter((r) => r[3] !== 'recused').map(([juror, entry, criterion, value]) => `${juror}/${entry}/${criterion}=${value}`);
    expect(scores.map((r) => { const x = r as Record<string, string>; return `${x.juror_id}/${x.entry_id}/${x.criterion_id}=${x.value}`; }).sort()).toEqual(expected.sort());
    expect(new Set(scores.map((r) => (r as { entered_by: string }).entered_by))).toEqual(new Set(['Ибраева Э.']));
    expect(recusals).toEqual([{ juror_id: 'j3', entry_id: '7', reason: 'өз ұйымының жұмысы', updated_at: NOW, entered_by: 'Ибраева Э.' }]);
    expect(o.ws.auditTrail()[0]).toMatchObject({ action: 'paperScoresImported', actor: 'Ибраева Э.', details: { file: 'scores-paper.csv', scoresSet: 1194, recusalsSet: 1 } });

    // the same sheet again: nothing changes, not even the audit log
    const before = snapshot(o);
    const again = await importPaperScores(o.ws, { fileName: 'scores-paper.csv', bytes: fixtureBytes('thanks-challenge', 'scores-paper.csv') });
    expect(again).toMatchObject({ scoresSet: 0, recusalsSet: 0, unchanged: 1195 });
    expect(snapshot(o)).toEqual(before);
  });

  it('sets exactly the cells a sheet names: an empty score removes one, "recused" removes the entry’s scores, a score lifts a recusal', async () => {
    const o = await organiser();
    await importPaperScores(o.ws, csv(sheet('j1', '1,relevance,4,', '1,sound,3,Жақсы', '2,sound,2,', '3,recused,recused,туысы')));
    const s = await importPaperScores(o.ws, csv(sheet('j1', '1,relevance,,', '2,recused,recused,', '3,sound,5,')));
    expect(s).toMatchObject({ scoresSet: 1, scoresCleared: 2, recusalsSet: 1, recusalsLifted: 1, commentsSet: 0 });
    const after = snapshot(o);
    expect(after.scores.map((r) => Object.values(r).slice(1, 4))).toEqual([['1', 'sound', '3'], ['3', 'sound', '5']]);
    expect(after.recusals).toMatchObject([{ entry_id: '2', reason: '' }]);
    expect(after.comments).toMatchObject([{ entry_id: '1', text: 'Жақсы' }]);
  });

  it('refuses a sheet with any bad row by row and column, and changes nothing', async () => {
    const o = await organiser();
    await importPaperScores(o.ws, csv(sheet('j2', '1,relevance,4,')));
    const before = snapshot(o);
    const problems = await problemsOfAsync(() => importPaperScores(o.ws, csv(sheet('j2', '1,relevance,5,', '2,sound,9,', '999,sound,1,') + 's1,1,sound,1,\n')));
    expect(problems.map((p) => describeProblem(p))).toEqual([
      'paper.csv, row 3, column «score»: 9 is not allowed: a score is from 0 to 5',
      'paper.csv, row 4, column «entry»: there is no entry "999"',
      'paper.csv, row 5, column «juror»: "s1" is not a scoring member of the jury panel (the chair and members: j1, j2, j3, j4, j5)',
    ]);
    expect(snapshot(o)).toEqual(before);
    expect(await problemsOfAsync(() => importPaperScores(o.ws, csv('juror,entry,score\nj1,1,3\n')))).toMatchObject([{ code: 'missingColumn', params: { column: 'criterion' } }]);
    expect(await problemsOfAsync(() => importPaperScores(o.ws, { fileName: 'scan.pdf', bytes: Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0, 1]) }))).toEqual([{ code: 'unsupportedFile', file: 'scan.pdf' }]);
  });

  it('counts marks it changes that came from a juror’s own signed file', async () => {
    const o = await organiser();
    mergeJurorFiles(o.ws, [{ name: 'j4.juryscores', bytes: signedFile(o, { juror: 'j4', csv: sheet('j4', '1,relevance,4,', '1,sound,3,') }) }]);
    const s = await importPaperScores(o.ws, csv(sheet('j4', '1,relevance,2,', '1,sound,3,')));
    expect(s).toMatchObject({ scoresSet: 1, unchanged: 1, replacedSigned: 1 });
    expect(snapshot(o).scores).toMatchObject([
      { entry_id: '1', criterion_id: 'relevance', value: '2', entered_by: 'organiser' },
      { entry_id: '1', criterion_id: 'sound', value: '3', entered_by: null },
    ]);
  });
});

describe('setPaperEntry (the paper-typing screen)', () => {
  it('sets one juror’s marks for one entry as given, and records who typed them', async () => {
    const o = await organiser('Ибраева Э.');
    const set = setPaperEntry(o.ws, { jurorId: 'j2', entryId: '5', scores: { relevance: '4', creativity: '3,0', sound: '' }, comment: 'Дыбысы нашар', recusal: null });
    expect(set).toEqual({ jurorId: 'j2', entryId: '5', scores: { relevance: '4', creativity: '3' }, comment: 'Дыбысы нашар', recusal: null });
    expect(jurorMarks(o.ws, 'j2')).toEqual({
      jurorId: 'j2',
      scores: [['5', 'creativity', '3', 'Ибраева Э.'], ['5', 'relevance', '4', 'Ибраева Э.']],
      comments: [['5', 'Дыбысы нашар', 'Ибраева Э.']],
      recusals: [],
    });
    expect(o.ws.auditTrail('5')[0]).toMatchObject({ action: 'paperMarksEntered', entryId: '5', details: { juror: 'j2', changes: { relevance: [null, '4'], creativity: [null, '3'], comment: [null, 'Дыбысы нашар'] } } });

    // the row again without creativity: it is no longer scored; then a recusal replaces the scores
    setPaperEntry(o.ws, { jurorId: 'j2', entryId: '5', scores: { relevance: '4' }, comment: 'Дыбысы нашар', recusal: null });
    expect(jurorMarks(o.ws, 'j2').scores).toEqual([['5', 'relevance', '4', 'Ибраева Э.']]);
    setPaperEntry(o.ws, { jurorId: 'j2', entryId: '5', scores: {}, comment: null, recusal: 'туысы' });
    expect(jurorMarks(o.ws, 'j2')).toEqual({ jurorId: 'j2', scores: [], comments: [], recusals: [['5', 'туысы', 'Ибраева Э.']] });
    // the same again changes nothing and writes no audit record
    const audits = o.ws.auditTrail().length;
    setPaperEntry(o.ws, { jurorId: 'j2', entryId: '5', scores: {}, comment: null, recusal: 'туысы' });
    expect(o.ws.auditTrail()).toHaveLength(audits);
  });

  it('refuses what the sheet cannot hold, naming the field, and changes nothing', async () => {
    const o = await organiser();
    const before = snapshot(o);
    const set = (input: Partial<Parameters<typeof setPaperEntry>[1]>) => problemsOf(() => setPaperEntry(o.ws, { jurorId: 'j1', entryId: '1', scores: {}, comment: null, recusal: null, ...input }));
    expect(set({ jurorId: 's1' })).toMatchObject([{ code: 'jurorNotOnPanel', field: 'jurorId' }]);
    expect(set({ entryId: '999' })).toEqual([{ code: 'unknownEntry', field: 'entryId', params: { id: '999' } }]);
    expect(set({ scores: { relevance: '6', beauty: '1', sound: '1.5' } })).toEqual([
      { code: 'scoreOutOfRange', field: 'relevance', params: { value: '6', max: 5 } },
      { code: 'criterionNotInNomination', field: 'beauty', params: { id: 'beauty', entry: '1', allowed: 'relevance, creativity, originality, expressiveness, sound, effects' } },
      { code: 'scoreOffStep', field: 'sound', params: { value: '1.5', step: 1 } },
    ]);
    expect(set({ scores: { relevance: '3' }, recusal: '' })).toEqual([{ code: 'recusedScored', field: 'recusal', params: { entry: '1' } }]);
    expect(snapshot(o)).toEqual(before);
  });
});
