import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  hardenSession,
  hardenWebContents,
  isAllowedRequest,
  secureWebPreferences,
  type SessionLike,
  type WebContentsLike,
} from '../../../electron/window/security';

type Listener = (event: { preventDefault(): void }, ...args: unknown[]) => void;

function fakeWebContents() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: ((details: { url: string }) => { action: 'deny' | 'allow' }) | undefined;
  const contents: WebContentsLike = {
    on: (event, listener) => {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    },
    setWindowOpenHandler: (h) => {
      openHandler = h;
    },
  };
  /** Emits an event and says whether some listener prevented it. */
  const emit = (event: string, ...args: unknown[]) => {
    let prevented = false;
    for (const l of listeners.get(event) ?? []) l({ preventDefault: () => (prevented = true) }, ...args);
    return prevented;
  };
  return { contents, emit, open: (url: string) => openHandler!({ url }), listeners };
}

function fakeSession() {
  const s: {
    permissionRequest?: Parameters<SessionLike['setPermissionRequestHandler']>[0];
    permissionCheck?: () => boolean;
    beforeRequest?: Parameters<SessionLike['webRequest']['onBeforeRequest']>[0];
    headersReceived?: Parameters<SessionLike['webRequest']['onHeadersReceived']>[0];
  } = {};
  const session: SessionLike = {
    setPermissionRequestHandler: (h) => (s.permissionRequest = h),
    setPermissionCheckHandler: (h) => (s.permissionCheck = h),
    webRequest: {
      onBeforeRequest: (l) => (s.beforeRequest = l),
      onHeadersReceived: (l) => (s.headersReceived = l),
    },
  };
  const cancelled = (url: string) => {
    let answer: { cancel: boolean } | undefined;
    s.beforeRequest!({ url }, (r) => (answer = r));
    return answer!.cancel;
  };
  return { session, s, cancelled };
}

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the renderer, with no Node and no webview', () => {
    const prefs = secureWebPreferences('/app/preload.js');
    expect(prefs).toMatchObject({
      preload: '/app/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it("is strict: default-src 'self', no inline or eval, no network, no framing", () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
  });
});

describe('hardenWebContents', () => {
  it('prevents navigation, redirects and webviews', () => {
    const wc = fakeWebContents();
    hardenWebContents(wc.contents);
    expect(wc.emit('will-navigate', 'https://example.com')).toBe(true);
    expect(wc.emit('will-redirect', 'https://example.com')).toBe(true);
    expect(wc.emit('will-attach-webview')).toBe(true);
  });

  it('denies every new window', () => {
    const wc = fakeWebContents();
    hardenWebContents(wc.contents);
    expect(wc.open('https://example.com')).toEqual({ action: 'deny' });
    expect(wc.open(`${APP_ORIGIN}/index.html`)).toEqual({ action: 'deny' });
  });
});

describe('hardenSession', () => {
  it('answers every permission request and check with false', () => {
    const { session, s } = fakeSession();
    hardenSession(session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const answer = vi.fn();
      s.permissionRequest!({}, permission, answer);
      expect(answer).toHaveBeenCalledWith(false);
    }
    expect(s.permissionCheck!()).toBe(false);
  });

  it('cancels network requests and lets the app files through', () => {
    const { session, cancelled } = fakeSession();
    hardenSession(session);
    expect(cancelled('https://example.com')).toBe(true);
    expect(cancelled('http://localhost:3000/x')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
    expect(cancelled('app://jury.evil/index.html')).toBe(true);
    expect(cancelled('app://jury/index.html')).toBe(false);
    expect(cancelled('app://jury/assets/index.js')).toBe(false);
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false);
  });

  it('adds the CSP header to every response, keeping the others', () => {
    const { session, s } = fakeSession();
    hardenSession(session);
    let headers: Record<string, string[]> | undefined;
    s.headersReceived!({ responseHeaders: { 'Content-Type': ['text/html'] } }, (r) => (headers = r.responseHeaders));
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
    s.headersReceived!({}, (r) => (headers = r.responseHeaders));
    expect(headers).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });

  it('isAllowedRequest needs the slash after the origin', () => {
    expect(isAllowedRequest(APP_ORIGIN)).toBe(false);
    expect(isAllowedRequest(`${APP_ORIGIN}.evil/`)).toBe(false);
    expect(isAllowedRequest(`${APP_ORIGIN}/`)).toBe(true);
  });
});
