import { mergeJurorFiles } from '../../../electron/services/merge';
import { setPaperEntry } from '../../../electron/services/paperScores';
import { fingerprint, sha256Hex } from '../../../shared/crypto/signing';
import { describeProblem } from '../../../shared/i18n/problemMessages';
import { NOW, paperScores, randomKeys } from '../helpers';
import { marksOf, organiser, sheet, signedFile, snapshot, type Organiser } from './mergeFixture';

const merge = (o: Organiser, files: [string, Uint8Array][], acceptNewKeyFor?: string) =>
  mergeJurorFiles(o.ws, files.map(([name, bytes]) => ({ name, bytes })), { acceptNewKeyFor });

describe('mergeJurorFiles', () => {
  it('merges a juror file: every mark, the key first seen, the file as evidence, an audit record', async () => {
    const o = await organiser();
    const bytes = signedFile(o, { juror: 'j3' });
    const report = merge(o, [['j3.juryscores', bytes]]);
    const fp = fingerprint(o.keyOf('j3').publicKey);
    // j3 scored entries 1–40 (entry 7 recused): 85 of the 125 entries are left, none half-done
    expect(report).toEqual({
      outcomes: [{ kind: 'merged', file: 'j3.juryscores', juror: 'j3', revision: 1, scores: 234, missing: 85, sha256: sha256Hex(bytes), fingerprint: fp, replacedRevision: null, replacedPaper: [], newKey: null }],
      merged: 1,
      alreadyMerged: 0,
      olderIgnored: 0,
      refused: 0,
    });
    const s = snapshot(o);
    expect(s.scores).toHaveLength(234);
    expect(s.scores[0]).toEqual({ juror_id: 'j3', entry_id: '1', criterion_id: 'creativity', value: expect.any(String), updated_at: NOW, entered_by: null });
    expect(s.recusals).toEqual([{ juror_id: 'j3', entry_id: '7', reason: 'өз ұйымының жұмысы', updated_at: NOW, entered_by: null }]);
    expect(s.keys).toEqual([{ juror_id: 'j3', public_key: expect.any(String), fingerprint: fp, first_seen_at: NOW, file_sha256: sha256Hex(bytes) }]);
    const stored = o.ws.db.prepare('SELECT bytes, actor, scores FROM juror_files').get() as { bytes: Buffer; actor: string; scores: number };
    expect(new Uint8Array(stored.bytes)).toEqual(bytes);
    expect(stored).toMatchObject({ actor: 'organiser', scores: 234 });
    expect(o.ws.auditTrail()[0]).toMatchObject({ action: 'jurorFileMerged', actor: 'organiser', details: { juror: 'j3', file: 'j3.juryscores', revision: 1, scores: 234, recusals: 1, replacedRevision: null } });
  });

  it('gives the same marks whatever order the files come in', async () => {
    const base = await organiser();
    const j1r1 = signedFile(base, { juror: 'j1', csv: sheet('j1', '1,relevance,1,', '2,sound,2,Жақсы') });
    const files: [string, Uint8Array][] = [
      ['j1-1', j1r1],
      ['j1-2', signedFile(base, { juror: 'j1', revision: 2, previous: j1r1, csv: sheet('j1', '1,relevance,4,', '3,sound,recused,туысы') })],
      ['j2-1', signedFile(base, { juror: 'j2' })],
      ['j4-1', signedFile(base, { juror: 'j4', csv: sheet('j4', '5,effects,3,') })],
    ];
    const permutations = (xs: number[]): number[][] => (xs.length <= 1 ? [xs] : xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p])));
    let expected: ReturnType<typeof marksOf> | null = null;
    for (const order of permutations([0, 1, 2, 3])) {
      const o = await organiser();
      const report = merge(o, order.map((i) => files[i]));
      expect(report.refused).toBe(0);
      const marks = marksOf(o);
      expected ??= marks;
      expect(marks, `order ${order.join(',')}`).toEqual(expected);
    }
    expect(expected!.scores.filter((r) => (r as { juror_id: string }).juror_id === 'j1')).toEqual([{ juror_id: 'j1', entry_id: '1', criterion_id: 'relevance', value: '4', updated_at: NOW, entered_by: null }]);
  });

  it('a newer revision replaces all of that juror’s marks; the older one met later changes nothing', async () => {
    const o = await organiser();
    const r1 = signedFile(o, { juror: 'j1', csv: sheet('j1', '1,relevance,1,', '2,sound,2,Жақсы', '3,effects,5,') });
    const r2 = signedFile(o, { juror: 'j1', revision: 2, previous: r1, csv: sheet('j1', '1,relevance,3,', '3,sound,recused,') });
    expect(merge(o, [['r1', r1]]).merged).toBe(1);
    const report = merge(o, [['r2', r2], ['r1', r1]]);
    expect(report.outcomes).toEqual([
      expect.objectContaining({ kind: 'merged', juror: 'j1', revision: 2, scores: 1, replacedRevision: 1 }),
      { kind: 'olderIgnored', file: 'r1', juror: 'j1', revision: 1, current: 2 },
    ]);
    const s = snapshot(o);
    expect(s.scores.map((r) => Object.values(r).slice(1, 4))).toEqual([['1', 'relevance', '3']]);
    expect(s.comments).toEqual([]);
    expect(s.recusals).toMatchObject([{ entry_id: '3', reason: '' }]);
    expect(s.files.map((f) => (f as { revision: number }).revision)).toEqual([1, 2]);
  });

  it('says "already merged" for the same file again, and changes nothing', async () => {
    const o = await organiser();
    const bytes = signedFile(o, { juror: 'j2' });
    merge(o, [['j2.juryscores', bytes]]);
    const before = snapshot(o);
    expect(merge(o, [['copy.juryscores', bytes]]).outcomes).toEqual([{ kind: 'alreadyMerged', file: 'copy.juryscores', juror: 'j2', revision: 1 }]);
    expect(snapshot(o)).toEqual(before);
  });

  it('refuses a different file with the same revision as a conflict, keeping the one merged', async () => {
    const o = await organiser();
    merge(o, [['a.juryscores', signedFile(o, { juror: 'j2', csv: sheet('j2', '1,relevance,1,') })]]);
    const before = snapshot(o);
    const r = merge(o, [['b.juryscores', signedFile(o, { juror: 'j2', csv: sheet('j2', '1,relevance,5,') })]]);
    expect(r.outcomes).toEqual([{ kind: 'refused', file: 'b.juryscores', problems: [{ code: 'conflictingRevision', file: 'b.juryscores', params: { juror: 'j2', revision: 1 } }] }]);
    expect(describeProblem(r.outcomes[0].kind === 'refused' ? r.outcomes[0].problems[0] : (null as never))).toBe(
      'b.juryscores: is revision 1 of juror j2, but another file with the same revision is already merged: ask the juror which one is right (a newer revision replaces both)',
    );
    expect(snapshot(o)).toEqual(before);
  });

  it('refuses a second key for a juror, naming both fingerprints, until the organiser accepts it', async () => {
    const o = await organiser();
    const r1 = signedFile(o, { juror: 'j1', csv: sheet('j1', '1,relevance,1,') });
    merge(o, [['r1', r1]]);
    const other = randomKeys();
    const r2 = signedFile(o, { juror: 'j1', revision: 2, previous: r1, keys: other, csv: sheet('j1', '1,relevance,2,') });
    const [first, second] = [fingerprint(o.keyOf('j1').publicKey), fingerprint(other.publicKey)];
    const before = snapshot(o);
    const refused = merge(o, [['r2.juryscores', r2]], 'j2').outcomes[0];
    expect(refused).toEqual({
      kind: 'refused',
      file: 'r2.juryscores',
      problems: [{ code: 'secondJurorKey', file: 'r2.juryscores', params: { juror: 'j1', fingerprint: second, expected: first } }],
      keyConflict: { juror: 'j1', fingerprint: second, expected: first },
    });
    expect(describeProblem((refused as Extract<typeof refused, { kind: 'refused' }>).problems[0])).toContain(`with the key ${second}, but j1’s files so far were signed with ${first}`);
    expect(snapshot(o)).toEqual(before);

    const accepted = merge(o, [['r2.juryscores', r2]], 'j1').outcomes[0];
    expect(accepted).toMatchObject({ kind: 'merged', revision: 2, newKey: { fingerprint: second, previous: first } });
    expect(snapshot(o).keys).toMatchObject([{ juror_id: 'j1', fingerprint: second, file_sha256: sha256Hex(r2) }]);
    expect(o.ws.auditTrail().map((a) => a.action).slice(0, 2)).toEqual(['jurorFileMerged', 'jurorKeyReplaced']);
    expect(o.ws.auditTrail()[1].details).toEqual({ juror: 'j1', file: 'r2.juryscores', fingerprint: second, previous: first });
    // the first key is now the stranger
    const r3 = signedFile(o, { juror: 'j1', revision: 3, previous: r2, csv: sheet('j1', '1,relevance,3,') });
    expect(merge(o, [['r3', r3]]).outcomes[0]).toMatchObject({ kind: 'refused', problems: [{ code: 'secondJurorKey', params: { fingerprint: first, expected: second } }] });
  });

  it('a juror on a new laptop (a new key the organiser accepted) starts again at revision 1', async () => {
    const o = await organiser();
    const old1 = signedFile(o, { juror: 'j1', csv: sheet('j1', '1,relevance,1,') });
    const old3 = signedFile(o, { juror: 'j1', revision: 3, csv: sheet('j1', '1,relevance,2,') });
    merge(o, [['old1', old1], ['old3', old3]]);
    const laptop = randomKeys();
    const new1 = signedFile(o, { juror: 'j1', keys: laptop, csv: sheet('j1', '1,relevance,4,') });
    expect(merge(o, [['new1', new1]]).outcomes[0]).toMatchObject({ kind: 'refused', problems: [{ code: 'secondJurorKey' }] });
    expect(merge(o, [['new1', new1]], 'j1').outcomes[0]).toMatchObject({ kind: 'merged', revision: 1, replacedRevision: 3 });
    expect(snapshot(o).scores.map((r) => [r.juror_id, r.entry_id, r.criterion_id, r.value])).toEqual([['j1', '1', 'relevance', '4']]);
    // the new laptop's next revision follows its own first one; its first again is "already merged"
    const new2 = signedFile(o, { juror: 'j1', keys: laptop, revision: 2, previous: new1, csv: sheet('j1', '1,relevance,5,') });
    expect(merge(o, [['new1', new1], ['new2', new2]]).outcomes.map((x) => x.kind)).toEqual(['alreadyMerged', 'merged']);
    expect(snapshot(o).scores.map((r) => [r.juror_id, r.entry_id, r.criterion_id, r.value])).toEqual([['j1', '1', 'relevance', '5']]);
    // and the old laptop's files are now another key
    expect(merge(o, [['old3', old3]]).outcomes[0]).toMatchObject({ kind: 'refused', problems: [{ code: 'secondJurorKey' }] });
  });

  it('one acceptance takes one new key: the same files in either order end the same', async () => {
    const ends = [];
    for (const reversed of [false, true]) {
      const o = await organiser();
      const old3 = signedFile(o, { juror: 'j1', revision: 3, csv: sheet('j1', '1,relevance,1,') });
      merge(o, [['old3', old3]]);
      const laptop = randomKeys();
      const new1 = signedFile(o, { juror: 'j1', keys: laptop, csv: sheet('j1', '1,relevance,4,') });
      const old4 = signedFile(o, { juror: 'j1', revision: 4, csv: sheet('j1', '1,relevance,2,') });
      const files: [string, Uint8Array][] = [['new1', new1], ['old4', old4]];
      merge(o, reversed ? files.reverse() : files, 'j1');
      ends.push({ scores: snapshot(o).scores.map((r) => r.value), newKey: snapshot(o).keys.map((k) => k.fingerprint === fingerprint(laptop.publicKey)) });
    }
    expect(ends[0]).toEqual(ends[1]);
    expect(ends[0]).toEqual({ scores: ['4'], newKey: [true] });
  });

  it('replaces marks typed from paper for that juror, and says so', async () => {
    const o = await organiser();
    setPaperEntry(o.ws, { jurorId: 'j5', entryId: '9', scores: { relevance: '2', sound: '3' }, comment: 'қағаздан', recusal: null });
    const r = merge(o, [['j5.juryscores', signedFile(o, { juror: 'j5', csv: sheet('j5', '1,relevance,4,') })]]);
    expect(r.outcomes[0]).toMatchObject({ kind: 'merged', replacedPaper: [{ by: 'organiser', marks: 3 }] });
    expect(snapshot(o).scores).toMatchObject([{ juror_id: 'j5', entry_id: '1', value: '4', entered_by: null }]);
    expect(o.ws.auditTrail()[0].details).toMatchObject({ juror: 'j5', replacedPaper: [{ by: 'organiser', marks: 3 }] });
  });

  it('stores a score written another way ("04", "3,0") in its canonical form', async () => {
    const o = await organiser();
    const bytes = signedFile(o, { juror: 'j1', csv: sheet('j1', '1,relevance,4,', '1,sound,3,'), edit: (p) => ((p.scores[0].value = '04'), (p.scores[1].value = '3,0')) });
    expect(merge(o, [['j1', bytes]]).outcomes[0]).toMatchObject({ kind: 'merged', scores: 2 });
    expect(snapshot(o).scores.map((r) => [r.criterion_id, r.value])).toEqual([['relevance', '4'], ['sound', '3']]);
  });

  it('checks the key before the revision: an old file signed with another key is a key conflict', async () => {
    const o = await organiser();
    const r1 = signedFile(o, { juror: 'j1', csv: sheet('j1', '1,relevance,1,') });
    merge(o, [['r1', r1], ['r2', signedFile(o, { juror: 'j1', revision: 2, previous: r1, csv: sheet('j1', '1,relevance,2,') })]]);
    const stranger = signedFile(o, { juror: 'j1', keys: randomKeys() });
    expect(merge(o, [['old', stranger]]).outcomes[0]).toMatchObject({ kind: 'refused', problems: [{ code: 'secondJurorKey' }] });
    // Once accepted, the new key's revisions count on their own (see "a juror on a new laptop").
    expect(merge(o, [['old', stranger]], 'j1').outcomes[0]).toMatchObject({ kind: 'merged', revision: 1, replacedRevision: 2 });
  });

  it('merges each file on its own: a refused one does not stop the others', async () => {
    const o = await organiser();
    const r = merge(o, [
      ['j1.juryscores', signedFile(o, { juror: 'j1' })],
      ['bad.juryscores', new TextEncoder().encode('%PDF-1.7\n')],
      ['j2.juryscores', signedFile(o, { juror: 'j2', csv: paperScores('j2', (id) => id === '1') })],
    ]);
    expect(r.outcomes.map((x) => x.kind)).toEqual(['merged', 'refused', 'merged']);
    expect([r.merged, r.refused]).toEqual([2, 1]);
    expect(snapshot(o).scores).toHaveLength(240 + 6);
  });
});
