// Window bounds persisted between runs (`window-state.json` in an injected folder) and restored onto
// a display that is still there (plain Node; index.ts supplies the displays from Electron's `screen`).
//
// Contract: clampToDisplays() is pure. A saved window is restored where it was when at least a
// 100 × 40 px strip of its top edge (the title bar) lies inside some display's work area; its size is
// capped to that work area and it is moved fully inside it. Otherwise (monitor unplugged, resolution
// changed) the window is centred on the primary display at the default size. Sizes never go below
// MIN_SIZE. load() never throws; a corrupt or missing file gives the default state.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readTextFile, saveAtomic } from './files';

export interface Rect { x: number; y: number; width: number; height: number }
export interface WindowState { bounds: Rect; maximized: boolean }
export interface DisplayArea { workArea: Rect }

export const DEFAULT_SIZE = { width: 1440, height: 900 } as const;
export const MIN_SIZE = { width: 800, height: 560 } as const;
const VISIBLE_STRIP = { width: 100, height: 40 } as const;
const FILE_NAME = 'window-state.json';

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function centred(area: Rect): Rect {
  const width = Math.max(Math.min(DEFAULT_SIZE.width, area.width), Math.min(MIN_SIZE.width, area.width));
  const height = Math.max(Math.min(DEFAULT_SIZE.height, area.height), Math.min(MIN_SIZE.height, area.height));
  return {
    x: Math.round(area.x + (area.width - width) / 2),
    y: Math.round(area.y + (area.height - height) / 2),
    width,
    height,
  };
}

/** displays[0] is the primary display. */
export function clampToDisplays(saved: WindowState | null, displays: readonly DisplayArea[]): WindowState {
  const primary = displays[0]?.workArea ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  if (!saved) return { bounds: centred(primary), maximized: false };
  const titleBar: Rect = { ...saved.bounds, height: Math.min(saved.bounds.height, VISIBLE_STRIP.height) };
  let best: { area: Rect; visible: number } | null = null;
  for (const { workArea } of displays) {
    const o = overlap(titleBar, workArea);
    const visible = o.width * o.height;
    if (o.width >= Math.min(VISIBLE_STRIP.width, saved.bounds.width) && o.height > 0 && (!best || visible > best.visible)) {
      best = { area: workArea, visible };
    }
  }
  if (!best) return { bounds: centred(primary), maximized: saved.maximized };
  const area = best.area;
  const width = Math.min(Math.max(saved.bounds.width, MIN_SIZE.width), area.width);
  const height = Math.min(Math.max(saved.bounds.height, MIN_SIZE.height), area.height);
  const x = Math.min(Math.max(saved.bounds.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(saved.bounds.y, area.y), area.y + area.height - height);
  return { bounds: { x, y, width, height }, maximized: saved.maximized };
}

export function parseWindowState(json: unknown): WindowState | null {
  if (typeof json !== 'object' || json === null) return null;
  const { bounds, maximized } = json as { bounds?: Partial<Rect>; maximized?: unknown };
  if (typeof bounds !== 'object' || bounds === null) return null;
  const numbers = [bounds.x, bounds.y, bounds.width, bounds.height];
  if (!numbers.every((n) => typeof n === 'number' && Number.isFinite(n) && Math.abs(n) < 1e6)) return null;
  if ((bounds.width as number) <= 0 || (bounds.height as number) <= 0) return null;
  return {
    bounds: { x: Math.round(bounds.x!), y: Math.round(bounds.y!), width: Math.round(bounds.width!), height: Math.round(bounds.height!) },
    maximized: maximized === true,
  };
}

export interface WindowStateStore {
  load(): Promise<WindowState | null>;
  save(state: WindowState): Promise<void>;
}

export function createWindowStateStore(folder: string): WindowStateStore {
  const file = join(folder, FILE_NAME);
  return {
    async load() {
      const read = await readTextFile(file, 64 * 1024);
      if (!read.ok) return null;
      try {
        return parseWindowState(JSON.parse(read.value));
      } catch {
        return null;
      }
    },
    async save(state) {
      await mkdir(folder, { recursive: true }).catch(() => undefined);
      const saved = await saveAtomic(file, JSON.stringify(state));
      if (!saved.ok) console.warn(`[hallflow] ${saved.error}`);
    },
  };
}
