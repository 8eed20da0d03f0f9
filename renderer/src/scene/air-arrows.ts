// Velocity arrow samples on a slice (pure): a subsampled lattice of cell centres in the slice plane (at
// most `perSide` along each in-plane axis), the velocity there by the masked trilinear sampler
// (air-slice.ts), solid points and near-still air left out. Model coordinates, m and m/s.
import type { AirFields } from '../../../workers/airflow';
import { sampleField, type SliceLayout } from './air-slice';

export interface ArrowSamples {
  count: number;
  /** x, y, z per arrow (model metres). */
  position: Float32Array;
  /** u, v, w per arrow (m/s). */
  velocity: Float32Array;
  /** Lattice spacing along u and v, m (arrows are scaled to it). */
  spacing: number;
}

/** Speeds below this are not drawn, m/s. */
export const MIN_ARROW_SPEED = 0.02;

export function arrowSamples(f: AirFields, slice: SliceLayout, perSide = 40): ArrowSamples {
  const g = f.grid;
  const cellsU = slice.orientation === 'alongY' ? g.ny : g.nx;
  const cellsV = slice.orientation === 'horizontal' ? g.ny : g.nz;
  const stride = Math.max(1, Math.ceil(Math.max(cellsU, cellsV) / perSide));
  const offset = Math.floor(stride / 2);
  const nu = Math.max(1, Math.ceil((cellsU - offset) / stride)), nv = Math.max(1, Math.ceil((cellsV - offset) / stride));
  const du = slice.uLen / cellsU, dv = slice.vLen / cellsV;
  const [ua, va, fa] = slice.orientation === 'horizontal' ? [0, 1, 2] : slice.orientation === 'alongX' ? [0, 2, 1] : [1, 2, 0];
  const position = new Float32Array(3 * nu * nv), velocity = new Float32Array(3 * nu * nv);
  const p: [number, number, number] = [0, 0, 0];
  let count = 0;
  for (let j = 0; j < nv; j++) {
    for (let i = 0; i < nu; i++) {
      p[ua] = slice.u0 + (offset + stride * i + 0.5) * du; // cell centres in the plane
      p[va] = slice.v0 + (offset + stride * j + 0.5) * dv;
      p[fa] = slice.at;
      const u = sampleField(f.u, f.solid, g, p[0], p[1], p[2]);
      const v = sampleField(f.v, f.solid, g, p[0], p[1], p[2]);
      const w = sampleField(f.w, f.solid, g, p[0], p[1], p[2]);
      if (!(Math.hypot(u, v, w) >= MIN_ARROW_SPEED)) continue; // also drops NaN (solid)
      position.set(p, 3 * count);
      velocity[3 * count] = u; velocity[3 * count + 1] = v; velocity[3 * count + 2] = w;
      count++;
    }
  }
  return { count, position, velocity, spacing: stride * Math.min(du, dv) };
}
