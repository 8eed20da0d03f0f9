// Security settings for every window and the default session: web preferences, the content security
// policy, cross-origin isolation headers, a network allowlist, navigation and permission blocking.
//
// Contract (see ARCHITECTURE.md principle 3; the electron-vite template's `sandbox: false` is NOT used):
// - secureWebPreferences(): sandboxed, context-isolated, no Node, no <webview>, web security on.
// - The app's pages are app://hallflow/* (app-protocol.ts) or, in development, the Vite dev server.
//   Every other request is cancelled (the app makes no network requests), every navigation away from
//   the app and every window.open is denied, every permission request is refused.
// - Responses of the app's own pages carry CONTENT_SECURITY_POLICY (also a <meta> in index.html, there
//   without frame-ancestors, which a meta tag cannot carry: vite.csp.ts) and
//   COOP/COEP, so `crossOriginIsolated` is true and the air solver may use SharedArrayBuffer.
// Only Electron *types* are imported: this module is testable in Node with plain fakes.
import type { Session, WebContents, WebPreferences } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'hallflow';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The policy for the Vite dev server only: Vite's HMR needs a websocket to the dev server and
 * @vitejs/plugin-react injects an inline React Refresh preamble. Never used for app:// pages.
 */
export function devContentSecurityPolicy(devServerUrl: string): string {
  const dev = new URL(devServerUrl);
  const ws = `${dev.protocol === 'https:' ? 'wss' : 'ws'}://${dev.host}`;
  return CONTENT_SECURITY_POLICY
    .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
    .replace("connect-src 'self'", `connect-src 'self' ${ws}`);
}

export const ISOLATION_HEADERS: Readonly<Record<string, string>> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Content-Type-Options': 'nosniff',
};

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
  };
}

/** Origins whose pages are the app: app://hallflow, plus the dev server in development. */
export function appOrigins(devServerUrl: string | undefined): string[] {
  return devServerUrl ? [APP_ORIGIN, new URL(devServerUrl).origin] : [APP_ORIGIN];
}

/** The origin of a URL; for app:// (unknown to Node's URL) it is rebuilt from scheme and host. */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.origin !== 'null') return parsed.origin;
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : null;
  } catch {
    return null;
  }
}

export function isAppUrl(url: string, devServerUrl: string | undefined): boolean {
  const origin = originOf(url);
  return origin !== null && appOrigins(devServerUrl).includes(origin);
}

/** The network allowlist: the app's pages, in-memory data/blob URLs, devtools and the dev server's HMR socket. */
export function isAllowedRequest(url: string, devServerUrl: string | undefined): boolean {
  if (isAppUrl(url, devServerUrl)) return true;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (['data:', 'blob:', 'devtools:', 'chrome-devtools:'].includes(parsed.protocol)) return true;
  if (devServerUrl && (parsed.protocol === 'ws:' || parsed.protocol === 'wss:')) {
    return parsed.host === new URL(devServerUrl).host;
  }
  return false;
}

/** Headers added to responses of the app's own pages (the dev server; app:// sets its own too). */
export function securityHeadersFor(url: string, devServerUrl: string | undefined): Record<string, string> | null {
  if (!isAppUrl(url, devServerUrl)) return null;
  const dev = devServerUrl !== undefined && originOf(url) === new URL(devServerUrl).origin;
  return {
    ...ISOLATION_HEADERS,
    'Content-Security-Policy': dev ? devContentSecurityPolicy(devServerUrl) : CONTENT_SECURITY_POLICY,
  };
}

/** Replaces any same-named header (case-insensitively) with ours. */
export function mergeHeaders(
  existing: Record<string, string | string[]> | undefined,
  added: Record<string, string>,
): Record<string, string | string[]> {
  const lower = new Set(Object.keys(added).map((k) => k.toLowerCase()));
  const kept = Object.entries(existing ?? {}).filter(([k]) => !lower.has(k.toLowerCase()));
  return { ...Object.fromEntries(kept), ...Object.fromEntries(Object.entries(added).map(([k, v]) => [k, [v]])) };
}

type SessionSecurity = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'webRequest' | 'on'>;

export function installSessionSecurity(session: SessionSecurity, devServerUrl: string | undefined): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, devServerUrl);
    if (!allowed) console.warn(`[hallflow] blocked request to ${details.url}`);
    callback({ cancel: !allowed });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = securityHeadersFor(details.url, devServerUrl);
    callback(headers ? { responseHeaders: mergeHeaders(details.responseHeaders, headers) } : {});
  });
  // Exports go through IPC (a save dialog in main); a page-initiated download is never wanted.
  session.on('will-download', (event) => event.preventDefault());
}

type ContentsSecurity = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Applied to every WebContents (app 'web-contents-created'): no navigation away, no popups, no webviews. */
export function hardenWebContents(contents: ContentsSecurity, devServerUrl: string | undefined): void {
  const guard = (event: { preventDefault(): void }, url: string): void => {
    if (!isAppUrl(url, devServerUrl)) {
      event.preventDefault();
      console.warn(`[hallflow] blocked navigation to ${url}`);
    }
  };
  contents.on('will-navigate', (event) => guard(event, event.url));
  contents.on('will-redirect', (event) => guard(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
