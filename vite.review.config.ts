// The review package's viewer (renderer/src/review/package/main.tsx) as ONE classic script: pages opened
// by double-clicking index.html (file://) may not load ES-module scripts or module workers, nor fetch().
// So: IIFE format, everything in hallflow-review.js (+ hallflow-review.css), no code splitting, no workers
// (solver/pool.ts is replaced by review/package/packaged-pool.ts: the package embeds its results).
// Output: renderer/public/review-package/ — index.html (strict CSP: nothing but the package's own files),
// the script and the style sheet. Vite copies renderer/public into every build of the app (electron-vite,
// the web build) and serves it in dev, so the app fetches this template from its own origin when it
// writes a package; the CLI (cli/review-package.ts) reads it from disk and builds it on demand.
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const here = import.meta.dirname;
export const REVIEW_TEMPLATE_DIR = resolve(here, 'renderer/public/review-package');
const POOL = resolve(here, 'renderer/src/solver/pool.ts');
const PACKAGED_POOL = resolve(here, 'renderer/src/review/package/packaged-pool.ts');

/** No network, no workers, no eval: only the package's own files; styles may be inline (React style attributes). */
export const PACKAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "connect-src 'none'; worker-src 'none'; font-src 'none'; media-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

/** The viewer template's index.html. project.js (the data) loads before the viewer; both are classic scripts (file:// refuses modules). */
export function packageIndexHtml(csp = PACKAGE_CSP): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="${csp}" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <meta name="generator" content="Hallflow review package" />
    <link rel="icon" href="data:," />
    <title>Hallflow review</title>
    <link rel="stylesheet" href="hallflow-review.css" />
  </head>
  <body>
    <div id="root"></div>
    <noscript>This review package needs JavaScript.</noscript>
    <script src="project.js"></script>
    <script src="hallflow-review.js"></script>
  </body>
</html>
`;
}

/** Replaces the engine's worker pool with the package's worker-free one (all importers but the replacement itself). */
function packagedPool(): Plugin {
  return {
    name: 'hallflow-packaged-pool',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || importer === PACKAGED_POOL || !/(^|\/)pool(\.ts)?$/.test(source)) return null;
      const r = await this.resolve(source, importer, { ...options, skipSelf: true });
      return r && r.id === POOL ? PACKAGED_POOL : null;
    },
  };
}

function indexHtml(): Plugin {
  return {
    name: 'hallflow-package-index',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'index.html', source: packageIndexHtml() });
    },
  };
}

export default defineConfig({
  root: resolve(here, 'renderer'),
  publicDir: false,
  plugins: [react(), packagedPool(), indexHtml()],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: REVIEW_TEMPLATE_DIR,
    emptyOutDir: true,
    copyPublicDir: false,
    chunkSizeWarningLimit: 6000,
    cssCodeSplit: false,
    lib: {
      entry: resolve(here, 'renderer/src/review/package/main.tsx'),
      formats: ['iife'],
      name: 'HallflowReview',
      fileName: () => 'hallflow-review.js',
      cssFileName: 'hallflow-review',
    },
  },
});
