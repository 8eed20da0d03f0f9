// Serves the built renderer with vite preview (COOP/COEP headers from vite.web.config.ts) for the e2e run.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

// HALLFLOW_E2E_PORT lets several checkouts run their e2e suites side by side.
const PORT = Number(process.env.HALLFLOW_E2E_PORT ?? 4179);

async function waitFor(url: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not start at ${url}`);
}

export default async function setup(project: TestProject): Promise<() => void> {
  const root = resolve(import.meta.dirname, '../..');
  const outDir = resolve(root, 'out/renderer');
  if (!existsSync(resolve(outDir, 'index.html'))) throw new Error('out/renderer/index.html missing: run `npm run build` first');
  const server: ChildProcess = spawn(
    resolve(root, 'node_modules/.bin/vite'),
    ['preview', '--config', 'vite.web.config.ts', '--outDir', outDir, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    { cwd: root, stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${PORT}/`;
  await waitFor(url, 30_000);
  project.provide('baseUrl', url);
  return () => {
    server.kill();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
