// The renderer's Content-Security-Policy, added as a meta tag to production builds only: in dev, the React
// refresh preamble is an inline script that a strict policy would block (Electron's main process also sends
// the policy as a header for app:// pages).
import type { Plugin } from 'vite';

export const RENDERER_CSP =
  "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; " +
  "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

export function cspMeta(): Plugin {
  return {
    name: 'hallflow-csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${RENDERER_CSP}" />`),
    },
  };
}
