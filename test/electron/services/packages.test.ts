import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { ContestWorkspace } from '../../../electron/services/contestWorkspace';
import { exportPackage } from '../../../electron/services/packageExport';
import { extractMedia, readPackageFile } from '../../../electron/services/packageReader';
import { toBase64 } from '../../../shared/crypto/signing';
import { buildJurorPayload, writeJurorFile } from '../../../shared/juror/jurorFile';
import { definitionSha256, writePackageHead, type PackagePayload } from '../../../shared/package/packageFile';
import { emptyScores } from '../../../shared/scores/scoreSheet';
import { contestWithEntries, fixedContext, fixture, flipByte, NOW, problemsOf, randomKeys, tempDir } from '../helpers';

async function organiser(name: 'thanks-challenge' | 'best-work' = 'thanks-challenge') {
  const dir = tempDir();
  const db = await contestWithEntries(dir, name);
  const ws = ContestWorkspace.open(db, fixedContext('organiser'));
  onTestFinished(() => ws.close());
  return { dir, db, ws };
}

/** Writes a media file beside the contest file and points the entry at it (relative path). */
function giveMedia(ws: ContestWorkspace, dir: string, entry: string, bytes: Uint8Array, rel = `videos/${entry}.mp4`): string {
  const path = join(dir, rel);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, bytes);
  ws.updateEntry(entry, { media: rel });
  return path;
}

const pattern = (size: number, seed: number) => Uint8Array.from({ length: size }, (_, i) => (i * 31 + seed) & 0xff);

/** Re-signs a package's payload (changed by `edit`) with some key, as a head-only package. */
function resigned(original: string, out: string, edit: (p: PackagePayload) => void, keys = randomKeys()): string {
  const payload = structuredClone(readPackageFile(original).payload);
  edit(payload);
  writeFileSync(out, writePackageHead(payload, keys));
  return out;
}

describe('exportPackage', () => {
  it('writes a signed package of the eligible entries only, records it and writes the audit', async () => {
    const { dir, ws } = await organiser();
    ws.decide(['5'], 'disqualified', 'copied video');
    const out = join(dir, 'j2.jurypkg');
    const receipt = exportPackage(ws, { jurorId: 'j2', includeMedia: false }, out);
    expect(receipt).toEqual({ fileName: 'j2.jurypkg', jurorId: 'j2', entries: 124, media: 0, sha256: expect.stringMatching(/^[0-9a-f]{64}$/), fingerprint: ws.organiserFingerprint() });

    const pkg = readPackageFile(out);
    expect(pkg.sha256).toBe(receipt.sha256);
    expect(pkg.fingerprint).toBe(ws.organiserFingerprint());
    expect(pkg.publicKey).toBe(toBase64(ws.organiserKeys().publicKey));
    expect(pkg.mediaStart).toBe(statSync(out).size);
    const p = pkg.payload;
    expect(p.format).toBe('jury.package/1');
    expect(p.contest).toEqual({ uid: ws.uid, definitionSha256: definitionSha256(ws.definition()) });
    expect(p.definition).toEqual(ws.definition());
    expect(p.juror).toEqual({ id: 'j2', name: 'Жұмаділдаева Нұргүл Васильевна' });
    expect(p.createdAt).toBe(NOW);
    expect(p.media).toEqual([]);
    expect(p.entries.map((e) => e.id)).not.toContain('5');
    expect(p.entries).toHaveLength(124);
    // a juror sees what they judge, nothing of the screening (e-mail, followers, likes)
    expect(p.entries[0]).toEqual({
      id: '1',
      nomination: 'main',
      participant: 'Ғаниева Ғалым',
      organisation: 'Шығыс Қазақстан облысы №56 «Балдырған» бөбекжай-бақшасы',
      region: 'Шығыс Қазақстан облысы',
      age_group: null,
      link: 'https://www.instagram.com/reel/C384f42b4b/',
      media: null,
    });

    expect(ws.signing.issued()).toEqual([
      { id: 1, juror_id: 'j2', file_name: 'j2.jurypkg', sha256: receipt.sha256, definition_sha256: p.contest.definitionSha256, entries: 124, media: 0, created_at: NOW, actor: 'organiser', entry_ids: JSON.stringify(p.entries.map((e) => e.id)) },
    ]);
    expect(ws.auditTrail()[0]).toMatchObject({ action: 'packageExported', actor: 'organiser', details: { juror: 'j2', file: 'j2.jurypkg', entries: 124, media: 0, sha256: receipt.sha256 } });
  });

  it('keeps only the chosen nominations and entries', async () => {
    const { dir, ws } = await organiser('best-work');
    const ids = (opts: { nominations?: string[]; entryIds?: string[] }) =>
      readPackageFile(join(dir, exportPackage(ws, { jurorId: 'j1', includeMedia: false, ...opts }, join(dir, 'p.jurypkg')).fileName)).payload.entries.map((e) => e.id);
    expect(ids({})).toHaveLength(16);
    expect(ids({ nominations: ['social'] })).toEqual(['1', '3', '5', '7', '13', '14', '15']);
    expect(ids({ nominations: ['social'], entryIds: ['1', '2', '3'] })).toEqual(['1', '3']);
    expect(ids({ entryIds: ['16', '2'] })).toEqual(['2', '16']);
    expect(ids({ nominations: [], entryIds: [] })).toHaveLength(16);
    expect(ws.signing.issued()).toHaveLength(5);
  });

  it.each([
    ['a juror not on the panel', { jurorId: 'j9' }, [{ code: 'jurorNotOnPanel', field: 'juror', params: { id: 'j9', allowed: 'j1, j2, j3, j4, j5' } }]],
    ['unknown entry ids', { entryIds: ['1', '999', 'x'] }, [{ code: 'unknownEntry', field: 'entries', params: { id: '999' } }, { code: 'unknownEntry', field: 'entries', params: { id: 'x' } }]],
    ['only a disqualified entry', { entryIds: ['7'] }, [{ code: 'noEntriesAssigned' }]],
    ['a nomination without entries', { nominations: ['main'], entryIds: ['7'] }, [{ code: 'noEntriesAssigned' }]],
    ['a mistyped nomination', { nominations: ['main', 'mian'] }, [{ code: 'unknownNomination', field: 'nominations', params: { value: 'mian', allowed: 'main' } }]],
    ['an audience nomination', { nominations: ['likes'] }, [{ code: 'audienceNomination', field: 'nominations', params: { value: 'likes' } }]],
  ])('refuses %s and writes nothing', async (_, opts, problems) => {
    const { dir, ws } = await organiser();
    ws.decide(['7'], 'disqualified', 'duplicate');
    const before = readdirSync(dir).sort();
    const audit = ws.auditTrail().length;
    expect(problemsOf(() => exportPackage(ws, { jurorId: 'j1', includeMedia: false, ...opts }, join(dir, 'out.jurypkg')))).toEqual(problems);
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(ws.signing.issued()).toEqual([]);
    expect(ws.auditTrail()).toHaveLength(audit);
  });

  it('carries each media file, found relative to the contest file or by its absolute path', async () => {
    const { dir, ws } = await organiser();
    giveMedia(ws, dir, '1', pattern(3000, 1));
    const absolute = join(tempDir(), 'Clip 2.MOV');
    writeFileSync(absolute, pattern(1234, 2));
    ws.updateEntry('2', { media: absolute });
    giveMedia(ws, dir, '3', pattern(0, 0), 'videos/empty.mp4');
    const out = join(dir, 'p.jurypkg');
    const receipt = exportPackage(ws, { jurorId: 'j1', entryIds: ['1', '2', '3', '4'], includeMedia: true }, out);
    expect(receipt).toMatchObject({ entries: 4, media: 3 });

    const pkg = readPackageFile(out);
    expect(pkg.payload.entries.map((e) => [e.id, e.media])).toEqual([
      ['1', '1.mp4'],
      ['2', '2.mov'],
      ['3', '3.mp4'],
      ['4', null],
    ]);
    expect(pkg.payload.media.map(({ entry, name, offset, size }) => ({ entry, name, offset, size }))).toEqual([
      { entry: '1', name: '1.mp4', offset: 0, size: 3000 },
      { entry: '2', name: '2.mov', offset: 3000, size: 1234 },
      { entry: '3', name: '3.mp4', offset: 4234, size: 0 },
    ]);
    expect(statSync(out).size).toBe(pkg.mediaStart + 4234);

    const media = join(tempDir(), 'media');
    extractMedia(out, pkg, media);
    expect(readdirSync(media).sort()).toEqual(['1.mp4', '2.mov', '3.mp4']);
    expect(new Uint8Array(readFileSync(join(media, '1.mp4')))).toEqual(pattern(3000, 1));
    expect(new Uint8Array(readFileSync(join(media, '2.mov')))).toEqual(pattern(1234, 2));
    expect(readFileSync(join(media, '3.mp4')).length).toBe(0);
  });

  it('without --media, entries carry no media even when their files are missing', async () => {
    const { dir, ws } = await organiser();
    ws.updateEntry('1', { media: 'videos/none.mp4' });
    const out = join(dir, 'p.jurypkg');
    exportPackage(ws, { jurorId: 'j1', entryIds: ['1'], includeMedia: false }, out);
    expect(readPackageFile(out).payload.entries[0].media).toBeNull();
  });

  it('refuses missing media (and a file that is not media) and writes no package', async () => {
    const { dir, ws } = await organiser();
    giveMedia(ws, dir, '1', pattern(100, 1));
    ws.updateEntry('2', { media: 'videos/gone.mp4' });
    ws.updateEntry('3', { media: '\\\\server\\share\\3.mp4' });
    giveMedia(ws, dir, '4', pattern(10, 4), 'videos/setup.exe');
    const before = readdirSync(dir).sort();
    const out = join(dir, 'p.jurypkg');
    expect(problemsOf(() => exportPackage(ws, { jurorId: 'j1', includeMedia: true }, out))).toEqual([
      { code: 'mediaMissing', params: { entry: '2', path: 'videos/gone.mp4' } },
      { code: 'mediaMissing', params: { entry: '3', path: '\\\\server\\share\\3.mp4' } },
      { code: 'notMedia', file: 'setup.exe', field: 'entries[4].media', params: { entry: '4', path: 'videos/setup.exe' } },
    ]);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(ws.signing.issued()).toEqual([]);
  });

  it('names media so that the juror app accepts them: distinct where case is ignored, never a device name', async () => {
    const { dir, ws } = await organiser('best-work');
    const ids = ['A', 'a', 'con', 'NUL', '..x', ' lead'];
    ids.forEach((id, i) => {
      ws.db.prepare('UPDATE entries SET id = ? WHERE id = ?').run(id, String(i + 1));
    });
    ws.invalidate();
    ids.forEach((id, i) => giveMedia(ws, dir, id, pattern(3 + i, i), `v${i}.MP4`));
    const out = join(dir, 'p.jurypkg');
    exportPackage(ws, { jurorId: 'j1', entryIds: ids, includeMedia: true }, out);
    const pkg = readPackageFile(out); // refused if two names met or one were unsafe
    const names = pkg.payload.media.map((m) => m.name);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(ids.length);
    expect(names.every((n) => n.endsWith('.mp4'))).toBe(true);
    const extracted = join(dir, 'media');
    extractMedia(out, pkg, extracted);
    expect(readdirSync(extracted)).toHaveLength(ids.length);
  });

  it('refuses a media path that is a folder', async () => {
    const { dir, ws } = await organiser();
    mkdirSync(join(dir, 'clip.mp4'));
    ws.updateEntry('1', { media: 'clip.mp4' });
    expect(problemsOf(() => exportPackage(ws, { jurorId: 'j1', entryIds: ['1'], includeMedia: true }, join(dir, 'p.jurypkg')))).toEqual([
      { code: 'notMedia', file: 'clip.mp4', field: 'entries[1].media', params: { entry: '1', path: 'clip.mp4' } },
    ]);
  });

  it('gives two entries whose ids make the same file name two media names', async () => {
    const { dir, ws } = await organiser('best-work');
    // ids are whatever the organiser's table held; "a/b" and "a_b" both become a_b.mp4
    ws.db.prepare("UPDATE entries SET id = 'a/b' WHERE id = '1'").run();
    ws.db.prepare("UPDATE entries SET id = 'a_b' WHERE id = '3'").run();
    ws.invalidate();
    giveMedia(ws, dir, 'a/b', pattern(5, 1), 'v1.mp4');
    giveMedia(ws, dir, 'a_b', pattern(6, 2), 'v2.mp4');
    const out = join(dir, 'p.jurypkg');
    exportPackage(ws, { jurorId: 'j1', entryIds: ['a/b', 'a_b'], includeMedia: true }, out);
    expect(readPackageFile(out).payload.media.map((m) => [m.entry, m.name])).toEqual([
      ['a/b', 'a_b.mp4'],
      ['a_b', 'a_b-2.mp4'],
    ]);
  });
});

describe('readPackageFile', () => {
  async function exported(withMedia = true) {
    const { dir, ws } = await organiser();
    if (withMedia) giveMedia(ws, dir, '1', pattern(5000, 3));
    const out = join(dir, 'p.jurypkg');
    exportPackage(ws, { jurorId: 'j1', entryIds: ['1', '2', '3'], includeMedia: withMedia }, out);
    return { dir, ws, out, bytes: readFileSync(out), pkg: readPackageFile(out) };
  }

  it.each([
    ['in the media', (n: number, head: number) => head + 100],
    ['just before the media', (n: number, head: number) => head],
    ['in the payload', (n: number, head: number) => head - 200],
    ['in the header', () => 40],
    ['inside the magic', () => 5],
  ])('refuses a package cut %s as truncatedFile', async (_, cut) => {
    const { out, bytes, pkg } = await exported();
    writeFileSync(out, bytes.subarray(0, cut(bytes.length, pkg.mediaStart)));
    expect(problemsOf(() => readPackageFile(out))).toEqual([{ code: 'truncatedFile', file: 'p.jurypkg' }]);
  });

  it('refuses a package with bytes added after its media', async () => {
    const { out, bytes } = await exported();
    writeFileSync(out, Buffer.concat([bytes, Buffer.from('x')]));
    expect(problemsOf(() => readPackageFile(out))).toEqual([{ code: 'truncatedFile', file: 'p.jurypkg' }]);
  });

  it('refuses a package with one byte of its payload or signature changed', async () => {
    const { out, bytes, pkg } = await exported(false);
    flipByte(out, pkg.mediaStart - 300);
    expect(problemsOf(() => readPackageFile(out))).toEqual([{ code: 'badSignature', file: 'p.jurypkg' }]);
    writeFileSync(out, bytes);
    const sigLine = bytes.indexOf('signature: ') + 'signature: '.length;
    flipByte(out, sigLine + 10);
    expect(problemsOf(() => readPackageFile(out))[0].code).toMatch(/^(badSignature|truncatedFile)$/);
  });

  it('refuses other kinds of files: a juror file, a CSV, a contest database, an empty or missing file', async () => {
    const { dir } = await exported(false);
    const keys = randomKeys();
    const jurorFile = join(dir, 'scores.juryscores');
    const payload = buildJurorPayload({
      definition: readPackageFile(join(dir, 'p.jurypkg')).payload.definition,
      contest: { uid: 'u', definitionSha256: 'ab'.repeat(32) },
      packageSha256: 'cd'.repeat(32),
      jurorId: 'j1',
      publicKey: keys.publicKey,
      entries: [],
      marks: emptyScores(),
      revision: 1,
      previous: null,
      createdAt: NOW,
    });
    writeFileSync(jurorFile, writeJurorFile(payload, keys.secretKey));
    expect(problemsOf(() => readPackageFile(jurorFile))).toEqual([{ code: 'notPackage', file: 'scores.juryscores' }]);
    expect(problemsOf(() => readPackageFile(fixture('thanks-challenge', 'scores-paper.csv')))).toEqual([{ code: 'notPackage', file: 'scores-paper.csv' }]);
    expect(problemsOf(() => readPackageFile(join(dir, 'contest.jury')))).toEqual([{ code: 'notPackage', file: 'contest.jury' }]);
    writeFileSync(join(dir, 'empty.jurypkg'), '');
    expect(problemsOf(() => readPackageFile(join(dir, 'empty.jurypkg')))).toEqual([{ code: 'emptyFile', file: 'empty.jurypkg' }]);
    expect(problemsOf(() => readPackageFile(join(dir, 'none.jurypkg')))).toEqual([{ code: 'fileNotFound', file: 'none.jurypkg' }]);
  });

  it('refuses a validly signed package no organiser would make', async () => {
    const { dir, out } = await exported();
    const bad = (edit: (p: PackagePayload) => void) => problemsOf(() => readPackageFile(resigned(out, join(dir, 'bad.jurypkg'), edit)));
    // a juror who is not on the contest's panel
    expect(bad((p) => (p.juror = { id: 'x9', name: 'Stranger' }))).toEqual([
      { code: 'jurorNotOnPanel', file: 'bad.jurypkg', field: 'juror', params: { id: 'x9', allowed: 'j1, j2, j3, j4, j5' } },
    ]);
    // the definition does not hash to what the contest line says
    expect(bad((p) => (p.definition.jury[0].name = 'Someone else'))).toEqual([{ code: 'badSignature', file: 'bad.jurypkg', field: 'contest' }]);
    expect(bad((p) => ((p as { format: string }).format = 'jury.package/2'))[0]).toMatchObject({ code: 'format', field: 'format' });
    expect(bad((p) => (p.entries[1].id = p.entries[0].id))[0]).toMatchObject({ code: 'duplicateId', field: 'entries[1].id' });
    expect(bad((p) => (p.entries[0].nomination = 'likes'))[0]).toMatchObject({ code: 'unknownNomination', field: 'entries[0].nomination' });
    // a media name that is a path would let extraction write outside its folder
    for (const name of ['../evil.mp4', '..', '.hidden', 'a\\b.mp4', 'C:x.mp4']) {
      expect(bad((p) => ((p.media = [{ ...p.media[0], name, size: 0 }]), (p.entries[0].media = name)))).toEqual([{ code: 'truncatedFile', file: 'bad.jurypkg', field: 'media[0]' }]);
    }
    // media that overlap or claim another offset
    expect(bad((p) => (p.media = [{ ...p.media[0], offset: 1, size: 0 }]))).toEqual([{ code: 'truncatedFile', file: 'bad.jurypkg', field: 'media[0]' }]);
    expect(bad((p) => (p.media = [{ ...p.media[0], entry: '77', size: 0 }]))).toEqual([{ code: 'truncatedFile', file: 'bad.jurypkg', field: 'media[0]' }]);
    // a well-formed package of another organiser reads fine: trust is the desk's decision
    const other = resigned(out, join(dir, 'other.jurypkg'), (p) => (p.media = [], p.entries.forEach((e) => (e.media = null))));
    expect(readPackageFile(other).fingerprint).not.toBe(readPackageFile(out).fingerprint);
  });
});

describe('extractMedia', () => {
  it('refuses media changed inside the package and leaves nothing extracted', async () => {
    const { dir, ws } = await organiser();
    giveMedia(ws, dir, '1', pattern(2000, 1));
    giveMedia(ws, dir, '2', pattern(2000, 2));
    const out = join(dir, 'p.jurypkg');
    exportPackage(ws, { jurorId: 'j1', entryIds: ['1', '2'], includeMedia: true }, out);
    flipByte(out, -10); // inside entry 2's media
    const pkg = readPackageFile(out); // the head is intact: media are checked when extracted
    const media = join(dir, 'media');
    expect(problemsOf(() => extractMedia(out, pkg, media))).toEqual([{ code: 'mediaAltered', file: 'p.jurypkg', params: { entry: '2' } }]);
    expect(existsSync(media) ? readdirSync(media) : []).toEqual([]);
  });

  it('refuses a package whose media was replaced by other bytes of the same size', async () => {
    const { dir, ws } = await organiser();
    giveMedia(ws, dir, '1', pattern(64, 1));
    const out = join(dir, 'p.jurypkg');
    exportPackage(ws, { jurorId: 'j1', entryIds: ['1'], includeMedia: true }, out);
    const bytes = readFileSync(out);
    bytes.set(pattern(64, 9), bytes.length - 64);
    writeFileSync(out, bytes);
    const pkg = readPackageFile(out);
    expect(problemsOf(() => extractMedia(out, pkg, join(dir, 'm')))[0]).toMatchObject({ code: 'mediaAltered', params: { entry: '1' } });
  });

});
