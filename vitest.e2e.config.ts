import { defineConfig } from 'vitest/config';

// End-to-end tests: the built renderer (out/renderer, the bundle Electron loads) served on 127.0.0.1 and
// driven in Debian's Chromium by playwright-core. Run after `npm run build`.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
