import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { ContestWorkspace } from '../../../electron/services/contestWorkspace';
import { exportPackage, type PackageOptions } from '../../../electron/services/packageExport';
import { readPackageFile } from '../../../electron/services/packageReader';
import { ScoringDesk } from '../../../electron/services/scoringDesk';
import type { ServiceContext } from '../../../electron/services/context';
import { fingerprint } from '../../../shared/crypto/signing';
import { writePackageHead } from '../../../shared/package/packageFile';
import { contestWithEntries, fixedContext, flipByte, NOW, problemsOf, randomKeys, tempDir } from '../helpers';

const LATER = '2026-03-06T12:00:00.000Z';
const at = (iso: string): ServiceContext => ({ ...fixedContext('organiser'), now: () => new Date(iso) });
const bytesOf = (seed: number, size = 4096) => Uint8Array.from({ length: size }, (_, i) => (i * 7 + seed) & 0xff);

/** An organiser's contest (thanks-challenge, 125 entries) and a juror's laptop with an empty desk. */
async function setup() {
  const dir = tempDir();
  const db = await contestWithEntries(dir);
  const dataDir = join(dir, 'laptop');
  const desk = new ScoringDesk(dataDir, fixedContext('juror'));
  onTestFinished(() => desk.closeAll());
  const exportAs = (file: string, opts: Partial<PackageOptions> = {}, ctx = fixedContext('organiser'), prepare?: (ws: ContestWorkspace) => void) => {
    const ws = ContestWorkspace.open(db, ctx);
    try {
      prepare?.(ws);
      exportPackage(ws, { jurorId: 'j1', includeMedia: false, ...opts }, join(dir, file));
    } finally {
      ws.close();
    }
    return join(dir, file);
  };
  const withMedia = (ws: ContestWorkspace, entry: string, bytes: Uint8Array) => {
    mkdirSync(join(dir, 'videos'), { recursive: true });
    writeFileSync(join(dir, 'videos', `${entry}.mp4`), bytes);
    ws.updateEntry(entry, { media: `videos/${entry}.mp4` });
  };
  const scoringFiles = () => (existsSync(desk.folder) ? readdirSync(desk.folder).sort() : []);
  return { dir, db, dataDir, desk, exportAs, withMedia, scoringFiles };
}

describe('ScoringDesk.openPackage', () => {
  it('verifies a package and opens a workspace for it in the data folder', async () => {
    const { desk, dataDir, exportAs, scoringFiles } = await setup();
    const pkgPath = exportAs('j1.jurypkg', { entryIds: ['1', '2', '3'] });
    const pkg = readPackageFile(pkgPath);
    const ws = desk.openPackage(pkgPath);
    expect(ws.path).toBe(join(dataDir, 'scoring', `${pkg.payload.contest.uid}-j1.jury-scoring`));
    expect(ws.workspaceId).toMatch(/^[0-9a-f]{20}$/);
    expect(ws.packageInfo).toMatchObject({ juror_id: 'j1', juror_name: pkg.payload.juror.name, organiser_key: pkg.publicKey, sha256: pkg.sha256, created_at: NOW, media_dir: null });
    expect(ws.entries()).toEqual(pkg.payload.entries);
    expect(ws.definition()).toEqual(pkg.payload.definition);
    expect(desk.list()).toEqual([{ workspaceId: ws.workspaceId, path: ws.path, title: pkg.payload.definition.title, juror: pkg.payload.juror, entries: 3, lastRevision: null }]);
    expect(scoringFiles().filter((n) => !/-(wal|shm)$/.test(n))).toEqual([`${pkg.payload.contest.uid}-j1.jury-scoring`]);
    expect(desk.get(ws.workspaceId)).toBe(ws);
  });

  it('refuses an older package than the one being scored, and keeps the newer one’s entries', async () => {
    const { desk, exportAs } = await setup();
    const older = exportAs('old.jurypkg', { entryIds: ['1', '2'] });
    const newer = exportAs('new.jurypkg', { entryIds: ['1', '2', '3'] }, at(LATER));
    const ws = desk.openPackage(newer);
    expect(problemsOf(() => desk.openPackage(older))).toEqual([{ code: 'olderPackage', file: 'old.jurypkg', params: { made: NOW, current: LATER } }]);
    expect(desk.get(ws.workspaceId).entries().map((e) => e.id)).toEqual(['1', '2', '3']);
  });

  it('compares the moments packages were made as times, not as text', async () => {
    const { dir, db, desk, exportAs } = await setup();
    const v1 = exportAs('v1.jurypkg', { entryIds: ['1', '2'] }); // made at NOW, 10:00Z
    // The organiser's own key signs each variant: only the moment it says it was made differs.
    const org = ContestWorkspace.open(db, fixedContext('organiser'));
    const keys = org.organiserKeys();
    org.close();
    const resigned = (file: string, createdAt: string, entryIds: string[]) => {
      const payload = structuredClone(readPackageFile(v1).payload);
      payload.createdAt = createdAt;
      payload.entries = readPackageFile(exportAs(`src-${file}`, { entryIds })).payload.entries;
      writeFileSync(join(dir, file), writePackageHead(payload, keys));
      return join(dir, file);
    };
    const ws = desk.openPackage(v1);
    // The same bytes again just open.
    expect(desk.openPackage(v1)).toBe(ws);
    // 14:00 at UTC+5 is 09:00Z, before 10:00Z, though "T14" sorts after "T10" as text.
    const older = resigned('older.jurypkg', '2026-03-04T14:00:00+05:00', ['1', '2', '3']);
    expect(problemsOf(() => desk.openPackage(older))).toEqual([{ code: 'olderPackage', file: 'older.jurypkg', params: { made: '2026-03-04T14:00:00+05:00', current: NOW } }]);
    // The same moment written otherwise, or written the same, with other contents: which is current cannot be told.
    for (const [file, made] of [['same.jurypkg', '2026-03-04T15:00:00+05:00'], ['same-text.jurypkg', NOW]]) {
      expect(problemsOf(() => desk.openPackage(resigned(file, made, ['1', '2', '3'])))).toEqual([{ code: 'samePackageTime', file, params: { made, current: NOW } }]);
    }
    expect(desk.get(ws.workspaceId).entries().map((e) => e.id)).toEqual(['1', '2']);
    // 09:30 at UTC−2 is 11:30Z, after 10:00Z, though "T09" sorts before "T10" as text.
    const newer = resigned('newer.jurypkg', '2026-03-04T09:30:00-02:00', ['1', '2', '3']);
    expect(desk.openPackage(newer).entries().map((e) => e.id)).toEqual(['1', '2', '3']);
    expect(problemsOf(() => desk.openPackage(v1))[0]).toMatchObject({ code: 'olderPackage' });
  });

  it('opening the same package again returns the same workspace, marks untouched', async () => {
    const { desk, exportAs } = await setup();
    const pkgPath = exportAs('j1.jurypkg');
    const ws = desk.openPackage(pkgPath);
    ws.setMark('score', '1', 'relevance', '4');
    expect(desk.openPackage(pkgPath)).toBe(ws);
    expect(ws.marksNow().scores.get('1\u0000relevance')).toBe('4');
    expect(desk.list()).toHaveLength(1);
  });

  it('a newer package of the same organiser updates the entries and keeps the marks', async () => {
    const { desk, exportAs } = await setup();
    const ws = desk.openPackage(exportAs('v1.jurypkg', { entryIds: ['1', '2', '3'] }));
    const id = ws.workspaceId;
    ws.setMark('score', '1', 'relevance', '4');
    ws.setMark('score', '3', 'relevance', '2');
    ws.setMark('comment', '2', '', 'keep me');
    ws.submit(join(desk.folder, '..', 'r1.juryscores'), randomKeys());
    // the organiser disqualifies entry 3 and gives the juror entry 4 as well
    const v2 = exportAs('v2.jurypkg', { entryIds: ['1', '2', '3', '4'] }, at(LATER), (org) => org.decide(['3'], 'disqualified', 'late'));
    const updated = desk.openPackage(v2);
    expect(updated.workspaceId).toBe(id);
    expect(updated.entries().map((e) => e.id)).toEqual(['1', '2', '4']);
    expect(updated.packageInfo).toMatchObject({ sha256: readPackageFile(v2).sha256, created_at: LATER });
    const marks = updated.marksNow();
    expect(marks.scores.get('1\u0000relevance')).toBe('4');
    expect(marks.comments.get('2')).toBe('keep me');
    expect(updated.lastSubmission()?.revision).toBe(1);
    expect(desk.get(id)).toBe(updated);
    expect(problemsOf(() => updated.setMark('score', '3', 'relevance', '1'))).toEqual([{ code: 'unknownEntry', params: { id: '3' } }]);
    // entry 3 is no longer in the package: its mark stays on disk but is not sent
    const receipt = updated.submit(join(desk.folder, '..', 'r2.juryscores'), randomKeys());
    expect(receipt).toMatchObject({ revision: 2, scores: 1 });
    expect(desk.list()).toHaveLength(1);
  });

  it('refuses a package signed by another organiser key for a workspace that exists, and changes nothing', async () => {
    const { dir, desk, exportAs, withMedia } = await setup();
    const original = exportAs('v1.jurypkg', { entryIds: ['1', '2'], includeMedia: true }, fixedContext('organiser'), (org) => withMedia(org, '1', bytesOf(1)));
    const ws = desk.openPackage(original);
    ws.setMark('score', '1', 'relevance', '4');
    const before = { pkg: ws.packageInfo, entries: ws.entries(), media: readFileSync(join(ws.packageInfo.media_dir!, '1.mp4')) };

    // the same contest and juror, entries changed, re-signed with someone else's key; its media differ too
    const good = readPackageFile(exportAs('v2.jurypkg', { entryIds: ['1', '2', '3'], includeMedia: true }, at(LATER), (org) => withMedia(org, '1', bytesOf(9))));
    const forger = randomKeys();
    const forged = join(dir, 'forged.jurypkg');
    const head = writePackageHead(good.payload, forger);
    writeFileSync(forged, Buffer.concat([head, bytesOf(9)]));
    expect(readPackageFile(forged).fingerprint).toBe(fingerprint(forger.publicKey));

    expect(problemsOf(() => desk.openPackage(forged))).toEqual([
      { code: 'otherOrganiser', file: 'forged.jurypkg', params: { fingerprint: fingerprint(forger.publicKey), expected: readPackageFile(original).fingerprint } },
    ]);
    const same = desk.get(ws.workspaceId);
    expect(same.packageInfo).toEqual(before.pkg);
    expect(same.entries()).toEqual(before.entries);
    expect(same.marksNow().scores.get('1\u0000relevance')).toBe('4');
    expect(readFileSync(join(same.packageInfo.media_dir!, '1.mp4'))).toEqual(before.media);
  });

  it('extracts the media of a package beside its workspace', async () => {
    const { desk, exportAs, withMedia, dataDir } = await setup();
    const pkgPath = exportAs('j1.jurypkg', { entryIds: ['1', '2'], includeMedia: true }, fixedContext('organiser'), (org) => withMedia(org, '2', bytesOf(2, 10_000)));
    const ws = desk.openPackage(pkgPath);
    const mediaDir = ws.packageInfo.media_dir!;
    expect(mediaDir).toBe(join(dataDir, 'scoring', `${readPackageFile(pkgPath).payload.contest.uid}-j1.media`));
    expect(readdirSync(mediaDir)).toEqual(['2.mp4']);
    expect(new Uint8Array(readFileSync(join(mediaDir, '2.mp4')))).toEqual(bytesOf(2, 10_000));
    expect(ws.state(null)).toMatchObject({ hasMedia: true, entries: [{ id: '1', media: null }, { id: '2', media: '2.mp4' }] });
  });

  it('refuses a package whose media were altered: no workspace, no media folder', async () => {
    const { desk, exportAs, withMedia, scoringFiles } = await setup();
    const pkgPath = exportAs('j1.jurypkg', { entryIds: ['1', '2'], includeMedia: true }, fixedContext('organiser'), (org) => (withMedia(org, '1', bytesOf(1)), withMedia(org, '2', bytesOf(2))));
    flipByte(pkgPath, -1);
    expect(problemsOf(() => desk.openPackage(pkgPath))).toEqual([{ code: 'mediaAltered', file: 'j1.jurypkg', params: { entry: '2' } }]);
    expect(scoringFiles()).toEqual([]);
    expect(desk.list()).toEqual([]);
  });

  it('an altered newer package leaves the workspace and its media as they were', async () => {
    const { desk, exportAs, withMedia } = await setup();
    const ws = desk.openPackage(exportAs('v1.jurypkg', { entryIds: ['1'], includeMedia: true }, fixedContext('organiser'), (org) => withMedia(org, '1', bytesOf(1))));
    const sha = ws.packageInfo.sha256;
    const v2 = exportAs('v2.jurypkg', { entryIds: ['1', '2'], includeMedia: true }, at(LATER), (org) => (withMedia(org, '1', bytesOf(5)), withMedia(org, '2', bytesOf(6))));
    flipByte(v2, -1);
    expect(problemsOf(() => desk.openPackage(v2))[0]).toMatchObject({ code: 'mediaAltered', params: { entry: '2' } });
    const same = desk.get(ws.workspaceId);
    expect(same.packageInfo.sha256).toBe(sha);
    expect(readdirSync(same.packageInfo.media_dir!)).toEqual(['1.mp4']);
    expect(new Uint8Array(readFileSync(join(same.packageInfo.media_dir!, '1.mp4')))).toEqual(bytesOf(1));
  });

  it.each([
    ['cut short', (p: string) => writeFileSync(p, readFileSync(p).subarray(0, 500)), 'truncatedFile'],
    ['with a changed byte', (p: string) => flipByte(p, -20), 'badSignature'],
    ['that is a CSV', (p: string) => writeFileSync(p, 'juror,entry,criterion,score\nj1,1,relevance,5\n'), 'notPackage'],
    ['that is empty', (p: string) => writeFileSync(p, ''), 'emptyFile'],
  ])('refuses a package %s and creates nothing', async (_, damage, code) => {
    const { desk, exportAs, scoringFiles } = await setup();
    const pkgPath = exportAs('j1.jurypkg');
    damage(pkgPath);
    expect(problemsOf(() => desk.openPackage(pkgPath))).toEqual([{ code, file: 'j1.jurypkg' }]);
    expect(scoringFiles()).toEqual([]);
  });

  it('gives each juror of the panel a workspace of their own, even when their ids make the same file name', async () => {
    const { desk, exportAs } = await setup();
    const rename = (org: ContestWorkspace) => {
      const def = org.definition();
      def.jury[1].id = 'j.2';
      def.jury[2].id = 'j_2';
      org.saveDefinition(def);
    };
    const a = desk.openPackage(exportAs('a.jurypkg', { jurorId: 'j.2' }, fixedContext('organiser'), rename));
    const b = desk.openPackage(exportAs('b.jurypkg', { jurorId: 'j_2' }));
    const c = desk.openPackage(exportAs('c.jurypkg', { jurorId: 'j1' }));
    expect(new Set([a.path, b.path, c.path]).size).toBe(3);
    expect([a.jurorId, b.jurorId, c.jurorId]).toEqual(['j.2', 'j_2', 'j1']);
    expect(desk.list().map((s) => s.juror.id).sort()).toEqual(['j.2', 'j1', 'j_2']);
  });

  it('a desk opened later finds the workspaces and their marks; an unknown id is refused', async () => {
    const { desk, dataDir, exportAs } = await setup();
    const ws = desk.openPackage(exportAs('j1.jurypkg'));
    ws.setMark('score', '7', 'sound', '5');
    desk.closeAll();
    const later = new ScoringDesk(dataDir, fixedContext('juror'));
    onTestFinished(() => later.closeAll());
    expect(later.list().map((s) => s.workspaceId)).toEqual([ws.workspaceId]);
    expect(later.get(ws.workspaceId).marksNow().scores.get('7\u0000sound')).toBe('5');
    expect(problemsOf(() => later.get('0123456789abcdef0123'))).toEqual([{ code: 'unknownContest' }]);
  });

  it('a package the new workspace cannot take leaves nothing behind, and a good package opens afterwards', async () => {
    const { dir, desk, exportAs, scoringFiles } = await setup();
    const good = exportAs('j1.jurypkg', { entryIds: ['1', '2'] });
    const pkg = readPackageFile(good);
    // signed and well-formed as far as the package format goes, but a name that is not text
    const odd = structuredClone(pkg.payload);
    (odd.entries[0] as { participant: unknown }).participant = { first: 'A', last: 'B' };
    const bad = join(dir, 'odd.jurypkg');
    writeFileSync(bad, writePackageHead(odd, randomKeys()));
    expect(() => desk.openPackage(bad)).toThrow();
    expect(scoringFiles()).toEqual([]);
    expect(desk.openPackage(good).entries()).toHaveLength(2);
  });

  it('lists nothing for a damaged workspace file instead of failing', async () => {
    const { desk, exportAs } = await setup();
    desk.openPackage(exportAs('j1.jurypkg'));
    writeFileSync(join(desk.folder, 'broken.jury-scoring'), 'not sqlite at all, just text that is long enough to be read');
    expect(desk.list()).toHaveLength(1);
  });
});
