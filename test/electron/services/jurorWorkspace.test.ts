import Database from 'better-sqlite3';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { ContestWorkspace } from '../../../electron/services/contestWorkspace';
import { JurorWorkspace } from '../../../electron/services/jurorWorkspace';
import { exportPackage } from '../../../electron/services/packageExport';
import { readPackageFile } from '../../../electron/services/packageReader';
import { ScoringDesk } from '../../../electron/services/scoringDesk';
import { scoredNominations } from '../../../shared/contest/model';
import type { MarkKind } from '../../../shared/ipc/scoringTypes';
import { fingerprint, sha256Hex, toBase64 } from '../../../shared/crypto/signing';
import { followsRevision, readJurorFile, type VerifiedJurorFile } from '../../../shared/juror/jurorFile';
import { contestWithEntries, fixedContext, NOW, problemsOf, randomKeys, tempDir } from '../helpers';

/**
 * best-work (entries 1, 3, 5, 7, 13, 14, 15 in "social" s1…s10; the rest in "innovative" i1…i10,
 * all max 10, step 1), with s2 given step 0.5 and i1 max 5; a package for juror j2 opened on
 * the juror's laptop.
 */
async function scoring() {
  const dir = tempDir();
  const db = await contestWithEntries(dir, 'best-work');
  const org = ContestWorkspace.open(db, fixedContext('organiser'));
  const def = org.definition();
  const [social, innovative] = scoredNominations(def);
  social.criteria[1].step = 0.5;
  innovative.criteria[0].max = 5;
  org.saveDefinition(def);
  const pkgPath = join(dir, 'j2.jurypkg');
  exportPackage(org, { jurorId: 'j2', includeMedia: false }, pkgPath);
  const organiserFingerprint = org.organiserFingerprint();
  org.close();
  const desk = new ScoringDesk(join(dir, 'laptop'), fixedContext('juror'));
  onTestFinished(() => desk.closeAll());
  const ws = desk.openPackage(pkgPath);
  return { dir, db, desk, ws, pkgPath, organiserFingerprint };
}

const journalRows = (ws: JurorWorkspace) => (ws.db.prepare('SELECT count(*) AS n FROM mark_journal').get() as { n: number }).n;
const snapshot = (ws: JurorWorkspace) => {
  const m = ws.marksNow();
  return { scores: [...m.scores], comments: [...m.comments], recusals: [...m.recusals], journal: journalRows(ws) };
};

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

describe('JurorWorkspace.submit', () => {
  const read = (path: string): VerifiedJurorFile => {
    const r = readJurorFile(new Uint8Array(readFileSync(path)), 'juror file');
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    return r.value;
  };

  it('writes a signed juror file of the marks, in entry and criterion order', async () => {
    const { ws, dir, pkgPath } = await scoring();
    const keys = randomKeys();
    ws.setMark('score', '3', 's1', '9'); // scored, then recused: the score is not sent
    ws.setMark('recusal', '3', '', 'my pupil');
    ws.setMark('score', '2', 'i2', '3');
    ws.setMark('score', '1', 's2', '4.5');
    ws.setMark('score', '1', 's1', '8');
    ws.setMark('comment', '2', '', 'Fine sound');
    const out = join(dir, 'j2-1.juryscores');
    const receipt = ws.submit(out, keys);
    const bytes = new Uint8Array(readFileSync(out));
    expect(receipt).toEqual({ revision: 1, sha256: sha256Hex(bytes), fileName: 'j2-1.juryscores', scores: 3, missing: 15 });
    const file = read(out);
    const pkg = readPackageFile(pkgPath);
    expect(file.sha256).toBe(receipt.sha256);
    expect(file.fingerprint).toBe(fingerprint(keys.publicKey));
    expect(file.payload).toEqual({
      format: 'jury.scores/1',
      contest: pkg.payload.contest,
      package: pkg.sha256,
      juror: { id: 'j2', publicKey: toBase64(keys.publicKey), fingerprint: fingerprint(keys.publicKey) },
      revision: 1,
      previous: null,
      createdAt: NOW,
      scores: [
        { entry: '1', criterion: 's1', value: '8' },
        { entry: '1', criterion: 's2', value: '4.5' },
        { entry: '2', criterion: 'i2', value: '3' },
      ],
      comments: [{ entry: '2', text: 'Fine sound' }],
      recusals: [{ entry: '3', reason: 'my pupil' }],
    });
    expect(ws.state('FP').submissions).toEqual([{ revision: 1, sha256: receipt.sha256, fileName: 'j2-1.juryscores', createdAt: NOW, scores: 3, missing: 15 }]);
  });

  it('chains three submissions: each names the SHA-256 of the file before it', async () => {
    const { ws, dir } = await scoring();
    const keys = randomKeys();
    const files: VerifiedJurorFile[] = [];
    for (const [n, value] of [[1, '5'], [2, '6'], [3, '7']] as const) {
      ws.setMark('score', '1', 's1', value);
      const out = join(dir, `j2-${n}.juryscores`);
      const receipt = ws.submit(out, keys);
      const file = read(out);
      expect(receipt.revision).toBe(n);
      expect(file.sha256).toBe(sha256Hex(new Uint8Array(readFileSync(out))));
      expect(file.payload.revision).toBe(n);
      expect(file.payload.previous).toBe(n === 1 ? null : files[n - 2].sha256);
      expect(file.payload.scores).toEqual([{ entry: '1', criterion: 's1', value }]);
      // what the organiser's merge checks
      expect(followsRevision(files.length ? { revision: files.at(-1)!.payload.revision, sha256: files.at(-1)!.sha256 } : null, file, 'f')).toEqual({ ok: true, value: true });
      files.push(file);
    }
    expect(ws.lastSubmission()).toMatchObject({ revision: 3, sha256: files[2].sha256 });
    expect(ws.state(null).submissions.map((s) => s.revision)).toEqual([3, 2, 1]);
  });

  it('records nothing when the file cannot be written, so the next submission is still revision 1', async () => {
    const { ws, dir } = await scoring();
    const keys = randomKeys();
    ws.setMark('score', '1', 's1', '5');
    const problems = problemsOf(() => ws.submit(join(dir, 'no-such-folder', 'x.juryscores'), keys));
    expect(problems).toEqual([{ code: 'io', file: 'x.juryscores', params: { detail: 'the folder does not exist' } }]);
    expect(ws.lastSubmission()).toBeUndefined();
    expect(ws.submit(join(dir, 'x.juryscores'), keys).revision).toBe(1);
  });

  it('never signs a mark the current package no longer allows (a criterion made stricter by the organiser)', async () => {
    const { ws, dir, db } = await scoring();
    ws.setMark('score', '1', 's1', '9');
    ws.setMark('score', '1', 's2', '6.5');
    ws.setMark('score', '2', 'i2', '8');
    // the organiser lowers s1's maximum to 5 and sends a newer package
    const org = ContestWorkspace.open(db, { ...fixedContext('organiser'), now: () => new Date('2026-03-05T08:00:00.000Z') });
    const def = org.definition();
    scoredNominations(def)[0].criteria[0].max = 5;
    scoredNominations(def)[0].criteria[1].step = 1;
    org.saveDefinition(def);
    exportPackage(org, { jurorId: 'j2', includeMedia: false }, join(dir, 'j2-new.jurypkg'));
    org.close();
    const desk = new ScoringDesk(join(dir, 'laptop'), fixedContext('juror'));
    onTestFinished(() => desk.closeAll());
    const updated = desk.openPackage(join(dir, 'j2-new.jurypkg'));
    expect(updated.marksNow().scores.get('1\u0000s1')).toBe('9'); // kept, for the juror to see and change
    const out = join(dir, 'j2.juryscores');
    const problems = problemsOf(() => updated.submit(out, randomKeys()));
    expect(problems).toEqual([
      { code: 'scoreOutOfRange', field: 'entries[1].s1', params: { value: '9', max: 5 } },
      { code: 'scoreOffStep', field: 'entries[1].s2', params: { value: '6.5', step: 1 } },
    ]);
    expect(updated.lastSubmission()).toBeUndefined();
    updated.setMark('score', '1', 's1', '5');
    updated.setMark('score', '1', 's2', '6');
    expect(updated.submit(out, randomKeys()).scores).toBe(3);
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
