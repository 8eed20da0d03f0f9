// The renderer's Content-Security-Policy. As a header (Electron's main process sends it for app:// pages,
// electron/main/security.ts; the web build's preview server sends it too) it is the whole policy; as the meta
// tag added to production builds it is the same without frame-ancestors, which a <meta> policy cannot carry
// (CSP Level 3, W3C, §6.4.2: "not supported in the <meta> element"; Chromium logs an error for it on every
// load). Production builds only: in dev, the React refresh preamble is an inline script that a strict policy
// would block.
import type { Plugin } from 'vite';

export const RENDERER_CSP =
  "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; " +
  "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** The meta tag's policy: the header's without the directives a <meta> element cannot deliver. */
export const RENDERER_CSP_META = RENDERER_CSP.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; ');

export function cspMeta(): Plugin {
  return {
    name: 'hallflow-csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${RENDERER_CSP_META}" />`),
    },
  };
}
