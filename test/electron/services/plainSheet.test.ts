import { describe, expect, it } from 'vitest';
import { importPaperScores } from '../../../electron/services/paperScores';
import { readPlainScoreSheet } from '../../../shared/scores/plainScoreSheet';
import { fixtureText } from '../helpers';
import { organiser, signedFile, snapshot } from './mergeFixture';
import { mergeJurorFiles } from '../../../electron/services/merge';

/** The fixture's sheet with only its scores (no recusal, no comment): the bulk case. */
const plainSheet = () => {
  const [header, ...rows] = fixtureText('thanks-challenge', 'scores-paper.csv').split(/\r?\n/).filter(Boolean);
  return [header, ...rows.filter((r) => !r.includes('recused')).map((r) => r.split(',').slice(0, 4).join(',') + ',')].join('\r\n') + '\r\n';
};
/** The same sheet with its header quoted: the general reader takes it, the bulk one does not. */
const quoted = (csv: string) => csv.replace('juror,entry,criterion,score', 'juror,entry,criterion,"score"');
const bytes = (s: string) => new TextEncoder().encode(s);

describe('the bulk paper sheet', () => {
  it('is read only when it is plain: scores only, valid, once each', async () => {
    const o = await organiser();
    const ctx = { definition: o.def, entries: new Map(o.ws.entries().map((e) => [e.id, e.nomination])), jurors: ['j1', 'j2', 'j3', 'j4', 'j5'] };
    expect(readPlainScoreSheet(bytes(plainSheet()), ctx)?.count).toBe(1194);
    for (const bad of [
      quoted(plainSheet()),
      plainSheet() + 'j1,1,relevance,9,\r\n', // out of range
      plainSheet() + 'j1,1,relevance,2,\r\n', // a cell twice
      plainSheet() + 'j1,1,relevance,recused,туысы\r\n',
      plainSheet() + 'j1,1,relevance,,\r\n', // a blank score removes one
      plainSheet() + 'j1,1,relevance,2,жақсы\r\n', // a comment
      plainSheet() + 'j9,1,relevance,2,\r\n',
      plainSheet() + 'j1,999,relevance,2,\r\n',
      plainSheet() + 'j1,1,beauty,2,\r\n',
      plainSheet() + 'j1,1,relevance\r\n',
      'juror;entry;criterion;score\r\nj1;1;relevance;2\r\n',
      'juror,entry,criterion,score\r\n',
    ]) {
      expect(readPlainScoreSheet(bytes(bad), ctx)).toBeNull();
    }
  });

  it('leaves the contest file exactly as the general reader does, with the same summary', async () => {
    const ends = [];
    for (const csv of [plainSheet(), quoted(plainSheet())]) {
      const o = await organiser('secretary');
      // a signed file first, so that some paper scores replace the juror's own
      mergeJurorFiles(o.ws, [{ name: 'j1.juryscores', bytes: signedFile(o, { juror: 'j1', csv: 'juror,entry,criterion,score,comment\r\nj1,1,relevance,5,\r\nj1,2,relevance,1,\r\n' }) }]);
      const summary = await importPaperScores(o.ws, { fileName: 'sheet.csv', bytes: bytes(csv) });
      const again = await importPaperScores(o.ws, { fileName: 'sheet.csv', bytes: bytes(csv) });
      const s = snapshot(o);
      ends.push({ summary, again, scores: s.scores, recusals: s.recusals, audit: s.audit.map((a) => a.action) });
    }
    expect(ends[0]).toEqual(ends[1]);
    expect(ends[0].summary).toMatchObject({ scoresSet: 1194, unchanged: 0, replacedSigned: 2 });
    expect(ends[0].again).toMatchObject({ scoresSet: 0, unchanged: 1194 });
  });
});
