import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPackageFile } from '../../../../electron/services/packageReader';
import { readJurorFile } from '../../../../shared/juror/jurorFile';
import { contestWithEntries, fixture, NOW, runCli, writeKeyFile } from '../../helpers';
import { makeApp } from '../appHarness';

/** An app whose desk has opened a package for j1 (entries 1–5) through the open dialog. */
async function jurorApp() {
  const app = makeApp();
  const db = await contestWithEntries(app.work);
  const pkg = join(app.work, 'j1.jurypkg');
  expect((await runCli('export-package', db, '--juror', 'j1', '--entries', '1,2,3,4,5', '--out', pkg)).code).toBe(0);
  app.dialogs.openAnswers.push(pkg);
  const opened = await app.value('scores:openPackage');
  return { ...app, db, pkg, workspaceId: opened!.workspaceId, opened: opened! };
}

describe('organiser: packages:info and packages:export', () => {
  it('exports a package for a juror to the file chosen in the save dialog, and lists it', async () => {
    const app = makeApp();
    // the thanks-challenge contest with its 125 entries, opened from its file
    app.dialogs.openAnswers.push(await contestWithEntries(app.work));
    const { contestId } = (await app.value('contests:open'))!;
    const info = await app.value('packages:info', { contestId });
    expect(info).toEqual({ fingerprint: expect.stringMatching(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/), issued: [] });

    const def = (await app.value('contests:get', { contestId })).definition;
    const juror = def.jury.find((j) => j.role !== 'secretary')!;
    const out = join(app.work, 'pkg.jurypkg');
    app.dialogs.saveAnswers.push(out);
    const receipt = await app.value('packages:export', { contestId, jurorId: juror.id, entryIds: ['1', '2'], includeMedia: false });
    expect(receipt).toEqual({ fileName: 'pkg.jurypkg', jurorId: juror.id, entries: 2, media: 0, sha256: readPackageFile(out).sha256, fingerprint: info.fingerprint });
    expect(app.dialogs.saved[0]).toMatchObject({ defaultPath: expect.stringMatching(new RegExp(`— ${juror.name}\\.jurypkg$`)), filters: [{ extensions: ['jurypkg'] }] });
    expect((await app.value('packages:info', { contestId })).issued).toEqual([{ jurorId: juror.id, fileName: 'pkg.jurypkg', sha256: receipt!.sha256, entries: 2, media: 0, createdAt: NOW }]);

    // a cancelled dialog writes nothing; a refusal comes back as problems
    expect(await app.value('packages:export', { contestId, jurorId: juror.id, includeMedia: false })).toBeNull();
    app.dialogs.saveAnswers.push(join(app.work, 'x.jurypkg'));
    const r = await app.call('packages:export', { contestId, jurorId: juror.id, entryIds: ['nope'], includeMedia: false });
    expect(r).toEqual({ ok: false, problems: [{ code: 'unknownEntry', field: 'entries', params: { id: 'nope' } }] });
    expect(existsSync(join(app.work, 'x.jurypkg'))).toBe(false);
    expect(await app.call('packages:export', { contestId, jurorId: '', includeMedia: false })).toMatchObject({ ok: false, problems: [{ code: 'invalidInput' }] });
  });
});

describe('juror: scores:* and keys:*', () => {
  it('scores:openPackage verifies the package chosen in the dialog and answers its summary', async () => {
    const app = await jurorApp();
    expect(app.dialogs.opened[0]).toMatchObject({ filters: [{ extensions: ['jurypkg'] }] });
    expect(app.opened).toMatchObject({ juror: { id: 'j1' }, entries: 5, lastRevision: null });
    expect(await app.value('scores:list')).toEqual([app.opened]);
    // the same package again: the same workspace
    app.dialogs.openAnswers.push(app.pkg);
    expect(await app.value('scores:openPackage')).toEqual(app.opened);
    // cancelled
    expect(await app.value('scores:openPackage')).toBeNull();
    // not a package
    app.dialogs.openAnswers.push(fixture('thanks-challenge', 'scores-paper.csv'));
    expect(await app.call('scores:openPackage')).toEqual({ ok: false, problems: [{ code: 'notPackage', file: 'scores-paper.csv' }] });
    expect(await app.value('scores:list')).toHaveLength(1);
  });

  it('scores:state, scores:set and scores:undo work on the opened workspace', async () => {
    const app = await jurorApp();
    const { workspaceId } = app;
    const state = await app.value('scores:state', { workspaceId });
    expect(state).toMatchObject({ workspaceId, juror: { id: 'j1' }, entries: expect.any(Array), scores: [], keyFingerprint: null, hasMedia: false });
    expect(state.entries).toHaveLength(5);
    expect(await app.value('scores:set', { workspaceId, kind: 'score', entry: '1', criterion: 'relevance', value: '4' })).toEqual({ kind: 'score', entry: '1', criterion: 'relevance', value: '4' });
    expect(await app.value('scores:set', { workspaceId, kind: 'comment', entry: '1', criterion: '', value: 'ok' })).toMatchObject({ value: 'ok' });
    expect((await app.value('scores:state', { workspaceId })).scores).toEqual([['1', 'relevance', '4']]);
    expect(await app.value('scores:undo', { workspaceId })).toEqual({ kind: 'comment', entry: '1', criterion: '', value: null });
    expect(await app.value('scores:undo', { workspaceId })).toEqual({ kind: 'score', entry: '1', criterion: 'relevance', value: null });
    expect(await app.call('scores:undo', { workspaceId })).toEqual({ ok: false, problems: [{ code: 'nothingToUndo' }] });
    // refused by the workspace, with the field named
    expect(await app.call('scores:set', { workspaceId, kind: 'score', entry: '1', criterion: 'relevance', value: '9' })).toEqual({
      ok: false,
      problems: [{ code: 'scoreOutOfRange', field: 'relevance', params: { value: '9', max: 5 } }],
    });
    expect(await app.call('scores:state', { workspaceId: 'ffffffffffffffffffff' })).toEqual({ ok: false, problems: [{ code: 'unknownContest' }] });
  });

  it.each([
    ['an unknown kind', { kind: 'grade', entry: '1', criterion: 'relevance', value: '4' }],
    ['a number instead of text', { kind: 'score', entry: '1', criterion: 'relevance', value: 4 }],
    ['a missing value', { kind: 'score', entry: '1', criterion: 'relevance' }],
    ['an empty entry id', { kind: 'score', entry: '', criterion: 'relevance', value: '4' }],
    ['an extra field', { kind: 'score', entry: '1', criterion: 'relevance', value: '4', juror: 'j2' }],
    ['a value of 10,001 characters', { kind: 'comment', entry: '1', criterion: '', value: 'x'.repeat(10_001) }],
  ])('scores:set refuses %s by its schema, and nothing is stored', async (_, input) => {
    const app = await jurorApp();
    const r = await app.call('scores:set', { workspaceId: app.workspaceId, ...input } as never);
    expect(r).toMatchObject({ ok: false, problems: [{ code: 'invalidInput', params: { detail: expect.stringMatching(/^scores:set: /) } }] });
    const state = await app.value('scores:state', { workspaceId: app.workspaceId });
    expect([state.scores, state.comments, state.recusals]).toEqual([[], [], []]);
  });

  it('keys:create makes the key once; a second keys:create and keys:choose are refused as keyExists', async () => {
    const app = makeApp();
    expect(await app.value('keys:info')).toBeNull();
    const made = await app.value('keys:create');
    expect(made.fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    expect(await app.value('keys:info')).toEqual(made);
    expect(await app.call('keys:create')).toEqual({ ok: false, problems: [{ code: 'keyExists' }] });
    const other = join(app.work, 'other.key');
    writeKeyFile(other);
    app.dialogs.openAnswers.push(other);
    expect(await app.call('keys:choose')).toEqual({ ok: false, problems: [{ code: 'keyExists' }] });
    expect(await app.value('keys:info')).toEqual(made);
  });

  it('keys:choose takes a key file chosen in the dialog; cancelled, it answers null', async () => {
    const app = makeApp();
    expect(await app.value('keys:choose')).toBeNull();
    const path = join(app.work, 'me.key');
    const made = await runCli('keygen', '--out', path);
    app.dialogs.openAnswers.push(path);
    const info = await app.value('keys:choose');
    expect(made.out).toContain(info!.fingerprint);
  });

  it('scores:submit without a key is refused as noSigningKey before any dialog opens', async () => {
    const app = await jurorApp();
    const saves = app.dialogs.saved.length;
    expect(await app.call('scores:submit', { workspaceId: app.workspaceId })).toEqual({ ok: false, problems: [{ code: 'noSigningKey' }] });
    expect(app.dialogs.saved).toHaveLength(saves);
  });

  it('scores:submit signs the marks into the file chosen in the dialog, one revision after another', async () => {
    const app = await jurorApp();
    const { workspaceId } = app;
    const key = await app.value('keys:create');
    await app.value('scores:set', { workspaceId, kind: 'score', entry: '2', criterion: 'sound', value: '5' });
    expect(await app.value('scores:submit', { workspaceId })).toBeNull(); // cancelled
    const first = join(app.work, 'r1.juryscores');
    const second = join(app.work, 'r2.juryscores');
    app.dialogs.saveAnswers.push(first, second);
    const r1 = await app.value('scores:submit', { workspaceId });
    expect(r1).toMatchObject({ revision: 1, fileName: 'r1.juryscores', scores: 1, missing: 5 });
    expect(app.dialogs.saved.at(-1)).toMatchObject({ defaultPath: expect.stringMatching(/ — 1\.juryscores$/), filters: [{ extensions: ['juryscores'] }] });
    const r2 = await app.value('scores:submit', { workspaceId });
    expect(app.dialogs.saved.at(-1)!.defaultPath).toMatch(/ — 2\.juryscores$/);
    const file = readJurorFile(new Uint8Array(readFileSync(second)));
    expect(file.ok && file.value.payload).toMatchObject({ revision: 2, previous: r1!.sha256, juror: { id: 'j1', fingerprint: key.fingerprint } });
    expect((await app.value('scores:state', { workspaceId })).submissions.map((s) => s.revision)).toEqual([2, 1]);
    expect((await app.value('scores:list'))[0].lastRevision).toBe(2);
    expect(r2!.sha256).not.toBe(r1!.sha256);
  });

  it('scores:submit refuses to save over an earlier revision’s file, and records nothing', async () => {
    const app = await jurorApp();
    const { workspaceId } = app;
    await app.value('keys:create');
    const first = join(app.work, 'r1.juryscores');
    app.dialogs.saveAnswers.push(first, first);
    await app.value('scores:submit', { workspaceId });
    const bytes = readFileSync(first);
    await app.value('scores:set', { workspaceId, kind: 'score', entry: '1', criterion: 'relevance', value: '3' });
    expect(await app.call('scores:submit', { workspaceId })).toEqual({ ok: false, problems: [{ code: 'jurorFileExists', file: 'r1.juryscores', params: { revision: 1 } }] });
    expect(readFileSync(first).equals(bytes)).toBe(true);
    expect((await app.value('scores:state', { workspaceId })).submissions.map((s) => s.revision)).toEqual([1]);
  });

  it('scores:openLink opens only web links of the package entries', async () => {
    const app = await jurorApp();
    expect(await app.value('scores:openLink', { workspaceId: app.workspaceId, entry: '1' })).toBe(true);
    expect(app.shell.calls).toEqual([['openExternal', 'https://www.instagram.com/reel/C384f42b4b/']]);
    expect(await app.call('scores:openLink', { workspaceId: app.workspaceId, entry: '99' })).toMatchObject({ ok: false, problems: [{ code: 'unsafeLink' }] });
  });
});
