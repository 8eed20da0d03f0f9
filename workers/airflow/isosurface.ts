// Isosurface of a cell-centred scalar field (the room air's "hot air" surface: T = threshold) by marching
// tetrahedra (Doi & Koide 1991, IEICE Trans. E74(1):214–224): every cube of 8 neighbouring cell centres is
// split into 6 tetrahedra around its main diagonal, each tetrahedron contributes 0, 1 or 2 triangles with
// vertices interpolated linearly on its edges. No case tables, no ambiguous faces; with the same split in
// every cube the surface is closed wherever it does not leave the grid. Solid cells (equipment, walls)
// count as below the threshold, so the surface wraps hot air, not the racks that make it.
// Output: triangle soup in model coordinates (x east, y north, z up, metres), each triangle wound so that
// its normal (right-hand rule) points from hot into cold air. Pure; no DOM, no three.js.
import type { GridDescription } from './results';

export interface Isosurface {
  /** x, y, z of each vertex, 3 per triangle, model metres. */
  positions: Float32Array;
  triangles: number;
  /** True when the triangle budget stopped the extraction (positions hold the first maxTriangles). */
  truncated: boolean;
}

// cube corners: bit 0 → +x, bit 1 → +y, bit 2 → +z; six tetrahedra sharing the diagonal 0–7
const TETS: readonly (readonly [number, number, number, number])[] = [
  [0, 1, 3, 7], [0, 3, 2, 7], [0, 2, 6, 7], [0, 6, 4, 7], [0, 4, 5, 7], [0, 5, 1, 7],
];

/**
 * The surface field = level over `grid`'s cell centres (field laid out x fastest, then y, then z).
 * Cells where solid[c] = 1 count as −∞ (cold). maxTriangles bounds the output (memory on huge grids).
 */
export function isosurface(grid: GridDescription, field: ArrayLike<number>, solid: ArrayLike<number> | null, level: number,
  maxTriangles = 2_000_000): Isosurface {
  const { nx, ny, nz, dx, dy, dz } = grid;
  const [ox, oy, oz] = grid.origin;
  const out: number[] = [];
  let triangles = 0, truncated = false;
  const value = (c: number): number => (solid && solid[c] ? -Infinity : field[c]);
  // corner data of the current cube
  const cv = new Float64Array(8), cx = new Float64Array(8), cy = new Float64Array(8), cz = new Float64Array(8);
  const layer = nx * ny;
  const offs = [0, 1, nx, nx + 1, layer, layer + 1, layer + nx, layer + nx + 1];
  // vertex on the edge a–b (one end at or above the level, the other below)
  const lerp = (a: number, b: number): void => {
    const va = cv[a], vb = cv[b];
    // next to a solid corner (−∞) the vertex sits half way: on the solid's face
    let s = Number.isFinite(va) && Number.isFinite(vb) ? (level - va) / (vb - va) : 0.5;
    if (!(s >= 0)) s = 0; else if (s > 1) s = 1;
    out.push(cx[a] + s * (cx[b] - cx[a]), cy[a] + s * (cy[b] - cy[a]), cz[a] + s * (cz[b] - cz[a]));
  };
  // a triangle p, q, r whose normal must point towards `cold` (a corner below the level)
  const tri = (a1: number, b1: number, a2: number, b2: number, a3: number, b3: number, hot: number, cold: number): void => {
    if (triangles >= maxTriangles) { truncated = true; return; }
    const base = out.length;
    lerp(a1, b1); lerp(a2, b2); lerp(a3, b3);
    const ux = out[base + 3] - out[base], uy = out[base + 4] - out[base + 1], uz = out[base + 5] - out[base + 2];
    const vx = out[base + 6] - out[base], vy = out[base + 7] - out[base + 1], vz = out[base + 8] - out[base + 2];
    const nxv = uy * vz - uz * vy, nyv = uz * vx - ux * vz, nzv = ux * vy - uy * vx;
    const d = nxv * (cx[cold] - cx[hot]) + nyv * (cy[cold] - cy[hot]) + nzv * (cz[cold] - cz[hot]);
    if (d < 0) {
      // swap the 2nd and 3rd vertices
      for (let k = 0; k < 3; k++) { const t = out[base + 3 + k]; out[base + 3 + k] = out[base + 6 + k]; out[base + 6 + k] = t; }
    }
    triangles++;
  };
  for (let k = 0; k + 1 < nz && !truncated; k++) for (let j = 0; j + 1 < ny; j++) for (let i = 0; i + 1 < nx; i++) {
    const c0 = i + nx * (j + ny * k);
    let above = 0;
    for (let n = 0; n < 8; n++) {
      const v = value(c0 + offs[n]);
      cv[n] = v;
      if (v >= level) above |= 1 << n;
    }
    if (above === 0 || above === 255) continue;
    for (let n = 0; n < 8; n++) {
      cx[n] = ox + (i + 0.5 + (n & 1)) * dx;
      cy[n] = oy + (j + 0.5 + ((n >> 1) & 1)) * dy;
      cz[n] = oz + (k + 0.5 + ((n >> 2) & 1)) * dz;
    }
    for (const t of TETS) {
      const inside: number[] = [], outside: number[] = [];
      for (const n of t) ((above >> n) & 1 ? inside : outside).push(n);
      if (inside.length === 0 || inside.length === 4) continue;
      if (inside.length === 1) {
        const [a] = inside, [b, c, d] = outside;
        tri(a, b, a, c, a, d, a, b);
      } else if (inside.length === 3) {
        const [d] = outside, [a, b, c] = inside;
        tri(a, d, b, d, c, d, a, d);
      } else {
        // two in, two out: a quad of the four crossing edges, as two triangles
        const [a, b] = inside, [c, d] = outside;
        tri(a, c, a, d, b, d, a, c);
        tri(a, c, b, d, b, c, a, c);
      }
    }
  }
  return { positions: new Float32Array(out), triangles, truncated };
}
