import { describe, expect, it, vi } from 'vitest';
import * as s from '../../../electron/main/security';
import { RENDERER_CSP, RENDERER_CSP_META } from '../../../vite.csp';

const DEV = 'http://localhost:5173';

describe('web preferences', () => {
  it('sandboxes and isolates every window', () => {
    expect(s.secureWebPreferences('/app/out/preload/index.cjs')).toMatchObject({
      preload: '/app/out/preload/index.cjs',
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

describe('content security policy', () => {
  it('is the strict policy, the renderer build\'s header policy; its meta tag is the same without frame-ancestors', () => {
    const strict = "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
    expect(s.CONTENT_SECURITY_POLICY).toBe(strict);
    expect(RENDERER_CSP).toBe(strict);
    // CSP Level 3 §6.4.2: a <meta> policy cannot carry frame-ancestors (Chromium logs an error for it)
    expect(RENDERER_CSP_META).toBe(strict.replace("; frame-ancestors 'none'", ''));
  });

  it('relaxes only script and connect for the dev server', () => {
    const dev = s.devContentSecurityPolicy(DEV);
    expect(dev).toContain("script-src 'self' 'unsafe-inline'");
    expect(dev).toContain("connect-src 'self' ws://localhost:5173");
    expect(dev).toContain("object-src 'none'");
  });

  it('sends COOP/COEP so the renderer is cross-origin isolated', () => {
    expect(s.ISOLATION_HEADERS).toMatchObject({ 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' });
  });
});

describe('request and navigation allowlist', () => {
  it('allows only the app, in-memory URLs, devtools and the dev server', () => {
    for (const url of ['app://hallflow/index.html', 'data:image/png;base64,AA', 'blob:app://hallflow/1', 'devtools://devtools/x']) {
      expect(s.isAllowedRequest(url, undefined), url).toBe(true);
    }
    for (const url of ['https://example.com/', 'http://localhost:5173/', 'file:///etc/passwd', 'ws://localhost:5173', 'app://other/x', 'nonsense']) {
      expect(s.isAllowedRequest(url, undefined), url).toBe(false);
    }
    expect(s.isAllowedRequest('http://localhost:5173/src/main.tsx', DEV)).toBe(true);
    expect(s.isAllowedRequest('ws://localhost:5173/', DEV)).toBe(true);
    expect(s.isAllowedRequest('http://localhost:5174/', DEV)).toBe(false);
  });

  it('adds security headers only to the app pages', () => {
    expect(s.securityHeadersFor('https://example.com/', DEV)).toBeNull();
    expect(s.securityHeadersFor('app://hallflow/index.html', DEV)?.['Content-Security-Policy']).toBe(s.CONTENT_SECURITY_POLICY);
    expect(s.securityHeadersFor(`${DEV}/`, DEV)?.['Content-Security-Policy']).toBe(s.devContentSecurityPolicy(DEV));
  });

  it('replaces existing headers case-insensitively', () => {
    expect(s.mergeHeaders({ 'content-security-policy': ['x'], Server: ['vite'] }, { 'Content-Security-Policy': 'y' })).toEqual({
      Server: ['vite'],
      'Content-Security-Policy': ['y'],
    });
  });
});

describe('installSessionSecurity', () => {
  it('denies permissions, cancels foreign requests, adds headers and blocks downloads', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
      on: vi.fn(),
    };
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    s.installSessionSecurity(session as never, undefined);
    const permission = vi.fn();
    session.setPermissionRequestHandler.mock.calls[0][0]({}, 'media', permission);
    expect(permission).toHaveBeenCalledWith(false);
    expect(session.setPermissionCheckHandler.mock.calls[0][0]()).toBe(false);
    const before = session.webRequest.onBeforeRequest.mock.calls[0][0];
    const cb = vi.fn();
    before({ url: 'https://telemetry.example/' }, cb);
    before({ url: 'app://hallflow/assets/a.js' }, cb);
    expect(cb.mock.calls).toEqual([[{ cancel: true }], [{ cancel: false }]]);
    const headers = session.webRequest.onHeadersReceived.mock.calls[0][0];
    const hcb = vi.fn();
    headers({ url: 'app://hallflow/index.html', responseHeaders: {} }, hcb);
    expect(hcb.mock.calls[0][0].responseHeaders['Cross-Origin-Embedder-Policy']).toEqual(['require-corp']);
    const [event, onDownload] = session.on.mock.calls[0];
    expect(event).toBe('will-download');
    const download = { preventDefault: vi.fn() };
    onDownload(download);
    expect(download.preventDefault).toHaveBeenCalled();
  });
});

describe('hardenWebContents', () => {
  it('blocks navigation away from the app, popups and webviews', () => {
    const listeners = new Map<string, (event: { url: string; preventDefault(): void }) => void>();
    const contents = { on: vi.fn((name: string, fn) => listeners.set(name, fn)), setWindowOpenHandler: vi.fn() };
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    s.hardenWebContents(contents as never, undefined);
    const away = { url: 'https://example.com/', preventDefault: vi.fn() };
    listeners.get('will-navigate')!(away);
    expect(away.preventDefault).toHaveBeenCalled();
    const inside = { url: 'app://hallflow/index.html?sample=x', preventDefault: vi.fn() };
    listeners.get('will-navigate')!(inside);
    expect(inside.preventDefault).not.toHaveBeenCalled();
    const redirect = { url: 'http://x/', preventDefault: vi.fn() };
    listeners.get('will-redirect')!(redirect);
    expect(redirect.preventDefault).toHaveBeenCalled();
    const webview = { url: '', preventDefault: vi.fn() };
    listeners.get('will-attach-webview')!(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    expect(contents.setWindowOpenHandler.mock.calls[0][0]()).toEqual({ action: 'deny' });
  });
});
