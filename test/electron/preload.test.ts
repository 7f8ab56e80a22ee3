import { CHANNELS } from '../../shared/ipc/channels';

// Electron has no binary here: fake the two objects the preload script uses.
const exposed = vi.hoisted(() => ({ bridges: new Map<string, unknown>() }));
const invoke = vi.hoisted(() => vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } })));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.bridges.set(key, api) },
  ipcRenderer: { invoke },
}));

type Bridge = { invoke: (channel: string, input?: unknown) => Promise<unknown> };

describe('preload', () => {
  beforeAll(async () => {
    await import('../../electron/preload');
  });

  it('exposes exactly one object, window.jury, with only invoke()', () => {
    expect([...exposed.bridges.keys()]).toEqual(['jury']);
    const bridge = exposed.bridges.get('jury') as Record<string, unknown>;
    expect(Object.keys(bridge)).toEqual(['invoke']);
    expect(typeof bridge.invoke).toBe('function');
  });

  it('forwards every contract channel to ipcRenderer.invoke', async () => {
    const bridge = exposed.bridges.get('jury') as Bridge;
    for (const channel of CHANNELS) {
      await expect(bridge.invoke(channel, { a: 1 })).resolves.toEqual({ ok: true, value: { channel, input: { a: 1 } } });
    }
    expect(invoke).toHaveBeenCalledTimes(CHANNELS.length);
  });

  it.each([['shell:openExternal'], ['__proto__'], ['constructor'], [''], [42]])('rejects the unknown channel %j without calling the main process', async (channel) => {
    invoke.mockClear();
    const bridge = exposed.bridges.get('jury') as Bridge;
    await expect(bridge.invoke(channel as string)).rejects.toThrow('Unknown channel');
    expect(invoke).not.toHaveBeenCalled();
  });
});
