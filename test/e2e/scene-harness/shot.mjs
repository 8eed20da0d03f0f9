/* global window */
// Scratch: serve the built harness, run a few steps in Chromium and write screenshots to /tmp/scene-shots.
// Usage: node test/e2e/scene-harness/shot.mjs '<query>' <name> ['<js to evaluate before the shot>']
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '../../..');
const port = 4191;
const server = spawn(resolve(root, 'node_modules/.bin/vite'), ['preview', '--config', 'test/e2e/scene-harness/vite.config.ts', '--port', String(port), '--strictPort'], { cwd: root, stdio: 'ignore' });
const url = `http://127.0.0.1:${port}/`;
for (let i = 0; i < 100; i++) {
  try { if ((await fetch(url)).ok) break; } catch { /* starting */ }
  await new Promise((r) => setTimeout(r, 150));
}
mkdirSync('/tmp/scene-shots', { recursive: true });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader'],
});
try {
  const [query = '', name = 'shot', ...scripts] = process.argv.slice(2);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('console', m.type(), m.text()); });
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto(url + query);
  await page.waitForFunction(() => !!window.__hallflowScene, null, { timeout: 30000 });
  await page.waitForTimeout(300);
  let k = 0;
  for (const s of ['', ...scripts]) {
    if (s) console.log('eval', JSON.stringify(await page.evaluate(s)));
    await page.waitForTimeout(250);
    const st = await page.evaluate(() => { const h = window.__hallflowScene; h.renderNow(); return { calls: h.drawCalls(), tris: h.triangles(), ms: h.frame() }; });
    const file = `/tmp/scene-shots/${name}-${k++}.png`;
    await page.screenshot({ path: file });
    console.log(file, JSON.stringify(st));
  }
} finally {
  await browser.close();
  server.kill();
}
