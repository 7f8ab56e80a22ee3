import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { ProblemError } from '../../shared/problem';

/**
 * Writes a file so that it is either the old or the new content after a crash or a full
 * disk, never half of each: a temporary file beside it, flushed, then renamed over it.
 */
export function writeFileDurably(path: string, data: string | Uint8Array, label = path, mode = 0o666): void {
  writeFileDurablyWith(path, label, mode, (write) => write(typeof data === 'string' ? Buffer.from(data, 'utf8') : data));
}

/** The same for content made in pieces (a package with its media): `fill` calls write for each. */
export function writeFileDurablyWith(path: string, label: string, mode: number, fill: (write: (bytes: Uint8Array) => void) => void): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    const fd = openSync(tmp, 'w', mode);
    try {
      fill((bytes) => {
        let off = 0;
        while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
      });
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
    syncDir(dirname(path));
  } catch (e) {
    rmSync(tmp, { force: true });
    if (e instanceof ProblemError) throw e;
    throw new ProblemError([{ code: 'io', file: label, params: { detail: writeFailure(e as NodeJS.ErrnoException) } }]);
  }
}

/**
 * Moves a finished file into place (a rename within one folder) and makes the move durable. A
 * failed move leaves `from` where it was: the caller knows whether it may go.
 */
export function moveDurably(from: string, to: string, label = to): void {
  try {
    renameSync(from, to);
    syncDir(dirname(to));
  } catch (e) {
    throw new ProblemError([{ code: 'io', file: label, params: { detail: writeFailure(e as NodeJS.ErrnoException) } }]);
  }
}

/** Why a file could not be written, in words rather than an errno code. */
function writeFailure(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT':
      return 'the folder does not exist';
    case 'EISDIR':
      return 'a folder has that name';
    case 'ENOSPC':
      return 'the disk is full; free some space and try again';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'the folder cannot be written (read-only or no permission)';
    default:
      return e.code ?? e.message;
  }
}

function syncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows cannot open a directory for fsync; NTFS orders the rename itself.
  }
}
