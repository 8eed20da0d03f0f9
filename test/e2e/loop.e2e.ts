// The Liquid loop tab on the built renderer: the default sample solves, the CDU table lists its four CDUs
// with the liquid heat of their racks (computed here from the document), pipes are drawn with a bounded
// number of extra draw calls and visible colour, the pump/system chart shows the operating point, an edit
// with Auto off marks the result stale until "Solve now", a pipe override is stored, re-solved and undone. Screenshots go to test-results/.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { launch, openApp, settle } from './browser';
import type {} from '../../renderer/src/app/debug-hook';

let browser: Browser;
let page: Page;
const baseUrl = inject('baseUrl');
const shots = join(process.cwd(), 'test-results');

interface DocLike {
  racks: { id: string; itLoad: number; liquidCaptureFraction: number; cooling: string }[];
  cdus: { id: string; rackIds: string[] }[];
}

const drawCalls = (p: Page) => p.evaluate(() => {
  window.__hallflowScene!.renderNow();
  return window.__hallflowScene!.drawCalls();
});

/** Remembers the canvas pixels (key) or counts pixels that changed since then and are now clearly coloured. */
function canvasPixels(p: Page, mode: 'keep' | 'changedColoured'): Promise<number> {
  return p.evaluate((m) => {
    window.__hallflowScene!.renderNow();
    const d = window.__canvasRGBA!()!;
    const w = window as unknown as { __kept?: Uint8ClampedArray };
    if (m === 'keep') {
      w.__kept = d;
      return 0;
    }
    const k = w.__kept!;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) {
      const diff = Math.abs(d[i] - k[i]) + Math.abs(d[i + 1] - k[i + 1]) + Math.abs(d[i + 2] - k[i + 2]);
      const max = Math.max(d[i], d[i + 1], d[i + 2]);
      const min = Math.min(d[i], d[i + 1], d[i + 2]);
      if (diff > 60 && max > 50 && (max - min) / max > 0.35) n++;
    }
    return n / (d.length / 4);
  }, mode);
}

beforeAll(async () => {
  browser = await launch();
  page = await openApp(browser, baseUrl);
});
afterAll(async () => {
  await browser?.close();
});

async function waitForSolve(p: Page): Promise<void> {
  await p.getByTestId('loop-converged').waitFor({ timeout: 60_000 });
  await expect.poll(() => p.getByTestId('loop-running').count(), { timeout: 60_000 }).toBe(0);
  await settle(p);
}

describe('liquid loop tab', () => {
  it('solves the default sample and lists its four CDUs with the liquid heat of their racks', async () => {
    await page.getByTestId('tab-loop').click();
    await waitForSolve(page);
    const d = await page.evaluate(() => window.__hallflow!.doc() as DocLike);
    const heat = new Map(d.racks.map((r) => [r.id, r.cooling === 'air' ? 0 : r.itLoad * r.liquidCaptureFraction]));
    const rows = page.getByTestId('cdu-row');
    await expect.poll(() => rows.count()).toBe(4);
    const shown = await rows.evaluateAll((trs) => trs.map((tr) => ({
      id: tr.getAttribute('data-cdu')!,
      load: Number(tr.querySelector('[data-testid=cdu-load]')!.getAttribute('data-value')),
      text: tr.querySelector('[data-testid=cdu-load]')!.textContent,
    })));
    expect(shown.map((s) => s.id).sort()).toEqual(d.cdus.map((c) => c.id).sort());
    for (const s of shown) {
      const cdu = d.cdus.find((c) => c.id === s.id)!;
      expect(cdu.rackIds.length).toBeGreaterThan(0);
      const expected = cdu.rackIds.reduce((sum, id) => sum + (heat.get(id) ?? 0), 0);
      expect(s.load).toBeCloseTo(expected, 3);
      expect(s.text).toBe(Math.round(expected / 1000).toLocaleString('en')); // kW, the SI display unit
    }
    const total = [...heat.values()].reduce((a, b) => a + b, 0);
    expect(shown.reduce((a, s) => a + s.load, 0)).toBeCloseTo(total, 3);
    expect(await page.getByTestId('loop-failure').count()).toBe(0);
    expect(await page.getByTestId('loop-error').count()).toBe(0);
    await page.screenshot({ path: join(shots, 'loop-tab.png') });
  });

  it('draws the pipes with a bounded number of extra draw calls and visible colour', async () => {
    await page.getByTestId('pipes-off').click();
    await settle(page);
    const off = await drawCalls(page);
    await canvasPixels(page, 'keep');
    await page.getByTestId('pipes-temperature').click();
    await settle(page);
    const on = await drawCalls(page);
    expect(on - off).toBeGreaterThanOrEqual(1);
    expect(on - off).toBeLessThanOrEqual(2); // one InstancedMesh for every segment
    expect(await canvasPixels(page, 'changedColoured')).toBeGreaterThan(0.003);
    await expect.poll(() => page.getByTestId('pipe-legend').textContent()).toMatch(/temperature.*°C/);
    await page.getByTestId('pipes-velocity').click();
    await page.getByTestId('color-by').selectOption('flowShare');
    await settle(page, 500);
    expect(await drawCalls(page)).toBe(on);
    await page.screenshot({ path: join(shots, 'loop-pipes-velocity-flowshare.png') });
    await expect.poll(() => page.getByTestId('legend').textContent()).toMatch(/Flow share.*%.*min 90/);
  });

  it('draws the pump and system curves with the operating point', async () => {
    const chart = page.getByTestId('pump-chart');
    await chart.scrollIntoViewIfNeeded();
    await page.getByTestId('system-curve').waitFor({ timeout: 60_000 });
    const op = page.getByTestId('operating-point');
    expect(await op.count()).toBe(1);
    const box = (await chart.boundingBox())!;
    const dot = (await op.boundingBox())!;
    expect(dot.x).toBeGreaterThan(box.x);
    expect(dot.x + dot.width).toBeLessThan(box.x + box.width);
    expect(dot.y).toBeGreaterThan(box.y);
    expect(dot.y + dot.height).toBeLessThan(box.y + box.height);
    expect(await chart.getAttribute('aria-label')).toMatch(/operating point [\d,]+ L\/min @ [\d,]+ kPa/);
    await chart.screenshot({ path: join(shots, 'loop-pump-chart.png') });
  });

  it('marks the result stale after an edit with Auto off, and "Solve now" brings it up to date', async () => {
    await page.getByTestId('loop-auto').uncheck();
    const d = await page.evaluate(() => window.__hallflow!.doc() as DocLike);
    await page.evaluate((id) => window.__hallflow!.dragMove([id], 2, 0, 0.6), d.racks[0].id);
    await page.getByTestId('loop-stale').waitFor({ timeout: 10_000 });
    await settle(page);
    await page.screenshot({ path: join(shots, 'loop-stale.png') });
    await page.getByTestId('loop-solve').click();
    await expect.poll(() => page.getByTestId('loop-stale').count(), { timeout: 60_000 }).toBe(0);
    await waitForSolve(page);
  });

  it('overrides a pipe bore from the pipe table: stored in the project, re-solved with it, undone by Ctrl+Z', async () => {
    await page.getByTestId('loop-auto').check();
    await waitForSolve(page);
    await page.locator('[data-testid="loop-pipes"] > summary').click();
    const first = page.locator('[data-testid^="pipe-override-"]').first();
    const id = (await first.getAttribute('data-testid'))!.replace('pipe-override-', '');
    await first.click();
    const field = page.getByTestId('override-field-diameter');
    await field.fill('60 mm');
    await field.press('Enter');
    await page.getByTestId('loop-override-count').waitFor({ timeout: 10_000 });
    const overrides = await page.evaluate(() => (window.__hallflow!.doc() as { loopOverrides?: { elementId: string; diameter?: number }[] }).loopOverrides);
    expect(overrides).toHaveLength(1);
    expect(overrides![0].elementId).toBe(id);
    expect(overrides![0].diameter).toBeCloseTo(0.06, 12);
    await waitForSolve(page);
    // The re-solved table lists the overridden pipe first with the bore typed above (60 mm → "60.0").
    const row = page.locator('tr[data-overridden="true"]').first();
    await expect.poll(() => row.locator('td').nth(1).textContent(), { timeout: 60_000 }).toBe('60.0');
    expect(await row.locator('td.name').textContent()).toContain(id);
    await page.screenshot({ path: join(shots, 'loop-override.png') });
    await page.getByTestId('cmd-undo').click();
    await expect.poll(() => page.getByTestId('loop-override-count').count(), { timeout: 10_000 }).toBe(0);
    expect(await page.evaluate(() => (window.__hallflow!.doc() as { loopOverrides?: unknown[] }).loopOverrides ?? [])).toEqual([]);
    await waitForSolve(page);
  });

  it('overrides a pump speed from the component table (Pumps view): the CDU pump head drops', async () => {
    await waitForSolve(page);
    const pumpHead = async (cdu: string) => Number((await page.locator(`tr[data-cdu="${cdu}"] td`).nth(4).textContent())!.match(/^[\d.]+/)![0]);
    await page.getByTestId('loop-component-filter').selectOption('pumps');
    const first = page.locator('[data-testid^="pipe-override-"]').first();
    const id = (await first.getAttribute('data-testid'))!.replace('pipe-override-', '');
    const cdu = id.split('/')[0];
    const before = await pumpHead(cdu);
    await first.click();
    // the editor shows the generated rated point and speed before anything is typed
    expect(Number(await page.getByTestId('override-field-speed').inputValue())).toBeCloseTo(1, 6);
    expect(await page.getByTestId('override-field-ratedHead').inputValue()).not.toBe('');
    const speed = page.getByTestId('override-field-speed');
    await speed.fill('0.8');
    await speed.press('Enter');
    await page.getByTestId('loop-override-count').waitFor({ timeout: 10_000 });
    await waitForSolve(page);
    // affinity laws: a slower pump delivers less head at the new operating point
    await expect.poll(() => pumpHead(cdu), { timeout: 60_000 }).toBeLessThan(before);
    await page.screenshot({ path: join(shots, 'loop-override-pump.png') });
    await page.getByTestId('cmd-undo').click();
    await expect.poll(() => page.getByTestId('loop-override-count').count(), { timeout: 10_000 }).toBe(0);
    await waitForSolve(page);
    await page.getByTestId('loop-component-filter').selectOption('pipes');
  });

  it('overrides a CDU heat exchanger UA from the CDU table: half the UA, a larger approach', async () => {
    await waitForSolve(page);
    const row = page.locator('tr[data-cdu]').first();
    const cdu = (await row.getAttribute('data-cdu'))!;
    const approach = async () => Number((await row.locator('td').nth(3).textContent())!.match(/appr\. ([\d.]+)/)![1]);
    const before = await approach();
    await page.getByTestId(`hx-override-${cdu}`).click();
    const field = page.getByTestId('hx-field-ua');
    const ua = Number((await field.inputValue()).match(/^[\d.,]+/)![0].replace(/,/g, ''));
    expect(ua).toBeGreaterThan(0);
    // the field shows W/K (SI): half of it
    await field.fill(`${ua / 2} W/K`);
    await field.press('Enter');
    await page.getByTestId('loop-override-count').waitFor({ timeout: 10_000 });
    const stored = await page.evaluate(() => (window.__hallflow!.doc() as { loopOverrides?: { elementId: string; ua?: number }[] }).loopOverrides);
    expect(stored![0].elementId).toBe(`${cdu}/hx`);
    await waitForSolve(page);
    // ε-NTU: with less conductance the same heat needs a larger temperature difference
    await expect.poll(() => approach(), { timeout: 60_000 }).toBeGreaterThan(before);
    await page.getByTestId('hx-close').click();
    await page.getByTestId('cmd-undo').click();
    await expect.poll(() => page.getByTestId('loop-override-count').count(), { timeout: 10_000 }).toBe(0);
    await waitForSolve(page);
  });

  it('sorts the rack table and selects a rack from it', async () => {
    const names = () => page.getByTestId('rack-row').evaluateAll((trs) => trs.map((tr) => tr.querySelector('td')!.textContent));
    await page.getByTestId('rack-sort-name').click(); // name is the default: a click sorts descending
    const desc = await names();
    expect(desc.length).toBeGreaterThan(10);
    expect(desc[0]! > desc[desc.length - 1]!).toBe(true);
    await page.getByTestId('rack-row').first().click();
    expect(await page.evaluate(() => window.__hallflow!.selection())).toHaveLength(1);
  });
});
