// Air temperature difference between two room-air results on the same grid (scenario − base, K), cell by
// cell, for the compare view's delta heatmap. A cell solid in either result is no data (NaN): equipment
// present in one layout only is not air in both. The symmetric colour range is the largest |Δ| over air
// cells rounded up to a 1-2-5 step, so that 0 sits in the middle of a diverging map.
import type { AirFields, GridDescription } from '../airflow';

export interface AirDelta {
  ok: true;
  grid: GridDescription;
  /** 1 where either result has a solid cell. */
  solid: Uint8Array;
  /** b.t − a.t per cell, K; NaN where solid. */
  dt: Float32Array;
  /** Largest |Δ| over air cells, K. */
  maxAbs: number;
  /** Symmetric colour range: the colour bar spans [−range, range], K. */
  range: number;
}

export type AirDeltaResult = AirDelta | { ok: false; reason: string };

const sameGrid = (a: GridDescription, b: GridDescription) =>
  a.nx === b.nx && a.ny === b.ny && a.nz === b.nz && a.dx === b.dx && a.dy === b.dy && a.dz === b.dz && a.origin.every((x, i) => x === b.origin[i]);

/** Smallest 1, 2 or 5 × 10^k ≥ x (x > 0); 1 for x ≤ 0 or non-finite. */
export function niceCeil(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 5, 10]) if (m * p >= x * (1 - 1e-12)) return m * p;
  return 10 * p;
}

/** Δ = b − a (K) on a common grid; different grids (cell size, hall size) cannot be compared cell by cell. */
export function airDelta(a: AirFields, b: AirFields): AirDeltaResult {
  if (!sameGrid(a.grid, b.grid)) return { ok: false, reason: 'the two air results are on different grids (cell size or hall extent): solve both in the same mode' };
  const n = a.t.length;
  const solid = new Uint8Array(n);
  const dt = new Float32Array(n);
  let maxAbs = 0;
  for (let c = 0; c < n; c++) {
    if (a.solid[c] || b.solid[c]) { solid[c] = 1; dt[c] = NaN; continue; }
    const d = b.t[c] - a.t[c];
    dt[c] = d;
    if (Math.abs(d) > maxAbs) maxAbs = Math.abs(d);
  }
  return { ok: true, grid: a.grid, solid, dt, maxAbs, range: niceCeil(maxAbs) };
}
