import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContestWorkspace } from '../../../electron/services/contestWorkspace';
import { commitImport, previewImport } from '../../../electron/services/entryImport';
import { ProblemError } from '../../../shared/problem';
import { fixedContext, fixtureBytes, fixtureText, loadDefinition, tempDir, THANKS_CSV } from '../helpers';

const csv = () => fixtureBytes('thanks-challenge', THANKS_CSV);

async function imported() {
  const ws = ContestWorkspace.create(join(tempDir(), 'c.jury'), loadDefinition('thanks-challenge'), fixedContext());
  await commitImport(ws, { fileName: THANKS_CSV, bytes: csv() });
  return ws;
}

describe('re-importing a newer export of the same form', () => {
  it('keeps what the organiser corrected by hand', async () => {
    const ws = await imported();
    ws.updateEntry('2', { participant: 'Сейітова Медина' });
    const again = await commitImport(ws, { fileName: THANKS_CSV, bytes: csv() });
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 125 });
    expect(ws.entry('2').participant).toBe('Сейітова Медина');
    ws.close();
  });

  it('leaves alone the fields of columns the newer file does not have', async () => {
    const ws = ContestWorkspace.create(join(tempDir(), 'c.jury'), loadDefinition('best-work'), fixedContext());
    await commitImport(ws, { fileName: 'entries.csv', bytes: fixtureBytes('best-work', 'entries.csv') });
    const before = ws.entry('2');
    const slim = new TextEncoder().encode(`id,nomination,participant,media\n2,innovative,${before.participant},media/e2.png\n`);
    expect(await commitImport(ws, { fileName: 'slim.csv', bytes: slim })).toMatchObject({ added: 0, updated: 1 });
    expect(ws.entry('2')).toMatchObject({ organisation: before.organisation, region: before.region, media: 'media/e2.png' });
    ws.close();
  });

  it('refuses an export whose rows shifted (a response deleted in the form), so decisions stay with their people', async () => {
    const ws = await imported();
    ws.decide(['3'], 'disqualified', 'Аккаунт жабық');
    const lines = fixtureText('thanks-challenge', THANKS_CSV).split('\n');
    lines.splice(1, 1); // the first response is deleted: every later row moves up one
    const shifted = new TextEncoder().encode(lines.join('\n'));
    const preview = await previewImport(ws, { token: 't', fileName: 'newer.csv', bytes: shifted });
    expect(preview.outcome.ok).toBe(false);
    if (!preview.outcome.ok) expect(preview.outcome.problems[0]).toMatchObject({ code: 'importConflict', file: 'newer.csv', row: 2, params: { id: '1' } });
    await expect(commitImport(ws, { fileName: 'newer.csv', bytes: shifted })).rejects.toBeInstanceOf(ProblemError);
    expect(ws.entry('3')).toMatchObject({ decision: 'disqualified', organisation: expect.stringContaining('Исатай ауданы') });
    expect(ws.entries()).toHaveLength(125);
    ws.close();
  });

  it('still takes new counts of likes and views for the same entries', async () => {
    const ws = await imported();
    const text = fixtureText('thanks-challenge', THANKS_CSV).replace(',214,9,8869', ',300,9,9000');
    const r = await commitImport(ws, { fileName: THANKS_CSV, bytes: new TextEncoder().encode(text) });
    expect(r).toMatchObject({ added: 0, updated: 1, unchanged: 124 });
    expect(ws.entry('1')).toMatchObject({ likes: 300, views: 9000 });
    ws.close();
  });
});
