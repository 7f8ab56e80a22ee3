import { readFileSync } from 'node:fs';
import { parseContestFile } from '../../../../shared/contest/file';
import { commitImport } from '../../../../electron/services/entryImport';
import { fixture } from '../../helpers';
import { makeApp } from '../appHarness';

/** A contest in the app's library with the fixture's entries and its paper sheet in the scores table. */
async function scoredApp(tieBreak?: string[]) {
  const app = makeApp();
  const parsed = parseContestFile(readFileSync(fixture('thanks-challenge', 'contest.json'), 'utf8'));
  if (!parsed.ok) throw new Error('fixture');
  const main = parsed.value.nominations[0];
  if (tieBreak && 'criteria' in main) main.tieBreak = tieBreak as typeof main.tieBreak;
  const ws = app.library.create(parsed.value);
  await commitImport(ws, { fileName: 'entries.csv', bytes: new Uint8Array(readFileSync(fixture('thanks-challenge', 'entries-google-form.csv'))) });
  const put = ws.db.prepare("INSERT INTO scores (juror_id, entry_id, criterion_id, value, updated_at, entered_by) VALUES (?, ?, ?, ?, 'now', ?)");
  ws.db.transaction(() => {
    for (const line of readFileSync(fixture('thanks-challenge', 'scores-paper.csv'), 'utf8').split(/\r?\n/).slice(1).filter(Boolean)) {
      const [juror, entry, criterion, score] = line.split(',');
      if (score && score !== 'recused') put.run(juror, entry, criterion, score, juror === 'j2' ? 'Хатшы' : null);
    }
  })();
  return { app, contestId: ws.contestId };
}

describe('results handlers', () => {
  it('results:get answers every nomination with names, ranks, statistics; results:entry every juror’s scores', async () => {
    const { app, contestId } = await scoredApp();
    const view = await app.value('results:get', { contestId });
    expect(view.nominations.map((n) => [n.id, n.kind])).toEqual([['main', 'scored'], ['comments', 'audience'], ['likes', 'audience'], ['views', 'audience']]);
    const main = view.nominations[0];
    expect(main.rows[0]).toMatchObject({ rank: 1, award: 'I' });
    expect(main.rows[0].participant).toBeTruthy();
    expect(main.jurors.map((j) => j.juror)).toEqual(['j1', 'j2', 'j3', 'j4', 'j5']);
    expect(view.complete).toBe(false);
    const detail = await app.value('results:entry', { contestId, entryId: main.rows[0].entry });
    expect(detail.jurors).toHaveLength(5);
    expect(detail.jurors[1].enteredBy).toBe('Хатшы');
    expect(detail.jurors[0].scores).toHaveLength(6);
    expect(detail.jurors[0].total).toMatch(/^\d+\.\d\d$/);
  });

  it('results:decideTie and results:overrideAward change the results and refuse bad input as data', async () => {
    const { app, contestId } = await scoredApp(['decision']);
    const tie = (await app.value('results:get', { contestId })).nominations[0].unresolvedTies[0];
    const ordering = [...tie].reverse();
    await app.value('results:decideTie', { contestId, nomination: 'main', ordering, reason: 'Дауыс беру' });
    const after = await app.value('results:get', { contestId });
    expect(after.decisions).toMatchObject([{ nomination: 'main', ordering, reason: 'Дауыс беру', actor: 'tester' }]);
    expect(after.nominations[0].rows.filter((r) => tie.includes(r.entry)).map((r) => r.entry)).toEqual(ordering);
    expect(await app.call('results:decideTie', { contestId, nomination: 'main', ordering, reason: '' })).toMatchObject({ ok: false, problems: [{ code: 'reasonRequired' }] });
    expect((await app.call('results:decideTie', { contestId, nomination: 'main', ordering: ['1'], reason: 'x' })).ok).toBe(false);
    await app.value('results:removeDecision', { contestId, nomination: 'main', entries: ordering, reason: 'қате' });
    expect((await app.value('results:get', { contestId })).decisions).toEqual([]);

    const last = after.nominations[0].rows.at(-1)!;
    await app.value('results:overrideAward', { contestId, nomination: 'main', entryId: last.entry, award: 'III', reason: 'Шешім' });
    expect((await app.value('results:get', { contestId })).nominations[0].rows.at(-1)).toMatchObject({ award: 'III', override: { computed: null, reason: 'Шешім' } });
    expect(await app.call('results:overrideAward', { contestId, nomination: 'main', entryId: last.entry, award: 'GP', reason: 'x' })).toMatchObject({ ok: false, problems: [{ code: 'oneOf' }] });
  });
});
