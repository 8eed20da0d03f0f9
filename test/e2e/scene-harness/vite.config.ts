// Scratch build of the scene harness: `npx vite build --config test/e2e/scene-harness/vite.config.ts`.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: { outDir: resolve(import.meta.dirname, '../../../node_modules/.scene-harness'), emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  preview: { host: '127.0.0.1', port: 4191 },
});
