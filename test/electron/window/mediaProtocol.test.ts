import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContestWorkspace } from '../../../electron/services/contestWorkspace';
import { exportPackage } from '../../../electron/services/packageExport';
import { ScoringDesk } from '../../../electron/services/scoringDesk';
import { serveMedia } from '../../../electron/window/mediaProtocol';
import { contestWithEntries, fixedContext } from '../helpers';

const MiB = 1024 * 1024;
const content = (size: number) => {
  const b = Buffer.alloc(size);
  for (let i = 0; i < 251; i++) b[i] = (i * 13 + 5) & 0xff;
  if (size > 251) b.fill(b.subarray(0, 251), 251);
  return b;
};
/** Byte-for-byte comparison that stays fast for megabytes (toEqual walks every element). */
const same = (a: Buffer | string, b: Buffer) => Buffer.isBuffer(a) && a.equals(b);

/** A juror desk with one package: entry 1 has a video, entry 2 a PNG, entry 3 nothing, entry 4 an Ogg video; and a package without media. */
async function served(videoSize = 1000) {
  const dir = mkdtempSync(join(tmpdir(), 'jury-media-'));
  const db = await contestWithEntries(dir);
  const org = ContestWorkspace.open(db, fixedContext());
  mkdirSync(join(dir, 'media'));
  const video = content(videoSize);
  writeFileSync(join(dir, 'media', 'one.mp4'), video);
  writeFileSync(join(dir, 'media', 'two.png'), content(300));
  writeFileSync(join(dir, 'media', 'four.ogv'), content(200));
  org.updateEntry('1', { media: 'media/one.mp4' });
  org.updateEntry('2', { media: 'media/two.png' });
  org.updateEntry('4', { media: 'media/four.ogv' });
  exportPackage(org, { jurorId: 'j1', entryIds: ['1', '2', '3', '4'], includeMedia: true }, join(dir, 'p.jurypkg'));
  exportPackage(org, { jurorId: 'j2', entryIds: ['3'], includeMedia: false }, join(dir, 'bare.jurypkg'));
  org.close();
  const desk = new ScoringDesk(join(dir, 'laptop'), fixedContext());
  const ws = desk.openPackage(join(dir, 'p.jurypkg'));
  const bare = desk.openPackage(join(dir, 'bare.jurypkg'));
  const get = (name: string, range: string | null = null, id = ws.workspaceId) => serveMedia(desk, `/media/${id}/${name}`, range);
  const dispose = () => (desk.closeAll(), rmSync(dir, { recursive: true, force: true }));
  return { desk, ws, bare, video, get, dispose };
}

type Served = Awaited<ReturnType<typeof served>>;

describe('serveMedia', () => {
  // one desk for the whole file: serving never changes it
  let small: Served;
  let large: Served;
  beforeAll(async () => {
    small = await served();
    large = await served(9 * MiB);
  });
  afterAll(() => (small?.dispose(), large?.dispose()));
  it('serves a whole file with its type when no range is asked', async () => {
    const { get, video } = small;
    const r = get('1.mp4');
    expect(r.status).toBe(200);
    expect(r.headers).toEqual({ 'Content-Type': 'video/mp4', 'Accept-Ranges': 'bytes', 'Content-Length': '1000', 'X-Content-Type-Options': 'nosniff' });
    expect(same(r.body, video)).toBe(true);
    expect(get('2.png').headers['Content-Type']).toBe('image/png');
    // an Ogg video with its own type: sent as octet-stream (with nosniff) it would not play
    expect(get('4.ogv').headers['Content-Type']).toBe('video/ogg');
  });

  it.each([
    ['bytes=0-', 0, 999],
    ['bytes=100-199', 100, 199],
    ['bytes=990-', 990, 999],
    ['bytes=900-5000', 900, 999],
    ['bytes=-100', 900, 999],
    ['bytes=-5000', 0, 999],
    ['bytes=999-999', 999, 999],
    [' bytes=10-19 ', 10, 19],
  ])('answers %s with 206 and the bytes %i–%i', async (range, start, end) => {
    const { get, video } = small;
    const r = get('1.mp4', range);
    expect(r.status).toBe(206);
    expect(r.headers['Content-Range']).toBe(`bytes ${start}-${end}/1000`);
    expect(r.headers['Content-Length']).toBe(String(end - start + 1));
    expect(same(r.body, video.subarray(start, end + 1))).toBe(true);
  });

  it.each(['bytes=1000-', 'bytes=5000-6000', 'bytes=-0', 'bytes=20-10', 'bytes=abc', 'items=0-10', 'bytes=0-1,5-6', 'bytes=-'])('refuses the range %j with 416 and the size', async (range) => {
    const { get } = small;
    const r = get('1.mp4', range);
    expect(r.status).toBe(416);
    expect(r.headers['Content-Range']).toBe('bytes */1000');
  });

  it('sends a large video in pieces of at most 8 MiB, whatever range is asked; without a range, the whole file', async () => {
    const { get, video } = large;
    const whole = get('1.mp4');
    expect(whole.status).toBe(200);
    expect(whole.body.length).toBe(9 * MiB);
    expect(whole.headers['X-Content-Type-Options']).toBe('nosniff');
    const open = get('1.mp4', `bytes=${MiB}-`);
    expect(open.headers['Content-Range']).toBe(`bytes ${MiB}-${9 * MiB - 1}/${9 * MiB}`);
    expect(same(open.body, video.subarray(MiB, 9 * MiB))).toBe(true);
    for (const range of ['bytes=0-', `bytes=0-${9 * MiB - 1}`, `bytes=-${9 * MiB}`, 'bytes=0-99999999999']) {
      const r = get('1.mp4', range);
      expect(r.status).toBe(206);
      expect(r.body.length).toBe(8 * MiB);
      expect(r.headers['Content-Range']).toMatch(new RegExp(`^bytes \\d+-\\d+/${9 * MiB}$`));
      const [, s, e] = /^bytes (\d+)-(\d+)\//.exec(r.headers['Content-Range'])!;
      expect(same(r.body, video.subarray(Number(s), Number(e) + 1))).toBe(true);
    }
  });

  it.each([
    ['an unknown workspace', '/media/0123456789abcdef0123/1.mp4'],
    ['a workspace id that is not hex', '/media/../1.mp4'],
    ['a file the package does not have', null],
    ['a path out of the media folder', '..%2F..%2Fkeys%2Fjuror.key'],
    ['a dotted name', '%2e%2e'],
    ['a backslash path', '..%5C..%5Cjuror.key'],
    ['a nested path', 'sub/1.mp4'],
    ['the workspace file itself', '..%2F..%2Fscoring'],
  ])('answers 404 for %s', async (_, path) => {
    const { desk, ws } = small;
    const pathname = path === null ? `/media/${ws.workspaceId}/9.mp4` : path.startsWith('/') ? path : `/media/${ws.workspaceId}/${path}`;
    expect(serveMedia(desk, pathname, null)).toMatchObject({ status: 404 });
  });

  it('answers 404 for a workspace whose package carries no media, and 400 for a broken escape', async () => {
    const { get, bare, ws } = small;
    expect(get('1.mp4', null, bare.workspaceId).status).toBe(404);
    expect(get('%E0%A4%A', null, ws.workspaceId).status).toBe(400);
  });

  it('serves only the media of the package: a stray file in the media folder is not served', async () => {
    const { get, ws } = small;
    const stray = join(ws.packageInfo.media_dir!, 'stray.mp4');
    writeFileSync(stray, 'x');
    try {
      expect(get('stray.mp4').status).toBe(404);
      expect(get('1.mp4').status).toBe(200);
    } finally {
      rmSync(stray);
    }
  });
});
