import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';
import { envelopeLayout } from '../../shared/crypto/envelope';
import { PACKAGE_MAGIC, readPackageHead, type VerifiedPackage } from '../../shared/package/packageFile';
import { ProblemError } from '../../shared/problem';
import { problemFromError } from './errors';
import { forEachChunk, sha256OfRange } from './mediaFiles';

/** The most a package head (definition and entry list) may take: far above 10,000 entries. */
const MAX_HEAD = 64 * 1024 * 1024;

/**
 * Opens a package and verifies its signature and contents, reading only the head: the media
 * that may follow (gigabytes of video) are checked when extracted.
 */
export function readPackageFile(path: string): VerifiedPackage {
  const file = basename(path);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ProblemError([code === 'ENOENT' ? { code: 'fileNotFound', file } : problemFromError(e, file)]);
  }
  try {
    const size = fstatSync(fd).size;
    const first = readRange(fd, 0, Math.min(size, 4096));
    const layout = envelopeLayout(PACKAGE_MAGIC, first, file, 'notPackage');
    if (!layout.ok) throw new ProblemError(layout.problems);
    if (layout.value.length === null) throw new ProblemError([{ code: 'truncatedFile', file }]);
    const headSize = layout.value.headerEnd + 2 + layout.value.length;
    if (headSize > MAX_HEAD || headSize > size) throw new ProblemError([{ code: 'truncatedFile', file }]);
    const verified = readPackageHead(readRange(fd, 0, headSize), size, file);
    if (!verified.ok) throw new ProblemError(verified.problems);
    return verified.value;
  } finally {
    closeSync(fd);
  }
}

/**
 * Copies the package's media into `dir`, each checked against its signed SHA-256. All or
 * nothing: every file is copied and checked in a side folder first and only moved into `dir`
 * when all of them match, so a package with one altered video leaves `dir` as it was. Files
 * already there with the right hash are kept rather than copied again.
 */
export function extractMedia(path: string, pkg: VerifiedPackage, dir: string): void {
  const file = basename(path);
  const created = !existsSync(dir);
  // A media name never starts with a dot (safeMediaName), so this folder is no media file's name.
  const partial = join(dir, '.partial');
  const ready: string[] = [];
  try {
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(partial, { recursive: true });
    for (const m of pkg.payload.media) {
      const target = join(dir, m.name);
      if (alreadyThere(target, m.size, m.sha256)) continue;
      const tmp = join(partial, m.name);
      const hash = createHash('sha256');
      const out = openSync(tmp, 'w');
      try {
        forEachChunk(path, pkg.mediaStart + m.offset, m.size, (chunk) => {
          hash.update(chunk);
          writeSync(out, chunk);
        });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ETRUNC') throw new ProblemError([{ code: 'mediaAltered', file, params: { entry: m.entry } }]);
        throw e;
      } finally {
        closeSync(out);
      }
      if (hash.digest('hex') !== m.sha256) throw new ProblemError([{ code: 'mediaAltered', file, params: { entry: m.entry } }]);
      ready.push(m.name);
    }
    for (const name of ready) renameSync(join(partial, name), join(dir, name));
    rmSync(partial, { recursive: true, force: true });
  } catch (e) {
    rmSync(created ? dir : partial, { recursive: true, force: true });
    if (e instanceof ProblemError) throw e;
    throw new ProblemError([problemFromError(e, file)]);
  }
}

/** Whether `target` already holds exactly these bytes (a package opened again, or updated). */
function alreadyThere(target: string, size: number, sha256: string): boolean {
  try {
    return statSync(target).size === size && sha256OfRange(target, 0, size) === sha256;
  } catch {
    return false;
  }
}

/**
 * Checks every media file of a package against its signed SHA-256 without copying it
 * anywhere (for `jury verify`, which need not find gigabytes of free space).
 */
export function checkMedia(path: string, pkg: VerifiedPackage): void {
  const file = basename(path);
  for (const m of pkg.payload.media) {
    let hash: string;
    try {
      hash = sha256OfRange(path, pkg.mediaStart + m.offset, m.size);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ETRUNC') throw new ProblemError([{ code: 'mediaAltered', file, params: { entry: m.entry } }]);
      throw new ProblemError([problemFromError(e, file)]);
    }
    if (hash !== m.sha256) throw new ProblemError([{ code: 'mediaAltered', file, params: { entry: m.entry } }]);
  }
}

function readRange(fd: number, start: number, size: number): Uint8Array {
  const out = Buffer.alloc(size);
  let done = 0;
  while (done < size) {
    const n = readSync(fd, out, done, size - done, start + done);
    if (n === 0) break;
    done += n;
  }
  return new Uint8Array(out.buffer, out.byteOffset, done);
}
