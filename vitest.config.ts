import { defineConfig } from 'vitest/config';

// Unit and validation tests of the engine, the electron main-process modules and renderer logic.
// e2e tests of the built renderer run separately in Chromium (test/e2e/run.mjs).
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/validation/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['@vitest/web-worker'],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
