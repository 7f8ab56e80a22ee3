import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { ContestWorkspace } from '../../../electron/services/contestWorkspace';
import { readPackageFile } from '../../../electron/services/packageReader';
import { ScoringDesk } from '../../../electron/services/scoringDesk';
import type { JurorWorkspace } from '../../../electron/services/jurorWorkspace';
import { decodeKeyFile } from '../../../shared/crypto/keyFile';
import { fingerprint, sha256Hex } from '../../../shared/crypto/signing';
import { readJurorFile, writeJurorFile, type VerifiedJurorFile } from '../../../shared/juror/jurorFile';
import { contestWithEntries, fixedContext, fixture, flipByte, paperScores, runCli, tempDir, writeKeyFile } from '../helpers';

const jury = runCli;
const upTo = (n: number) => (id: string) => Number(id) <= n;

/** An organiser's contest with the 125 fixture entries, a juror key made by `jury keygen`, a juror's desk. */
async function setup() {
  const dir = tempDir();
  const db = await contestWithEntries(dir);
  const keyPath = join(dir, 'j1.key');
  const made = await jury('keygen', '--out', keyPath);
  expect(made.code).toBe(0);
  const decoded = decodeKeyFile(readFileSync(keyPath, 'utf8'), 'j1.key');
  if (!decoded.ok) throw new Error('key');
  const desk = new ScoringDesk(join(dir, 'laptop'), fixedContext('juror'));
  onTestFinished(() => desk.closeAll());
  const exported = async (juror = 'j1', ...extra: string[]) => {
    const out = join(dir, `${juror}.jurypkg`);
    const r = await jury('export-package', db, '--juror', juror, '--out', out, ...extra);
    expect(r).toMatchObject({ code: 0, err: '' });
    return out;
  };
  const sheet = (name: string, text: string) => (writeFileSync(join(dir, name), text), join(dir, name));
  return { dir, db, keyPath, keys: decoded.value, desk, exported, sheet };
}

const read = (path: string): VerifiedJurorFile => {
  const r = readJurorFile(new Uint8Array(readFileSync(path)), 'f');
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
};

/** Types a paper sheet into the window's workspace, as a juror would mark by mark. */
function typeIn(ws: JurorWorkspace, csv: string): void {
  for (const line of csv.split(/\r?\n/).slice(1).filter(Boolean)) {
    const [, entry, criterion, score, comment] = line.split(',');
    if (score === 'recused') ws.setMark('recusal', entry, '', comment);
    else {
      ws.setMark('score', entry, criterion, score);
      if (comment) ws.setMark('comment', entry, '', comment);
    }
  }
}

describe('jury export-package', () => {
  it('writes a signed package and prints what it holds, the organiser fingerprint and the hash', async () => {
    const { db, dir, exported } = await setup();
    const ws = ContestWorkspace.open(db, fixedContext());
    const fp = ws.organiserFingerprint();
    ws.close();
    const out = join(dir, 'p.jurypkg');
    const r = await jury('export-package', db, '--juror', 'j2', '--out', out, '--entries', '1, 2,3', '--nominations', 'main');
    const pkg = readPackageFile(out);
    expect(r).toEqual({ code: 0, err: '', out: `Package for juror j2 written to ${out}: 3 entries, 0 media files\nOrganiser key fingerprint: ${fp}\nPackage SHA-256: ${pkg.sha256}\n` });
    expect(pkg.fingerprint).toBe(fp);
    expect(pkg.payload.entries.map((e) => e.id)).toEqual(['1', '2', '3']);
    expect(readPackageFile(await exported('j3')).payload.entries).toHaveLength(125);
  });

  it('carries media with --media, found beside the contest file', async () => {
    const { db, dir } = await setup();
    mkdirSync(join(dir, 'videos'));
    writeFileSync(join(dir, 'videos', 'v1.mp4'), 'video one');
    const ws = ContestWorkspace.open(db, fixedContext());
    ws.updateEntry('1', { media: 'videos/v1.mp4' });
    ws.close();
    const out = join(dir, 'p.jurypkg');
    const r = await jury('export-package', db, '--juror', 'j1', '--out', out, '--entries', '1,2', '--media');
    expect(r.out).toMatch(/2 entries, 1 media files/);
    expect(readPackageFile(out).payload.media).toMatchObject([{ entry: '1', name: '1.mp4', size: 9 }]);
  });

  it.each([
    ['a juror not on the panel', ['--juror', 'j9'], /jury export-package: field juror: "j9" is not .*\(.*j1, j2, j3, j4, j5\)/],
    ['the secretary, who does not score', ['--juror', 's1'], /"s1" is not/],
    ['unknown entries', ['--juror', 'j1', '--entries', '1,500'], /there is no entry "500"/],
    ['a missing media file', ['--juror', 'j1', '--entries', '1', '--media'], /entry 1: the media file "videos\/gone\.mp4" is missing/],
  ])('refuses %s with exit 1 and writes no package', async (_, args, message) => {
    const { db, dir } = await setup();
    const ws = ContestWorkspace.open(db, fixedContext());
    ws.updateEntry('1', { media: 'videos/gone.mp4' });
    ws.close();
    const before = readdirSync(dir).sort();
    const r = await jury('export-package', db, ...args, '--out', join(dir, 'p.jurypkg'));
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
    expect(readdirSync(dir).sort()).toEqual(before);
    const after = ContestWorkspace.open(db, fixedContext());
    expect(after.signing.issued()).toEqual([]);
    after.close();
  });

  it('refuses to write the package over the contest file itself', async () => {
    const { db } = await setup();
    const before = readFileSync(db);
    const r = await jury('export-package', db, '--juror', 'j1', '--out', db);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/contest\.jury: cannot be read or written \(this is the contest file itself/);
    expect(readFileSync(db)).toEqual(before);
    const ws = ContestWorkspace.open(db, fixedContext());
    expect(ws.entries()).toHaveLength(125);
    ws.close();
  });

  it('refuses a missing contest file with exit 1 and wrong usage with exit 2', async () => {
    const { dir, db } = await setup();
    expect(await jury('export-package', join(dir, 'none.jury'), '--juror', 'j1', '--out', join(dir, 'p.jurypkg'))).toMatchObject({ code: 1, err: expect.stringContaining('none.jury: does not exist') });
    for (const argv of [
      ['export-package', db, '--out', 'p.jurypkg'],
      ['export-package', db, '--juror', 'j1'],
      ['export-package', '--juror', 'j1', '--out', 'p.jurypkg'],
      ['export-package', db, db, '--juror', 'j1', '--out', 'p.jurypkg'],
      ['export-package', db, '--juror', 'j1', '--out', 'p.jurypkg', '--bogus', 'x'],
    ]) {
      expect((await jury(...argv)).code).toBe(2);
    }
    expect(existsSync('p.jurypkg')).toBe(false);
  });
});

describe('export → open → score → submit → verify', () => {
  it('round trip: the window signs a juror file that `jury verify` accepts', async () => {
    const { desk, exported, keys, dir } = await setup();
    const pkgPath = await exported('j1', '--entries', '1,2,3,4,5');
    const ws = desk.openPackage(pkgPath);
    typeIn(ws, paperScores('j1', upTo(3)));
    ws.setMark('comment', '2', '', 'Дыбысы жақсы');
    const out = join(dir, 'j1-1.juryscores');
    const receipt = ws.submit(out, keys);
    expect(receipt).toMatchObject({ revision: 1, scores: 18, missing: 2 });

    const r = await jury('verify', out);
    expect(r.code).toBe(0);
    const pkg = readPackageFile(pkgPath);
    expect(r.out).toBe(
      [
        'j1-1.juryscores: intact, signature valid',
        'Juror score file, revision 1',
        `Signed by juror j1, key fingerprint ${fingerprint(keys.publicKey)}`,
        `Contest ${pkg.payload.contest.uid}, definition SHA-256 ${pkg.payload.contest.definitionSha256}`,
        '18 scores, 1 comments, 0 recusals, made 2026-03-04T10:00:00.000Z',
        `File SHA-256 ${receipt.sha256}`,
        '',
      ].join('\n'),
    );
    const v = await jury('verify', pkgPath);
    expect(v.code).toBe(0);
    expect(v.out).toMatch(/^j1\.jurypkg: intact, signature valid\nJuror package for j1 \(.+\): 5 entries, 0 media files checked\n/);
    expect(v.out).toContain(`key fingerprint ${pkg.fingerprint}`);
    expect(v.out).toContain(`Package SHA-256 ${pkg.sha256}`);

    flipByte(out, -3);
    expect(await jury('verify', out)).toMatchObject({ code: 1, err: 'jury verify: j1-1.juryscores: has a signature that does not match its content: it was changed after signing\n' });
  });

  it('`jury score` makes the same file as the window: same payload, and the same bytes for the same moment', async () => {
    const { desk, exported, keys, keyPath, dir, sheet } = await setup();
    const pkgPath = await exported('j3', '--entries', '1,2,3,4,5,6,7,8');
    // j3 recused themself from entry 7 on paper; a comment on entry 1
    const csv = paperScores('j3', upTo(8)).replace(/^(j3,1,relevance,\d+),$/m, '$1,Жақсы идея');
    expect(csv).toMatch(/j3,7,relevance,recused,/);
    expect(csv).toMatch(/Жақсы идея/);
    const cliOut = join(dir, 'cli.juryscores');
    const r = await jury('score', pkgPath, '--scores', sheet('scores.csv', csv), '--key', keyPath, '--out', cliOut);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(
      /^Juror file for j3 written to .*cli\.juryscores: revision 1, 42 scores, 1 recusals\nPackage signed by the organiser key ([0-9A-F]{4} ){7}[0-9A-F]{4}: compare it with the fingerprint the organiser gave you\nYour key fingerprint: ([0-9A-F]{4} ){7}[0-9A-F]{4}\nFile SHA-256: [0-9a-f]{64}\n$/,
    );

    const ws = desk.openPackage(pkgPath);
    typeIn(ws, csv);
    const windowOut = join(dir, 'window.juryscores');
    ws.submit(windowOut, keys);

    const [cli, win] = [read(cliOut), read(windowOut)];
    expect(cli.payload.scores).toHaveLength(42);
    expect(cli.payload.recusals).toEqual([{ entry: '7', reason: 'өз ұйымының жұмысы' }]);
    expect(cli.payload.comments).toEqual([{ entry: '1', text: 'Жақсы идея' }]);
    expect(Object.keys(cli.payload).sort()).toEqual(Object.keys(win.payload).sort());
    expect({ ...cli.payload, createdAt: 'T' }).toEqual({ ...win.payload, createdAt: 'T' });
    // Ed25519 signatures are deterministic: the window's payload at the CLI's moment is the CLI's file
    expect(writeJurorFile({ ...win.payload, createdAt: cli.payload.createdAt }, keys.secretKey)).toEqual(new Uint8Array(readFileSync(cliOut)));
  });

  it('warns about entries left unscored, and still writes the file', async () => {
    const { exported, keyPath, dir, sheet } = await setup();
    const pkgPath = await exported('j1', '--entries', '1,2');
    const csv = paperScores('j1', upTo(1)).replace(/\r\nj1,1,effects,\d+,/, '');
    const r = await jury('score', pkgPath, '--scores', sheet('s.csv', csv), '--key', keyPath, '--out', join(dir, 'o.juryscores'));
    expect(r.code).toBe(0);
    expect(r.err).toBe('Warning: 2 of 2 entries are not fully scored: 1 (effects); 2 (relevance, creativity, originality, expressiveness, sound, effects)\n');
    expect(read(join(dir, 'o.juryscores')).payload.scores).toHaveLength(5);
  });
});

describe('jury score revisions', () => {
  it('chains three revisions with --previous: each names the SHA-256 of the file before it', async () => {
    const { exported, keyPath, dir, sheet } = await setup();
    const pkgPath = await exported('j1', '--entries', '1,2');
    const files: string[] = [];
    for (const [n, score] of [[1, '1'], [2, '2'], [3, '3']] as const) {
      const csv = `juror,entry,criterion,score\nj1,1,relevance,${score}\n`;
      const out = join(dir, `r${n}.juryscores`);
      const r = await jury('score', pkgPath, '--scores', sheet(`s${n}.csv`, csv), '--key', keyPath, '--out', out, ...(n > 1 ? ['--previous', files[n - 2]] : []));
      expect(r.code).toBe(0);
      const file = read(out);
      expect(file.payload.revision).toBe(n);
      expect(file.payload.previous).toBe(n === 1 ? null : sha256Hex(new Uint8Array(readFileSync(files[n - 2]))));
      expect(file.payload.scores).toEqual([{ entry: '1', criterion: 'relevance', value: score }]);
      files.push(out);
    }
    const v = await jury('verify', files[2]);
    expect(v.out).toContain(`Juror score file, revision 3 (follows ${read(files[1]).sha256.slice(0, 12)}…)`);
  });

  it('continues a chain the window started', async () => {
    const { desk, exported, keys, keyPath, dir, sheet } = await setup();
    const pkgPath = await exported('j1', '--entries', '1');
    const ws = desk.openPackage(pkgPath);
    ws.setMark('score', '1', 'sound', '4');
    ws.submit(join(dir, 'w1.juryscores'), keys);
    ws.setMark('score', '1', 'sound', '5');
    ws.submit(join(dir, 'w2.juryscores'), keys);
    const out = join(dir, 'c3.juryscores');
    const r = await jury('score', pkgPath, '--scores', sheet('s.csv', 'juror,entry,criterion,score\nj1,1,sound,3\n'), '--key', keyPath, '--out', out, '--previous', join(dir, 'w2.juryscores'));
    expect(r.code).toBe(0);
    expect(read(out).payload).toMatchObject({ revision: 3, previous: read(join(dir, 'w2.juryscores')).sha256 });
  });
});

describe('jury score refusals', () => {
  const header = 'juror,entry,criterion,score,comment';

  it.each([
    ['an unknown entry', 'j1,999,relevance,3,', /s\.csv, row 3, column «entry»: entry "999" is not in this juror's package/],
    ['an entry not in the package', 'j1,40,relevance,3,', /s\.csv, row 3, column «entry»: entry "40" is not in this juror's package/],
    ['a row that ran into the next one', 'j1,1,sound,3,ok,j1,2,sound', /s\.csv, row 3: has 8 cells but the header has 5 columns/],
    ['an unknown criterion', 'j1,1,beauty,3,', /s\.csv, row 3, column «criterion»: "beauty" is not a criterion of entry 1's nomination \(relevance, creativity, originality, expressiveness, sound, effects\)/],
    ['a score above the maximum', 'j1,1,sound,6,', /s\.csv, row 3, column «score»: 6 .*\b0\b.*\b5\b/],
    ['a negative score', 'j1,1,sound,-1,', /row 3, column «score»: -1 .*\b0\b.*\b5\b/],
    ['a score off the step', 'j1,1,sound,2.5,', /row 3, column «score»: 2\.5 .*step.* 1$/m],
    ['a score that is not a number', 'j1,1,sound,good,', /row 3, column «score»: "good" is not a number/],
    ['another juror’s row', 'j2,1,sound,3,', /s\.csv, row 3, column «juror»: is for juror "j2", but this package is for "j1"/],
    ['a row of someone not on the panel', 'j9,1,sound,3,', /s\.csv, row 3, column «juror»: "j9" is not a scoring member/],
    ['the same score twice', 'j1,1,relevance,4,', /row 3, column «criterion»: the same juror, entry and criterion already stand in row 2/],
  ])('refuses %s (exit 1, naming the row and column) and writes nothing', async (_, row, message) => {
    const { exported, keyPath, dir, sheet } = await setup();
    const pkgPath = await exported('j1', '--entries', '1,2,3');
    const out = join(dir, 'o.juryscores');
    const r = await jury('score', pkgPath, '--scores', sheet('s.csv', `${header}\nj1,1,relevance,4,\n${row}\n`), '--key', keyPath, '--out', out);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a sheet without the score column, a damaged package, a file that is not a key', async () => {
    const { exported, keyPath, dir, sheet } = await setup();
    const pkgPath = await exported('j1', '--entries', '1');
    const out = join(dir, 'o.juryscores');
    const good = sheet('good.csv', `${header}\nj1,1,relevance,4,\n`);
    const cases: [string[], RegExp][] = [
      [[pkgPath, '--scores', sheet('nocol.csv', 'juror,entry,criterion\nj1,1,relevance\n'), '--key', keyPath], /nocol\.csv: has no "score" column/],
      [[pkgPath, '--scores', good, '--key', sheet('key.csv', 'not,a,key\n')], /key\.csv: is not a Jury signing key/],
      [[pkgPath, '--scores', good, '--key', join(dir, 'none.key')], /none\.key: does not exist/],
      [[good, '--scores', good, '--key', keyPath], /good\.csv: is not a Jury juror package/],
    ];
    for (const [argv, message] of cases) {
      const r = await jury('score', ...argv, '--out', out);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(message);
    }
    flipByte(pkgPath, -10);
    const r = await jury('score', pkgPath, '--scores', good, '--key', keyPath, '--out', out);
    expect(r).toMatchObject({ code: 1, err: expect.stringMatching(/j1\.jurypkg: has a signature that does not match/) });
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a --previous file of another juror, of another contest, or damaged', async () => {
    const { exported, keyPath, keys, dir, sheet, desk } = await setup();
    const pkgPath = await exported('j1', '--entries', '1');
    const good = sheet('good.csv', `${header}\nj1,1,relevance,4,\n`);
    // j2's own file for this contest
    const j2 = desk.openPackage(await exported('j2', '--entries', '1'));
    j2.submit(join(dir, 'j2.juryscores'), keys);
    // j1's file for another contest made from the same contest.json (another uid)
    const otherDb = join(dir, 'other.jury');
    expect((await jury('new', otherDb, '--definition', fixture('thanks-challenge', 'contest.json'))).code).toBe(0);
    expect((await jury('import-entries', otherDb, fixture('thanks-challenge', 'entries-google-form.csv'), '--accept-suggested')).code).toBe(0);
    const otherPkg = join(dir, 'other.jurypkg');
    expect((await jury('export-package', otherDb, '--juror', 'j1', '--entries', '1', '--out', otherPkg)).code).toBe(0);
    const foreignOut = join(dir, 'foreign.juryscores');
    expect((await jury('score', otherPkg, '--scores', good, '--key', keyPath, '--out', foreignOut)).code).toBe(0);
    const damaged = join(dir, 'damaged.juryscores');
    writeFileSync(damaged, readFileSync(foreignOut).subarray(0, 100));
    // j1's own first revision, but signed with another key than the one given now
    const otherKeyPath = join(dir, 'other.key');
    writeKeyFile(otherKeyPath);
    const otherKeyFile = join(dir, 'other-key.juryscores');
    expect((await jury('score', pkgPath, '--scores', good, '--key', otherKeyPath, '--out', otherKeyFile)).code).toBe(0);

    const out = join(dir, 'o.juryscores');
    const cases: [string, RegExp][] = [
      [join(dir, 'j2.juryscores'), /j2\.juryscores: is for juror "j2", but this package is for "j1"/],
      [foreignOut, /foreign\.juryscores: belongs to another contest/],
      [damaged, /damaged\.juryscores: is damaged or cut short/],
      [otherKeyFile, /other-key\.juryscores: was signed with another key \(([0-9A-F]{4} ){7}[0-9A-F]{4}\) than the one given/],
      [join(dir, 'none.juryscores'), /none\.juryscores: does not exist/],
    ];
    for (const [previous, message] of cases) {
      const r = await jury('score', pkgPath, '--scores', good, '--key', keyPath, '--out', out, '--previous', previous);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(message);
      expect(existsSync(out)).toBe(false);
    }
  });

  it('never overwrites a juror file, and checks the media the organiser signed', async () => {
    const { exported, keyPath, dir, sheet } = await setup();
    const pkgPath = await exported('j1', '--entries', '1');
    const good = sheet('good.csv', `${header}\nj1,1,relevance,4,\n`);
    const first = join(dir, 'r1.juryscores');
    expect((await jury('score', pkgPath, '--scores', good, '--key', keyPath, '--out', first)).code).toBe(0);
    const before = readFileSync(first);
    const again = await jury('score', pkgPath, '--scores', good, '--key', keyPath, '--out', first);
    expect(again).toMatchObject({ code: 1, err: 'jury score: r1.juryscores: cannot be read or written (the file already exists; a juror file is never overwritten, choose a new name)\n' });
    expect(readFileSync(first)).toEqual(before);
    expect((await jury('score', pkgPath, '--scores', good, '--key', keyPath, '--out', join(dir, 'x.juryscores'), '--help')).code).toBe(0);
  });

  it('refuses an --out that names one of its inputs, so the key or the last revision is never lost', async () => {
    const { exported, keyPath, dir, sheet } = await setup();
    const pkgPath = await exported('j1', '--entries', '1');
    const good = sheet('good.csv', `${header}\nj1,1,relevance,4,\n`);
    const first = join(dir, 'r1.juryscores');
    expect((await jury('score', pkgPath, '--scores', good, '--key', keyPath, '--out', first)).code).toBe(0);
    const inputs = { key: readFileSync(keyPath), pkg: readFileSync(pkgPath), first: readFileSync(first) };
    for (const out of [keyPath, pkgPath, good, first, join(dir, '.', 'j1.key')]) {
      const r = await jury('score', pkgPath, '--scores', good, '--key', keyPath, '--out', out, '--previous', first);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/--out names an input file/);
    }
    expect(readFileSync(keyPath)).toEqual(inputs.key);
    expect(readFileSync(pkgPath)).toEqual(inputs.pkg);
    expect(readFileSync(first)).toEqual(inputs.first);
  });

  it.each([
    [['score', 'p.jurypkg', '--scores', 's.csv', '--key', 'k.key']],
    [['score', 'p.jurypkg', '--scores', 's.csv', '--out', 'o']],
    [['score', '--scores', 's.csv', '--key', 'k.key', '--out', 'o']],
    [['score', 'a', 'b', '--scores', 's.csv', '--key', 'k.key', '--out', 'o']],
    [['score', 'p.jurypkg', '--scores', 's.csv', '--key', 'k.key', '--out', 'o', '--juror', 'j1']],
    [['verify']],
    [['verify', 'a', 'b']],
  ])('wrong usage %j exits 2', async (argv) => {
    const r = await jury(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Usage: jury VERB/);
  });
});

describe('jury verify of packages', () => {
  it('checks every media file against the package and refuses an altered one', async () => {
    const { db, dir } = await setup();
    mkdirSync(join(dir, 'videos'));
    writeFileSync(join(dir, 'videos', '1.mp4'), Buffer.alloc(5000, 1));
    writeFileSync(join(dir, 'videos', '2.mp4'), Buffer.alloc(3000, 2));
    const ws = ContestWorkspace.open(db, fixedContext());
    ws.updateEntry('1', { media: 'videos/1.mp4' });
    ws.updateEntry('2', { media: 'videos/2.mp4' });
    ws.close();
    const pkgPath = join(dir, 'p.jurypkg');
    expect((await jury('export-package', db, '--juror', 'j1', '--entries', '1,2,3', '--media', '--out', pkgPath)).code).toBe(0);
    expect((await jury('verify', pkgPath)).out).toMatch(/3 entries, 2 media files checked/);
    const tmpBefore = readdirSync(dir).sort();
    flipByte(pkgPath, -100);
    expect(await jury('verify', pkgPath)).toMatchObject({ code: 1, out: '', err: 'jury verify: p.jurypkg: the media file of entry 2 does not match the package: it was changed or cut short\n' });
    expect(readdirSync(dir).sort()).toEqual(tmpBefore);
    // jury score refuses it too: a juror never signs scores for a package that was changed.
    const { keyPath, sheet } = await setup();
    const out = join(dir, 'o.juryscores');
    const r = await jury('score', pkgPath, '--scores', sheet('g.csv', 'juror,entry,criterion,score\nj1,1,relevance,4\n'), '--key', keyPath, '--out', out);
    expect(r).toMatchObject({ code: 1, err: 'jury score: p.jurypkg: the media file of entry 2 does not match the package: it was changed or cut short\n' });
    expect(existsSync(out)).toBe(false);
  });

  it('says a cut package is damaged, whether cut in its media, its payload or its first line', async () => {
    const { dir, exported } = await setup();
    const pkgPath = await exported('j1', '--entries', '1,2');
    const bytes = readFileSync(pkgPath);
    for (const size of [bytes.length - 1, 300, 40, 8]) {
      writeFileSync(pkgPath, bytes.subarray(0, size));
      expect(await jury('verify', pkgPath)).toMatchObject({ code: 1, err: 'jury verify: j1.jurypkg: is damaged or cut short\n' });
    }
    writeFileSync(join(dir, 'x.txt'), 'a,b\n1,2\n');
    expect((await jury('verify', join(dir, 'x.txt'))).err).toBe('jury verify: x.txt: is neither a Jury score file nor a juror package\n');
    // A table could be a protocol: it is checked against the signature that should stand beside it.
    writeFileSync(join(dir, 'x.csv'), 'a,b\n1,2\n');
    expect((await jury('verify', join(dir, 'x.csv'))).err).toContain('jury verify: x.csv: has no signature: x.csv.sig is not beside it');
  });
});

