import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContestWorkspace } from '../../../../electron/services/contestWorkspace';
import { exportPackage } from '../../../../electron/services/packageExport';
import { contestWithEntries, fixedContext } from '../../helpers';
import { makeApp } from '../appHarness';

/**
 * A juror's app with a package whose entry 1 carries an AVI video and entry 2 a HEIC photo (the
 * window plays neither), entry 3 nothing.
 */
async function mediaApp() {
  const app = makeApp();
  const db = await contestWithEntries(app.work);
  mkdirSync(join(app.work, 'media'));
  writeFileSync(join(app.work, 'media', 'clip.avi'), 'RIFF….AVI video');
  writeFileSync(join(app.work, 'media', 'photo.heic'), 'ftypheic photo');
  const org = ContestWorkspace.open(db, fixedContext('organiser'));
  org.updateEntry('1', { media: 'media/clip.avi' });
  org.updateEntry('2', { media: 'media/photo.heic' });
  const pkg = join(app.work, 'j1.jurypkg');
  exportPackage(org, { jurorId: 'j1', entryIds: ['1', '2', '3'], includeMedia: true }, pkg);
  org.close();
  app.dialogs.openAnswers.push(pkg);
  const { workspaceId } = (await app.value('scores:openPackage'))!;
  const mediaDir = app.desk.get(workspaceId).packageInfo.media_dir!;
  return { ...app, workspaceId, mediaDir };
}

describe('scores:openMedia: a media file the window cannot play, opened with the system’s program', () => {
  it('opens the copy extracted from the package, found by the entry, never a path from the window', async () => {
    const app = await mediaApp();
    expect(await app.value('scores:openMedia', { workspaceId: app.workspaceId, entry: '1' })).toBe(true);
    expect(await app.value('scores:openMedia', { workspaceId: app.workspaceId, entry: '2' })).toBe(true);
    expect(app.shell.calls).toEqual([
      ['openPath', join(app.mediaDir, '1.avi')],
      ['openPath', join(app.mediaDir, '2.heic')],
    ]);
    expect(readFileSync(join(app.mediaDir, '1.avi'), 'utf8')).toBe('RIFF….AVI video');
  });

  it('refuses an entry without media, an unknown entry or workspace, and a file that has gone', async () => {
    const app = await mediaApp();
    const { workspaceId } = app;
    expect(await app.call('scores:openMedia', { workspaceId, entry: '3' })).toEqual({ ok: false, problems: [{ code: 'noMedia', params: { id: '3' } }] });
    expect(await app.call('scores:openMedia', { workspaceId, entry: '99' })).toEqual({ ok: false, problems: [{ code: 'noMedia', params: { id: '99' } }] });
    expect(await app.call('scores:openMedia', { workspaceId: 'ffffffffffffffffffff', entry: '1' })).toEqual({ ok: false, problems: [{ code: 'unknownContest' }] });
    rmSync(join(app.mediaDir, '1.avi'));
    expect(await app.call('scores:openMedia', { workspaceId, entry: '1' })).toEqual({ ok: false, problems: [{ code: 'noMedia', params: { id: '1' } }] });
    expect(app.shell.calls).toEqual([]);
  });

  it('takes only a workspace and an entry: a path, or anything more, is refused by the schema', async () => {
    const app = await mediaApp();
    for (const input of [{ workspaceId: app.workspaceId, entry: '1', path: '/bin/sh' }, { workspaceId: app.workspaceId, path: '/bin/sh' }, { path: '/bin/sh' }]) {
      expect(await app.call('scores:openMedia', input as never)).toMatchObject({ ok: false, problems: [{ code: 'invalidInput' }] });
    }
    expect(app.shell.calls).toEqual([]);
  });

  it('reports what the system said when no program could open the file', async () => {
    const app = await mediaApp();
    app.shell.openPathResult = 'No application is associated with the file';
    expect(await app.call('scores:openMedia', { workspaceId: app.workspaceId, entry: '2' })).toEqual({
      ok: false,
      problems: [{ code: 'io', file: '2.heic', params: { detail: 'No application is associated with the file' } }],
    });
  });
});
