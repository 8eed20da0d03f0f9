import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES, createAppRequestHandler, mimeTypeFor, resolveAppRequest } from '../../../electron/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security';
import { tempFolder } from './helpers';

describe('app:// protocol', () => {
  it('is a standard, secure, fetch-capable scheme', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } });
  });

  it('maps URLs to files inside the root and refuses everything else', () => {
    const root = '/app/out/renderer';
    expect(resolveAppRequest('app://hallflow/', 'GET', root)).toEqual({ file: '/app/out/renderer/index.html' });
    expect(resolveAppRequest('app://hallflow/assets/a%20b.js?v=1', 'GET', root)).toEqual({ file: '/app/out/renderer/assets/a b.js' });
    // The URL parser resolves dot segments (also %2e%2e) before we see the path: it stays inside root.
    expect(resolveAppRequest('app://hallflow/%2e%2e/%2e%2e/etc/passwd', 'GET', root)).toEqual({ file: '/app/out/renderer/etc/passwd' });
    expect(resolveAppRequest('app://hallflow/..%2f..%2fsecret', 'GET', root)).toEqual({ status: 403 });
    expect(resolveAppRequest('app://hallflow/%00', 'GET', root)).toEqual({ status: 400 });
    expect(resolveAppRequest('app://hallflow/%E0%A4%A', 'GET', root)).toEqual({ status: 400 });
    expect(resolveAppRequest('app://other/index.html', 'GET', root)).toEqual({ status: 404 });
    expect(resolveAppRequest('app://hallflow/index.html', 'POST', root)).toEqual({ status: 405 });
  });

  it('serves files with the CSP and cross-origin isolation headers', async () => {
    const root = await tempFolder();
    await mkdir(join(root, 'assets'));
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Hallflow</title>');
    await writeFile(join(root, 'assets', 'solver.wasm'), new Uint8Array([0, 97, 115, 109]));
    const handle = createAppRequestHandler(root);
    const page = await handle(new Request('app://hallflow/index.html'));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Hallflow</title>');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(page.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
    const wasm = await handle(new Request('app://hallflow/assets/solver.wasm'));
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
    expect(new Uint8Array(await wasm.arrayBuffer())).toEqual(new Uint8Array([0, 97, 115, 109]));
    const head = await handle(new Request('app://hallflow/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await handle(new Request('app://hallflow/missing.js'))).status).toBe(404);
    expect((await handle(new Request('app://hallflow/assets'))).status).toBe(404);
  });

  it('knows the module and worker MIME types', () => {
    expect(mimeTypeFor('a.mjs')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('a.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('a.unknown')).toBe('application/octet-stream');
  });
});
