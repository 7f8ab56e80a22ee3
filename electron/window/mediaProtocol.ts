import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { extname, join } from 'node:path';
import { safeMediaName } from '../../shared/package/packageFile';
import type { ScoringDesk } from '../services/scoringDesk';

const TYPES: Record<string, string> = {
  '.mp4': 'video/mp4',
  '.m4v': 'video/mp4',
  '.mov': 'video/quicktime',
  '.webm': 'video/webm',
  '.mkv': 'video/x-matroska',
  '.ogv': 'video/ogg',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.wav': 'audio/wav',
  '.ogg': 'audio/ogg',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.bmp': 'image/bmp',
  '.pdf': 'application/pdf',
};

/** The most one answer carries: a video element asks again for the rest. */
const MAX_CHUNK = 8 * 1024 * 1024;
const MAX_WHOLE = 64 * 1024 * 1024;

export interface MediaResponse {
  status: number;
  body: Buffer | string;
  headers: Record<string, string>;
}

/**
 * Serves a package's extracted media at app://jury/media/<workspace>/<file>, with byte ranges
 * so that a video can be sought. Only files of a workspace's own media folder are served.
 */
export function serveMedia(desk: ScoringDesk, pathname: string, range: string | null): MediaResponse {
  const [, workspaceId, rawName] = /^\/media\/([0-9a-f]{1,40})\/([^/]+)$/.exec(pathname) ?? [];
  let name: string;
  try {
    name = decodeURIComponent(rawName ?? '');
  } catch {
    return { status: 400, body: 'bad request', headers: {} };
  }
  if (!workspaceId || !safeMediaName(name)) return { status: 404, body: 'not found', headers: {} };
  let dir: string | null;
  try {
    const ws = desk.get(workspaceId);
    dir = ws.packageInfo.media_dir;
    // Only what the package carries: not a leftover of an older package or a stray file.
    if (!ws.entries().some((e) => e.media === name)) dir = null;
  } catch {
    return { status: 404, body: 'not found', headers: {} };
  }
  if (!dir) return { status: 404, body: 'not found', headers: {} };
  let fd: number;
  try {
    fd = openSync(join(dir, name), 'r');
  } catch {
    return { status: 404, body: 'not found', headers: {} };
  }
  try {
    const size = fstatSync(fd).size;
    const type = TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream';
    const m = range ? /^bytes=(\d*)-(\d*)$/.exec(range.trim()) : null;
    if (range && !m) return { status: 416, body: '', headers: { 'Content-Range': `bytes */${size}` } };
    let start = 0;
    let end = size - 1;
    if (m) {
      if (m[1] === '') start = Math.max(0, size - Number(m[2]));
      else {
        start = Number(m[1]);
        end = m[2] === '' ? size - 1 : Math.min(size - 1, Number(m[2]));
      }
      if (start > end || start >= size) return { status: 416, body: '', headers: { 'Content-Range': `bytes */${size}` } };
    }
    // Whatever range was asked (bytes=0-, a suffix, an explicit end far off), one answer holds at
    // most MAX_CHUNK bytes: Content-Range says which, and the player asks again for the rest. A
    // request without a range (a picture) gets the whole file, up to MAX_WHOLE.
    end = Math.min(end, start + (m ? MAX_CHUNK : MAX_WHOLE) - 1);
    const body = Buffer.alloc(end - start + 1);
    let done = 0;
    while (done < body.length) {
      const n = readSync(fd, body, done, body.length - done, start + done);
      if (n === 0) break;
      done += n;
    }
    const partial = m !== null || end < size - 1;
    const headers: Record<string, string> = { 'Content-Type': type, 'Accept-Ranges': 'bytes', 'Content-Length': String(done), 'X-Content-Type-Options': 'nosniff' };
    if (partial) headers['Content-Range'] = `bytes ${start}-${start + done - 1}/${size}`;
    return { status: partial ? 206 : 200, body: body.subarray(0, done), headers };
  } finally {
    closeSync(fd);
  }
}
