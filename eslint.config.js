// Lint with import-boundary rules from ../shared/ARCHITECTURE.md ("Rules of the house").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

const engineForbidden = [
  { group: ['**/renderer/**', '**/electron/**', '**/cli/**'], message: 'workers/ (the engine) must not import the UI, the platform shell or the CLI.' },
  { group: ['react', 'react-dom', 'react/*', 'three', 'three/*', '@react-three/*', 'electron'], message: 'workers/ must not touch React, three.js or Electron.' },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist-web/**', 'node_modules/**', 'bench/out/**', 'test-results/**', 'renderer/public/review-package/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['workers/**/*.ts'],
    languageOptions: { globals: { ...globals.worker } },
    rules: {
      'no-restricted-imports': ['error', { patterns: engineForbidden }],
      'no-restricted-globals': ['error', 'document', 'window'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'renderer/ reaches the platform only through renderer/src/platform.' }],
        patterns: [
        { group: ['**/electron/main/**', '**/electron/preload/**'], message: 'renderer/ reaches the platform only through renderer/src/platform (electron/ipc.ts types are the contract).' },
        { group: ['**/cli/**'], message: 'renderer/ must not import the CLI.' },
      ] }],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'electron/main must not import renderer/.' }] }],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**', '**/workers/**'], message: 'The preload stays narrow: only electron and ../ipc.' }] }],
    },
  },
  {
    files: ['cli/**/*.ts', 'bench/**/*.{ts,mjs,js}', 'scripts/**/*.{mjs,js}', 'bin/**/*.mjs', 'test/**/*.{ts,mjs,js}', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Benchmarks and e2e tests drive pages: the functions they pass to page.evaluate run in the browser.
    files: ['bench/**/*.{ts,mjs}', 'test/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**', '**/electron/**', 'electron'], message: 'cli/ calls the engine (workers/api.ts), not the UI or the shell.' }] }],
    },
  },
);
