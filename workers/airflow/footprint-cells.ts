// Rasterises plan objects onto the grid: rotated rectangles (racks, units, CDUs, columns, tiles) and wall
// segments, as the cells whose centres lie inside. Rotation CCW in degrees; width along (cos θ, sin θ),
// depth along (−sin θ, cos θ); front normal (sin θ, −cos θ) (workers/model/schema.ts). Lengths m.
import type { Grid } from './grid';

export interface PlanBox { x: number; y: number; rotationDeg: number; width: number; depth: number }

/** Cell indices (i, j) in plan whose centres fall inside the rotated rectangle; at least the cell under its
 *  centre when that lies in the hall; none for a rectangle whose centre is outside and covers no cell centre
 *  (an object outside the hall must not turn up as a cell at the nearest edge). */
export function footprintColumns(g: Grid, b: PlanBox): number[] {
  const t = (b.rotationDeg * Math.PI) / 180;
  const c = Math.cos(t), s = Math.sin(t);
  const hw = b.width / 2, hd = b.depth / 2;
  const ex = Math.abs(c) * hw + Math.abs(s) * hd, ey = Math.abs(s) * hw + Math.abs(c) * hd;
  const i0 = Math.max(0, Math.floor((b.x - ex) / g.dx)), i1 = Math.min(g.nx - 1, Math.floor((b.x + ex) / g.dx));
  const j0 = Math.max(0, Math.floor((b.y - ey) / g.dy)), j1 = Math.min(g.ny - 1, Math.floor((b.y + ey) / g.dy));
  const eps = 1e-9;
  const out: number[] = [];
  for (let j = j0; j <= j1; j++) for (let i = i0; i <= i1; i++) {
    const px = (i + 0.5) * g.dx - b.x, py = (j + 0.5) * g.dy - b.y;
    const a = px * c + py * s, d = -px * s + py * c;
    if (Math.abs(a) <= hw + eps && Math.abs(d) <= hd + eps) out.push(i + g.nx * j);
  }
  if (out.length === 0 && b.x >= 0 && b.x <= g.nx * g.dx && b.y >= 0 && b.y <= g.ny * g.dy) {
    const i = Math.min(g.nx - 1, Math.max(0, Math.floor(b.x / g.dx)));
    const j = Math.min(g.ny - 1, Math.max(0, Math.floor(b.y / g.dy)));
    out.push(i + g.nx * j);
  }
  return out;
}

/** Number of cell layers from the floor whose centres are below `height` (at least 1). */
export function layersBelow(g: Grid, height: number): number {
  return Math.max(1, Math.min(g.nz, Math.round(height / g.dz)));
}

/** Plan cells within half the thickness of a wall segment (at least half a cell, so it is watertight). */
export function wallColumns(g: Grid, x0: number, y0: number, x1: number, y1: number, thickness: number): number[] {
  const half = Math.max(thickness / 2, 0.5 * Math.max(g.dx, g.dy));
  const out: number[] = [];
  const lx = x1 - x0, ly = y1 - y0;
  const len2 = lx * lx + ly * ly;
  for (let j = 0; j < g.ny; j++) for (let i = 0; i < g.nx; i++) {
    const px = (i + 0.5) * g.dx, py = (j + 0.5) * g.dy;
    const s = len2 > 0 ? Math.max(0, Math.min(1, ((px - x0) * lx + (py - y0) * ly) / len2)) : 0;
    if (Math.hypot(px - x0 - s * lx, py - y0 - s * ly) <= half) out.push(i + g.nx * j);
  }
  return out;
}

/** True when the rotated rectangle lies inside [0, L] × [0, W] (tolerance 1 mm). */
export function insidePlan(b: PlanBox, L: number, W: number): boolean {
  const t = (b.rotationDeg * Math.PI) / 180;
  const ex = (Math.abs(Math.cos(t)) * b.width + Math.abs(Math.sin(t)) * b.depth) / 2;
  const ey = (Math.abs(Math.sin(t)) * b.width + Math.abs(Math.cos(t)) * b.depth) / 2;
  const tol = 1e-3;
  return b.x - ex >= -tol && b.x + ex <= L + tol && b.y - ey >= -tol && b.y + ey <= W + tol;
}
