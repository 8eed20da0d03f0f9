// Slice extraction from a field with a known analytic pattern: T = x + 2y + 3z at cell centres is linear,
// so masked trilinear sampling returns it exactly inside the cell-centre hull; solid cells are no data.
import { describe, expect, it } from 'vitest';
import type { GridDescription } from '../../../workers/airflow';
import { extractSlice, fieldRange, robustRange, sampleField, sliceLayout, texelPoint } from '../../../renderer/src/scene/air-slice';

const g: GridDescription = { nx: 10, ny: 8, nz: 6, dx: 0.5, dy: 0.4, dz: 0.3, origin: [1, 2, 0] };
const n = g.nx * g.ny * g.nz;
const idx = (i: number, j: number, k: number) => i + g.nx * (j + g.ny * k);
const centre = (i: number, j: number, k: number): [number, number, number] => [g.origin[0] + (i + 0.5) * g.dx, g.origin[1] + (j + 0.5) * g.dy, g.origin[2] + (k + 0.5) * g.dz];
const analytic = (x: number, y: number, z: number) => x + 2 * y + 3 * z;
const t = new Float32Array(n);
for (let k = 0; k < g.nz; k++) for (let j = 0; j < g.ny; j++) for (let i = 0; i < g.nx; i++) t[idx(i, j, k)] = analytic(...centre(i, j, k));
const air = new Uint8Array(n);

/** Inside the hull of cell centres (where trilinear interpolation of a linear field is exact). */
function inHull(p: [number, number, number]): boolean {
  const lo = centre(0, 0, 0), hi = centre(g.nx - 1, g.ny - 1, g.nz - 1);
  return p.every((v, a) => v >= lo[a] - 1e-9 && v <= hi[a] + 1e-9);
}

describe('air slice extraction', () => {
  it('samples a linear field exactly between cell centres', () => {
    expect(sampleField(t, air, g, 2.3, 3.1, 0.9)).toBeCloseTo(analytic(2.3, 3.1, 0.9), 4);
    expect(sampleField(t, air, g, ...centre(3, 4, 2))).toBeCloseTo(analytic(...centre(3, 4, 2)), 4);
  });

  for (const [orientation, at] of [['horizontal', 1.0], ['alongX', 3.3], ['alongY', 2.6]] as const) {
    it(`${orientation} slice at ${at} m reproduces T = x + 2y + 3z`, () => {
      const l = sliceLayout(g, orientation, at, 3);
      const out = extractSlice(t, air, g, l, new Float32Array(l.width * l.height));
      const p: [number, number, number] = [0, 0, 0];
      let checked = 0;
      for (let j = 0; j < l.height; j++) for (let i = 0; i < l.width; i++) {
        texelPoint(l, i, j, p);
        if (!inHull(p)) continue;
        expect(out[i + l.width * j]).toBeCloseTo(analytic(...p), 3);
        checked++;
      }
      expect(checked).toBeGreaterThan(l.width * l.height * 0.4);
      // the fixed coordinate is the slice position
      expect(p[orientation === 'horizontal' ? 2 : orientation === 'alongX' ? 1 : 0]).toBeCloseTo(at, 9);
    });
  }

  it('lays a horizontal slice over the whole grid, u = x and v = y, texels per cell', () => {
    const l = sliceLayout(g, 'horizontal', 1.0, 4);
    expect([l.u0, l.uLen, l.v0, l.vLen]).toEqual([1, 5, 2, expect.closeTo(3.2, 9)]);
    expect([l.width, l.height]).toEqual([40, 32]);
    // a height above the ceiling is clamped into the grid
    expect(sliceLayout(g, 'horizontal', 99).at).toBeCloseTo(1.8, 9);
  });

  it('leaves solid cells out: no data inside them, air neighbours only next to them', () => {
    const solid = new Uint8Array(n);
    solid[idx(4, 4, 3)] = 1;
    const t2 = Float32Array.from(t);
    t2[idx(4, 4, 3)] = 1000; // a value inside equipment must never leak into the air
    expect(Number.isNaN(sampleField(t2, solid, g, ...centre(4, 4, 3)))).toBe(true);
    const [x, y, z] = centre(5, 4, 3);
    const v = sampleField(t2, solid, g, x - 0.2, y, z); // in cell 5, interpolating towards solid cell 4
    expect(v).toBeLessThan(100);
    expect(Number.isFinite(v)).toBe(true);
  });

  it('ranges over air cells only; the robust range drops a few outliers', () => {
    const solid = new Uint8Array(n);
    const t2 = Float32Array.from(t);
    solid[0] = 1; t2[0] = -50;
    expect(fieldRange(t2, solid).min).toBeCloseTo(t[1], 4);
    t2[5] = 500; // one outlier among 480 cells is below the 0.5 % tail
    const r = robustRange(t2, solid);
    expect(r.max).toBeLessThan(100);
    t2[5] = Number.NaN;
    expect(fieldRange(t2, solid).max).toBeCloseTo(Math.max(...Array.from(t).slice(1)), 4);
  });
});
