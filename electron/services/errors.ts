import type { Problem } from '../../shared/problem';

/**
 * Turns the failures the disk and SQLite can throw at any write into problems a user can act
 * on. The transaction they interrupted has already been rolled back, so nothing half-written stays.
 */
export function problemFromError(e: unknown, file?: string): Problem {
  const code = String((e as { code?: unknown })?.code ?? '');
  const where = file ? { file } : {};
  if (code.startsWith('SQLITE_FULL') || code === 'ENOSPC') return { code: 'io', ...where, params: { detail: 'the disk is full; free some space and try again' } };
  if (code.startsWith('SQLITE_READONLY') || code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return { code: 'io', ...where, params: { detail: 'the file or folder cannot be written (read-only or no permission)' } };
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return { code: 'io', ...where, params: { detail: 'the contest file is busy in another program; try again' } };
  if (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB')) return { code: 'notContestDb', ...where };
  if (code.startsWith('SQLITE_IOERR')) return { code: 'io', ...where, params: { detail: `disk error (${code})` } };
  return { code: 'internal', ...where, params: { detail: e instanceof Error ? e.message : String(e) } };
}
