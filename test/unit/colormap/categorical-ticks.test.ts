// Okabe–Ito palette values and nice legend ticks.
import { describe, expect, it } from 'vitest';
import { OKABE_ITO, okabeIto, categoricalColor, niceTicks } from '../../../workers/colormap';

describe('Okabe–Ito palette', () => {
  it('has the eight published colours', () => {
    expect(OKABE_ITO.map((c) => c.hex)).toEqual([
      '#000000', '#e69f00', '#56b4e9', '#009e73', '#f0e442', '#0072b2', '#d55e00', '#cc79a7',
    ]);
    expect(okabeIto('vermillion').rgb).toEqual([213 / 255, 94 / 255, 0]);
    expect(() => okabeIto('magenta')).toThrow();
  });

  it('cycles categories without black', () => {
    expect(categoricalColor(0).name).toBe('orange');
    expect(categoricalColor(6).name).toBe('reddish purple');
    expect(categoricalColor(7).name).toBe('orange');
    expect(categoricalColor(-1).name).toBe('reddish purple');
  });
});

describe('niceTicks', () => {
  it.each([
    [0, 120, 5, [0, 25, 50, 75, 100]],
    [0, 1, 5, [0, 0.25, 0.5, 0.75, 1]],
    [0, 100, 5, [0, 25, 50, 75, 100]],
    [18, 32, 5, [20, 22.5, 25, 27.5, 30]],
    [18, 32, 3, [20, 25, 30]],
    [-10, 10, 5, [-10, -5, 0, 5, 10]],
    [0.1, 0.3, 3, [0.1, 0.2, 0.3]],
  ])('niceTicks(%d, %d, %d)', (min, max, n, expected) => {
    expect(niceTicks(min, max, n).values).toEqual(expected);
  });

  it('keeps every tick inside the range and steps evenly', () => {
    for (const [a, b] of [[3.7, 91.2], [0, 1e6], [0.0013, 0.0172], [-45, 7]]) {
      const t = niceTicks(a, b, 6);
      expect(t.values.length).toBeGreaterThanOrEqual(3);
      expect(t.values.length).toBeLessThanOrEqual(9);
      for (const v of t.values) {
        expect(v).toBeGreaterThanOrEqual(a - 1e-12);
        expect(v).toBeLessThanOrEqual(b + 1e-12);
      }
      for (let i = 1; i < t.values.length; i++) expect(t.values[i] - t.values[i - 1]).toBeCloseTo(t.step, 9);
    }
  });

  it('reports the decimals a step needs', () => {
    expect(niceTicks(0, 1, 5).decimals).toBe(2);
    expect(niceTicks(0, 100, 5).decimals).toBe(0);
    expect(niceTicks(0, 10, 5).decimals).toBe(1);
  });

  it('handles degenerate and reversed ranges', () => {
    expect(niceTicks(4, 4).values).toEqual([4]);
    expect(niceTicks(10, 0, 3).values).toEqual([0, 5, 10]);
    expect(niceTicks(Number.NaN, 1).values).toEqual([]);
  });
});
