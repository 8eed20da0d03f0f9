/* global window, document */
// Scratch: drive the harness with real pointer input (plan view) and print what the store saw.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '../../..');
const port = 4192;
const server = spawn(resolve(root, 'node_modules/.bin/vite'), ['preview', '--config', 'test/e2e/scene-harness/vite.config.ts', '--port', String(port), '--strictPort'], { cwd: root, stdio: 'ignore' });
const url = `http://127.0.0.1:${port}/`;
for (let i = 0; i < 100; i++) {
  try { if ((await fetch(url)).ok) break; } catch { /* starting */ }
  await new Promise((r) => setTimeout(r, 150));
}
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader'],
});
const W = 1280;
const H = 800;
const log = (k, v) => console.log(k.padEnd(28), JSON.stringify(v));
try {
  const page = await browser.newPage({ viewport: { width: W, height: H } });
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto(url + '?camera=plan');
  await page.waitForFunction(() => !!window.__hallflowScene, null, { timeout: 30000 });
  await page.waitForTimeout(400);
  const env = await page.evaluate(() => window.__harness.store.getState().doc.envelope);
  const zoom = Math.min(W / (env.length * 1.12), H / (env.width * 1.12));
  const scr = (x, y) => [W / 2 + (x - env.length / 2) * zoom, H / 2 - (y - env.width / 2) * zoom];
  const state = () => page.evaluate(() => { const s = window.__harness.store.getState(); return { sel: s.selection, canUndo: s.canUndo, transacting: s.transacting }; });
  const rack = (i) => page.evaluate((k) => window.__harness.store.getState().doc.racks[k], i);

  const r0 = await rack(12);
  let [px, py] = scr(r0.x, r0.y);
  await page.mouse.click(px, py);
  log('click rack 12', (await state()).sel);

  const r1 = await rack(13);
  await page.keyboard.down('Shift');
  await page.mouse.click(...scr(r1.x, r1.y));
  await page.keyboard.up('Shift');
  log('shift-click rack 13', (await state()).sel);

  await page.keyboard.down('Control');
  await page.mouse.click(...scr(r1.x, r1.y));
  await page.keyboard.up('Control');
  log('ctrl-click rack 13 again', (await state()).sel);

  // drag rack 12 by +1.2 m in x
  [px, py] = scr(r0.x, r0.y);
  await page.mouse.move(px, py);
  await page.mouse.down();
  for (let k = 1; k <= 10; k++) await page.mouse.move(px + (1.2 * zoom * k) / 10, py);
  log('during drag', await state());
  await page.mouse.up();
  const moved = await rack(12);
  log('after drag x (was ' + r0.x + ')', [moved.x, moved.y]);
  log('after drag state', await state());
  await page.screenshot({ path: '/tmp/scene-shots/interact-drag.png' });
  await page.evaluate(() => window.__harness.store.undo());
  log('after undo x', (await rack(12)).x);

  // drag and Escape
  [px, py] = scr(r0.x, r0.y);
  await page.mouse.move(px, py);
  await page.mouse.down();
  for (let k = 1; k <= 5; k++) await page.mouse.move(px, py - (2 * zoom * k) / 5);
  await page.keyboard.press('Escape');
  await page.mouse.up();
  log('drag + Escape: y, state', [(await rack(12)).y, r0.y, await state()]);

  // box select on empty floor around the first row (drag from empty floor left of it)
  const racks = await page.evaluate(() => window.__harness.store.getState().doc.racks.map((r) => ({ id: r.id, x: r.x, y: r.y })));
  const rowY = racks[0].y;
  const a = scr(3.4, rowY + 0.9);
  const b = scr(12.6, rowY - 0.3);
  await page.mouse.move(...a);
  await page.mouse.down();
  await page.mouse.move((a[0] + b[0]) / 2, (a[1] + b[1]) / 2);
  await page.mouse.move(...b);
  await page.screenshot({ path: '/tmp/scene-shots/interact-box.png' });
  await page.mouse.up();
  const sel = (await state()).sel;
  log('box select count / sample', [sel.length, sel.slice(0, 3), 'racks in row at y=' + rowY + ': ' + racks.filter((r) => r.y === rowY).length]);

  // click on empty floor clears
  await page.mouse.click(...scr(env.length - 1.5, env.width - 0.9));
  log('click empty floor', (await state()).sel);

  // floor pick
  await page.evaluate(() => { window.__picked = null; window.__harness.view.set({ floorPick: (x, y) => { window.__picked = [x, y]; } }); });
  const cursor = await page.evaluate(() => document.querySelector('[data-testid=hall-scene] > div')?.style.cursor);
  await page.mouse.click(...scr(4.5, 6.5));
  log('floorPick at (4.5, 6.5)', [await page.evaluate(() => window.__picked), 'cursor ' + cursor, (await state()).sel]);
  await page.evaluate(() => window.__harness.view.set({ floorPick: null }));

  // orbit view: click a rack selects; shift-drag box selects
  await page.evaluate(() => window.__harness.view.set({ camera: 'orbit' }));
  await page.waitForTimeout(300);
  await page.mouse.click(W / 2, H / 2);
  log('orbit click centre', (await state()).sel);
  await page.keyboard.down('Shift');
  await page.mouse.move(300, 200);
  await page.mouse.down();
  await page.mouse.move(600, 400);
  await page.mouse.move(900, 600);
  await page.mouse.up();
  await page.keyboard.up('Shift');
  log('orbit shift-drag box count', (await state()).sel.length);
  await page.screenshot({ path: '/tmp/scene-shots/interact-orbit.png' });
} finally {
  await browser.close();
  server.kill();
}
