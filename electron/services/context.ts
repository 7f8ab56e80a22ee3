import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';

/**
 * What services take from the outside world, injected so tests can fix the clock, the
 * ids and the user: nothing in a service reads the time or the OS user directly.
 */
export interface ServiceContext {
  now(): Date;
  newId(): string;
  /** Who is acting, for the audit log. */
  actor(): string;
}

export const systemContext = (actor?: () => string): ServiceContext => ({
  now: () => new Date(),
  newId: () => randomUUID(),
  actor: actor ?? osUser,
});

function osUser(): string {
  try {
    return userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}
