import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { ContestWorkspace } from '../../../electron/services/contestWorkspace';
import { exportPackage } from '../../../electron/services/packageExport';
import { readPackageFile } from '../../../electron/services/packageReader';
import { ScoringDesk } from '../../../electron/services/scoringDesk';
import { scoredNominations } from '../../../shared/contest/model';
import { fingerprint, sha256Hex, toBase64 } from '../../../shared/crypto/signing';
import { followsRevision, readJurorFile, type VerifiedJurorFile } from '../../../shared/juror/jurorFile';
import { fixedContext, NOW, problemsOf, randomKeys } from '../helpers';
import { scoring } from './jurorFixture';

/*
 * The juror's signed file (electron/services/jurorSubmit.ts): what it holds, how revisions chain,
 * and that a revision is recorded exactly when its file is in place.
 */

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

  it('records no revision when the file cannot be moved into place, and leaves no staged file', async () => {
    const { ws, dir } = await scoring();
    const keys = randomKeys();
    ws.setMark('score', '1', 's1', '5');
    // A folder of that name: the signed file is written beside it and recorded, then the move fails.
    const taken = join(dir, 'j2-1.juryscores');
    mkdirSync(taken);
    writeFileSync(join(taken, 'inside.txt'), 'a folder, not a file');
    const problems = problemsOf(() => ws.submit(taken, keys));
    expect(problems).toEqual([{ code: 'io', file: 'j2-1.juryscores', params: { detail: expect.any(String) } }]);
    expect(ws.lastSubmission()).toBeUndefined();
    expect(ws.state(null).submissions).toEqual([]);
    expect(readdirSync(dir).filter((n) => n.includes('staged') || n.endsWith('.tmp'))).toEqual([]);
    // The next submission is revision 1 again, chained to nothing: there is no file to chain to.
    const out = join(dir, 'j2-1b.juryscores');
    const receipt = ws.submit(out, keys);
    expect(receipt.revision).toBe(1);
    expect(read(out).payload).toMatchObject({ revision: 1, previous: null });
    // …and the one after chains to the file that exists.
    ws.setMark('score', '1', 's1', '6');
    const next = join(dir, 'j2-2.juryscores');
    ws.submit(next, keys);
    expect(read(next).payload).toMatchObject({ revision: 2, previous: sha256Hex(new Uint8Array(readFileSync(out))) });
  });

  it('never replaces a juror file already at the chosen path, of this juror or any other', async () => {
    const { ws, dir } = await scoring();
    const keys = randomKeys();
    ws.setMark('score', '1', 's1', '5');
    const first = join(dir, 'j2-1.juryscores');
    ws.submit(first, keys);
    const bytes = readFileSync(first);
    ws.setMark('score', '1', 's1', '6');
    // revision 2 saved over revision 1's file (the save dialog's "Replace?" answered yes)
    expect(problemsOf(() => ws.submit(first, keys))).toEqual([{ code: 'jurorFileExists', file: 'j2-1.juryscores', params: { revision: 1 } }]);
    expect(readFileSync(first).equals(bytes)).toBe(true);
    expect(ws.lastSubmission()?.revision).toBe(1);
    // a damaged juror file is kept as well
    const cut = join(dir, 'cut.juryscores');
    writeFileSync(cut, bytes.subarray(0, 120));
    expect(problemsOf(() => ws.submit(cut, keys))).toEqual([{ code: 'jurorFileExists', file: 'cut.juryscores', params: { revision: '?' } }]);
    // any other file the user agreed to replace is replaced
    const other = join(dir, 'notes.juryscores');
    writeFileSync(other, 'notes, not scores');
    expect(ws.submit(other, keys).revision).toBe(2);
    expect(read(other).payload.previous).toBe(sha256Hex(new Uint8Array(bytes)));
  });
});
