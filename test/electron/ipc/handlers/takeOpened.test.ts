import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeApp } from '../appHarness';
import { contestWithEntries, flipByte, runCli } from '../../helpers';

describe('app:takeOpened: a package double-clicked in the file manager', () => {
  it('is opened when the window asks, once, and lands on its scoring workspace', async () => {
    const app = makeApp();
    const db = await contestWithEntries(app.work);
    const pkg = join(app.work, 'Оспанова.jurypkg');
    expect((await runCli('export-package', db, '--juror', 'j1', '--out', pkg)).code).toBe(0);
    expect(await app.value('app:takeOpened')).toBeNull();
    app.openRequests.add(pkg);
    const opened = await app.value('app:takeOpened');
    expect(opened).toMatchObject({ juror: { id: 'j1' }, entries: 125, lastRevision: null });
    expect(await app.value('app:takeOpened')).toBeNull();
    expect((await app.value('scores:list')).map((w) => w.workspaceId)).toEqual([opened!.workspaceId]);
  });

  it('answers with the problem when the package was changed, and opens nothing', async () => {
    const app = makeApp();
    const db = await contestWithEntries(app.work);
    const pkg = join(app.work, 'j1.jurypkg');
    await runCli('export-package', db, '--juror', 'j1', '--out', pkg);
    flipByte(pkg, -10);
    app.openRequests.add(pkg);
    const r = await app.call('app:takeOpened');
    expect(r).toEqual({ ok: false, problems: [{ code: 'badSignature', file: 'j1.jurypkg' }] });
    expect(await app.value('scores:list')).toEqual([]);
  });
});
