// Velocity arrow samples on a slice (pure): a subsampled lattice of cell centres in the slice plane (at
// most `perSide` along each in-plane axis), the velocity there by the masked trilinear sampler
// (air-slice.ts), solid points and near-still air left out. Model coordinates, m and m/s.
import type { AirFields } from '../../../workers/airflow';
import { sampleField, texelPoint, type SliceLayout } from './air-slice';

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
  const nu = Math.max(1, Math.floor(cellsU / stride)), nv = Math.max(1, Math.floor(cellsV / stride));
  const lattice: SliceLayout = { ...slice, width: nu, height: nv };
  const position = new Float32Array(3 * nu * nv), velocity = new Float32Array(3 * nu * nv);
  const p: [number, number, number] = [0, 0, 0];
  let count = 0;
  for (let j = 0; j < nv; j++) {
    for (let i = 0; i < nu; i++) {
      texelPoint(lattice, i, j, p);
      const u = sampleField(f.u, f.solid, g, p[0], p[1], p[2]);
      const v = sampleField(f.v, f.solid, g, p[0], p[1], p[2]);
      const w = sampleField(f.w, f.solid, g, p[0], p[1], p[2]);
      if (!(Math.hypot(u, v, w) >= MIN_ARROW_SPEED)) continue; // also drops NaN (solid)
      position.set(p, 3 * count);
      velocity[3 * count] = u; velocity[3 * count + 1] = v; velocity[3 * count + 2] = w;
      count++;
    }
  }
  return { count, position, velocity, spacing: Math.min(slice.uLen / nu, slice.vLen / nv) };
}
