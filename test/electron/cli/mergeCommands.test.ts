import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContestWorkspace } from '../../../electron/services/contestWorkspace';
import { readJurorFile } from '../../../shared/juror/jurorFile';
import { contestWithEntries, fixedContext, fixture, paperScores, runCli as jury, tempDir, writeKeyFile } from '../helpers';

/** A contest, two jurors' keys and packages, and their signed files made by `jury score`. */
async function setup() {
  const dir = tempDir();
  const db = await contestWithEntries(dir);
  const file = (name: string, text: string) => (writeFileSync(join(dir, name), text), join(dir, name));
  const keys: Record<string, string> = {};
  const score = async (juror: string, csv: string, out: string, previous?: string, key = keys[juror]) => {
    const pkg = join(dir, `${juror}.jurypkg`);
    const r = await jury('score', pkg, '--scores', file(`${out}.csv`, csv), '--key', key, '--out', join(dir, out), ...(previous ? ['--previous', join(dir, previous)] : []));
    expect(r.code, r.err).toBe(0);
    return join(dir, out);
  };
  for (const juror of ['j1', 'j2']) {
    keys[juror] = join(dir, `${juror}.key`);
    writeKeyFile(keys[juror]);
    expect((await jury('export-package', db, '--juror', juror, '--out', join(dir, `${juror}.jurypkg`))).code).toBe(0);
  }
  const marks = () => {
    const ws = ContestWorkspace.open(db, fixedContext());
    try {
      return ws.db.prepare('SELECT juror_id, entry_id, criterion_id, value, entered_by FROM scores ORDER BY 1, 2, 3').all() as { juror_id: string; value: string; entered_by: string | null }[];
    } finally {
      ws.close();
    }
  };
  return { dir, db, file, score, marks, keys };
}

const line = (file: string, juror: string, revision: number, scores: number, missing: number, note: string) =>
  `${file}: merged juror ${juror}, revision ${revision}: ${scores} scores, ${missing} entries not fully scored (${note})`;

describe('jury merge', () => {
  it('merges juror files made by `jury score`, one line per file; again, they are already merged', async () => {
    const { db, score, marks } = await setup();
    const a = await score('j1', paperScores('j1'), 'j1-1.juryscores');
    const b = await score('j2', paperScores('j2', (id) => Number(id) <= 5), 'j2-1.juryscores');
    const r = await jury('merge', db, a, b);
    expect(r).toEqual({
      code: 0,
      err: '',
      out: [line('j1-1.juryscores', 'j1', 1, 240, 85, 'first file of this juror'), line('j2-1.juryscores', 'j2', 1, 30, 120, 'first file of this juror'), '2 merged, 0 already merged, 0 older ignored, 0 refused', ''].join('\n'),
    });
    expect(marks()).toHaveLength(270);
    const again = await jury('merge', db, b);
    expect(again).toMatchObject({ code: 0, out: 'j2-1.juryscores: already merged (juror j2, revision 1); nothing changed\n0 merged, 1 already merged, 0 older ignored, 0 refused\n' });
  });

  it('takes the juror files in a folder (a USB stick), newer revisions replacing older ones', async () => {
    const { db, dir, score, marks } = await setup();
    await score('j1', 'juror,entry,criterion,score\nj1,1,sound,1\n', 'r1.juryscores');
    await score('j1', 'juror,entry,criterion,score\nj1,1,sound,4\n', 'r2.juryscores', 'r1.juryscores');
    const stick = join(dir, 'stick');
    mkdirSync(stick);
    // the older revision sorts after the newer one: it is reported and changes nothing
    writeFileSync(join(stick, 'a-rev2.juryscores'), readFileSync(join(dir, 'r2.juryscores')));
    writeFileSync(join(stick, 'b-rev1.juryscores'), readFileSync(join(dir, 'r1.juryscores')));
    writeFileSync(join(stick, '._a-rev2.juryscores'), 'macOS shadow file');
    writeFileSync(join(stick, 'notes.txt'), 'not a juror file');
    const r = await jury('merge', db, stick);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      [line('a-rev2.juryscores', 'j1', 2, 1, 125, 'first file of this juror'), 'b-rev1.juryscores: ignored: revision 1 of juror j1 is older than revision 2 already merged', '1 merged, 0 already merged, 1 older ignored, 0 refused', ''].join('\n'),
    );
    expect(marks()).toMatchObject([{ juror_id: 'j1', value: '4', entered_by: null }]);
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    expect(await jury('merge', db, empty)).toMatchObject({ code: 1, err: 'jury merge: empty: has no .juryscores files\n' });
  });

  it('exits 1 when a file is refused, still merging the others; nothing of the refused file is kept', async () => {
    const { db, dir, file, score, marks } = await setup();
    const good = await score('j1', paperScores('j1', (id) => id === '1'), 'good.juryscores');
    const foreignDb = join(dir, 'other.jury');
    expect((await jury('new', foreignDb, '--definition', fixture('thanks-challenge', 'contest.json'))).code).toBe(0);
    const bad = file('scan.pdf', '%PDF-1.4\n');
    const r = await jury('merge', db, bad, good, join(dir, 'missing.juryscores'));
    expect(r.code).toBe(1);
    expect(r.err).toBe('jury merge: scan.pdf: is not a Jury score file\njury merge: missing.juryscores: does not exist\n');
    expect(r.out).toBe(`${line('good.juryscores', 'j1', 1, 6, 124, 'first file of this juror')}\n1 merged, 0 already merged, 0 older ignored, 2 refused\n`);
    expect(marks()).toHaveLength(6);
    // a juror file of another contest made from the same contest.json
    expect(await jury('merge', foreignDb, good)).toMatchObject({ code: 1, err: 'jury merge: good.juryscores: belongs to another contest\n' });
  });

  it('refuses a second key for a juror until --accept-new-key names that juror', async () => {
    const { db, dir, score, marks } = await setup();
    const first = await score('j1', 'juror,entry,criterion,score\nj1,1,sound,1\n', 'first.juryscores');
    expect((await jury('merge', db, first)).code).toBe(0);
    const otherKey = join(dir, 'laptop2.key');
    writeKeyFile(otherKey);
    const second = await score('j1', 'juror,entry,criterion,score\nj1,1,sound,3\nj1,2,sound,3\n', 'second.juryscores', undefined, otherKey);
    // revision 1 again, with another key: the key is checked before the revision
    const [fp1, fp2] = [first, second].map((f) => {
      const v = readJurorFile(new Uint8Array(readFileSync(f)), 'f');
      return v.ok ? v.value.fingerprint : '';
    });
    const refused = await jury('merge', db, second);
    expect(refused.code).toBe(1);
    expect(refused.err).toBe(`jury merge: second.juryscores: is signed for juror j1 with the key ${fp2}, but j1’s files so far were signed with ${fp1}: a second key is never taken silently; check the new fingerprint with the juror, then accept it\n`);
    const wrong = await jury('merge', db, second, '--accept-new-key', 'j2');
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('--accept-new-key j2: no file of this juror was merged with a new key');
    // with the key accepted, the new laptop's revisions count on their own: its revision 1 is taken
    const accepted = await jury('merge', db, second, '--accept-new-key', 'j1');
    expect(accepted).toMatchObject({ code: 0, err: '' });
    expect(accepted.out).toContain(`(replaces revision 1; new key ${fp2} accepted in place of ${fp1})`);
    const third = await score('j1', 'juror,entry,criterion,score\nj1,1,sound,5\n', 'third.juryscores', 'second.juryscores', otherKey);
    expect(await jury('merge', db, third)).toMatchObject({ code: 0, err: '' });
    expect(marks()).toMatchObject([{ juror_id: 'j1', value: '5' }]);
  });

  it('wrong usage exits 2', async () => {
    const { db } = await setup();
    for (const argv of [['merge'], ['merge', db], ['merge', db, 'f', '--accept-new-key'], ['merge', db, 'f', '--bogus'], ['import-scores', db], ['import-scores', db, 'a', 'b']]) {
      const r = await jury(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err).toMatch(/Usage: jury VERB/);
    }
  });
});

describe('jury import-scores', () => {
  it('types a paper sheet in; the same sheet again changes nothing', async () => {
    const { db, file, marks } = await setup();
    const sheet = file('paper.csv', paperScores('j4', (id) => Number(id) <= 2));
    const r = await jury('import-scores', db, sheet);
    expect(r).toMatchObject({ code: 0, err: '', out: `Imported ${sheet} for j4: 12 scores set, 0 removed, 0 recusals, 0 recusals lifted, 0 comments, 0 unchanged\n` });
    expect(marks()).toHaveLength(12);
    expect(marks()[0].entered_by).toEqual(expect.any(String));
    expect(await jury('import-scores', db, sheet)).toMatchObject({ code: 0, out: `Imported ${sheet}: nothing changed (12 marks already as the sheet says)\n` });
  });

  it('refuses a bad sheet with exit 1, by row and column, and imports none of it', async () => {
    const { db, file, marks } = await setup();
    const bad = file('bad.csv', 'juror,entry,criterion,score\nj1,1,sound,4\nj1,2,sound,4.5\nj7,3,sound,1\n');
    const r = await jury('import-scores', db, bad);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      'jury import-scores: bad.csv, row 3, column «score»: 4.5 is not allowed: scores go in steps of 1\n' +
        'jury import-scores: bad.csv, row 4, column «juror»: "j7" is not a scoring member of the jury panel (the chair and members: j1, j2, j3, j4, j5)\n',
    );
    expect(marks()).toEqual([]);
    expect(await jury('import-scores', db, join(db, '..', 'none.csv'))).toMatchObject({ code: 1, err: 'jury import-scores: none.csv: does not exist\n' });
  });
});
