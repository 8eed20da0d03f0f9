// Colour mapping of the air layers: slice texels through viridis with NaN fully transparent, automatic
// and user ranges, and the arrow lattice on a slice.
import { describe, expect, it } from 'vitest';
import { sampleColormap } from '../../../workers/colormap';
import type { AirFields, GridDescription } from '../../../workers/airflow';
import { writeSliceRGBA, sliceLayout } from '../../../renderer/src/scene/air-slice';
import { autoRange, colourScale, scaleT } from '../../../renderer/src/scene/air-ranges';
import { DEFAULT_AIR_LAYERS } from '../../../renderer/src/scene/air-layer-settings';
import { arrowSamples } from '../../../renderer/src/scene/air-arrows';

describe('slice colours', () => {
  it('maps values through the colormap and never draws NaN', () => {
    const values = Float32Array.from([20, 30, Number.NaN, 40, 99]);
    const out = writeSliceRGBA(values, 'viridis', 20, 40, new Float32Array(15), new Uint8Array(20));
    const lo = sampleColormap('viridis', 0), mid = sampleColormap('viridis', 0.5), hi = sampleColormap('viridis', 1);
    expect([...out.slice(0, 4)]).toEqual([...lo.map((c) => Math.round(c * 255)), 255]);
    expect([...out.slice(4, 8)]).toEqual([...mid.map((c) => Math.round(c * 255)), 255]);
    expect(out[11]).toBe(0); // NaN: transparent
    expect([...out.slice(16, 19)]).toEqual(hi.map((c) => Math.round(c * 255))); // clamped above the range
  });

  it('scaleT clamps and handles an empty range', () => {
    expect(scaleT(25, { min: 20, max: 30 })).toBe(0.5);
    expect(scaleT(-5, { min: 20, max: 30 })).toBe(0);
    expect(scaleT(25, { min: 30, max: 30 })).toBe(0.5);
  });
});

function uniformFlow(): AirFields {
  const grid: GridDescription = { nx: 20, ny: 10, nz: 5, dx: 0.5, dy: 0.5, dz: 0.5, origin: [0, 0, 0] };
  const n = 1000;
  const t = new Float32Array(n), u = new Float32Array(n).fill(1), z = new Float32Array(n), speed = new Float32Array(n).fill(1);
  for (let c = 0; c < n; c++) t[c] = 18 + (c % 20); // 18..37 along x
  const solid = new Uint8Array(n);
  solid[0] = 1; t[0] = 5; // a cold value inside a solid cell never sets the range
  solid[1 + 20 * 1] = 1; // cell (1, 1, 0): on the arrow lattice of a stride-2 slice at z = 0.25
  return { grid, solid, t, speed, u, v: z, w: z.slice() };
}

describe('colour ranges', () => {
  it('auto temperature range covers the air, not solids, and starts no lower than the coldest supply', () => {
    const f = uniformFlow();
    const r = autoRange(f, 'temperature');
    expect(r.min).toBeGreaterThanOrEqual(18);
    expect(r.max).toBeCloseTo(37, 0);
    expect(autoRange(f, 'temperature', 20).min).toBe(20);
    expect(autoRange(f, 'speed')).toEqual({ min: 0, max: expect.closeTo(1, 2) });
  });

  it('a user range overrides the slice quantity only', () => {
    const f = uniformFlow();
    const s = { ...DEFAULT_AIR_LAYERS, quantity: 'temperature' as const, range: { min: 15, max: 35 } };
    const src = { fields: f, units: [{ supplyT: 18 }] };
    expect(colourScale(src, 'temperature', s)).toEqual({ min: 15, max: 35, map: 'viridis' });
    expect(colourScale(src, 'speed', s).map).toBe('cividis');
    expect(colourScale(src, 'speed', s).min).toBe(0);
  });
});

describe('velocity arrows', () => {
  it('samples a subsampled lattice on the slice with the local velocity, skipping solid cells', () => {
    const f = uniformFlow();
    const l = sliceLayout(f.grid, 'horizontal', 0.25);
    const a = arrowSamples(f, l, 10);
    // stride 2 → cells 1, 3, … → 10 × 5 lattice points, minus the one in solid cell (1, 1, 0)
    expect(a.count).toBe(49);
    expect(a.spacing).toBeCloseTo(1, 9);
    for (let i = 0; i < a.count; i++) {
      expect(a.velocity[3 * i]).toBeCloseTo(1, 6);
      expect(a.position[3 * i + 2]).toBeCloseTo(0.25, 9);
      expect((a.position[3 * i] / 0.5 - 0.5) % 2).toBeCloseTo(1, 9); // a cell centre
    }
  });
});
