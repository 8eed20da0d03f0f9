// Report tab exports in the built renderer (Chromium): PNG of the current view at 1× (pixel-identical in
// size and close in content to what the canvas shows) and 2× the canvas size, in orbit, plan and walk view;
// binary glTF whose GLB header and JSON chunk are read here (not with the exporter's code): one node per
// rack and per cooling unit / CDU named by its id, each rack's node at its document position (scene frame
// x, height/2, −y), racks of one cooling type share a colour and different types differ, no instancing
// extension; the report preview carries the saved viewpoint's 3D view, the computed system curves and
// the default studies (ride-through, facility-water sweep).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openApp, settle } from './browser';

let browser: Browser;
let page: Page;
const baseUrl = inject('baseUrl');
const shots = join(process.cwd(), 'test-results');

interface Rack { id: string; x: number; y: number; height: number; cooling: string }
interface DocLike { racks: Rack[]; coolingUnits: { id: string }[]; cdus: { id: string }[]; containment: { id: string }[]; envelope: { walls: { id: string }[]; columns: { id: string }[] }; viewpoints: { id: string; name: string }[] }

beforeAll(async () => {
  browser = await launch();
  page = await openApp(browser, baseUrl);
  await page.getByTestId('tab-loop').click();
  await page.getByTestId('loop-converged').waitFor({ timeout: 90_000 });
  await page.waitForFunction(() => !document.querySelector('[data-testid=loop-running]'), null, { timeout: 90_000 });
  await page.getByTestId('tab-report').click();
  await settle(page);
});
afterAll(async () => {
  await browser?.close();
});

async function saved(click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), click()]) as [Download, void];
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

/** Width and height from a PNG's IHDR chunk (after the 8-byte signature and the chunk's length + type). */
function pngSize(b: Buffer): { width: number; height: number } {
  expect(b.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(b.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

const canvasSize = (p: Page) => p.evaluate(() => {
  const c = document.querySelector('[data-testid=viewport] canvas') as HTMLCanvasElement;
  return { width: c.width, height: c.height };
});

/** Mean absolute RGB difference (0–255) between a 2× PNG scaled down by the browser and a 1× PNG: the same view. */
const diffScaled = (p: Page, one: Buffer, two: Buffer) => p.evaluate(async ([a64, b64]) => {
  const decode = async (s: string) => createImageBitmap(new Blob([Uint8Array.from(atob(s), (c) => c.charCodeAt(0))], { type: 'image/png' }));
  const [a, b] = [await decode(a64), await decode(b64)];
  const pixels = (img: ImageBitmap) => {
    const c = document.createElement('canvas');
    c.width = a.width;
    c.height = a.height;
    const g = c.getContext('2d')!;
    g.imageSmoothingQuality = 'high';
    g.drawImage(img, 0, 0, a.width, a.height);
    return g.getImageData(0, 0, a.width, a.height).data;
  };
  const [x, y] = [pixels(a), pixels(b)];
  let sum = 0;
  for (let i = 0; i < x.length; i += 4) sum += Math.abs(x[i] - y[i]) + Math.abs(x[i + 1] - y[i + 1]) + Math.abs(x[i + 2] - y[i + 2]);
  return sum / (3 * (x.length / 4));
}, [one.toString('base64'), two.toString('base64')]);

/** Mean absolute RGB difference (0–255) between a PNG (decoded by the browser) and the canvas now. */
const diffToCanvas = (p: Page, png: Buffer) => p.evaluate(async (b64) => {
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const img = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const c = document.createElement('canvas');
  c.width = img.width;
  c.height = img.height;
  const g = c.getContext('2d')!;
  g.drawImage(img, 0, 0);
  const a = g.getImageData(0, 0, c.width, c.height).data;
  const b = window.__canvasRGBA!()!;
  if (a.length !== b.length) return 999;
  let sum = 0;
  for (let i = 0; i < a.length; i += 4) sum += Math.abs(a[i] - b[i]) + Math.abs(a[i + 1] - b[i + 1]) + Math.abs(a[i + 2] - b[i + 2]);
  return sum / (3 * (a.length / 4));
}, png.toString('base64'));

describe('PNG of the current view', () => {
  it('1× is the canvas (size and pixels), 2× doubles it; orbit, plan and walk', async () => {
    for (const mode of ['orbit', 'plan', 'walk'] as const) {
      await page.getByTestId(mode === 'orbit' ? 'cmd-viewOrbit' : mode === 'plan' ? 'cmd-viewPlan' : 'cmd-viewWalk').click();
      await settle(page, 1200); // the 0.6 s camera transition
      const canvas = await canvasSize(page);
      await page.getByTestId('png-scale').selectOption('1');
      const one = await saved(() => page.getByTestId('export-png').click());
      expect(one.name).toMatch(/\.png$/);
      expect(pngSize(one.bytes)).toEqual(canvas);
      expect(await diffToCanvas(page, one.bytes)).toBeLessThan(2);
      await page.getByTestId('png-scale').selectOption('2');
      const two = await saved(() => page.getByTestId('export-png').click());
      expect(pngSize(two.bytes)).toEqual({ width: 2 * canvas.width, height: 2 * canvas.height });
      expect(two.bytes.length).toBeGreaterThan(one.bytes.length);
      const scaledDiff = await diffScaled(page, one.bytes, two.bytes);
      expect(scaledDiff).toBeLessThan(6); // the same view, only sharper (edges and grid lines differ)
      // the live view is back at its own size after the 2× frame
      expect(await canvasSize(page)).toEqual(canvas);
      writeFileSync(join(shots, `report-view-${mode}-2x.png`), two.bytes);
      console.log(`${mode}: 1× ${canvas.width}×${canvas.height} ${(one.bytes.length / 1024).toFixed(0)} KiB, 2× ${(two.bytes.length / 1024).toFixed(0)} KiB, 2× scaled down vs 1×: mean |ΔRGB| ${scaledDiff.toFixed(2)}`);
    }
    await page.getByTestId('cmd-viewOrbit').click();
    await settle(page, 1200);
  });
});

interface GltfNode { name?: string; children?: number[]; mesh?: number; translation?: number[] }
interface Gltf {
  asset: { version: string };
  nodes: GltfNode[];
  meshes: { primitives: { material?: number }[] }[];
  materials: { pbrMetallicRoughness?: { baseColorFactor?: number[] } }[];
  extensionsUsed?: string[];
}

/** The JSON chunk of a GLB (glTF 2.0 binary container: 12-byte header, then length-prefixed chunks). */
function glbJson(b: Buffer): Gltf {
  expect(b.readUInt32LE(0)).toBe(0x46546c67); // 'glTF'
  expect(b.readUInt32LE(4)).toBe(2);
  expect(b.readUInt32LE(8)).toBe(b.length);
  const len = b.readUInt32LE(12);
  expect(b.readUInt32LE(16)).toBe(0x4e4f534a); // 'JSON'
  return JSON.parse(b.toString('utf8', 20, 20 + len)) as Gltf;
}

describe('glTF of the scene', () => {
  it('names every rack and piece of equipment, places racks at their document positions, keeps their colours', async () => {
    await page.getByTestId('color-by').selectOption('cooling');
    await settle(page);
    const doc = await page.evaluate(() => window.__hallflow!.doc() as unknown as DocLike);
    const file = await saved(() => page.getByTestId('export-gltf').click());
    expect(file.name).toMatch(/\.glb$/);
    const g = glbJson(file.bytes);
    expect(g.asset.version).toBe('2.0');
    expect(g.extensionsUsed ?? []).not.toContain('EXT_mesh_gpu_instancing');
    const group = (name: string) => g.nodes.find((n) => n.name === name)!;
    const kids = (name: string) => (group(name).children ?? []).map((i) => g.nodes[i]);
    const racks = kids('racks'), equipment = kids('equipment');
    expect(racks.length + equipment.length).toBe(doc.racks.length + doc.coolingUnits.length + doc.cdus.length);
    expect(racks.map((n) => n.name).sort()).toEqual(doc.racks.map((r) => r.id).sort());
    expect(equipment.map((n) => n.name).sort()).toEqual([...doc.coolingUnits, ...doc.cdus].map((u) => u.id).sort());
    const colourOf = (n: GltfNode) => JSON.stringify(g.materials[g.meshes[n.mesh!].primitives[0].material!].pbrMetallicRoughness?.baseColorFactor?.map((v) => v.toFixed(4)));
    const byType = new Map<string, Set<string>>();
    for (const r of doc.racks) {
      const n = racks.find((x) => x.name === r.id)!;
      // metres, y up: plan (x, y) → (x, ·, −y); the box's centre at half its height
      expect(n.translation![0]).toBeCloseTo(r.x, 4);
      expect(n.translation![1]).toBeCloseTo(r.height / 2, 4);
      expect(n.translation![2]).toBeCloseTo(-r.y, 4);
      byType.set(r.cooling, (byType.get(r.cooling) ?? new Set()).add(colourOf(n)));
    }
    for (const set of byType.values()) expect(set.size).toBe(1); // one colour per cooling type…
    const colours = [...byType.values()].map((s) => [...s][0]);
    expect(new Set(colours).size).toBe(colours.length); // …and different types differ
    expect(kids('envelope').map((n) => n.name).sort()).toEqual(['floor', ...doc.envelope.walls.map((w) => w.id), ...doc.envelope.columns.map((c) => c.id)].sort());
    expect(kids('containment').map((n) => n.name).sort()).toEqual(doc.containment.map((c) => c.id).sort());
    expect(kids('pipes').length).toBeGreaterThan(0);
    writeFileSync(join(shots, 'report-hall.glb'), file.bytes);
    console.log(`glb ${(file.bytes.length / 1024).toFixed(0)} KiB, ${g.nodes.length} nodes, ${racks.length} racks, ${equipment.length} equipment, ${kids('pipes').length} pipes`);
  });
});

describe('report preview', () => {
  it('shows the saved viewpoint as a 3D view, the computed system curves and the default studies', async () => {
    const doc = await page.evaluate(() => window.__hallflow!.doc() as unknown as DocLike);
    expect(doc.viewpoints.length).toBeGreaterThan(0);
    const canvas = await canvasSize(page);
    await page.getByTestId('report-preview').click();
    const frame = page.locator('iframe.report-preview');
    await frame.waitFor({ timeout: 120_000 });
    const html = (await frame.getAttribute('srcdoc')) ?? '';
    for (const [i, v] of doc.viewpoints.entries()) {
      expect(html).toContain(`id="f-view-${i}"`);
      expect(html).toContain(v.name);
      const b64 = new RegExp(`id="f-view-${i}"><svg[^>]*><image [^>]*href="data:image/png;base64,([^"]+)"`).exec(html)?.[1];
      const size = pngSize(Buffer.from(b64!, 'base64'));
      expect(size).toEqual({ width: 1600, height: 1000 }); // a fixed print format, whatever the window's shape
    }
    expect(await canvasSize(page)).toEqual(canvas); // the live view keeps its size after the captures
    expect(html).toContain('system curve computed by re-solving');
    expect(html).not.toContain('No system curve computed');
    // the default studies, as `hallflow report` includes them: three ride-through events, the FWS sweep
    for (const i of [0, 1, 2]) expect(html).toContain(`id="f-transient-${i}"`);
    expect(html).toContain('id="t-fws-sweep"');
    writeFileSync(join(shots, 'report-preview.html'), html);
    await settle(page);
    await page.screenshot({ path: join(shots, 'report-preview.png') });
  });
});
