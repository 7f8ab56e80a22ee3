/**
 * The hardened shell, as plain data and small functions so that a test can assert each
 * setting without Electron: sandboxed renderer, context isolation, no Node in the page,
 * a strict CSP, no navigation, no new windows, no permissions, no network.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { toBase64 } from '../../shared/crypto/signing';
import { PROTOCOL_CSS } from '../../shared/protocol/styles';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://jury`;

/**
 * The protocol's preview is its own HTML in a sandboxed srcdoc frame, which inherits this policy:
 * its one stylesheet (shared/protocol/styles.ts, never built from data) is allowed by its
 * SHA-256 and no other inline style is. renderer/index.html repeats the hash (a test keeps the two equal).
 */
export const PROTOCOL_STYLE_HASH = `'sha256-${toBase64(sha256(new TextEncoder().encode(PROTOCOL_CSS)))}'`;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' ${PROTOCOL_STYLE_HASH}`,
  "font-src 'self'",
  "img-src 'self' data:",
  "media-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function secureWebPreferences(preload: string) {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  } as const;
}

/** Structural types of the few Electron objects hardened here. */
export interface WebContentsLike {
  on(event: 'will-navigate' | 'will-redirect' | 'will-attach-webview', listener: (event: { preventDefault(): void }, ...args: unknown[]) => void): void;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' | 'allow' }): void;
}

export interface SessionLike {
  setPermissionRequestHandler(handler: (wc: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  webRequest: {
    onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void): void;
    onHeadersReceived(listener: (details: { responseHeaders?: Record<string, string[]> }, callback: (r: { responseHeaders: Record<string, string[]> }) => void) => void): void;
  };
}

/** Any in-app navigation is refused; links go to the browser only through entries:openLink. */
export function hardenWebContents(contents: WebContentsLike): void {
  const block = (event: { preventDefault(): void }) => event.preventDefault();
  contents.on('will-navigate', block);
  contents.on('will-redirect', block);
  contents.on('will-attach-webview', block);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** The app's own files and devtools only: every request to the network is cancelled. */
export function isAllowedRequest(url: string): boolean {
  return url.startsWith(`${APP_ORIGIN}/`) || url.startsWith('devtools://') || url.startsWith('data:');
}

export function hardenSession(session: SessionLike): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
  session.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } }),
  );
}
