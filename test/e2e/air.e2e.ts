// Room air in the built renderer: the default sample (ai-hall-mixed) is solved in the fast mode after it
// opens, the Room air tab lists one row per rack with finite temperatures and shows the metrics, and the
// 3D heatmap slice draws (new coloured pixels, a bounded number of extra draw calls). Screenshots go to
// test-results/ (air-orbit.png, air-plan.png, air-vertical-ip.png, air-isosurface.png, air-streams-*.png).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { launch, openApp, settle } from './browser';
import type {} from '../../renderer/src/app/debug-hook';
import { serializeDocument } from '../../workers/model/serialize';
import { benchHall } from '../../workers/airflow/sample-halls';
import { CONTAINED_REFERENCE_WORDS, INTAKE_UNCERTAINTY_CONTAINED } from '../../workers/airflow/constants';

let browser: Browser;
let page: Page;
const baseUrl = inject('baseUrl');
const shots = join(process.cwd(), 'test-results');

/** Marks (on window) which canvas pixels are clearly coloured, and returns how many coloured pixels are
 *  new since the last call with `compare`. Floor, walls and background are neutral greys. */
function colouredPixels(p: Page, compare: boolean): Promise<{ coloured: number; added: number }> {
  return p.evaluate((cmp) => {
    const d = window.__canvasRGBA!()!;
    const w = window as unknown as { __airMask?: Uint8Array };
    const prev = cmp ? w.__airMask : undefined;
    const mask = new Uint8Array(d.length / 4);
    let coloured = 0, added = 0;
    for (let i = 0; i < mask.length; i++) {
      const r = d[4 * i] / 255, gg = d[4 * i + 1] / 255, b = d[4 * i + 2] / 255;
      const max = Math.max(r, gg, b), min = Math.min(r, gg, b);
      if (max > 0.2 && (max - min) / max > 0.35) {
        mask[i] = 1;
        coloured++;
        if (prev && !prev[i]) added++;
      }
    }
    w.__airMask = mask;
    return { coloured, added };
  }, compare);
}

async function frame(p: Page): Promise<number> {
  await settle(p, 250);
  return p.evaluate(() => {
    window.__hallflowScene!.renderNow();
    return window.__hallflowScene!.drawCalls();
  });
}

beforeAll(async () => {
  browser = await launch();
  page = await openApp(browser, baseUrl);
});
afterAll(async () => {
  await browser?.close();
});

describe('room air', () => {
  it('says where the stated figures were not measured: a hall with a 6 m ceiling', async () => {
    const p = await openApp(browser, baseUrl);
    try {
      // a small hall under a 7 m ceiling (the references span 3–6 m, over open racks 3–4.6 m)
      const text = serializeDocument(benchHall(7.2, 4.8, 7));
      expect(await p.evaluate((t) => window.__hallflow!.openText('tall.hallflow.json', t), text)).toBe(true);
      await p.getByTestId('tab-air').click();
      await p.getByTestId('air-convergence').filter({ hasText: /^Fast result/ }).waitFor({ timeout: 90_000 });
      expect(await p.getByTestId('air-accuracy-scope').textContent()).toBe('not measured on halls with a 7.00 m ceiling (references: 3.00 m–6.00 m)');
    } finally {
      await p.context().close();
    }
  }, 120_000);

  it('states the contained-aisle halls\' own figures for a hall whose every rack is in a contained aisle', async () => {
    const p = await openApp(browser, baseUrl);
    try {
      // the legacy air hall: every rack draws from a roofed cold aisle
      const text = readFileSync(join(import.meta.dirname, '../../assets/samples/legacy-air-hall.hallflow.json'), 'utf8');
      expect(await p.evaluate((t) => window.__hallflow!.openText('legacy-air-hall.hallflow.json', t), text)).toBe(true);
      await p.getByTestId('tab-air').click();
      await p.getByTestId('air-convergence').filter({ hasText: /^Fast result/ }).waitFor({ timeout: 90_000 });
      const c = INTAKE_UNCERTAINTY_CONTAINED;
      const k = (x: number) => `${x}${Number.isInteger(x) ? '(\\.0)?' : ''} K`;
      expect(await p.getByTestId('air-accuracy').textContent()).toMatch(new RegExp(`^vs OpenFOAM k-ε \\(${CONTAINED_REFERENCE_WORDS}, worst rack\\): mean intakes ±${k(c.mean.fast)}, hottest intake cell ±${k(c.hottest.fast)}$`));
      expect(await p.getByTestId('air-accuracy').getAttribute('title')).toContain('every rack of this hall draws from a contained cold aisle or exhausts into a contained hot aisle');
      // an air-cooled hall has no pipes: no pipe legend (it showed an empty range at "0" once the loop result
      // had come, within 1.5 s of the air result)
      await settle(p, 1500);
      expect(await p.getByTestId('pipe-legend').count()).toBe(0);
    } finally {
      await p.context().close();
    }
  }, 120_000);

  it('solves the sample in the fast mode and lists every rack with finite temperatures', async () => {
    await page.getByTestId('tab-air').click();
    // the fast solve takes seconds here (SwiftShader machine, one worker): poll for its metrics
    await page.getByTestId('air-rci-hi').waitFor({ timeout: 90_000 });
    expect(await page.getByTestId('air-convergence').textContent()).toMatch(/^Fast result/);
    expect(await page.getByTestId('air-accuracy').textContent()).toMatch(/^vs OpenFOAM k-ε \(nineteen reference halls, worst rack\): mean intakes ±7(\.0)? K, hottest intake cell ±12\.5 K$/);
    // the sample (hot-aisle chimneys into a ceiling return over a raised floor) is inside what the reference
    // halls span since the hac hall: no line saying the figures were not measured
    expect(await page.getByTestId('air-accuracy-scope').count()).toBe(0);
    expect(await page.getByTestId('air-rci-hi').textContent()).toMatch(/^\d+\.\d %/);
    expect(await page.getByTestId('air-rci-lo').textContent()).toMatch(/^\d+\.\d %/);
    expect(await page.getByTestId('air-rti').textContent()).toMatch(/\d %/);
    expect(await page.getByTestId('air-failure').count()).toBe(0);

    const racks = await page.evaluate(() => (window.__hallflow!.doc() as { racks: { id: string }[] }).racks.map((r) => r.id));
    expect(await page.locator('[data-testid=air-racks] table').getAttribute('data-row-count')).toBe(String(racks.length));
    // the table is virtualised: scroll through it and collect the rows
    const seen = new Map<string, number[]>();
    const scroller = page.getByTestId('air-rack-scroll');
    for (let top = 0, guard = 0; guard < 200; guard++, top += 150) {
      const rows = await scroller.evaluate((el, t) => {
        el.scrollTop = t;
        el.dispatchEvent(new Event('scroll'));
        return new Promise<{ id: string; cells: string[]; end: boolean }[]>((res) => requestAnimationFrame(() => requestAnimationFrame(() => res(
          [...el.querySelectorAll('tr[data-rack]')].map((tr) => ({
            id: tr.getAttribute('data-rack')!, cells: [...tr.querySelectorAll('td')].slice(1, 4).map((td) => td.textContent ?? ''),
            end: el.scrollTop + el.clientHeight >= el.scrollHeight - 1,
          }))))));
      }, top);
      for (const r of rows) seen.set(r.id, r.cells.map((c) => Number(c.replace(/,/g, ''))));
      if (rows.length === 0 || rows[0].end) break;
    }
    expect([...seen.keys()].sort()).toEqual([...racks].sort());
    for (const [, temps] of seen) for (const t of temps) expect(Number.isFinite(t) && t > 0 && t < 80).toBe(true);
  });

  it('draws the heatmap slice and the intake faces only while the tab is open', async () => {
    await page.getByRole('tab', { name: 'Design' }).click();
    const before = await frame(page);
    await colouredPixels(page, false);
    await page.getByTestId('tab-air').click();
    await page.getByTestId('air-legend').waitFor();
    const withLayers = await frame(page);
    const shown = await colouredPixels(page, true);
    // slice + intake faces: one draw call each
    expect(withLayers - before).toBeGreaterThanOrEqual(2);
    expect(withLayers - before).toBeLessThanOrEqual(4);
    const viewport = await page.evaluate(() => { const c = document.querySelector('[data-testid=viewport] canvas') as HTMLCanvasElement; return c.width * c.height; });
    expect(shown.added / viewport).toBeGreaterThan(0.05);
    expect(await page.getByTestId('air-legend').textContent()).toMatch(/Air temperature \(°C\)/);
    await page.screenshot({ path: join(shots, 'air-orbit.png') });

    // the slice alone: turning it off removes one draw call and most of the new colour
    await page.getByTestId('air-slice').selectOption('off');
    expect(await frame(page)).toBe(withLayers - 1);
    await page.getByTestId('air-slice').selectOption('horizontal');
    expect(await frame(page)).toBe(withLayers);
    await page.evaluate(() => window.__hallflow!.setCamera('plan'));
    await settle(page, 600);
    await page.screenshot({ path: join(shots, 'air-plan.png') });
  });

  it('shows a vertical slice with velocity arrows in IP units, without re-solving', async () => {
    await page.evaluate(() => window.__hallflow!.setCamera('orbit'));
    await page.getByTestId('air-slice').selectOption('alongX');
    await page.getByTestId('air-arrows').check();
    const withArrows = await frame(page);
    expect(withArrows).toBeGreaterThan(0);
    await page.getByTestId('units-IP').click();
    await settle(page, 500);
    expect(await page.getByTestId('air-legend').textContent()).toMatch(/°F/);
    expect(await page.getByTestId('air-legend').textContent()).toMatch(/ft\/s/);
    // each scale says what it colours when that is more than the slice: T the slice and the intake faces,
    // the speed only the arrows
    expect(await page.getByTestId('legend-subtitle').allTextContents()).toEqual(['Slice and intake faces', 'Arrows']);
    expect(await page.getByTestId('air-stale').count()).toBe(0);
    expect(await page.getByTestId('air-progress').count()).toBe(0);
    await page.screenshot({ path: join(shots, 'air-vertical-ip.png') });
  });

  it('draws the hot-air isosurface at the class limit, then at a typed temperature', async () => {
    await page.getByTestId('units-SI').click();
    await page.getByTestId('air-slice').selectOption('off');
    await page.getByTestId('air-arrows').uncheck();
    const tris = () => page.evaluate(() => { window.__hallflowScene!.renderNow(); return window.__hallflowScene!.triangles(); });
    const before = await frame(page);
    const t0 = await tris();
    await colouredPixels(page, false);
    await page.getByTestId('air-iso').check();
    // one more draw call, a surface of many triangles, new (orange) pixels, the level in the legend:
    // ASHRAE A1 (the sample's class) recommends at most 27 °C at the inlet
    expect(await frame(page)).toBe(before + 1);
    const at27 = (await tris()) - t0;
    expect(at27).toBeGreaterThan(500);
    const viewport = await page.evaluate(() => { const c = document.querySelector('[data-testid=viewport] canvas') as HTMLCanvasElement; return c.width * c.height; });
    expect((await colouredPixels(page, true)).added / viewport).toBeGreaterThan(0.02);
    expect(await page.getByTestId('air-iso-legend').textContent()).toBe('Hot air ≥ 27.0 °C');
    await page.screenshot({ path: join(shots, 'air-isosurface.png') });
    // a hotter level encloses less air: a smaller surface
    await page.getByTestId('air-iso-level').fill('35');
    await settle(page, 300);
    expect(await page.getByTestId('air-iso-legend').textContent()).toBe('Hot air ≥ 35.0 °C');
    const at35 = (await tris()) - t0;
    expect(at35).toBeGreaterThan(0);
    expect(at35).toBeLessThan(at27);
    await page.getByTestId('air-iso-reset').click();
    expect(await page.getByTestId('air-iso-legend').textContent()).toBe('Hot air ≥ 27.0 °C');
    await page.getByTestId('air-iso').uncheck();
    expect(await frame(page)).toBe(before);
    expect(await page.getByTestId('air-iso-legend').count()).toBe(0);
  });

  it('draws streamlines through a selected rack and says where its exhaust goes and where its intake air comes from', async () => {
    const before = await frame(page);
    await page.getByTestId('air-streams').check();
    // nothing selected: no lines, a hint
    expect(await page.getByTestId('air-streams-summary').textContent()).toMatch(/^Select one or more racks/);
    expect(await frame(page)).toBe(before);
    const rack = await page.evaluate(() => (window.__hallflow!.doc() as { racks: { id: string }[] }).racks[0].id);
    // the selection draws its own highlight: count from there
    await page.getByTestId('air-streams').uncheck();
    await page.evaluate((id) => window.__hallflow!.select([id]), rack);
    const selected = await frame(page);
    await page.getByTestId('air-streams').check();
    // one draw call for all the lines; each of the 12 ends somewhere named or counted
    expect(await frame(page)).toBe(selected + 1);
    const down = await page.getByTestId('air-streams-summary').locator('p').first().textContent();
    expect(down).toMatch(new RegExp(`^${rack}, 12 lines from its exhaust: `));
    // the first rack exhausts into a hot-aisle chimney whose top is the sample's ceiling return (its CRAHs
    // return from the ceiling plenum): most of its exhaust leaves through the ceiling, none reaches a CRAH
    // in the room
    const units = await page.evaluate(() => (window.__hallflow!.doc() as { coolingUnits: { return: string }[] }).coolingUnits.map((u) => u.return));
    expect(units.every((r) => r === 'ceiling')).toBe(true);
    const ceiling = /(\d+) leave through the ceiling/.exec(down!);
    expect(ceiling).not.toBeNull();
    expect(Number(ceiling![1])).toBeGreaterThanOrEqual(6);
    expect(down).not.toMatch(/reach a cooling unit/);
    await page.screenshot({ path: join(shots, 'air-streams-exhaust.png') });
    await page.getByTestId('air-stream-from').selectOption('intake');
    await settle(page, 300);
    const up = await page.getByTestId('air-streams-summary').locator('p').first().textContent();
    expect(up).toMatch(new RegExp(`^${rack}, 12 lines into its intake: `));
    // its intake air traces back to cooling air (the units or the floor tiles of the raised floor)
    expect(Number(/(\d+) come from cooling air \(/.exec(up!)?.[1] ?? 0)).toBeGreaterThanOrEqual(1);
    expect(await frame(page)).toBe(selected + 1);
    await page.screenshot({ path: join(shots, 'air-streams-intake.png') });
    await page.getByTestId('air-streams').uncheck();
    expect(await frame(page)).toBe(selected);
    await page.evaluate(() => window.__hallflow!.select([]));
    expect(await frame(page)).toBe(before);
  });

  it('an edit during a running fast solve cancels it and still warm-starts the next one', async () => {
    await page.getByTestId('tab-air').click();
    await page.getByTestId('air-rci-hi').waitFor({ timeout: 90_000 });
    const racks = await page.evaluate(() => (window.__hallflow!.doc() as { racks: { id: string }[] }).racks.map((r) => r.id));
    const before = await page.getByTestId('air-convergence').textContent();
    await page.evaluate((id) => window.__hallflow!.dragMove([id], 1, 0, 0.1), racks[10]);
    // the solve of that edit is running (after the debounce, AIR_DEBOUNCE_MS) when the next edit cancels it: the engine
    // stops at its next step and keeps its last solution, and the UI sends its own copy too (air-controller
    // test: for a worker a cancel had to terminate)
    await page.getByTestId('air-progress').waitFor({ timeout: 30_000 });
    await page.evaluate((id) => window.__hallflow!.dragMove([id], 1, 0, 0.1), racks[17]);
    await page.waitForFunction((b) => {
      const e = document.querySelector('[data-testid=air-convergence]');
      return !!e && e.textContent !== b && !document.querySelector('[data-testid=air-stale]') && !document.querySelector('[data-testid=air-progress]');
    }, before, { timeout: 90_000 });
    expect(await page.getByTestId('air-accuracy').getAttribute('title')).toContain('this solve was warm-started');
  }, 120_000);

  it('runs an accurate solve on two threads (the engine worker and its slab worker on a SharedArrayBuffer); a cancelled one gives way', async () => {
    // the page is cross-origin isolated (COOP/COEP of the preview server and of Electron's app:// protocol)
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    // a small hall (54 × 30 × 15 cells at 0.2 m: above the parallel threshold, seconds to solve)
    const text = serializeDocument(benchHall(10.8, 6, 3));
    expect(await page.evaluate((t) => window.__hallflow!.openText('small.hallflow.json', t), text)).toBe(true);
    await page.getByTestId('tab-air').click();
    // an accurate solve cancelled by a fast one: the engine stops at its next step (the pool's cooperative
    // cancel; it terminates the engine worker, its slab worker with it, only if that does not answer in time).
    // Every slab worker alive or started from here on, each uncounted when it closes (also the ones earlier
    // tests started)
    let live = 0;
    const count = (w: { url(): string; on(e: 'close', f: () => void): unknown }) => {
      if (!w.url().includes('slab.worker')) return;
      live++;
      w.on('close', () => live--);
    };
    for (const w of page.workers()) count(w);
    page.on('worker', count);
    await page.getByTestId('air-solve-accurate').click();
    await page.getByTestId('air-solve-fast').click();
    await page.getByTestId('air-convergence').filter({ hasText: /^Fast result/ }).waitFor({ timeout: 60_000 });
    await page.getByTestId('air-solve-accurate').click();
    // its progress line names the step against the accurate mode's cap (solver MarchState, march-text.ts)
    await page.getByTestId('air-progress').filter({ hasText: /^Accurate solve: airflow · step \d+ (of at most 800|, mean of \d+ steps)/ }).waitFor({ timeout: 60_000 });
    const done = page.getByTestId('air-convergence').filter({ hasText: /^Accurate result/ });
    await done.waitFor({ timeout: 100_000 });
    expect(await done.textContent()).toMatch(/ on 2 threads/);
    expect(await page.getByTestId('air-accuracy').textContent()).toMatch(/mean intakes ±5(\.0)? K, hottest intake cell ±9(\.0)? K$/);
    expect(await page.getByTestId('air-failure').count()).toBe(0);
    // one slab worker per engine worker that has solved air (air keeps to one worker of the pool of 2 here,
    // unless a cancel had to terminate it): none left behind by the cancel
    page.off('worker', count);
    expect(live).toBeLessThanOrEqual(2);
  }, 120_000);
});
