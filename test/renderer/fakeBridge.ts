import type { Channel } from '../../shared/ipc/channels';
import type { InputOf, JuryBridge, OutputOf } from '../../shared/ipc/contract';
import type { IpcResponse } from '../../shared/ipc/types';
import type { Problem } from '../../shared/problem';

/** What the main process would answer on one channel; throw `refuse(...)` to answer with problems. */
export type Handler<C extends Channel> = (input: InputOf<C>) => OutputOf<C> | Promise<OutputOf<C>>;
export type Handlers = { [C in Channel]?: Handler<C> };

export interface Call {
  channel: Channel;
  input: unknown;
}

/** The object a handler throws to make the bridge answer `{ ok: false, problems }`. */
export interface Refusal {
  problems: Problem[];
}
export const refuse = (...problems: Problem[]): Refusal => ({ problems });
const isRefusal = (e: unknown): e is Refusal => typeof e === 'object' && e !== null && Array.isArray((e as Refusal).problems);

export interface FakeBridge {
  calls: Call[];
  /** The inputs sent on one channel, oldest first. */
  inputsOf<C extends Channel>(channel: C): InputOf<C>[];
  /** The last input sent on one channel. */
  lastInput<C extends Channel>(channel: C): InputOf<C> | undefined;
  /** Adds or replaces handlers in the middle of a test. */
  set(more: Handlers): void;
}

/**
 * Installs `window.jury` as the preload script would, answering from `handlers`. Inputs and
 * answers are cloned as IPC would do, so a component cannot share objects with the test.
 * A channel without a handler answers with an `internal` problem that names it.
 */
export function installBridge(initial: Handlers = {}): FakeBridge {
  // Every screen that shows the home page also asks for the juror's desks and for packages the
  // system asked to open: by default this laptop has none, unless a test says otherwise.
  const handlers: Handlers = { 'scores:list': () => [], 'app:takeOpened': () => null, ...initial };
  const calls: Call[] = [];
  const bridge: JuryBridge = {
    async invoke<C extends Channel>(channel: C, input?: InputOf<C>): Promise<IpcResponse<OutputOf<C>>> {
      const sent = input === undefined ? undefined : structuredClone(input);
      calls.push({ channel, input: sent });
      const handler = handlers[channel] as Handler<C> | undefined;
      if (!handler) return { ok: false, problems: [{ code: 'internal', params: { detail: `no fake handler for ${channel}` } }] };
      try {
        const value = await handler(sent as InputOf<C>);
        return { ok: true, value: value === undefined ? value : structuredClone(value) };
      } catch (e) {
        if (isRefusal(e)) return { ok: false, problems: e.problems };
        throw e;
      }
    },
  };
  Object.defineProperty(window, 'jury', { value: bridge, configurable: true, writable: true });
  return {
    calls,
    inputsOf: <C extends Channel>(channel: C) => calls.filter((c) => c.channel === channel).map((c) => c.input as InputOf<C>),
    lastInput: <C extends Channel>(channel: C) => calls.filter((c) => c.channel === channel).map((c) => c.input as InputOf<C>).at(-1),
    set: (more) => Object.assign(handlers, more),
  };
}
