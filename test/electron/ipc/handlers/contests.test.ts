import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ContestWorkspace } from '../../../../electron/services/contestWorkspace';
import { parseContestFile } from '../../../../shared/contest/file';
import { contestFromTemplate } from '../../../../shared/contest/templates';
import { fixedContext, fixture, fixtureText, NOW } from '../../helpers';
import { makeApp } from '../appHarness';

describe('contest handlers', () => {
  it('app:info, settings and templates:list', async () => {
    const app = makeApp();
    expect(await app.value('app:info')).toEqual({ version: '9.9.9', contestsFolder: app.library.contestsFolder, actor: 'tester' });
    expect(await app.value('settings:get')).toEqual({ language: 'kk', userName: '' });
    expect(await app.value('settings:set', { language: 'ru' })).toEqual({ language: 'ru', userName: '' });
    expect(await app.value('settings:get')).toEqual({ language: 'ru', userName: '' });
    const templates = await app.value('templates:list');
    expect(templates.map((t) => t.id)).toEqual(['video-challenge', 'projects', 'blank']);
    expect(templates[0]).toMatchObject({ nominations: 4, criteria: 6 });
    expect(templates[1]).toMatchObject({ nominations: 2, criteria: 20 });
  });

  it('contests:create from a template, then contests:list and contests:get show it', async () => {
    const app = makeApp();
    expect(await app.value('contests:list')).toEqual([]);
    const summary = await app.value('contests:create', { template: 'video-challenge' });
    const def = contestFromTemplate('video-challenge');
    expect(summary).toMatchObject({ uid: 'id-1', title: def.title, entries: 0, updatedAt: NOW, date: null });
    expect(summary.path.startsWith(app.library.contestsFolder)).toBe(true);
    expect(summary.fileName).toBe('Барлығына рақмет челленджі.jury');
    expect(existsSync(summary.path)).toBe(true);
    expect(await app.value('contests:list')).toEqual([summary]);
    const details = await app.value('contests:get', { contestId: summary.contestId });
    expect(details).toEqual({ summary, definition: def });
  });

  it('contests:get / save refuse an unknown contest', async () => {
    const app = makeApp();
    expect(await app.call('contests:get', { contestId: 'nope' })).toEqual({ ok: false, problems: [{ code: 'unknownContest' }] });
  });

  it('contests:save validates the definition and names the bad field', async () => {
    const app = makeApp();
    const { contestId } = await app.value('contests:create', { template: 'blank' });
    const def = contestFromTemplate('blank');
    const bad = structuredClone(def) as unknown as { nominations: { aggregation: { method: string } }[] };
    bad.nominations[0].aggregation.method = 'average';
    const r = await app.call('contests:save', { contestId, definition: bad });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toContainEqual(expect.objectContaining({ code: 'oneOf', field: 'nominations[0].aggregation.method' }));
    const saved = await app.value('contests:save', { contestId, definition: { ...def, venue: 'Шымкент' } });
    expect(saved.venue).toBe('Шымкент');
    expect((await app.value('contests:get', { contestId })).definition.venue).toBe('Шымкент');
  });

  it('contests:exportDefinition writes a contest.json that parseContestFile accepts', async () => {
    const app = makeApp();
    const { contestId } = await app.value('contests:create', { template: 'video-challenge' });
    const target = join(app.work, 'exported.json');
    app.dialogs.saveAnswers.push(target);
    expect(await app.value('contests:exportDefinition', { contestId })).toBe(target);
    expect(app.dialogs.saved[0]).toMatchObject({ defaultPath: 'contest.json' });
    const parsed = parseContestFile(readFileSync(target, 'utf8'), 'exported.json');
    expect(parsed).toEqual({ ok: true, value: contestFromTemplate('video-challenge') });
    // cancelled dialog
    expect(await app.value('contests:exportDefinition', { contestId })).toBeNull();
  });

  it('contests:backup writes an openable copy, named after the title and the date', async () => {
    const app = makeApp();
    const { contestId } = await app.value('contests:create', { template: 'video-challenge' });
    const target = join(app.work, 'backup.jury');
    app.dialogs.saveAnswers.push(target);
    expect(await app.value('contests:backup', { contestId })).toBe(target);
    expect(app.dialogs.saved[0].defaultPath).toBe('Барлығына рақмет челленджі 2026-03-04.jury');
    const copy = ContestWorkspace.open(target, fixedContext());
    onTestFinished(() => copy.close());
    expect(copy.definition()).toEqual(contestFromTemplate('video-challenge'));
    expect(copy.auditTrail()[0]).toMatchObject({ action: 'contestCreated' });
    expect(await app.value('contests:backup', { contestId })).toBeNull();
  });

  it('contests:createFromFile creates a contest from a contest.json', async () => {
    const app = makeApp();
    app.dialogs.openAnswers.push(fixture('best-work', 'contest.json'));
    const summary = await app.value('contests:createFromFile');
    expect(summary).toMatchObject({ date: '2024-11-12', entries: 0 });
    const def = parseContestFile(fixtureText('best-work', 'contest.json'));
    expect(def.ok && (await app.value('contests:get', { contestId: summary!.contestId })).definition).toEqual(def.ok && def.value);
    expect(await app.value('contests:createFromFile')).toBeNull();
  });

  it('contests:createFromFile with a broken contest.json answers problems naming the file and field', async () => {
    const app = makeApp();
    const broken = JSON.parse(fixtureText('thanks-challenge', 'contest.json'));
    broken.nominations[0].criteria[2].max = 0;
    broken.nominations[0].tieBreak = ['criterion:nope'];
    const path = join(app.work, 'broken-contest.json');
    writeFileSync(path, JSON.stringify(broken));
    app.dialogs.openAnswers.push(path);
    const r = await app.call('contests:createFromFile');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'broken-contest.json', field: 'nominations[0].criteria[2].max' }),
        expect.objectContaining({ file: 'broken-contest.json', field: expect.stringContaining('nominations[0].tieBreak') }),
      ]),
    );
    expect(await app.value('contests:list')).toEqual([]);
  });

  it('contests:createFromFile with text that is not JSON answers a json problem', async () => {
    const app = makeApp();
    const path = join(app.work, 'contest.json');
    writeFileSync(path, '{ "format": ');
    app.dialogs.openAnswers.push(path);
    expect(await app.call('contests:createFromFile')).toMatchObject({ ok: false, problems: [{ code: 'json', file: 'contest.json' }] });
  });

  it('contests:open adds a file from elsewhere; contests:reveal; contests:forget', async () => {
    const app = makeApp();
    const elsewhere = join(app.work, 'usb.jury');
    ContestWorkspace.create(elsewhere, contestFromTemplate('projects'), { ...fixedContext(), newId: () => 'usb-contest' }).close();
    app.dialogs.openAnswers.push(elsewhere);
    const opened = await app.value('contests:open');
    expect(opened).toMatchObject({ uid: 'usb-contest', path: elsewhere, fileName: 'usb.jury' });
    const contestId = opened!.contestId;
    expect((await app.value('contests:list')).map((s) => s.contestId)).toEqual([contestId]);
    expect(await app.value('contests:reveal', { contestId })).toBe(true);
    expect(app.shell.calls).toEqual([['showItemInFolder', elsewhere]]);
    expect(await app.value('contests:forget', { contestId })).toBe(true);
    expect(await app.value('contests:list')).toEqual([]);
    expect(existsSync(elsewhere)).toBe(true);
    expect(await app.value('contests:open')).toBeNull();
  });

  it('contests:open refuses a file that is not a contest', async () => {
    const app = makeApp();
    const path = join(app.work, 'notes.jury');
    writeFileSync(path, 'not sqlite '.repeat(50));
    app.dialogs.openAnswers.push(path);
    expect(await app.call('contests:open')).toEqual({ ok: false, problems: [{ code: 'notContestDb', file: basename(path) }] });
    expect(await app.value('contests:list')).toEqual([]);
  });
});
