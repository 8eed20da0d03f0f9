import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { cspMeta } from './vite.csp';

// Electron build: main (ESM), sandboxed preload (CommonJS, required by sandbox: true) and the renderer.
// Top-level folders instead of src/ (see ../shared/TOOLCHAIN.md, "Electron here").
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      lib: { entry: resolve(import.meta.dirname, 'electron/main/index.ts') },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      lib: { entry: resolve(import.meta.dirname, 'electron/preload/index.ts'), formats: ['cjs'] },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), cspMeta()],
    worker: { format: 'es' },
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      rolldownOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') },
    },
  },
});
