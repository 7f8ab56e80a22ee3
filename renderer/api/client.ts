import type { Channel } from '../../shared/ipc/channels';
import type { InputOf, JuryBridge, OutputOf } from '../../shared/ipc/contract';
import type { Problem } from '../../shared/problem';

declare global {
  interface Window {
    jury: JuryBridge;
  }
}

/** Problems answered by the main process, thrown so that callers can `await` happily. */
export class ProblemsError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => p.code).join(', '));
  }
}

/** The renderer's typed client: every call goes through the preload bridge and its schemas. */
export async function call<C extends Channel>(channel: C, ...input: undefined extends InputOf<C> ? [input?: InputOf<C>] : [input: InputOf<C>]): Promise<OutputOf<C>> {
  const response = await window.jury.invoke(channel, input[0]);
  if (!response.ok) throw new ProblemsError(response.problems);
  return response.value;
}

export function problemsOf(e: unknown): Problem[] {
  if (e instanceof ProblemsError) return e.problems;
  return [{ code: 'internal', params: { detail: e instanceof Error ? e.message : String(e) } }];
}
