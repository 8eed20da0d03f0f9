// Heatmap slices of the air solver's cell-centred fields (pure, no three.js): the slice rectangle and
// texture size for an orientation, trilinear sampling that ignores solid cells (a point inside a solid
// cell is no data: NaN), extraction of a whole slice into a caller-supplied array, the field's range over
// air cells, and RGBA texels through the shared colormaps (NaN → fully transparent, never drawn).
// Coordinates are model metres (x east, y north, z up); cell (i, j, k) has index i + nx·(j + ny·k) and its
// centre at origin + (i + ½, j + ½, k + ½)·(dx, dy, dz) (workers/airflow/results.ts).
import { writeColormapRGB, type SequentialColormap } from '../../../workers/colormap';
import type { GridDescription } from '../../../workers/airflow';
import type { AirSliceOrientation } from './air-layer-settings';

export type SliceOrientation = Exclude<AirSliceOrientation, 'off'>;

/** The slice rectangle: in-plane axes (u, v) in model metres, the fixed coordinate, and texels. */
export interface SliceLayout {
  orientation: SliceOrientation;
  /** u: x (horizontal, alongX) or y (alongY); v: y (horizontal) or z (vertical). */
  u0: number; uLen: number; v0: number; vLen: number;
  /** Fixed coordinate: z (horizontal), y (alongX), x (alongY), clamped into the grid. */
  at: number;
  width: number; height: number;
}

function extent(g: GridDescription, axis: 0 | 1 | 2): [number, number] {
  const n = axis === 0 ? g.nx : axis === 1 ? g.ny : g.nz;
  const d = axis === 0 ? g.dx : axis === 1 ? g.dy : g.dz;
  return [g.origin[axis], g.origin[axis] + n * d];
}

const AXES: Record<SliceOrientation, [u: 0 | 1 | 2, v: 0 | 1 | 2, fixed: 0 | 1 | 2]> = {
  horizontal: [0, 1, 2],
  alongX: [0, 2, 1],
  alongY: [1, 2, 0],
};

/** Layout of a slice at `at` (clamped into the grid): `texelsPerCell` texels per cell, at most maxTexels a side. */
export function sliceLayout(g: GridDescription, orientation: SliceOrientation, at: number, texelsPerCell = 4, maxTexels = 1024): SliceLayout {
  const [ua, va, fa] = AXES[orientation];
  const [u0, u1] = extent(g, ua), [v0, v1] = extent(g, va), [f0, f1] = extent(g, fa);
  const cells = (a: 0 | 1 | 2) => (a === 0 ? g.nx : a === 1 ? g.ny : g.nz);
  const size = (a: 0 | 1 | 2) => Math.max(1, Math.min(maxTexels, cells(a) * texelsPerCell));
  return { orientation, u0, uLen: u1 - u0, v0, vLen: v1 - v0, at: Math.min(f1, Math.max(f0, at)), width: size(ua), height: size(va) };
}

/** Model point of texel (i, j) centre of a layout. */
export function texelPoint(l: SliceLayout, i: number, j: number, out: [number, number, number]): [number, number, number] {
  const u = l.u0 + ((i + 0.5) * l.uLen) / l.width, v = l.v0 + ((j + 0.5) * l.vLen) / l.height;
  const [ua, va, fa] = AXES[l.orientation];
  out[ua] = u;
  out[va] = v;
  out[fa] = l.at;
  return out;
}

/**
 * Field value at a model point: trilinear between the 8 nearest cell centres, solid cells (and non-finite
 * values) left out and the weights renormalised; NaN when the point lies in a solid cell or no air cell
 * is near. Outside the outermost centres the value is held (clamped coordinates).
 */
export function sampleField(values: ArrayLike<number>, solid: ArrayLike<number>, g: GridDescription, x: number, y: number, z: number): number {
  const fx = (x - g.origin[0]) / g.dx, fy = (y - g.origin[1]) / g.dy, fz = (z - g.origin[2]) / g.dz;
  const ci = Math.min(g.nx - 1, Math.max(0, Math.floor(fx)));
  const cj = Math.min(g.ny - 1, Math.max(0, Math.floor(fy)));
  const ck = Math.min(g.nz - 1, Math.max(0, Math.floor(fz)));
  const layer = g.nx * g.ny;
  if (solid[ci + g.nx * cj + layer * ck]) return NaN;
  const [i0, tx] = corner(fx - 0.5, g.nx), [j0, ty] = corner(fy - 0.5, g.ny), [k0, tz] = corner(fz - 0.5, g.nz);
  let sum = 0, wsum = 0;
  for (let c = 0; c < 8; c++) {
    const di = c & 1, dj = (c >> 1) & 1, dk = (c >> 2) & 1;
    const i = Math.min(g.nx - 1, i0 + di), j = Math.min(g.ny - 1, j0 + dj), k = Math.min(g.nz - 1, k0 + dk);
    const w = (di ? tx : 1 - tx) * (dj ? ty : 1 - ty) * (dk ? tz : 1 - tz);
    if (w === 0) continue;
    const n = i + g.nx * j + layer * k;
    const v = values[n];
    if (solid[n] || !Number.isFinite(v)) continue;
    sum += w * v;
    wsum += w;
  }
  return wsum > 1e-9 ? sum / wsum : values[ci + g.nx * cj + layer * ck];
}

/** Lower corner index and fraction along one axis for a continuous centre coordinate f (clamped). */
function corner(f: number, n: number): [number, number] {
  if (n <= 1) return [0, 0];
  const c = Math.min(n - 1, Math.max(0, f));
  const i = Math.min(n - 2, Math.floor(c));
  return [i, c - i];
}

/** Samples the whole slice into out (width × height, row-major with u fastest, v rows bottom-up). */
export function extractSlice(values: ArrayLike<number>, solid: ArrayLike<number>, g: GridDescription, l: SliceLayout, out: Float32Array): Float32Array {
  const p: [number, number, number] = [0, 0, 0];
  for (let j = 0; j < l.height; j++) {
    for (let i = 0; i < l.width; i++) {
      texelPoint(l, i, j, p);
      out[i + l.width * j] = sampleField(values, solid, g, p[0], p[1], p[2]);
    }
  }
  return out;
}

/** Min and max over air cells (finite values only); { min: 0, max: 0 } when there are none. */
export function fieldRange(values: ArrayLike<number>, solid: ArrayLike<number>): { min: number; max: number } {
  let min = Infinity, max = -Infinity;
  for (let n = 0; n < values.length; n++) {
    const v = values[n];
    if (solid[n] || !Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? { min, max } : { min: 0, max: 0 };
}

/**
 * Robust range over air cells: the `tail` quantiles at either end (default 0.5 %), from a 1024-bin
 * histogram (O(n), one small allocation), so a few outlying cells do not wash out the colour scale.
 */
export function robustRange(values: ArrayLike<number>, solid: ArrayLike<number>, tail = 0.005): { min: number; max: number } {
  const full = fieldRange(values, solid);
  const span = full.max - full.min;
  if (!(span > 0)) return full;
  const bins = new Uint32Array(1024);
  let n = 0;
  for (let c = 0; c < values.length; c++) {
    const v = values[c];
    if (solid[c] || !Number.isFinite(v)) continue;
    bins[Math.min(1023, Math.floor(((v - full.min) / span) * 1024))]++;
    n++;
  }
  const cut = Math.floor(n * tail);
  let lo = 0, hi = 1023;
  for (let acc = 0; lo < 1023 && acc + bins[lo] <= cut; lo++) acc += bins[lo];
  for (let acc = 0; hi > lo && acc + bins[hi] <= cut; hi--) acc += bins[hi];
  return { min: full.min + (lo / 1024) * span, max: full.min + ((hi + 1) / 1024) * span };
}

/** RGBA bytes (sRGB) of slice values through a colormap: NaN texels get alpha 0. rgb is a scratch of
 *  3 × values.length floats. */
export function writeSliceRGBA(values: Float32Array, map: SequentialColormap, min: number, max: number, rgb: Float32Array, out: Uint8Array): Uint8Array {
  writeColormapRGB(map, values, min, max, rgb);
  for (let n = 0; n < values.length; n++) {
    const ok = Number.isFinite(values[n]);
    out[4 * n] = Math.round(rgb[3 * n] * 255);
    out[4 * n + 1] = Math.round(rgb[3 * n + 1] * 255);
    out[4 * n + 2] = Math.round(rgb[3 * n + 2] * 255);
    out[4 * n + 3] = ok ? 255 : 0;
  }
  return out;
}
