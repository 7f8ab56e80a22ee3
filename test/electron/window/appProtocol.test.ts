import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveRendererFile } from '../../../electron/window/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/window/security';
import { tempDir } from '../helpers';

/** A built renderer folder inside a parent that also holds files that must never be served. */
function rendererRoot() {
  const base = tempDir();
  const root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Jury</title>');
  writeFileSync(join(root, 'assets', 'index.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'font.woff2'), Buffer.from([1, 2, 3]));
  writeFileSync(join(root, 'assets', 'data.bin'), Buffer.from([0]));
  writeFileSync(join(base, 'package.json'), '{"secret":true}');
  mkdirSync(join(base, 'renderer-other'));
  writeFileSync(join(base, 'renderer-other', 'x.js'), 'secret');
  return root;
}

describe('serveRendererFile', () => {
  it('serves index.html for / with the CSP header and content type', async () => {
    const root = rendererRoot();
    const r = await serveRendererFile(root, '/');
    expect(r.status).toBe(200);
    expect(r.body.toString()).toContain('<title>Jury</title>');
    expect(r.headers).toEqual({ 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': CONTENT_SECURITY_POLICY });
  });

  it('serves assets with their types, unknown types as octet-stream', async () => {
    const root = rendererRoot();
    expect((await serveRendererFile(root, '/assets/index.js')).headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect((await serveRendererFile(root, '/assets/font.woff2')).headers['Content-Type']).toBe('font/woff2');
    const bin = await serveRendererFile(root, '/assets/data.bin');
    expect(bin.headers).toEqual({ 'Content-Type': 'application/octet-stream', 'Content-Security-Policy': CONTENT_SECURITY_POLICY });
  });

  it.each([['/../package.json'], ['/%2e%2e/package.json'], ['/assets/../../package.json'], ['/..%2Fpackage.json'], ['/../renderer-other/x.js']])(
    'refuses path traversal %s with 403',
    async (path) => {
      const r = await serveRendererFile(rendererRoot(), path);
      expect(r.status).toBe(403);
      expect(r.body.toString()).not.toContain('secret');
    },
  );

  it('answers 404 for a missing file or a folder', async () => {
    const root = rendererRoot();
    expect((await serveRendererFile(root, '/nope.js')).status).toBe(404);
    expect((await serveRendererFile(root, '/assets')).status).toBe(404);
  });

  // Regression (fixed): serveRendererFile calls decodeURIComponent() outside any try, so a malformed
  // percent-escape in the URL (e.g. app://jury/%E0%A4%A) throws URIError out of the
  // protocol handler instead of answering a 4xx response.
  it('answers a malformed percent-escape with a 4xx status instead of throwing', async () => {
    const r = await serveRendererFile(rendererRoot(), '/%E0%A4%A');
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
  });
});
