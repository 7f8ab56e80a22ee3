import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { dirname, extname, isAbsolute, resolve } from 'node:path';

/** What "open media" may hand to the system: pictures, sound, video and documents, never programs. */
export const MEDIA_EXTENSIONS = new Set(['mp4', 'mov', 'm4v', 'avi', 'mkv', 'webm', 'ogv', 'wmv', '3gp', 'mpg', 'mpeg', 'mp3', 'wav', 'm4a', 'ogg', 'jpg', 'jpeg', 'png', 'gif', 'webp', 'bmp', 'heic', 'tif', 'tiff', 'pdf']);

export const isMediaFile = (path: string) => MEDIA_EXTENSIONS.has(extname(path).slice(1).toLowerCase());

/**
 * Where an entry's media file lies. Relative paths are relative to the contest file, so a
 * folder of videos can travel with it. A network path (\\host\share) would make Windows contact
 * that host: only local files count. Null when there is no such file.
 */
export function localMediaPath(contestPath: string, media: string | null): string | null {
  if (!media?.trim() || /^(\\\\|\/\/)/.test(media.trim())) return null;
  const path = isAbsolute(media) ? media : resolve(dirname(contestPath), media);
  return existsSync(path) ? path : null;
}

const CHUNK = 1 << 20;

/** Reads `size` bytes of a file from `start` in 1 MiB pieces, for hashing and copying large videos. */
export function forEachChunk(path: string, start: number, size: number, each: (chunk: Uint8Array) => void): void {
  const fd = openSync(path, 'r');
  const buffer = Buffer.allocUnsafe(Math.min(CHUNK, Math.max(size, 1)));
  try {
    let done = 0;
    while (done < size) {
      const n = readSync(fd, buffer, 0, Math.min(buffer.length, size - done), start + done);
      if (n === 0) throw Object.assign(new Error('file ended early'), { code: 'ETRUNC' });
      each(buffer.subarray(0, n));
      done += n;
    }
  } finally {
    closeSync(fd);
  }
}

export function sha256OfRange(path: string, start: number, size: number): string {
  const hash = createHash('sha256');
  forEachChunk(path, start, size, (c) => hash.update(c));
  return hash.digest('hex');
}
