import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { safeWebLink } from '../../../../electron/ipc/handlers/entries';
import { fixture, THANKS_CSV, THANKS_XLSX, NOW } from '../../helpers';
import { makeApp } from '../appHarness';

/** A contest from the video-challenge template with the fixture's 125 entries, imported through IPC. */
async function appWithEntries() {
  const app = makeApp();
  const summary = await app.value('contests:create', { template: 'video-challenge' });
  const contestId = summary.contestId;
  app.dialogs.openAnswers.push(fixture('thanks-challenge', THANKS_CSV));
  const chosen = await app.value('import:choose', { contestId });
  const preview = await app.value('import:preview', { contestId, fileToken: chosen!.fileToken });
  await app.value('import:commit', { contestId, fileToken: chosen!.fileToken, mapping: preview.mapping });
  return { ...app, contestId };
}

describe('import handlers', () => {
  it('choose → preview (suggested mapping) → commit → entries:list', async () => {
    const app = makeApp();
    const { contestId } = await app.value('contests:create', { template: 'video-challenge' });
    app.dialogs.openAnswers.push(fixture('thanks-challenge', THANKS_CSV));
    const chosen = await app.value('import:choose', { contestId });
    expect(chosen).toEqual({ fileToken: expect.any(String), fileName: THANKS_CSV });
    expect(app.dialogs.opened[0].filters[0].extensions).toEqual(expect.arrayContaining(['csv', 'xlsx']));
    const preview = await app.value('import:preview', { contestId, fileToken: chosen!.fileToken });
    expect(preview).toMatchObject({ fileToken: chosen!.fileToken, fileName: THANKS_CSV, rowCount: 125, mappingOrigin: 'suggested' });
    expect(preview.mapping).toEqual(['submitted', 'email', 'participant', 'organisation', 'region', 'link', 'duration', 'followers', 'hashtag', 'likes', 'comments', 'views']);
    expect(preview.outcome).toEqual({ ok: true, counts: { added: 125, updated: 0, unchanged: 0 } });
    expect(await app.value('entries:list', { contestId })).toEqual([]); // preview writes nothing
    const summary = await app.value('import:commit', { contestId, fileToken: chosen!.fileToken, mapping: preview.mapping });
    expect(summary).toEqual({ fileName: THANKS_CSV, added: 125, updated: 0, unchanged: 0 });
    const entries = await app.value('entries:list', { contestId });
    expect(entries).toHaveLength(125);
    // the template carries the seed's screening rules
    expect(entries.filter((e) => !e.eligible).map((e) => e.id)).toEqual(['121', '122', '123', '124']);
    expect((await app.value('contests:list'))[0].entries).toBe(125);
  });

  it('the XLSX chosen next previews as 125 unchanged with the remembered mapping', async () => {
    const app = await appWithEntries();
    app.dialogs.openAnswers.push(fixture('thanks-challenge', THANKS_XLSX));
    const chosen = await app.value('import:choose', { contestId: app.contestId });
    const preview = await app.value('import:preview', { contestId: app.contestId, fileToken: chosen!.fileToken });
    expect(preview.mappingOrigin).toBe('remembered');
    expect(preview.outcome).toEqual({ ok: true, counts: { added: 0, updated: 0, unchanged: 125 } });
  });

  it('a cancelled dialog answers null; an unknown token is refused', async () => {
    const app = makeApp();
    const { contestId } = await app.value('contests:create', { template: 'video-challenge' });
    expect(await app.value('import:choose', { contestId })).toBeNull();
    const r = await app.call('import:preview', { contestId, fileToken: 'made-up' });
    expect(r).toEqual({ ok: false, problems: [{ code: 'invalidInput', params: { detail: 'choose the file again' } }] });
  });

  it('a chosen file that disappeared is reported as fileNotFound', async () => {
    const app = makeApp();
    const { contestId } = await app.value('contests:create', { template: 'video-challenge' });
    app.dialogs.openAnswers.push(join(app.work, 'gone.csv'));
    const chosen = await app.value('import:choose', { contestId });
    const r = await app.call('import:preview', { contestId, fileToken: chosen!.fileToken });
    expect(r).toMatchObject({ ok: false, problems: [{ code: 'fileNotFound', file: 'gone.csv' }] });
  });
});

describe('entry handlers', () => {
  it('entries:decide and audit:list', async () => {
    const app = await appWithEntries();
    const { contestId } = app;
    expect(await app.value('entries:decide', { contestId, ids: ['3'], decision: 'disqualified', reason: 'not original' })).toBe(1);
    const e3 = (await app.value('entries:list', { contestId })).find((e) => e.id === '3');
    expect(e3).toMatchObject({ eligible: false, decision: 'disqualified', decisionReason: 'not original' });
    const trail = await app.value('audit:list', { contestId });
    expect(trail.map((r) => r.action)).toEqual(['disqualify', 'import', 'contestCreated']);
    expect(await app.value('audit:list', { contestId, entryId: '3' })).toEqual([
      { id: 3, at: NOW, actor: 'tester', action: 'disqualify', entryId: '3', reason: 'not original', details: { previous: null } },
    ]);
    const refused = await app.call('entries:decide', { contestId, ids: ['3'], decision: 'reinstated', reason: ' ' });
    expect(refused).toEqual({ ok: false, problems: [{ code: 'reasonRequired' }] });
  });

  it('entries:update edits through IPC and refuses an unknown nomination', async () => {
    const app = await appWithEntries();
    const { contestId } = app;
    expect(await app.value('entries:update', { contestId, id: '2', patch: { participant: 'Әлия' } })).toMatchObject({ id: '2', participant: 'Әлия' });
    const r = await app.call('entries:update', { contestId, id: '2', patch: { nomination: 'likes' } });
    expect(r).toMatchObject({ ok: false, problems: [{ code: 'unknownNomination', field: 'nomination' }] });
  });

  it('entries:openLink opens http(s) links in the browser', async () => {
    const app = await appWithEntries();
    expect(await app.value('entries:openLink', { contestId: app.contestId, id: '1' })).toBe(true);
    expect(app.shell.calls).toEqual([['openExternal', 'https://www.instagram.com/reel/C384f42b4b/']]);
    await app.value('entries:update', { contestId: app.contestId, id: '1', patch: { link: 'http://example.kz/video' } });
    await app.value('entries:openLink', { contestId: app.contestId, id: '1' });
    expect(app.shell.calls[1]).toEqual(['openExternal', 'http://example.kz/video']);
  });

  it.each([['javascript:alert(1)'], ['file:///etc/passwd'], ['data:text/html,<script>x</script>'], ['not a url'], [null]])(
    'entries:openLink refuses %s with unsafeLink and opens nothing',
    async (link) => {
      const app = await appWithEntries();
      await app.value('entries:update', { contestId: app.contestId, id: '1', patch: { link } });
      const r = await app.call('entries:openLink', { contestId: app.contestId, id: '1' });
      expect(r).toEqual({ ok: false, problems: [{ code: 'unsafeLink', params: { value: link ?? '' } }] });
      expect(app.shell.calls).toEqual([]);
    },
  );

  it('entries:openLink refuses an unknown entry and an unknown contest', async () => {
    const app = await appWithEntries();
    expect(await app.call('entries:openLink', { contestId: app.contestId, id: 'nope' })).toEqual({ ok: false, problems: [{ code: 'unknownEntry', params: { id: 'nope' } }] });
    expect(await app.call('entries:openLink', { contestId: 'nope', id: '1' })).toEqual({ ok: false, problems: [{ code: 'unknownContest' }] });
    expect(app.shell.calls).toEqual([]);
  });

  it('entries:openMedia opens a file relative to the contest file, and refuses a missing one', async () => {
    const app = await appWithEntries();
    const { contestId } = app;
    const details = await app.value('contests:get', { contestId });
    const media = join(dirname(details.summary.path), 'videos', 'one.mp4');
    mkdirSync(dirname(media), { recursive: true });
    writeFileSync(media, 'video');
    await app.value('entries:update', { contestId, id: '1', patch: { media: 'videos/one.mp4' } });
    expect(await app.value('entries:openMedia', { contestId, id: '1' })).toBe(true);
    expect(app.shell.calls).toEqual([['openPath', media]]);
    expect(await app.call('entries:openMedia', { contestId, id: '2' })).toEqual({ ok: false, problems: [{ code: 'noMedia', params: { id: '2' } }] });
    app.shell.openPathResult = 'no application';
    expect(await app.call('entries:openMedia', { contestId, id: '1' })).toMatchObject({ ok: false, problems: [{ code: 'io', params: { detail: 'no application' } }] });
  });
});

// Regression (fixed, security): entries:openMedia passes any existing path from the entry's `media` cell to
// shell.openPath — absolute, relative with ../, any file type. The media column comes from an
// imported CSV/XLSX (a public form export), so one click on "open media" can launch an
// executable or script (.exe/.bat/.sh/.desktop/.lnk), unlike openLink which is limited to http(s).
it('entries:openMedia refuses to hand a script or program to shell.openPath', async () => {
  const app = await appWithEntries();
  const { contestId } = app;
  const details = await app.value('contests:get', { contestId });
  const script = join(dirname(details.summary.path), '..', 'payload.sh');
  writeFileSync(script, '#!/bin/sh\necho pwned\n', { mode: 0o755 });
  await app.value('entries:update', { contestId, id: '1', patch: { media: '../payload.sh' } });
  const r = await app.call('entries:openMedia', { contestId, id: '1' });
  expect(app.shell.calls).toEqual([]);
  expect(r.ok).toBe(false);
});

describe('safeWebLink', () => {
  it('keeps only http and https', () => {
    expect(safeWebLink(' https://example.kz/a ')).toBe('https://example.kz/a');
    expect(safeWebLink('HTTP://EXAMPLE.KZ')).toBe('http://example.kz/');
    expect(safeWebLink('javascript:alert(1)')).toBeNull();
    expect(safeWebLink('vbscript:x')).toBeNull();
    expect(safeWebLink('//example.kz')).toBeNull();
    expect(safeWebLink('')).toBeNull();
    expect(safeWebLink(null)).toBeNull();
  });
});

it('entries:openMedia never hands a network path to the system (Windows would contact the host)', async () => {
  const app = await appWithEntries();
  const { contestId } = app;
  await app.value('entries:update', { contestId, id: '1', patch: { media: '\\\\evil-host\\share\\video.mp4' } });
  const r = await app.call('entries:openMedia', { contestId, id: '1' });
  expect(r).toMatchObject({ ok: false, problems: [{ code: 'noMedia' }] });
  await app.value('entries:update', { contestId, id: '1', patch: { media: '//evil-host/share/video.mp4' } });
  expect((await app.call('entries:openMedia', { contestId, id: '1' })).ok).toBe(false);
  expect(app.shell.calls).toEqual([]);
});
