import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './security';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/**
 * Serves the built renderer for app://jury/…: only files inside the renderer folder, each
 * with the CSP header. Used by Electron's protocol.handle and by the browser-test server.
 */
export async function serveRendererFile(root: string, pathname: string): Promise<{ status: number; body: Buffer | string; headers: Record<string, string> }> {
  let rel: string;
  try {
    rel = decodeURIComponent(pathname).replace(/^\/+/, '') || 'index.html';
  } catch {
    return { status: 400, body: 'bad request', headers: {} };
  }
  const file = normalize(join(root, rel));
  if (!file.startsWith(normalize(root) + sep)) return { status: 403, body: 'forbidden', headers: {} };
  try {
    const body = await readFile(file);
    return {
      status: 200,
      body,
      headers: { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
    };
  } catch {
    return { status: 404, body: 'not found', headers: {} };
  }
}
