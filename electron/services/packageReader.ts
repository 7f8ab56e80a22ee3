import { createHash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';
import { envelopeLayout } from '../../shared/crypto/envelope';
import { PACKAGE_MAGIC, readPackageHead, type VerifiedPackage } from '../../shared/package/packageFile';
import { ProblemError } from '../../shared/problem';
import { problemFromError } from './errors';
import { forEachChunk } from './mediaFiles';

/** The most a package head (definition and entry list) may take: far above 10,000 entries. */
const MAX_HEAD = 256 * 1024 * 1024;

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
 * Copies the package's media into `dir`, each checked against its signed SHA-256; a file that
 * does not match is removed and refused. Files already there with the right hash are kept.
 */
export function extractMedia(path: string, pkg: VerifiedPackage, dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const m of pkg.payload.media) {
    const target = join(dir, m.name);
    const tmp = `${target}.part`;
    const hash = createHash('sha256');
    const out = openSync(tmp, 'w');
    try {
      forEachChunk(path, pkg.mediaStart + m.offset, m.size, (chunk) => {
        hash.update(chunk);
        writeSync(out, chunk);
      });
    } catch (e) {
      closeSync(out);
      rmSync(tmp, { force: true });
      if ((e as NodeJS.ErrnoException).code === 'ETRUNC') throw new ProblemError([{ code: 'mediaAltered', file: basename(path), params: { entry: m.entry } }]);
      throw new ProblemError([problemFromError(e, basename(path))]);
    }
    closeSync(out);
    if (hash.digest('hex') !== m.sha256) {
      rmSync(tmp, { force: true });
      throw new ProblemError([{ code: 'mediaAltered', file: basename(path), params: { entry: m.entry } }]);
    }
    renameSync(tmp, target);
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
