import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContestWorkspace } from '../../../../electron/services/contestWorkspace';
import { definitionSha256 } from '../../../../shared/package/packageFile';
import { buildJurorPayload, writeJurorFile } from '../../../../shared/juror/jurorFile';
import { emptyScores } from '../../../../shared/scores/scoreSheet';
import { fingerprint, sha256Hex, type KeyPair } from '../../../../shared/crypto/signing';
import { contestWithEntries, fixedContext, fixture, NOW, randomKeys, recordPackagesIssued } from '../../helpers';
import { makeApp } from '../appHarness';

/** An organiser's app with the thanks-challenge contest open, and a maker of signed juror files for it. */
async function organiserApp() {
  const app = makeApp();
  const db = await contestWithEntries(app.work);
  const ws = ContestWorkspace.open(db, fixedContext());
  const def = ws.definition();
  const contest = { uid: ws.uid, definitionSha256: definitionSha256(def) };
  const entries = ws.entries().map((e) => ({ id: e.id, nomination: e.nomination }));
  recordPackagesIssued(ws, ['j1', 'j2', 'j3', 'j4', 'j5'], 'a'.repeat(64));
  ws.close();
  app.dialogs.openAnswers.push(db);
  const { contestId } = (await app.value('contests:open'))!;
  const keys = new Map<string, KeyPair>();
  /** A juror file scoring entry 1's relevance, made by the real writer. */
  const jurorFile = (juror: string, value: string, revision = 1, key = keys.get(juror) ?? keys.set(juror, randomKeys()).get(juror)!) => {
    const marks = emptyScores();
    marks.scores.set('1\u0000relevance', value);
    const payload = buildJurorPayload({ definition: def, contest, packageSha256: 'a'.repeat(64), jurorId: juror, publicKey: key.publicKey, entries, marks, revision, previous: revision > 1 ? 'b'.repeat(64) : null, createdAt: NOW });
    return writeJurorFile(payload, key.secretKey);
  };
  return { ...app, contestId, jurorFile, keys };
}

describe('merge:* and paper:* channels', () => {
  it('merge:choose merges the files chosen in the dialog, or the juror files of a chosen folder', async () => {
    const app = await organiserApp();
    const { contestId } = app;
    writeFileSync(join(app.work, 'j1.juryscores'), app.jurorFile('j1', '3'));
    app.dialogs.openManyAnswers.push([join(app.work, 'j1.juryscores')]);
    const report = await app.value('merge:choose', { contestId, folder: false });
    expect(report).toMatchObject({ merged: 1, refused: 0, outcomes: [{ kind: 'merged', file: 'j1.juryscores', juror: 'j1', scores: 1 }] });
    expect(app.dialogs.openedMany[0]).toMatchObject({ folder: false, filters: [{ extensions: ['juryscores'] }] });

    const stick = join(app.work, 'stick');
    mkdirSync(stick);
    writeFileSync(join(stick, 'j2.juryscores'), app.jurorFile('j2', '4'));
    writeFileSync(join(stick, 'j1.juryscores'), app.jurorFile('j1', '3'));
    app.dialogs.openManyAnswers.push([stick]);
    expect(await app.value('merge:choose', { contestId, folder: true })).toMatchObject({ merged: 1, alreadyMerged: 1, outcomes: [{ kind: 'alreadyMerged', file: 'j1.juryscores' }, { kind: 'merged', file: 'j2.juryscores' }] });
    expect(app.dialogs.openedMany[1]).toMatchObject({ folder: true });
    // cancelled
    expect(await app.value('merge:choose', { contestId, folder: false })).toBeNull();
  });

  it('merge:dropped merges the bytes of dropped files; a file with a second key waits for merge:acceptKey', async () => {
    const app = await organiserApp();
    const { contestId } = app;
    const first = app.jurorFile('j3', '2');
    expect((await app.value('merge:dropped', { contestId, files: [{ name: 'C:\\stick\\j3.juryscores', bytes: first }] })).outcomes[0]).toMatchObject({ kind: 'merged', file: 'j3.juryscores' });
    const fp = fingerprint(app.keys.get('j3')!.publicKey);
    const other = randomKeys();
    const second = app.jurorFile('j3', '5', 2, other);
    const report = await app.value('merge:dropped', { contestId, files: [{ name: 'j3-2.juryscores', bytes: second }, { name: 'photo.png', bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47]) }] });
    expect(report.outcomes).toEqual([
      {
        kind: 'refused',
        file: 'j3-2.juryscores',
        problems: [{ code: 'secondJurorKey', file: 'j3-2.juryscores', params: { juror: 'j3', fingerprint: fingerprint(other.publicKey), expected: fp } }],
        keyConflict: { juror: 'j3', fingerprint: fingerprint(other.publicKey), expected: fp },
        retryToken: expect.any(String),
      },
      { kind: 'refused', file: 'photo.png', problems: [{ code: 'notJurorFile', file: 'photo.png' }] },
    ]);
    const token = (report.outcomes[0] as { retryToken: string }).retryToken;
    expect(await app.call('merge:acceptKey', { contestId, retryToken: 'nope', jurorId: 'j3' })).toEqual({ ok: false, problems: [{ code: 'invalidInput', params: { detail: 'choose the file again' } }] });
    const accepted = await app.value('merge:acceptKey', { contestId, retryToken: token, jurorId: 'j3' });
    expect(accepted.outcomes[0]).toMatchObject({ kind: 'merged', revision: 2, newKey: { fingerprint: fingerprint(other.publicKey), previous: fp } });
    const status = await app.value('merge:status', { contestId });
    expect(status.keys).toEqual([{ jurorId: 'j3', fingerprint: fingerprint(other.publicKey), firstSeenAt: NOW }]);
    expect(status.files.map((f) => [f.fileName, f.revision, f.current, f.sha256])).toEqual([
      ['j3.juryscores', 1, false, sha256Hex(first)],
      ['j3-2.juryscores', 2, true, sha256Hex(second)],
    ]);
    // the renderer sends bytes, never a path
    expect(await app.call('merge:dropped', { contestId, files: [{ name: 'x', bytes: '/etc/passwd' as never }] })).toMatchObject({ ok: false, problems: [{ code: 'invalidInput' }] });
    expect(await app.call('merge:dropped', { contestId, files: [] })).toMatchObject({ ok: false, problems: [{ code: 'invalidInput' }] });
  });

  it('paper:import, paper:setEntry, paper:jurorMarks and merge:completeness', async () => {
    const app = await organiserApp();
    const { contestId } = app;
    app.dialogs.openAnswers.push(fixture('thanks-challenge', 'scores-paper.csv'));
    expect(await app.value('paper:import', { contestId })).toMatchObject({ fileName: 'scores-paper.csv', scoresSet: 1194, recusalsSet: 1 });
    expect(app.dialogs.opened.at(-1)).toMatchObject({ filters: [{ extensions: ['csv', 'tsv', 'txt', 'xlsx'] }] });
    expect(await app.value('paper:import', { contestId })).toBeNull();

    const set = await app.value('paper:setEntry', { contestId, jurorId: 'j1', entryId: '50', scores: { relevance: '5', sound: '4' }, comment: null, recusal: null });
    expect(set).toEqual({ jurorId: 'j1', entryId: '50', scores: { relevance: '5', sound: '4' }, comment: null, recusal: null });
    expect(await app.call('paper:setEntry', { contestId, jurorId: 'j1', entryId: '50', scores: { relevance: '7' }, comment: null, recusal: null })).toEqual({
      ok: false,
      problems: [{ code: 'scoreOutOfRange', field: 'relevance', params: { value: '7', max: 5 } }],
    });
    const marks = await app.value('paper:jurorMarks', { contestId, jurorId: 'j1' });
    expect(marks.scores).toHaveLength(240 + 2);
    expect(marks.scores.find(([e, c]) => e === '50' && c === 'sound')).toEqual(['50', 'sound', '4', 'tester']);

    const c = await app.value('merge:completeness', { contestId });
    expect(c.nominations[0].perJuror[0]).toEqual({ scored: 40, incomplete: 1, missing: 84, recused: 0, unassigned: 0 });
    expect(c.nominations[0].perJuror[2]).toMatchObject({ scored: 39, recused: 1 });
    expect(c.complete).toBe(false);
    expect(await app.call('merge:completeness', { contestId: 'nope' })).toMatchObject({ ok: false, problems: [{ code: 'unknownContest' }] });
  });
});
