import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runJury } from '../../../electron/cli/jury';
import { ContestWorkspace } from '../../../electron/services/contestWorkspace';
import { fixedContext, fixture, fixtureText, loadDefinition, replaceLine, setCell, tempDir, THANKS_CSV } from '../helpers';

const ENTRY_KEYS = ['id', 'nomination', 'participant', 'organisation', 'region', 'age_group', 'link', 'media', 'likes', 'comments', 'views', 'eligible', 'reason'];
const THANKS_JSON = fixture('thanks-challenge', 'contest.json');

async function jury(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runJury(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** A new contest DB from the thanks-challenge contest.json, optionally with the fixture entries. */
async function newDb(withEntries = false) {
  const dir = tempDir();
  const db = join(dir, 'contest.jury');
  expect((await jury('new', db, '--definition', THANKS_JSON)).code).toBe(0);
  if (withEntries) expect((await jury('import-entries', db, fixture('thanks-challenge', THANKS_CSV), '--accept-suggested')).code).toBe(0);
  return { dir, db };
}

async function entriesJson(db: string, ...extra: string[]) {
  const r = await jury('entries', db, ...extra);
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as { entries: Record<string, unknown>[] };
}

describe('jury new', () => {
  it('creates a contest database from contest.json', async () => {
    const dir = tempDir();
    const db = join(dir, 'c.jury');
    const r = await jury('new', db, '--definition', THANKS_JSON);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toBe(`Created ${db} (4 nominations, 6 jury members)\n`);
    const ws = ContestWorkspace.open(db, fixedContext());
    expect(ws.definition()).toEqual(loadDefinition('thanks-challenge'));
    ws.close();
    expect((await jury('new', join(dir, 'd.jury'), `--definition=${THANKS_JSON}`)).code).toBe(0);
  });

  it('refuses an existing file (exit 1) and leaves it as it was', async () => {
    const { db } = await newDb();
    const r = await jury('new', db, '--definition', fixture('best-work', 'contest.json'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('contest.jury');
    const ws = ContestWorkspace.open(db, fixedContext());
    expect(ws.definition().nominations[0].id).toBe('main');
    ws.close();
  });

  it('refuses a bad contest.json (exit 1) naming the file and the field, and creates nothing', async () => {
    const dir = tempDir();
    const def = JSON.parse(fixtureText('thanks-challenge', 'contest.json'));
    def.nominations[0].aggregation.method = 'average';
    const path = join(dir, 'bad-contest.json');
    writeFileSync(path, JSON.stringify(def));
    const r = await jury('new', join(dir, 'c.jury'), '--definition', path);
    expect(r.code).toBe(1);
    expect(r.err).toContain('bad-contest.json');
    expect(r.err).toContain('nominations[0].aggregation.method');
    expect(r.out).toBe('');
    expect(existsSync(join(dir, 'c.jury'))).toBe(false);
  });

  it('refuses a missing definition file with exit 1', async () => {
    const dir = tempDir();
    const r = await jury('new', join(dir, 'c.jury'), '--definition', join(dir, 'none.json'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('none.json: does not exist');
  });

  it.each([[['new', 'x.jury']], [['new', '--definition', 'c.json']], [['new', 'a.jury', 'b.jury', '--definition', 'c.json']], [['new', 'x.jury', '--definition']]])(
    'wrong usage %j exits 2',
    async (argv) => {
      const r = await jury(...argv);
      expect(r.code).toBe(2);
      expect(r.err).toContain('Usage: jury');
    },
  );
});

describe('jury import-entries', () => {
  it('imports the Google Forms CSV; importing it again adds nothing', async () => {
    const { db } = await newDb();
    const csv = fixture('thanks-challenge', THANKS_CSV);
    const first = await jury('import-entries', db, csv, '--accept-suggested');
    expect(first.code).toBe(0);
    expect(first.out).toBe(`Imported ${csv}: 125 added, 0 updated, 0 unchanged\n`);
    expect(first.err).toContain('Өңір → region');
    expect(first.err).toContain('Лайктар саны → likes');
    const again = await jury('import-entries', db, csv, '--accept-suggested');
    expect(again.out).toBe(`Imported ${csv}: 0 added, 0 updated, 125 unchanged\n`);
    expect((await entriesJson(db)).entries).toHaveLength(125);
  });

  it('refuses a CSV with a bad cell (exit 1) naming row and column, and imports nothing', async () => {
    const { db, dir } = await newDb();
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, replaceLine(fixtureText('thanks-challenge', THANKS_CSV), 6, (l) => setCell(l, 9, 'abc')));
    const r = await jury('import-entries', db, bad, '--accept-suggested');
    expect(r.code).toBe(1);
    expect(r.err).toContain('bad.csv, row 7, column «Лайктар саны»: "abc" is not a whole number 0 or more');
    expect((await entriesJson(db)).entries).toEqual([]);
    const ws = ContestWorkspace.open(db, fixedContext());
    expect(ws.auditTrail().map((a) => a.action)).toEqual(['contestCreated']);
    ws.close();
  });

  it('--map "Header=field" overrides the suggested mapping', async () => {
    const { db } = await newDb();
    const r = await jury('import-entries', db, fixture('thanks-challenge', THANKS_CSV), '--map', 'Өңір=age_group,Электрондық пошта мекенжайы=-', '--accept-suggested');
    expect(r.code).toBe(0);
    expect(r.err).toContain('Өңір → age_group');
    expect(r.err).toContain('Электрондық пошта мекенжайы → (ignored)');
    const first = (await entriesJson(db)).entries[0];
    expect(first).toMatchObject({ region: null, age_group: 'Шығыс Қазақстан облысы' });
  });

  it.each([['No such header=participant'], ['Өңір=bogus'], ['Өңір']])('--map %j is wrong usage (exit 2) and imports nothing', async (map) => {
    const { db } = await newDb();
    const r = await jury('import-entries', db, fixture('thanks-challenge', THANKS_CSV), '--map', map, '--accept-suggested');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--map');
    expect((await entriesJson(db)).entries).toEqual([]);
  });

  it('refuses a missing database or file with exit 1', async () => {
    const { db, dir } = await newDb();
    expect((await jury('import-entries', join(dir, 'none.jury'), fixture('thanks-challenge', THANKS_CSV))).code).toBe(1);
    const r = await jury('import-entries', db, join(dir, 'none.csv'));
    expect(r).toMatchObject({ code: 1, err: expect.stringContaining('none.csv') });
  });
});

describe('jury entries', () => {
  it('prints JSON {entries:[…]} with exactly the documented keys, numbers as numbers, absent values null', async () => {
    const { db } = await newDb(true);
    const { entries, ...rest } = await entriesJson(db);
    expect(rest).toEqual({});
    expect(entries).toHaveLength(125);
    for (const e of entries) expect(Object.keys(e)).toEqual(ENTRY_KEYS);
    expect(entries[0]).toEqual({
      id: '1',
      nomination: 'main',
      participant: 'Ғаниева Ғалым',
      organisation: 'Шығыс Қазақстан облысы №56 «Балдырған» бөбекжай-бақшасы',
      region: 'Шығыс Қазақстан облысы',
      age_group: null,
      link: 'https://www.instagram.com/reel/C384f42b4b/',
      media: null,
      likes: 214,
      comments: 9,
      views: 8869,
      eligible: true,
      reason: null,
    });
    expect(entries[1].participant).toBeNull();
  });

  it('gives the reason for a disqualified or flagged entry', async () => {
    const { db } = await newDb(true);
    const ws = ContestWorkspace.open(db, fixedContext());
    ws.decide(['3'], 'disqualified', 'copied video');
    ws.saveDefinition({ ...ws.definition(), eligibility: { maxDurationSec: 60 } });
    ws.close();
    const { entries } = await entriesJson(db, '--lang', 'en');
    expect(entries[2]).toMatchObject({ id: '3', eligible: false, reason: 'copied video' });
    expect(entries[120]).toMatchObject({ id: '121', eligible: false, reason: 'video is 75 s long, over the 60 s limit' });
    expect((await jury('entries', db, '--lang', 'de')).code).toBe(2);
  });

  it('--format csv has a UTF-8 BOM, the header, and one row per entry', async () => {
    const { db } = await newDb(true);
    const r = await jury('entries', db, '--format', 'csv');
    expect(r.code).toBe(0);
    expect(r.out.startsWith('\uFEFF')).toBe(true);
    const lines = r.out.slice(1).split('\r\n');
    expect(lines[0]).toBe('id,nomination,participant,organisation,region,age_group,link,media,likes,comments,views,eligible,reason');
    expect(lines[1]).toBe('1,main,Ғаниева Ғалым,Шығыс Қазақстан облысы №56 «Балдырған» бөбекжай-бақшасы,Шығыс Қазақстан облысы,,https://www.instagram.com/reel/C384f42b4b/,,214,9,8869,true,');
    expect(r.out).toContain('125,main,Иванова Анна,"Қостанай облысы «Солнышко», ""Радуга"" тобы\n(мектепалды даярлық)",');
    expect(r.out.endsWith('\r\n')).toBe(true);
  });

  it('--format csv writes formula-like cells so that a spreadsheet does not run them', async () => {
    const { db, dir } = await newDb();
    const csv = join(dir, 'e.csv');
    writeFileSync(csv, 'participant,organisation\n"=HYPERLINK(""http://x"")",@SUM(1)\n');
    expect((await jury('import-entries', db, csv, '--accept-suggested')).code).toBe(0);
    const row = (await jury('entries', db, '--format', 'csv')).out.split('\r\n')[1];
    expect(row).toBe(`1,main,"'=HYPERLINK(""http://x"")",'@SUM(1),,,,,,,,true,`);
  });

  it('--out FILE writes the file and prints nothing', async () => {
    const { db, dir } = await newDb(true);
    const out = join(dir, 'entries.json');
    const r = await jury('entries', db, '--out', out);
    expect(r).toEqual({ code: 0, out: '', err: '' });
    expect(JSON.parse(readFileSync(out, 'utf8')).entries).toHaveLength(125);
    const csvOut = join(dir, 'entries.csv');
    expect((await jury('entries', db, '--format', 'csv', '--out', csvOut)).code).toBe(0);
    expect(readFileSync(csvOut, 'utf8').startsWith('\uFEFFid,nomination,')).toBe(true);
  });

  it('refuses a file that is not a contest with exit 1', async () => {
    const dir = tempDir();
    const path = join(dir, 'x.jury');
    writeFileSync(path, 'text '.repeat(100));
    expect(await jury('entries', path)).toMatchObject({ code: 1, err: 'jury entries: x.jury: is not a Jury contest file\n' });
  });
});

// Regression (fixed): ContestWorkspace.open -> openDatabase runs the migrations on any SQLite file with
// application_id 0 and no tables, which includes an empty (0-byte) file, BEFORE checking that
// a contest row exists. So `jury entries empty.jury` (or import-entries, or contests:open in the
// window) exits 1 "not a Jury contest file" but has written the whole Jury schema into the
// file, against SCORING.md §7 "A refused command changes nothing in the database".
describe('jury on an empty file', () => {
  it('a refused command leaves an empty file empty', async () => {
    const path = join(tempDir(), 'empty.jury');
    writeFileSync(path, '');
    const r = await jury('entries', path);
    expect(r.code).toBe(1);
    expect(r.err).toContain('is not a Jury contest file');
    expect(readFileSync(path).length).toBe(0);
  });
});

describe('jury usage', () => {
  it('an unknown verb, no verb, an unknown option or a bad format exit 2; --help exits 0', async () => {
    const { db } = await newDb();
    expect(await jury('frobnicate', db)).toMatchObject({ code: 2, err: expect.stringContaining('unknown verb "frobnicate"') });
    expect((await jury()).code).toBe(2);
    expect(await jury('entries', db, '--bogus', 'x')).toMatchObject({ code: 2, err: expect.stringContaining('unknown option --bogus') });
    expect(await jury('new', db, '--map', 'x')).toMatchObject({ code: 2, err: expect.stringContaining('unknown option --map') });
    expect((await jury('entries', db, '--format', 'xml')).code).toBe(2);
    expect((await jury('entries')).code).toBe(2);
    expect(await jury('--help')).toMatchObject({ code: 0, err: expect.stringContaining('jury import-entries DB FILE') });
  });
});

describe('jury import-entries does not import on a guess', () => {
  it('asks to confirm columns matched only by the wording of a Google Forms question, and imports nothing', async () => {
    const dir = tempDir();
    const db = join(dir, 'c.jury');
    await jury('new', db, '--definition', fixture('thanks-challenge', 'contest.json'));
    const r = await jury('import-entries', db, fixture('thanks-challenge', THANKS_CSV));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--accept-suggested/);
    expect(r.err).toMatch(/Қатысушының аты-жөні → participant/);
    const listed = await jury('entries', db);
    expect(JSON.parse(listed.out).entries).toEqual([]);
  });

  it('takes canonical headers without asking', async () => {
    const dir = tempDir();
    const db = join(dir, 'c.jury');
    await jury('new', db, '--definition', fixture('best-work', 'contest.json'));
    expect((await jury('import-entries', db, fixture('best-work', 'entries.csv'))).code).toBe(0);
  });

  it('refuses a contest.json that is not UTF-8, naming the file', async () => {
    const dir = tempDir();
    const json = join(dir, 'c1251.json');
    writeFileSync(json, Buffer.concat([Buffer.from('{"format":"jury.contest/1","title":"'), Buffer.from([0xcf, 0xf0, 0xe8]), Buffer.from('"}')]));
    const r = await jury('new', join(dir, 'x.jury'), '--definition', json);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/c1251\.json, row 1: is not valid UTF-8/);
  });
});
