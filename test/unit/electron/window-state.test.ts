import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, MIN_SIZE, clampToDisplays, createWindowStateStore, parseWindowState } from '../../../electron/main/window-state';
import { tempFolder } from './helpers';

const laptop = { workArea: { x: 0, y: 25, width: 1920, height: 1055 } };
const rightMonitor = { workArea: { x: 1920, y: 0, width: 2560, height: 1440 } };

describe('clampToDisplays', () => {
  it('centres the default size on the primary display without saved state', () => {
    expect(clampToDisplays(null, [laptop])).toEqual({
      bounds: { x: 240, y: 103, width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height },
      maximized: false,
    });
  });

  it('restores a window that is fully visible', () => {
    const saved = { bounds: { x: 2000, y: 100, width: 1600, height: 1000 }, maximized: true };
    expect(clampToDisplays(saved, [laptop, rightMonitor])).toEqual(saved);
  });

  it('moves a partly off-screen window inside the display it is mostly on', () => {
    const saved = { bounds: { x: 1500, y: 500, width: 1000, height: 800 }, maximized: false };
    expect(clampToDisplays(saved, [laptop]).bounds).toEqual({ x: 920, y: 280, width: 1000, height: 800 });
  });

  it('caps the size to the work area and raises it to the minimum', () => {
    const big = { bounds: { x: 0, y: 25, width: 5000, height: 3000 }, maximized: false };
    expect(clampToDisplays(big, [laptop]).bounds).toEqual({ x: 0, y: 25, width: 1920, height: 1055 });
    const tiny = { bounds: { x: 100, y: 100, width: 200, height: 100 }, maximized: false };
    expect(clampToDisplays(tiny, [laptop]).bounds).toMatchObject({ width: MIN_SIZE.width, height: MIN_SIZE.height });
  });

  it('re-centres on the primary display when the saved monitor is gone', () => {
    const saved = { bounds: { x: 2200, y: 200, width: 1400, height: 900 }, maximized: true };
    const restored = clampToDisplays(saved, [laptop]);
    expect(restored.bounds).toEqual(clampToDisplays(null, [laptop]).bounds);
    expect(restored.maximized).toBe(true);
  });

  it('re-centres when only a sliver of the title bar would be visible', () => {
    const saved = { bounds: { x: 1880, y: 100, width: 1000, height: 700 }, maximized: false };
    expect(clampToDisplays(saved, [laptop]).bounds).toEqual(clampToDisplays(null, [laptop]).bounds);
  });

  it('fits a display smaller than the default and minimum sizes', () => {
    const small = { workArea: { x: 0, y: 0, width: 700, height: 500 } };
    expect(clampToDisplays(null, [small]).bounds).toEqual({ x: 0, y: 0, width: 700, height: 500 });
  });
});

describe('window state persistence', () => {
  it('round-trips and rejects malformed state', async () => {
    const store = createWindowStateStore(await tempFolder());
    expect(await store.load()).toBeNull();
    await store.save({ bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true });
    expect(await store.load()).toEqual({ bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true });
    expect(parseWindowState({ bounds: { x: 0, y: 0, width: -5, height: 10 } })).toBeNull();
    expect(parseWindowState({ bounds: { x: 'a', y: 0, width: 5, height: 10 } })).toBeNull();
    expect(parseWindowState({ bounds: { x: Infinity, y: 0, width: 5, height: 10 } })).toBeNull();
    expect(parseWindowState('x')).toBeNull();
  });
});
