import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { invokeHandler } from '../../../electron/ipc/handle';
import { ContestWorkspace } from '../../../electron/services/contestWorkspace';
import { commitImport } from '../../../electron/services/entryImport';
import { problemFromError } from '../../../electron/services/errors';
import { ProblemError } from '../../../shared/problem';
import { fixedContext, fixtureBytes, loadDefinition, tempDir, THANKS_CSV } from '../helpers';

describe('problemFromError', () => {
  it('names a full disk, a read-only file, a busy file and a damaged file in words a user can act on', () => {
    expect(problemFromError(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }))).toMatchObject({ code: 'io', params: { detail: expect.stringMatching(/disk is full/) } });
    expect(problemFromError(Object.assign(new Error('x'), { code: 'ENOSPC' }), 'a.json')).toMatchObject({ code: 'io', file: 'a.json' });
    expect(problemFromError(Object.assign(new Error('x'), { code: 'SQLITE_READONLY' }))).toMatchObject({ code: 'io', params: { detail: expect.stringMatching(/cannot be written/) } });
    expect(problemFromError(Object.assign(new Error('x'), { code: 'SQLITE_BUSY' }))).toMatchObject({ code: 'io', params: { detail: expect.stringMatching(/busy/) } });
    expect(problemFromError(Object.assign(new Error('x'), { code: 'SQLITE_CORRUPT' }))).toMatchObject({ code: 'notContestDb' });
    expect(problemFromError(new Error('boom'))).toMatchObject({ code: 'internal', params: { detail: 'boom' } });
  });

  it('a disk that fills up during an import leaves the registry as it was, and the IPC answer says so', async () => {
    const ws = ContestWorkspace.create(join(tempDir(), 'full.jury'), loadDefinition('thanks-challenge'), fixedContext());
    // SQLite answers SQLITE_FULL exactly as on a full disk once the file may not grow any more.
    const pages = ws.db.pragma('page_count', { simple: true }) as number;
    ws.db.pragma(`max_page_count = ${pages + 2}`);
    let thrown: unknown;
    try {
      await commitImport(ws, { fileName: THANKS_CSV, bytes: fixtureBytes('thanks-challenge', THANKS_CSV) });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeDefined();
    expect(thrown).not.toBeInstanceOf(ProblemError);
    expect(problemFromError(thrown)).toMatchObject({ code: 'io', params: { detail: expect.stringMatching(/disk is full/) } });
    expect(ws.entries()).toHaveLength(0);
    expect(ws.auditTrail().map((r) => r.action)).toEqual(['contestCreated']);

    const answer = await invokeHandler(
      { 'entries:list': () => { throw thrown; } } as never,
      'entries:list',
      'app://jury/index.html',
      { contestId: 'x' },
      () => true,
      () => undefined,
    );
    expect(answer).toMatchObject({ ok: false, problems: [{ code: 'io' }] });
    ws.close();
  });
});
