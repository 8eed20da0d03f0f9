// The compare view's delta heatmap: the air temperature difference is exactly b − a per cell (fields made
// by hand with values exactly representable in float32, so the expected differences are exact), solid
// cells of either result are no data, grids must match, the range is symmetric; and the diverging colour
// map is ColorBrewer RdBu-11 (hex values from colorbrewer2.org: #053061 … #f7f7f7 … #67001f), blue for
// negative, neutral at 0, red for positive.
import { describe, expect, it } from 'vitest';
import type { AirFields } from '../../../workers/airflow';
import { sampleDiverging, writeDivergingRGBA } from '../../../workers/colormap';
import { airDelta, niceCeil } from '../../../workers/scenarios';

function fields(nx: number, ny: number, nz: number, t: (i: number, j: number, k: number) => number, solid: (i: number, j: number, k: number) => boolean = () => false): AirFields {
  const n = nx * ny * nz;
  const f: AirFields = { grid: { nx, ny, nz, dx: 0.4, dy: 0.4, dz: 0.4, origin: [0, 0, 0] }, solid: new Uint8Array(n), t: new Float32Array(n), speed: new Float32Array(n), u: new Float32Array(n), v: new Float32Array(n), w: new Float32Array(n) };
  for (let k = 0; k < nz; k++) for (let j = 0; j < ny; j++) for (let i = 0; i < nx; i++) {
    const c = i + nx * (j + ny * k);
    f.t[c] = t(i, j, k);
    f.solid[c] = solid(i, j, k) ? 1 : 0;
  }
  return f;
}

describe('air temperature delta (scenario − design)', () => {
  // design: 20 °C + 0.5 K per cell eastwards; scenario: 3.25 K warmer in the west half, 1.5 K cooler in the east
  const design = fields(6, 4, 3, (i) => 20 + 0.5 * i, (i, j, k) => i === 5 && j === 0 && k === 0);
  const scenario = fields(6, 4, 3, (i) => 20 + 0.5 * i + (i < 3 ? 3.25 : -1.5), (i, j) => i === 0 && j === 3);

  it('is b − a in every air cell and no data where either result is solid', () => {
    const d = airDelta(design, scenario);
    if (!d.ok) throw new Error(d.reason);
    for (let k = 0; k < 3; k++) for (let j = 0; j < 4; j++) for (let i = 0; i < 6; i++) {
      const c = i + 6 * (j + 4 * k);
      const solid = (i === 5 && j === 0 && k === 0) || (i === 0 && j === 3);
      expect(d.solid[c]).toBe(solid ? 1 : 0);
      if (solid) expect(d.dt[c]).toBeNaN();
      else expect(d.dt[c]).toBe(i < 3 ? 3.25 : -1.5);
    }
    expect(d.maxAbs).toBe(3.25);
    expect(d.range).toBe(5); // 1-2-5 step above 3.25 K: the colour bar spans −5 … +5 K
  });

  it('refuses results on different grids', () => {
    const coarse = fields(3, 2, 2, () => 20);
    expect(airDelta(design, coarse).ok).toBe(false);
  });

  it('rounds the symmetric range up to 1, 2 or 5 × 10^k', () => {
    expect([0.3, 1, 1.01, 2.5, 7, 12].map(niceCeil)).toEqual([0.5, 1, 2, 5, 10, 20]);
  });
});

describe('diverging colour map (ColorBrewer RdBu-11, blue negative)', () => {
  const hex = (h: string) => [1, 3, 5].map((o) => parseInt(h.slice(o, o + 2), 16) / 255);
  it('has the ColorBrewer end and middle colours', () => {
    expect(sampleDiverging(0).map((x) => x * 255)).toEqual(hex('#053061').map((x) => x * 255));
    expect(sampleDiverging(0.5)).toEqual(hex('#f7f7f7'));
    expect(sampleDiverging(1)).toEqual(hex('#67001f'));
    expect(sampleDiverging(0.1)).toEqual(hex('#2166ac')); // class 1 of 10 intervals
    expect(sampleDiverging(0.9)).toEqual(hex('#b2182b'));
  });
  it('puts 0 of a symmetric range at the neutral middle, ±range at the ends, no data transparent', () => {
    const out = new Uint8Array(16);
    writeDivergingRGBA([0, -4, 4, NaN], 4, out);
    expect([...out]).toEqual([0xf7, 0xf7, 0xf7, 255, 0x05, 0x30, 0x61, 255, 0x67, 0x00, 0x1f, 255, 0, 0, 0, 0]);
  });
});
