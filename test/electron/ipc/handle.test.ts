import { invokeHandler, registerHandlers, trustOrigin, type HandlerMap, type IpcMainLike } from '../../../electron/ipc/handle';
import { CHANNELS, type Channel } from '../../../shared/ipc/channels';
import { ProblemError } from '../../../shared/problem';
import { APP_URL, makeApp } from './appHarness';

const trusted = trustOrigin('app://jury');
const silent = () => {};

/** A handler map whose every channel is a spy answering `answer`. */
function spyHandlers(answer: (channel: Channel, input: unknown) => unknown = () => 'done') {
  const map = {} as Record<Channel, ReturnType<typeof vi.fn>>;
  for (const c of CHANNELS) map[c] = vi.fn((input: unknown) => answer(c, input));
  return map as unknown as HandlerMap & Record<Channel, ReturnType<typeof vi.fn>>;
}

const validDecide = { contestId: 'c1', ids: ['3'], decision: 'disqualified', reason: 'late' };

describe('trustOrigin', () => {
  it('trusts exactly the app origin and paths under it', () => {
    expect(trusted('app://jury/index.html')).toBe(true);
    expect(trusted('app://jury')).toBe(true);
    expect(trusted('app://jury/')).toBe(true);
  });

  it.each([['app://jury.evil/x'], ['app://juryx/index.html'], ['https://example.com'], ['file:///index.html'], ['http://app://jury/'], [''], [undefined]])(
    'refuses %s',
    (url) => {
      expect(trusted(url)).toBe(false);
    },
  );
});

describe('invokeHandler', () => {
  it('runs the handler with the parsed input and answers ok', async () => {
    const h = spyHandlers();
    expect(await invokeHandler(h, 'entries:decide', APP_URL, validDecide, trusted, silent)).toEqual({ ok: true, value: 'done' });
    expect(h['entries:decide']).toHaveBeenCalledWith(validDecide);
  });

  it('accepts no input for a channel without input', async () => {
    const h = spyHandlers();
    expect(await invokeHandler(h, 'settings:get', APP_URL, undefined, trusted, silent)).toEqual({ ok: true, value: 'done' });
    expect(await invokeHandler(h, 'settings:get', APP_URL, {}, trusted, silent)).toEqual({ ok: true, value: 'done' });
  });

  it.each([['app://jury.evil/x'], ['https://example.com'], [undefined]])('refuses a call from %s without running the handler', async (url) => {
    const h = spyHandlers();
    const r = await invokeHandler(h, 'entries:decide', url, validDecide, trusted, silent);
    expect(r).toEqual({ ok: false, problems: [{ code: 'invalidInput', params: { detail: expect.stringContaining('is not the app') } }] });
    expect(h['entries:decide']).not.toHaveBeenCalled();
  });

  it.each([
    ['empty ids', { ...validDecide, ids: [] }, 'ids'],
    ['an unknown extra key', { ...validDecide, admin: true }, ''],
    ['an unknown decision', { ...validDecide, decision: 'deleted' }, 'decision'],
    ['a missing reason', { contestId: 'c1', ids: ['3'], decision: null }, 'reason'],
    ['ids that are not strings', { ...validDecide, ids: [3] }, 'ids'],
    ['no input at all', undefined, ''],
  ])('refuses entries:decide with %s as invalidInput', async (_name, input, path) => {
    const h = spyHandlers();
    const r = await invokeHandler(h, 'entries:decide', APP_URL, input, trusted, silent);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].code).toBe('invalidInput');
    expect(String(r.problems[0].params?.detail)).toContain(`entries:decide: ${path}`);
    expect(h['entries:decide']).not.toHaveBeenCalled();
  });

  it('refuses bad input on other channels too', async () => {
    const h = spyHandlers();
    const bad: [Channel, unknown][] = [
      ['settings:set', { language: 'de' }],
      ['settings:get', { extra: 1 }],
      ['contests:create', { template: '../../etc' }],
      ['entries:update', { contestId: 'c', id: '1', patch: { likes: -1 } }],
      ['entries:update', { contestId: 'c', id: '1', patch: { seq: 5 } }],
      ['import:commit', { contestId: 'c', fileToken: 't', mapping: ['not-a-field'] }],
      ['contests:get', { contestId: '' }],
    ];
    for (const [channel, input] of bad) {
      const r = await invokeHandler(h, channel, APP_URL, input, trusted, silent);
      expect(r, `${channel} ${JSON.stringify(input)}`).toMatchObject({ ok: false, problems: [{ code: 'invalidInput' }] });
      expect(h[channel]).not.toHaveBeenCalled();
    }
  });

  it('refuses a channel that is not in the contract', async () => {
    const r = await invokeHandler(spyHandlers(), 'admin:wipe' as Channel, APP_URL, undefined, trusted, silent);
    expect(r).toEqual({ ok: false, problems: [{ code: 'invalidInput', params: { detail: 'unknown channel admin:wipe' } }] });
  });

  // Regression (fixed): `ipcContract[channel]` is a plain object lookup, so an inherited name such as
  // 'constructor' or 'toString' passes the `if (!spec)` guard; `spec.input.safeParse` then
  // throws a TypeError out of invokeHandler (which promises to turn every failure into data).
  // Not reachable through registerHandlers, which registers only real channels.
  it('refuses an inherited property name as a channel instead of throwing', async () => {
    const r = await invokeHandler(spyHandlers(), 'constructor' as Channel, APP_URL, undefined, trusted, silent);
    expect(r).toMatchObject({ ok: false, problems: [{ code: 'invalidInput' }] });
  });

  it('turns a thrown ProblemError into its problems', async () => {
    const problems = [{ code: 'reasonRequired' as const, field: 'reason' }];
    const h = spyHandlers(() => {
      throw new ProblemError(problems);
    });
    expect(await invokeHandler(h, 'entries:decide', APP_URL, validDecide, trusted, silent)).toEqual({ ok: false, problems });
  });

  it('turns a rejected promise with a ProblemError into its problems', async () => {
    const h = spyHandlers(async () => {
      throw new ProblemError([{ code: 'unknownContest' }]);
    });
    expect(await invokeHandler(h, 'contests:get', APP_URL, { contestId: 'x' }, trusted, silent)).toEqual({ ok: false, problems: [{ code: 'unknownContest' }] });
  });

  it('turns an unexpected error into code internal and logs it', async () => {
    const log = vi.fn();
    const boom = new TypeError('cannot read x of undefined');
    const h = spyHandlers(() => {
      throw boom;
    });
    const r = await invokeHandler(h, 'entries:list', APP_URL, { contestId: 'c1' }, trusted, log);
    expect(r).toEqual({ ok: false, problems: [{ code: 'internal', params: { detail: 'cannot read x of undefined' } }] });
    expect(log).toHaveBeenCalledWith('IPC entries:list failed', boom);
  });

  it('turns a thrown non-Error into code internal', async () => {
    const h = spyHandlers(() => {
      throw 'just a string';
    });
    const r = await invokeHandler(h, 'entries:list', APP_URL, { contestId: 'c1' }, trusted, silent);
    expect(r).toEqual({ ok: false, problems: [{ code: 'internal', params: { detail: 'just a string' } }] });
  });
});

describe('registerHandlers', () => {
  type Listener = Parameters<IpcMainLike['handle']>[1];
  function fakeIpcMain() {
    const registered = new Map<string, Listener>();
    const ipcMain: IpcMainLike = {
      handle: (channel, listener) => {
        if (registered.has(channel)) throw new Error(`second handler for ${channel}`);
        registered.set(channel, listener);
      },
    };
    return { ipcMain, registered };
  }

  it('registers every channel of the contract, and nothing else', () => {
    const { handlers } = makeApp();
    const { ipcMain, registered } = fakeIpcMain();
    registerHandlers(ipcMain, handlers, trusted);
    expect([...registered.keys()].sort()).toEqual([...CHANNELS].sort());
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
  });

  it('the registered listeners check the sender frame and answer data', async () => {
    const { handlers } = makeApp();
    const { ipcMain, registered } = fakeIpcMain();
    registerHandlers(ipcMain, handlers, trusted);
    const settingsGet = registered.get('settings:get')!;
    expect(await settingsGet({ senderFrame: { url: APP_URL } }, undefined)).toEqual({ ok: true, value: { language: 'kk', userName: '' } });
    expect(await settingsGet({ senderFrame: { url: 'https://evil.example/' } }, undefined)).toMatchObject({ ok: false, problems: [{ code: 'invalidInput' }] });
    expect(await settingsGet({ senderFrame: null }, undefined)).toMatchObject({ ok: false, problems: [{ code: 'invalidInput' }] });
    expect(await settingsGet({}, undefined)).toMatchObject({ ok: false });
    const info = await registered.get('app:info')!({ senderFrame: { url: APP_URL } }, undefined);
    expect(info).toMatchObject({ ok: true, value: { version: '9.9.9', actor: 'tester' } });
  });
});
