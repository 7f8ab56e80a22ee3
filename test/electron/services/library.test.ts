import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ContestWorkspace } from '../../../electron/services/contestWorkspace';
import { CONTEST_EXTENSION, Library } from '../../../electron/services/library';
import { contestFromTemplate } from '../../../shared/contest/templates';
import { fixedContext, loadDefinition, problemsOf, tempDir } from '../helpers';

function library(dataDir = tempDir()) {
  const lib = new Library(dataDir, fixedContext());
  onTestFinished(() => lib.closeAll());
  return lib;
}

const listFile = (dataDir: string) => JSON.parse(readFileSync(join(dataDir, 'library.json'), 'utf8')) as string[];

describe('Library', () => {
  it('creates the contests folder', () => {
    const dir = tempDir();
    const lib = library(dir);
    expect(lib.contestsFolder).toBe(join(dir, 'contests'));
    expect(existsSync(lib.contestsFolder)).toBe(true);
    expect(lib.list()).toEqual([]);
  });

  it('create names the file after the title, in the contests folder, with the .jury extension', () => {
    const lib = library();
    const ws = lib.create(loadDefinition('thanks-challenge'));
    expect(CONTEST_EXTENSION).toBe('jury');
    expect(ws.path).toBe(join(lib.contestsFolder, 'Алғыс айту күніне арналған Барлығына рақмет челленджі.jury'));
    expect(existsSync(ws.path)).toBe(true);
  });

  it('makes names unique', () => {
    const lib = library();
    const names = [1, 2, 3].map(() => basename(lib.create(contestFromTemplate('blank')).path));
    expect(names).toEqual(['Жаңа байқау.jury', 'Жаңа байқау (2).jury', 'Жаңа байқау (3).jury']);
    expect(new Set(lib.list().map((s) => s.contestId)).size).toBe(3);
  });

  it('strips characters that cannot be in a file name, and falls back to "contest"', () => {
    const lib = library();
    const def = contestFromTemplate('blank');
    expect(basename(lib.create({ ...def, title: 'a/b\\c:d*e?f"g<h>i|j  «k»' }).path)).toBe('abcdefghij k.jury');
    expect(basename(lib.create({ ...def, title: '///' }).path)).toBe('contest.jury');
    expect(basename(lib.create({ ...def, title: { kk: 'Байқау', ru: 'Конкурс' }, language: 'ru' }).path)).toBe('Конкурс.jury');
  });

  it('list shows the contests, newest first, and survives a restart', () => {
    const dir = tempDir();
    const lib = library(dir);
    const a = lib.create(contestFromTemplate('blank'));
    const b = lib.create(loadDefinition('best-work'));
    expect(lib.list().map((s) => s.path)).toEqual([b.path, a.path]);
    expect(listFile(dir)).toEqual([b.path, a.path]);
    const [aId, bId] = [a.contestId, b.contestId];
    lib.closeAll();
    const again = library(dir);
    expect(again.list().map((s) => [s.contestId, s.path, s.problem])).toEqual([
      [bId, b.path, undefined],
      [aId, a.path, undefined],
    ]);
    expect(again.get(aId).path).toBe(a.path);
  });

  it('list shows a moved or deleted file with its problem, and forget removes it', () => {
    const dir = tempDir();
    const lib = library(dir);
    const moved = lib.create(contestFromTemplate('blank'));
    const deleted = lib.create(contestFromTemplate('projects'));
    const kept = lib.create(contestFromTemplate('video-challenge'));
    const movedId = moved.contestId;
    lib.closeAll();
    renameSync(moved.path, join(dir, 'elsewhere.jury'));
    rmSync(deleted.path);
    const again = library(dir);
    const list = again.list();
    expect(list).toHaveLength(3);
    const byPath = Object.fromEntries(list.map((s) => [s.path, s]));
    expect(byPath[moved.path]).toMatchObject({
      contestId: `missing:${moved.path}`,
      fileName: basename(moved.path),
      entries: 0,
      problem: { code: 'fileNotFound', file: basename(moved.path) },
    });
    expect(byPath[deleted.path].problem).toMatchObject({ code: 'fileNotFound' });
    expect(byPath[kept.path].problem).toBeUndefined();
    expect(problemsOf(() => again.get(movedId))).toEqual([{ code: 'unknownContest' }]);
    again.forget(`missing:${moved.path}`);
    expect(again.list().map((s) => s.path).sort()).toEqual([deleted.path, kept.path].sort());
  });

  it('list shows a file that is no longer a contest with notContestDb', () => {
    const dir = tempDir();
    const lib = library(dir);
    const ws = lib.create(contestFromTemplate('blank'));
    lib.closeAll();
    writeFileSync(ws.path, 'overwritten with text '.repeat(40));
    expect(library(dir).list()[0].problem).toMatchObject({ code: 'notContestDb' });
  });

  it('forget removes an open contest from the list but keeps its file', () => {
    const lib = library();
    const ws = lib.create(contestFromTemplate('blank'));
    lib.forget(ws.contestId);
    expect(lib.list()).toEqual([]);
    expect(existsSync(ws.path)).toBe(true);
    expect(ws.db.open).toBe(false);
    expect(problemsOf(() => lib.get('id-1'))).toEqual([{ code: 'unknownContest' }]);
  });

  it('openFile adds a contest from elsewhere once; a damaged library.json reads as empty', () => {
    const dir = tempDir();
    const lib = library(dir);
    const outside = join(tempDir(), 'usb.jury');
    ContestWorkspace.create(outside, contestFromTemplate('blank'), { ...fixedContext(), newId: () => 'usb' }).close();
    expect(lib.openFile(outside).uid).toBe('usb');
    expect(lib.openFile(outside).uid).toBe('usb');
    expect(listFile(dir)).toEqual([outside]);
    writeFileSync(join(dir, 'library.json'), '{ broken');
    expect(library(dir).list()).toEqual([]);
  });

  // Regression (fixed): a contest's id is the uid stored inside the file, so a backup copy (contests:backup,
  // or a file copied to a USB stick) has the same contestId as the original. Library keeps
  // open workspaces in a Map keyed by contestId, so opening the copy replaces the original's
  // entry (leaking its connection): from then on library.get(id) — and every IPC call for the
  // original contest (entries:decide, import:commit, contests:save…) — works on the COPY.
  // contests:list also returns two rows with the same contestId.
  it('opening a backup copy does not redirect the original contest to the copy', async () => {
    const lib = library();
    const original = lib.create(contestFromTemplate('blank'));
    const copyPath = join(tempDir(), 'backup.jury');
    await original.backup(copyPath);
    lib.openFile(copyPath);
    expect(lib.get(original.contestId).path).toBe(original.path);
    const ids = lib.list().map((s) => s.contestId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
