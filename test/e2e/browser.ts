// Launches Debian's Chromium through playwright-core (never a downloaded browser) with the flags that
// work here as root (../shared/TOOLCHAIN.md), and helpers to read the 3D canvas's pixels.
import { chromium, type Browser, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import type {} from '../../renderer/src/app/debug-hook';

declare global {
  interface Window {
    /** Installed by openApp for the e2e tests: RGBA pixels of the 3D canvas, or null without one. */
    __canvasRGBA?: () => Uint8ClampedArray | null;
  }
}

export const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader',
];

export function chromiumPath(): string {
  for (const p of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[]) {
    if (existsSync(p)) return p;
  }
  throw new Error('Chromium not found: install Debian\'s chromium (apt-get install -y chromium) or set CHROMIUM_PATH');
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true });
}

/** Installs window.__canvasRGBA on this page (kept across its navigations): pixels of the 3D canvas (RGBA), read
 *  through a 2D canvas (the scene keeps its drawing buffer). openApp does this; other pages call it. */
export async function installCanvasReader(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__canvasRGBA = () => {
      const src = document.querySelector('[data-testid=viewport] canvas') as HTMLCanvasElement | null;
      if (!src) return null;
      const c = document.createElement('canvas');
      c.width = src.width;
      c.height = src.height;
      const g = c.getContext('2d')!;
      g.drawImage(src, 0, 0);
      return g.getImageData(0, 0, c.width, c.height).data;
    };
  });
}

const consoleErrorsOf = new WeakMap<Page, string[]>();
/** What a page opened by openApp has logged to the console as errors so far (in order). */
export function consoleErrors(page: Page): readonly string[] {
  return consoleErrorsOf.get(page) ?? [];
}

/** Opens the app and waits until the scene has drawn a frame. Browser file pickers are disabled so that
 *  open/save go through <input type=file> and downloads, which playwright can drive. */
export async function openApp(browser: Browser, baseUrl: string, query = ''): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 }, acceptDownloads: true });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('[page error]', e.message));
  const errors: string[] = [];
  consoleErrorsOf.set(page, errors);
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    delete w.showOpenFilePicker;
    delete w.showSaveFilePicker;
  });
  await installCanvasReader(page);
  await page.goto(`${baseUrl}${query}`);
  await page.waitForFunction(() => !!window.__hallflow && !!(window as unknown as { __hallflowScene?: unknown }).__hallflowScene, null, { timeout: 60_000 });
  await settle(page);
  return page;
}

/** Waits for two animation frames plus a short pause (demand frameloop renders after invalidate). */
export async function settle(page: Page, ms = 300): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))));
  await page.waitForTimeout(ms);
}

/** Share of canvas pixels that are clearly coloured (HSV saturation > 0.35 and value > 0.2). Floor, walls
 *  and background are neutral greys, so coloured pixels are racks and equipment. */
export async function colouredShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    const d = window.__canvasRGBA?.();
    if (!d) return -1;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) {
      const r = d[i] / 255, gg = d[i + 1] / 255, b = d[i + 2] / 255;
      const max = Math.max(r, gg, b), min = Math.min(r, gg, b);
      if (max > 0.2 && (max - min) / max > 0.35) n++;
    }
    return n / (d.length / 4);
  });
}
