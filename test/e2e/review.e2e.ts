// Design review in the built renderer: walk mode moves with the keyboard and stops at a rack (arrow keys do
// not nudge the selection), a saved viewpoint brings the camera back, a comment pinned to a rack shows in the
// list, a measured 3-4-5 triangle reads 5.00 m, presentation mode hides the toolbar and Esc brings it back;
// at 5,000 racks the review layers add a constant number of draw calls (pins 1, measure/aisle lines 1).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openApp, settle } from './browser';
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
    await page.waitForTimeout(2500);
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
    await p.waitForFunction(() => !window.__hallflowReview!.tweening(), null, { timeout: 10_000 });
    const walkMs = await p.evaluate(() => { window.__hallflowScene!.renderNow(); return window.__hallflowScene!.frame(); });
    console.log(`[review scale] draw calls at 5,000 racks: plain ${plain}, +200 pins ${withPins}, +aisle lines ${withLines}; walk frame CPU ${walkMs.toFixed(1)} ms`);
    expect(withPins).toBe(plain + 1);
    expect(withLines).toBe(withPins + 1);
    await p.screenshot({ path: join(shots, 'review-scale-walk.png') });
    await p.context().close();
  });
});
