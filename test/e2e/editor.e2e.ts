// The built renderer in Chromium: the sample hall opens and draws racks, a row added through the UI can be
// undone, a saved project reopens equal, and a malformed file is refused with named fields.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { colouredShare, consoleErrors, launch, openApp, settle } from './browser';
import type {} from '../../renderer/src/app/debug-hook';

let browser: Browser;
let page: Page;
const baseUrl = inject('baseUrl');
const shots = join(process.cwd(), 'test-results');

interface DocLike { racks: { id: string; name: string; itLoad: number }[]; rows: unknown[]; meta: { name: string } }
const doc = (p: Page) => p.evaluate(() => window.__hallflow!.doc() as DocLike);

beforeAll(async () => {
  browser = await launch();
  page = await openApp(browser, baseUrl);
});
afterAll(async () => {
  await browser?.close();
});

describe('sample hall', () => {
  it('opens without an error in the console (the CSP meta tag carries no directive a meta tag cannot deliver)', () => {
    expect(consoleErrors(page)).toEqual([]);
  });

  it('opens the default mixed AI hall and the 3D view shows its racks', async () => {
    const d = await doc(page);
    expect(d.racks.length).toBeGreaterThan(40);
    await page.screenshot({ path: join(shots, 'sample-hall.png') });
    const withRacks = await colouredShare(page);
    // Racks coloured by cooling type cover a visible part of the view…
    expect(withRacks).toBeGreaterThan(0.01);
    // …and the colour is the racks: a new, empty hall has (almost) none.
    await page.getByTestId('cmd-new').click();
    await settle(page, 600);
    const empty = await colouredShare(page);
    expect(empty).toBeLessThan(withRacks / 5);
  });
});

describe('editing', () => {
  it('adds a row of racks through the UI, then undo removes it', async () => {
    page = await openApp(browser, baseUrl);
    const before = (await doc(page)).racks.length;
    await page.getByTestId('cmd-arrayTool').click();
    await page.getByTestId('array-count').fill('8');
    await page.getByTestId('array-row-name').fill('Z');
    await page.getByTestId('array-place').click();
    await settle(page);
    const after = await doc(page);
    expect(after.racks.length).toBe(before + 8);
    expect(after.racks.filter((r) => r.name.startsWith('Z-')).length).toBe(8);
    await page.getByTestId('cmd-undo').click();
    await settle(page);
    expect((await doc(page)).racks.length).toBe(before);
    await page.getByTestId('cmd-redo').click();
    expect((await doc(page)).racks.length).toBe(before + 8);
  });

  it('edits a rack load typed with units in the inspector (IP input, SI storage)', async () => {
    const d = await doc(page);
    const id = d.racks[0].id;
    await page.evaluate((rid) => window.__hallflow!.select([rid]), id);
    const field = page.getByTestId('field-itLoad');
    await field.fill('100 kW');
    await field.press('Enter');
    expect((await doc(page)).racks[0].itLoad).toBeCloseTo(100_000, 6);
    await field.fill('341,214 BTU/h');
    await field.press('Enter');
    expect((await doc(page)).racks[0].itLoad).toBeCloseTo(100_000, -1);
    await field.fill('-3 kW');
    await field.press('Enter');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/IT load/);
    expect((await doc(page)).racks[0].itLoad).toBeCloseTo(100_000, -1);
  });
});

describe('CSV import', () => {
  it('imports good rows with units in headers and reports the bad row by line and column', async () => {
    const p = await openApp(browser, baseUrl, '?sample=legacy-air-hall');
    const before = (await doc(p)).racks.length;
    const dir = mkdtempSync(join(tmpdir(), 'hallflow-e2e-'));
    const file = join(dir, 'racks.csv');
    writeFileSync(file, ['Name,Row,Load (kW),Cooling', 'N-01,New,30,air', 'N-02,New,abc,air', 'N-03,New,45,dlc', ''].join('\n'));
    await p.getByTestId('cmd-importCsv').click();
    await p.getByTestId('csv-file').setInputFiles(file);
    await expect.poll(() => p.getByTestId('csv-summary').textContent()).toMatch(/2\s*racks ready/);
    const report = (await p.getByTestId('csv-report').textContent()) ?? '';
    expect(report).toContain('line 3');
    expect(report).toContain('abc');
    await p.screenshot({ path: join(shots, 'csv-import.png') });
    await p.getByTestId('csv-import').click();
    const after = await doc(p);
    expect(after.racks.length).toBe(before + 2);
    const n3 = after.racks.find((r) => r.name === 'N-03');
    expect(n3?.itLoad).toBeCloseTo(45_000, 6);
    await p.getByTestId('cmd-undo').click();
    expect((await doc(p)).racks.length).toBe(before);
    await p.context().close();
  });
});

describe('crash recovery', () => {
  it('offers the autosaved work after the window dies, and restores it', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
    const p = await context.newPage();
    await p.goto(baseUrl);
    await p.waitForFunction(() => !!window.__hallflow && !!window.__hallflowScene);
    const before = (await doc(p)).racks.length;
    await p.evaluate(() => window.__hallflow!.select([(window.__hallflow!.doc() as DocLike).racks[0].id]));
    await p.keyboard.press('Delete');
    expect((await doc(p)).racks.length).toBe(before - 1);
    await p.evaluate(() => window.__hallflow!.autosaveNow());
    // The "crash": the page goes away without saving; a new window of the same profile starts.
    await p.close({ runBeforeUnload: false });
    const p2 = await context.newPage();
    await p2.goto(baseUrl);
    const dialog = p2.getByTestId('recovery-dialog');
    await dialog.waitFor({ timeout: 60_000 });
    await p2.screenshot({ path: join(shots, 'recovery-offer.png') });
    await dialog.getByRole('button', { name: 'Recover' }).click();
    await expect.poll(async () => (await doc(p2)).racks.length).toBe(before - 1);
    expect(await p2.evaluate(() => window.__hallflow!.dirty())).toBe(true);
    await context.close();
  });
});

describe('project files', () => {
  it('save then reopen gives an equal document', async () => {
    page = await openApp(browser, baseUrl);
    const original = await page.evaluate(() => window.__hallflow!.serialized());
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('cmd-save').click()]);
    const path = await download.path();
    const saved = readFileSync(path!, 'utf8');
    // Reopen in a fresh window through the Open button.
    const page2 = await openApp(browser, baseUrl, '?sample=legacy-air-hall');
    const [chooser] = await Promise.all([page2.waitForEvent('filechooser'), page2.getByTestId('cmd-open').click()]);
    const dir = mkdtempSync(join(tmpdir(), 'hallflow-e2e-'));
    const file = join(dir, 'roundtrip.hallflow.json');
    writeFileSync(file, saved);
    await chooser.setFiles(file);
    await expect.poll(() => page2.evaluate(() => (window.__hallflow!.doc() as DocLike).meta.name)).toBe(JSON.parse(original).meta.name);
    const reopened = await page2.evaluate(() => window.__hallflow!.serialized());
    const strip = (t: string) => { const o = JSON.parse(t); delete o.meta.modified; return o; };
    expect(strip(reopened)).toEqual(strip(original));
  });

  it('a malformed file is refused with every bad field named, and the open project is kept', async () => {
    const p = await openApp(browser, baseUrl);
    const good = JSON.parse(await p.evaluate(() => window.__hallflow!.serialized()));
    const bad = structuredClone(good);
    bad.racks[0].itLoad = -5;
    bad.racks[1].cooling = 'steam';
    delete bad.envelope.length;
    const dir = mkdtempSync(join(tmpdir(), 'hallflow-e2e-'));
    const file = join(dir, 'broken.hallflow.json');
    writeFileSync(file, JSON.stringify(bad));
    const [chooser] = await Promise.all([p.waitForEvent('filechooser'), p.getByTestId('cmd-open').click()]);
    await chooser.setFiles(file);
    const dialog = p.getByTestId('problem-dialog');
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('racks[0]');
    expect(text).toContain('itLoad');
    expect(text).toContain('racks[1]');
    expect(text).toContain('cooling');
    expect(text).toContain('envelope.length');
    await p.screenshot({ path: join(shots, 'malformed-file.png') });
    const still = await p.evaluate(() => window.__hallflow!.serialized());
    expect(JSON.parse(still).meta.name).toBe(good.meta.name);
  });
});
