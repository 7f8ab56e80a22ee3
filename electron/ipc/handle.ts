import type { Channel } from '../../shared/ipc/channels';
import { ipcContract, type OutputOf, type ParsedInputOf } from '../../shared/ipc/contract';
import type { IpcResponse } from '../../shared/ipc/types';
import { ProblemError } from '../../shared/problem';
import { problemFromError } from '../services/errors';

export type Handler<C extends Channel> = (input: ParsedInputOf<C>) => OutputOf<C> | Promise<OutputOf<C>>;
export type HandlerMap = { [C in Channel]: Handler<C> };

/** Only pages the app itself serves may call the main process. */
export type SenderCheck = (frameUrl: string | undefined) => boolean;

const refused = (detail: string): IpcResponse<never> => ({ ok: false, problems: [{ code: 'invalidInput', params: { detail } }] });

/**
 * The one wrapper every IPC call goes through: checks the sending frame, parses the input
 * with the channel's schema, runs the handler, and turns any failure into data. Nothing
 * thrown in the main process reaches the renderer as an exception.
 */
export async function invokeHandler<C extends Channel>(
  handlers: HandlerMap,
  channel: C,
  frameUrl: string | undefined,
  rawInput: unknown,
  isTrusted: SenderCheck,
  log: (message: string, error: unknown) => void = console.error,
): Promise<IpcResponse<OutputOf<C>>> {
  if (!isTrusted(frameUrl)) return refused(`sender ${frameUrl ?? 'unknown'} is not the app`);
  if (!Object.hasOwn(ipcContract, channel)) return refused(`unknown channel ${String(channel)}`);
  const spec = ipcContract[channel];
  const parsed = spec.input.safeParse(rawInput);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return refused(`${channel}: ${first?.path.join('.') || 'input'}: ${first?.message ?? 'invalid'}`);
  }
  try {
    const handler = handlers[channel] as Handler<C>;
    return { ok: true, value: await handler(parsed.data as ParsedInputOf<C>) };
  } catch (e) {
    if (e instanceof ProblemError) return { ok: false, problems: e.problems };
    const problem = problemFromError(e);
    if (problem.code === 'internal') log(`IPC ${channel} failed`, e);
    return { ok: false, problems: [problem] };
  }
}

/** Something with Electron's ipcMain.handle shape, so registration is testable. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame?: { url: string } | null }, input: unknown) => Promise<unknown>): void;
}

export function registerHandlers(ipcMain: IpcMainLike, handlers: HandlerMap, isTrusted: SenderCheck): void {
  for (const channel of Object.keys(handlers) as Channel[]) {
    ipcMain.handle(channel, (event, input) => invokeHandler(handlers, channel, event.senderFrame?.url, input, isTrusted));
  }
}

/**
 * Trusts exactly the app's own origin (app://jury in the window, the test server in tests).
 * A prefix match on "origin/" because custom schemes have no URL origin to compare.
 */
export const trustOrigin =
  (origin: string): SenderCheck =>
  (url) =>
    !!url && (url === origin || url.startsWith(`${origin}/`));
