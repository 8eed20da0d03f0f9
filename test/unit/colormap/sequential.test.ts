// Colormap tables and sampling: spot checks against matplotlib's published entries (_cm_listed.py), the
// interpolation rule, clamping, and the allocation-free buffer writer.
import { describe, expect, it } from 'vitest';
import { colormapTable, sampleColormap, writeColormapRGB, LUT_SIZE, NO_DATA } from '../../../workers/colormap';

describe('colormap tables', () => {
  it('hold 256 RGB entries each', () => {
    expect(colormapTable('viridis').length).toBe(3 * LUT_SIZE);
    expect(colormapTable('cividis').length).toBe(3 * LUT_SIZE);
  });

  // Entries read from matplotlib lib/matplotlib/_cm_listed.py (_viridis_data, _cividis_data).
  const spot: [name: 'viridis' | 'cividis', index: number, rgb: [number, number, number]][] = [
    ['viridis', 0, [0.267004, 0.004874, 0.329415]],
    ['viridis', 64, [0.229739, 0.322361, 0.545706]],
    ['viridis', 128, [0.127568, 0.566949, 0.550556]],
    ['viridis', 192, [0.369214, 0.788888, 0.382914]],
    ['viridis', 255, [0.993248, 0.906157, 0.143936]],
    ['cividis', 0, [0.0, 0.135112, 0.304751]],
    ['cividis', 23, [0.003602, 0.195911, 0.441564]],
    ['cividis', 128, [0.488697, 0.485318, 0.471008]],
    ['cividis', 255, [0.995737, 0.909344, 0.217772]],
  ];
  it.each(spot)('%s[%i] matches matplotlib', (name, i, rgb) => {
    const t = colormapTable(name);
    for (let k = 0; k < 3; k++) expect(t[3 * i + k]).toBeCloseTo(rgb[k], 6);
  });

  it('are smooth (no transcription jumps between neighbours)', () => {
    for (const name of ['viridis', 'cividis'] as const) {
      const t = colormapTable(name);
      for (let i = 3; i < t.length; i++) expect(Math.abs(t[i] - t[i - 3])).toBeLessThan(0.02);
    }
  });

  it('increase in luminance monotonically (sequential maps)', () => {
    for (const name of ['viridis', 'cividis'] as const) {
      const t = colormapTable(name);
      let prev = -1;
      for (let i = 0; i < LUT_SIZE; i++) {
        const y = 0.2126 * t[3 * i] + 0.7152 * t[3 * i + 1] + 0.0722 * t[3 * i + 2];
        expect(y).toBeGreaterThan(prev);
        prev = y;
      }
    }
  });
});

describe('sampleColormap', () => {
  it('hits the end entries exactly and clamps outside [0, 1]', () => {
    expect(sampleColormap('viridis', 0)).toEqual(Array.from(colormapTable('viridis').subarray(0, 3)));
    expect(sampleColormap('viridis', 1)).toEqual(Array.from(colormapTable('viridis').subarray(765, 768)));
    expect(sampleColormap('viridis', -3)).toEqual(sampleColormap('viridis', 0));
    expect(sampleColormap('viridis', 7)).toEqual(sampleColormap('viridis', 1));
    expect(sampleColormap('cividis', Number.NaN)).toEqual(sampleColormap('cividis', 0));
  });

  it('interpolates linearly between neighbouring entries', () => {
    const t = colormapTable('cividis');
    const mid = sampleColormap('cividis', 10.5 / 255);
    for (let k = 0; k < 3; k++) expect(mid[k]).toBeCloseTo((t[30 + k] + t[33 + k]) / 2, 6);
  });

  it('writes into a caller-supplied tuple', () => {
    const out: [number, number, number] = [9, 9, 9];
    expect(sampleColormap('viridis', 0.5, out)).toBe(out);
    expect(out[0]).toBeLessThan(1);
  });
});

describe('writeColormapRGB', () => {
  it('maps values between min and max and marks non-finite values as no data', () => {
    const values = new Float32Array([0, 50, 100, 200, Number.NaN]);
    const out = new Float32Array(15);
    const r = writeColormapRGB('viridis', values, 0, 100, out);
    expect(r).toBe(out);
    const at = (i: number) => Array.from(out.subarray(3 * i, 3 * i + 3));
    expect(at(0)).toEqual(Array.from(new Float32Array(sampleColormap('viridis', 0))));
    expect(at(1)).toEqual(Array.from(new Float32Array(sampleColormap('viridis', 0.5))));
    expect(at(3)).toEqual(at(2)); // clamped
    expect(at(4)).toEqual(Array.from(new Float32Array(NO_DATA)));
  });

  it('maps a degenerate range to the middle of the map', () => {
    const out = new Float32Array(3);
    writeColormapRGB('cividis', [5], 5, 5, out);
    expect(Array.from(out)).toEqual(Array.from(new Float32Array(sampleColormap('cividis', 0.5))));
  });

  it('rejects an output buffer that is too short', () => {
    expect(() => writeColormapRGB('viridis', [1, 2], 0, 1, new Float32Array(5))).toThrow(RangeError);
  });
});
