// The privileged app:// scheme that serves the built renderer (out/renderer) in production.
//
// Why: pages loaded from file:// cannot be cross-origin isolated (no response headers), and
// SharedArrayBuffer (air solver) needs COOP/COEP. app://hallflow/<path> is a standard, secure scheme,
// so it has a real origin, `'self'` in the CSP means the app, and every response carries the CSP and
// isolation headers.
//
// Contract: APP_SCHEME_PRIVILEGES must be registered before `app.ready`
// (protocol.registerSchemesAsPrivileged); createAppRequestHandler(root) is the protocol.handle handler.
// Only GET/HEAD on host `hallflow`; paths are decoded and must stay inside `root` (403 otherwise);
// `/` serves index.html; unknown files are 404. The handler is plain Node (global Request/Response).
import * as nodeFs from 'node:fs/promises';
import { extname, isAbsolute, join, normalize, relative } from 'node:path';
import type { CustomScheme } from 'electron';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY, ISOLATION_HEADERS } from './security';

export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true, codeCache: true },
};

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.glb': 'model/gltf-binary',
  '.gltf': 'model/gltf+json',
  '.ktx2': 'image/ktx2',
  '.hdr': 'application/octet-stream',
  '.bin': 'application/octet-stream',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeTypeFor(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export type ResolvedRequest = { file: string } | { status: 400 | 403 | 404 | 405 };

/** Maps an app:// URL to a file inside root, or to the HTTP status to answer with. */
export function resolveAppRequest(url: string, method: string, root: string): ResolvedRequest {
  if (method !== 'GET' && method !== 'HEAD') return { status: 405 };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { status: 400 };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return { status: 404 };
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return { status: 400 };
  }
  if (pathname.includes('\0')) return { status: 400 };
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const file = normalize(join(root, pathname));
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return { status: 403 };
  return { file };
}

export function appResponseHeaders(file: string): Record<string, string> {
  return {
    'Content-Type': mimeTypeFor(file),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    ...ISOLATION_HEADERS,
    'Cache-Control': 'no-cache',
  };
}

type ReadFile = (path: string) => Promise<Uint8Array>;

export function createAppRequestHandler(
  root: string,
  readFile: ReadFile = (path) => nodeFs.readFile(path),
): (request: Request) => Promise<Response> {
  return async (request) => {
    const resolved = resolveAppRequest(request.url, request.method, root);
    if ('status' in resolved) return errorResponse(resolved.status);
    let body: Uint8Array;
    try {
      body = await readFile(resolved.file);
    } catch (error) {
      const code = (error as { code?: string } | null)?.code;
      return errorResponse(code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR' ? 404 : 403);
    }
    const headers = { ...appResponseHeaders(resolved.file), 'Content-Length': String(body.byteLength) };
    return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), { status: 200, headers });
  };
}

function errorResponse(status: number): Response {
  return new Response(null, { status, headers: { ...ISOLATION_HEADERS, 'Content-Security-Policy': CONTENT_SECURITY_POLICY } });
}
