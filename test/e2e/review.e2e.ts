// Design review in the built renderer: walk mode moves with the keyboard and stops at a rack (arrow keys do
// not nudge the selection), a saved viewpoint brings the camera back, a comment pinned to a rack shows in the
// list, a measured 3-4-5 triangle reads 5.00 m, presentation mode hides the toolbar and Esc brings it back;
// at 5,000 racks the review layers add a constant number of draw calls (pins 1, measure/aisle lines 1).
// Fit while walking stands the walker in front of the selected rack; clicking a comment pin in 3D opens it
// in the list. The review package (CLI) opens from file:// with racks, heatmap and pipes on screen, its tour
// works and no request leaves file:// — as a folder and as the one-file HTML of the browser fallback.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { colouredShare, installCanvasReader, launch, openApp, settle } from './browser';
import { singleFileHtml } from '../../renderer/src/review/package/files';
import type {} from '../../renderer/src/review/review-debug';

let browser: Browser;
let page: Page;
const baseUrl = inject('baseUrl');
const shots = join(process.cwd(), 'test-results');
const sample = () => JSON.parse(readFileSync(join(process.cwd(), 'assets/samples/ai-hall-mixed.hallflow.json'), 'utf8'));

interface Rack { id: string; x: number; y: number; width: number; depth: number; rotationDeg: number; rowId: string | null }
const walker = (p: Page) => p.evaluate(() => window.__hallflowReview!.walker());
const calm = (p: Page) => p.waitForFunction(() => !window.__hallflowReview!.tweening(), null, { timeout: 10_000 });
const open = (p: Page, doc: unknown) => p.evaluate((t) => window.__hallflow!.openText('review.hallflow.json', t), JSON.stringify(doc));

beforeAll(async () => {
  browser = await launch();
  page = await openApp(browser, baseUrl);
});
afterAll(async () => {
  await browser?.close();
});

describe('walkthrough and viewpoints', () => {
  it('walks up to a rack from a saved eye-height viewpoint and stops there; arrows do not nudge', async () => {
    const doc = sample();
    const rack = (doc.racks as Rack[]).find((r) => r.rowId && Math.round(r.rotationDeg) % 180 === 0)!;
    const front = rack.y - rack.depth / 2; // the walker comes from the south
    const stopY = front - 0.3;
    doc.viewpoints = [{ id: 'vp-eye', name: 'In front of the rack', note: 'Hose routing', position: [rack.x, stopY - 0.8, 1.7], target: [rack.x, rack.y, 1.7] }];
    expect(await open(page, doc)).toBe(true);
    await page.getByTestId('tab-review').click();
    await page.evaluate((id) => window.__hallflow!.select([id]), rack.id);
    await page.getByTestId('vp-go-0').click();
    await expect.poll(() => page.getByTestId('cmd-viewWalk').getAttribute('class')).toBe('on');
    await calm(page);
    const w0 = await walker(page);
    expect(w0.y).toBeCloseTo(stopY - 0.8, 2);
    expect(w0.yaw).toBeCloseTo(Math.PI / 2, 3);
    await settle(page);
    await page.screenshot({ path: join(shots, 'review-walk.png') });
    await page.keyboard.down('ArrowUp');
    // hold the key until the walker reaches the rack (frames are slow on a loaded SwiftShader machine, and a
    // frame advances the walker by at most 0.25 s), then a little longer: it must stay at the face
    await expect.poll(async () => (await walker(page)).y, { timeout: 30_000 }).toBeGreaterThan(stopY - 0.01);
    await page.waitForTimeout(1000);
    await page.keyboard.up('ArrowUp');
    const w1 = await walker(page);
    expect(w1.y).toBeGreaterThan(w0.y + 0.5); // moved…
    expect(w1.y).toBeCloseTo(stopY, 2); // …and stopped at the rack face (collision)
    expect(w1.x).toBeCloseTo(rack.x, 3);
    const after = await page.evaluate((id) => (window.__hallflow!.doc() as { racks: Rack[] }).racks.find((r) => r.id === id)!, rack.id);
    expect(after.y).toBe(rack.y); // the app's ArrowUp nudge did not fire
    await expect.poll(() => page.getByTestId('minimap').isVisible()).toBe(true);
    await page.screenshot({ path: join(shots, 'review-walk-at-rack.png') });
  });

  it('Fit while walking stands in front of the selected rack at eye height, facing it', async () => {
    const doc = (await page.evaluate(() => window.__hallflow!.doc())) as { racks: Rack[] };
    const rack = doc.racks.find((r) => r.rowId && Math.round(r.rotationDeg) === 0)!; // front faces −y
    await page.getByTestId('cmd-viewOrbit').click();
    await calm(page);
    await page.getByTestId('cmd-viewWalk').click(); // a fresh walk starts at the hall's edge
    await calm(page);
    const start = await walker(page);
    await page.evaluate((id) => window.__hallflow!.select([id]), rack.id);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => window.__hallflowReview!.state().goalSeq)).toBeGreaterThan(0);
    await calm(page);
    const w = await walker(page);
    const front = rack.y - rack.depth / 2;
    expect(Math.hypot(w.x - start.x, w.y - start.y)).toBeGreaterThan(0.5);
    expect(w.x).toBeCloseTo(rack.x, 2); // straight in front…
    expect(w.y).toBeLessThan(front - 0.3 + 1e-6); // …outside the rack (walker radius 0.3 m)…
    expect(front - w.y).toBeLessThan(6); // …close enough to read it
    expect(w.yaw).toBeCloseTo(Math.PI / 2, 3); // facing it
    expect(await page.getByTestId('cmd-viewWalk').getAttribute('class')).toBe('on');
    await settle(page);
    await page.screenshot({ path: join(shots, 'review-walk-fit.png') });
  });

  it('saves the current view as a viewpoint and flies back to it', async () => {
    const w = await walker(page);
    await page.getByTestId('vp-save').click();
    const vps = await page.evaluate(() => (window.__hallflow!.doc() as { viewpoints: { position: number[] }[] }).viewpoints);
    expect(vps).toHaveLength(2);
    expect(vps[1].position[0]).toBeCloseTo(w.x, 2);
    expect(vps[1].position[2]).toBeCloseTo(1.7, 3);
    await page.getByTestId('cmd-viewOrbit').click();
    await calm(page);
    await page.getByTestId('vp-go-1').click();
    await expect.poll(() => page.getByTestId('cmd-viewWalk').getAttribute('class')).toBe('on');
    await calm(page);
    const back = await walker(page);
    expect(back.x).toBeCloseTo(w.x, 2);
    expect(back.y).toBeCloseTo(w.y, 2);
    await page.getByTestId('tour-next').click();
    await expect.poll(() => page.getByTestId('tour-caption').textContent()).toContain('Hose routing');
  });
});

describe('comments and measurement', () => {
  it('pins a comment to the selected rack and lists it', async () => {
    await page.getByTestId('cmd-viewOrbit').click();
    await calm(page);
    const id = await page.evaluate(() => (window.__hallflow!.doc() as { racks: Rack[] }).racks[3].id);
    await page.evaluate((rid) => window.__hallflow!.select([rid]), id);
    await page.getByTestId('annotation-author').fill('Ana Reviewer');
    await page.getByTestId('annotation-text').fill('Check the hose bend radius here');
    await page.getByTestId('annotation-pin-selection').click();
    await expect.poll(() => page.getByTestId('annotation-0').textContent()).toContain('Check the hose bend radius here');
    await expect.poll(() => page.getByTestId('annotation-0').textContent()).toContain('Ana Reviewer');
    const anns = await page.evaluate(() => (window.__hallflow!.doc() as { annotations: { objectId: string; status: string }[] }).annotations);
    expect(anns).toEqual([expect.objectContaining({ objectId: id, status: 'open' })]);
    await page.getByTestId('annotation-status-0').click();
    await page.getByTestId('annotation-filter-open').click();
    await expect.poll(() => page.getByTestId('annotation-0').count()).toBe(0);
    await page.getByTestId('annotation-filter-all').click();
    await page.getByTestId('annotation-go-0').click();
    await calm(page);
    await settle(page);
    await page.screenshot({ path: join(shots, 'review-annotation.png') });
  });

  it('clicking the pin in 3D opens its comment in the list', async () => {
    await page.getByRole('tab', { name: 'Design' }).click();
    await expect.poll(() => page.getByTestId('annotations').count()).toBe(0);
    const at = await page.evaluate(() => {
      const d = window.__hallflow!.doc() as { racks: (Rack & { height: number })[]; annotations: { objectId: string }[]; envelope: { length: number; width: number } };
      const r = d.racks.find((k) => k.id === d.annotations[0].objectId)!;
      const s = Math.max(1, Math.max(d.envelope.length, d.envelope.width) / 30);
      return window.__hallflowReview!.screenOf(r.x, r.y, r.height + 0.5 * s); // the pin's ball
    });
    const seq = await page.evaluate(() => window.__hallflowReview!.state().revealSeq);
    const selection = await page.evaluate(() => window.__hallflow!.selection());
    await page.mouse.click(at![0], at![1]);
    await expect.poll(() => page.getByTestId('tab-review').getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.getByTestId('annotation-0').getAttribute('data-focused')).toBe('true');
    expect(await page.evaluate(() => window.__hallflowReview!.state().revealSeq)).toBe(seq + 1);
    expect(await page.evaluate(() => window.__hallflow!.selection())).toEqual(selection); // the rack under it was not clicked
    await page.screenshot({ path: join(shots, 'review-pin-click.png') });
  });

  it('measures 5.00 m between two floor points in plan view', async () => {
    await page.getByTestId('cmd-viewPlan').click();
    await calm(page);
    await settle(page);
    await page.getByTestId('measure-start').click();
    for (const [x, y] of [[1, 1], [5, 4]]) {
      const p = await page.evaluate(([px, py]) => window.__hallflowReview!.screenOf(px, py), [x, y]);
      await page.mouse.click(p![0], p![1]);
    }
    await expect.poll(() => page.getByTestId('measure-result').textContent()).toBe('5.00 m');
    await expect.poll(() => page.getByTestId('measure-label').textContent()).toBe('5.00 m');
    await page.screenshot({ path: join(shots, 'review-measure.png') });
  });
});

describe('presentation', () => {
  it('hides the toolbar, steps viewpoints with the arrow keys, and Esc leaves', async () => {
    await expect.poll(() => page.locator('.toolbar').isVisible()).toBe(true);
    await page.getByTestId('cmd-present').click();
    await expect.poll(() => page.locator('.toolbar').isVisible()).toBe(false);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('tour-caption').isVisible()).toBe(true);
    await calm(page);
    await settle(page);
    await page.screenshot({ path: join(shots, 'review-present.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.toolbar').isVisible()).toBe(true);
  });

  it('read-only review (?review=1) refuses edits and shows the badge', async () => {
    const p = await openApp(browser, baseUrl, '?review=1');
    await expect.poll(() => p.getByTestId('read-only-badge').isVisible()).toBe(true);
    const id = await p.evaluate(() => (window.__hallflow!.doc() as { racks: Rack[] }).racks[0].id);
    await p.evaluate((rid) => window.__hallflow!.select([rid]), id);
    await p.getByTestId('cmd-delete').click();
    expect(await p.evaluate(() => (window.__hallflow!.doc() as { racks: Rack[] }).racks.length)).toBe(50);
    expect(await p.evaluate(() => window.__hallflow!.dirty())).toBe(false);
    await p.context().close();
  });
});

/** n racks in rows of 50 with 1.2 m aisles (bench/editor.bench.mjs layout); the criterion flags every aisle. */
function bigHall(n: number, annotations: number) {
  const base = sample();
  const proto = base.racks[0];
  const pitchY = proto.depth * 2 + 2.4;
  const racks: unknown[] = [];
  const rows: { id: string; name: string }[] = [];
  for (let r = 0; racks.length < n; r++) {
    rows.push({ id: `ROW-${r}`, name: `R${r}` });
    for (let i = 0; i < 50 && racks.length < n; i++) {
      racks.push({ ...proto, id: `B-${racks.length}`, name: `B${r}-${i}`, rowId: `ROW-${r}`, x: 2.1 + i * proto.width, y: 2.4 + (r >> 1) * pitchY + (r & 1) * (proto.depth + 1.2), rotationDeg: r & 1 ? 180 : 0 });
    }
  }
  const length = 4.2 + 50 * proto.width + 4;
  const width = 4.8 + Math.ceil(rows.length / 2) * pitchY + 2;
  const anns = Array.from({ length: annotations }, (_, k) => ({ id: `AN-${k}`, author: 'x', created: '2025', text: `c${k}`, status: k % 2 ? 'open' : 'resolved', objectId: `B-${k * 20}`, point: [0, 0, 0], replies: [] }));
  return {
    ...base, envelope: { ...base.envelope, length, width, columns: [], walls: [] }, rows, racks, tiles: [], containment: [], viewpoints: [],
    annotations: anns, criteria: { ...base.criteria, minAisleWidth: 1.5 },
    cdus: base.cdus.map((c: { rackIds: string[] }) => ({ ...c, rackIds: [] })),
    coolingUnits: base.coolingUnits.map((u: object, k: number) => ({ ...u, x: 1 + k * 2, y: 0.6 })),
  };
}

describe('scale', () => {
  it('5,000 racks: pins and measure/aisle lines add one draw call each, whatever their number', async () => {
    const p = await openApp(browser, baseUrl);
    // Measure in a settled state: a loop solve finishing in between would add the pipes' draw call.
    const calls = async () => {
      await expect.poll(() => p.locator('[data-testid=statusbar] .job', { hasText: 'Liquid loops' }).count(), { timeout: 90_000 }).toBe(0);
      await settle(p, 400);
      return p.evaluate(() => { window.__hallflowScene!.renderNow(); return window.__hallflowScene!.drawCalls(); });
    };
    expect(await open(p, bigHall(5000, 0))).toBe(true);
    const plain = await calls();
    expect(await open(p, bigHall(5000, 200))).toBe(true);
    const withPins = await calls();
    await p.getByTestId('tab-review').click();
    await p.getByTestId('aisle-check').check();
    await expect.poll(() => p.getByTestId('aisle-list').isVisible()).toBe(true);
    const withLines = await calls();
    await p.getByTestId('cmd-viewWalk').click();
    // the 0.6 s flight advances at most 0.1 s per frame: at 5,000 racks on a busy SwiftShader that is many seconds
    await p.waitForFunction(() => !window.__hallflowReview!.tweening(), null, { timeout: 60_000 });
    const walkMs = await p.evaluate(() => { window.__hallflowScene!.renderNow(); return window.__hallflowScene!.frame(); });
    console.log(`[review scale] draw calls at 5,000 racks: plain ${plain}, +200 pins ${withPins}, +aisle lines ${withLines}; walk frame CPU ${walkMs.toFixed(1)} ms`);
    expect(withPins).toBe(plain + 1);
    expect(withLines).toBe(withPins + 1);
    await p.screenshot({ path: join(shots, 'review-scale-walk.png') });
    await p.context().close();
  }, 300_000); // three loop solves of 5,000 racks: over the default 120 s when the machine is shared
});

/** Installs the canvas reader colouredShare() needs (openApp does this for the app). */
async function packagePage(url: string) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
  const p = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  p.on('request', (r) => requests.push(r.url()));
  p.on('pageerror', (e) => problems.push(e.message));
  p.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  await installCanvasReader(p);
  const t0 = Date.now();
  await p.goto(url);
  await p.waitForFunction(() => !!(window as unknown as { __hallflowScene?: unknown }).__hallflowScene, null, { timeout: 60_000 });
  await expect.poll(() => colouredShare(p), { timeout: 60_000 }).toBeGreaterThan(0.05);
  return { p, requests, problems, loadMs: Date.now() - t0 };
}

const canvasSum = (p: Page) => p.evaluate(() => {
  const d = window.__canvasRGBA!()!;
  let h = 0;
  for (let i = 0; i < d.length; i += 97) h = (h * 31 + d[i]) >>> 0;
  return h;
});

describe('review package', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hallflow-review-'));
  const out = join(dir, 'ai-hall-mixed-review');

  it('the CLI package opens from file://: racks, heatmap and pipes on screen, the tour flies, nothing leaves file://', async () => {
    const run = spawnSync(process.execPath, ['bin/hallflow.mjs', 'review-package', 'assets/samples/ai-hall-mixed.hallflow.json', '-o', out], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const sizes = Object.fromEntries(readdirSync(out).map((f) => [f, statSync(join(out, f)).size]));
    const total = Object.values(sizes).reduce((a, b) => a + b, 0);
    const { p, requests, problems, loadMs } = await packagePage(pathToFileURL(join(out, 'index.html')).href);
    const share = await colouredShare(p);
    console.log(`[review package] ${(total / 1e6).toFixed(2)} MB (${Object.entries(sizes).map(([f, n]) => `${f} ${(n / 1e3).toFixed(0)} kB`).join(', ')}); file:// to coloured frame ${loadMs} ms; coloured share ${(share * 100).toFixed(1)} %`);
    expect(share).toBeGreaterThan(0.1);
    await expect.poll(() => p.getByTestId('read-only-badge').isVisible()).toBe(true);
    await expect.poll(() => p.getByTestId('air-legend').isVisible()).toBe(true); // the embedded air result
    await expect.poll(() => p.getByTestId('package-basis').textContent()).toContain('liquid loops, room air (fast)');
    await p.screenshot({ path: join(shots, 'review-package.png') });
    const before = await canvasSum(p);
    await p.getByTestId('tour-next').click();
    await expect.poll(() => p.getByTestId('tour-caption').textContent()).toContain('Overview');
    await p.waitForFunction(() => !window.__hallflowReview!.tweening(), null, { timeout: 10_000 });
    await settle(p);
    expect(await canvasSum(p)).not.toBe(before); // the camera flew to the viewpoint
    await p.getByTestId('tab-results').click();
    await expect.poll(() => p.getByTestId('verdict-passfail').textContent()).toMatch(/\d+ pass · \d+ fail/);
    await p.screenshot({ path: join(shots, 'review-package-tour.png') });
    expect(requests.length).toBeGreaterThanOrEqual(4);
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    expect(problems).toEqual([]);
    await p.context().close();
  });

  it('the app exports a package (browser without a directory picker: one HTML download) that opens offline', async () => {
    const app = await openApp(browser, baseUrl);
    await app.evaluate(() => { delete (window as unknown as Record<string, unknown>).showDirectoryPicker; });
    await app.getByTestId('tab-review').click();
    await expect.poll(() => app.locator('[data-testid=statusbar] .job').count(), { timeout: 100_000 }).toBe(0);
    const [download] = await Promise.all([app.waitForEvent('download', { timeout: 60_000 }), app.getByTestId('review-export-package').click()]);
    expect(download.suggestedFilename()).toBe('ai-hall-mixed-review.html');
    const file = join(dir, 'from-app.html');
    await download.saveAs(file);
    await expect.poll(() => app.getByTestId('review-export-message').textContent()).toContain('ai-hall-mixed-review.html');
    await app.context().close();
    const { p, requests, problems } = await packagePage(pathToFileURL(file).href);
    await expect.poll(() => p.getByTestId('air-legend').isVisible()).toBe(true);
    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(problems).toEqual([]);
    await p.screenshot({ path: join(shots, 'review-package-from-app.png') });
    await p.context().close();
  });

  it('the one-file HTML (browser fallback) opens from file:// under its hash-only CSP', async () => {
    const read = (f: string) => readFileSync(join(out, f), 'utf8');
    const template = { html: read('index.html'), js: read('hallflow-review.js'), css: read('hallflow-review.css') };
    const html = await singleFileHtml(template, read('project.js'), async (t) => createHash('sha256').update(t, 'utf8').digest('base64'));
    const file = join(dir, 'ai-hall-mixed-review.html');
    writeFileSync(file, html);
    const { p, requests, problems, loadMs } = await packagePage(pathToFileURL(file).href);
    console.log(`[review package] one file ${(html.length / 1e6).toFixed(2)} MB; file:// to coloured frame ${loadMs} ms`);
    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(problems).toEqual([]);
    await p.context().close();
  });
});
