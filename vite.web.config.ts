import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspMeta, RENDERER_CSP } from './vite.csp';

// The same UI as a plain web page (browser platform implementation), served on 127.0.0.1.
// Cross-origin isolation headers let the air solver use SharedArrayBuffer in the browser too. The preview server
// (the built page) also sends the whole Content-Security-Policy as a header, frame-ancestors included (a meta tag
// cannot carry it); the dev server does not (React refresh's inline preamble).
const isolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react(), cspMeta()],
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173, headers: isolation },
  preview: { host: '127.0.0.1', port: 4173, headers: { ...isolation, 'Content-Security-Policy': RENDERER_CSP } },
  build: {
    outDir: resolve(import.meta.dirname, 'dist-web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
});
