// HallDocument → solid cells and face states on a uniform MAC grid over the room (z from the finished
// floor to the ceiling; the raised-floor and ceiling plenums are lumped, see couplings.ts / hall-patches.ts).
// Solid: columns, interior walls, racks, cooling units, CDUs. Containment: panels turn the faces on the
// aisle rectangle's boundary between two fluid cells (up to the panel height, plus the roof) into LEAK
// faces whose conductance lets the document's leakage share through at 2 Pa (equipment.ts); a hot aisle
// with a roof under a ceiling plenum is a chimney (panels to the ceiling, no roof; its top is the return).
// Fluid pockets cut off from the main room become solid (a warning says how many cells).
import { boxGrid, estimateBytes, LEAK, OPEN, type Grid } from './grid';
import { refreshFaceStates, type LeakFaces } from './problem';
import { leakConductance, rackAirflow } from './equipment';
import { mebibytes, round, type AirInputError } from './errors';
import { footprintColumns, insidePlan, layersBelow, wallColumns } from './footprint-cells';
import type { HallDocument } from '../model/schema';

export interface Voxels {
  grid: Grid;
  solid: Uint8Array;
  /** Owner of each solid cell: rack r → r, unit u → nRacks + u, other → −2; fluid −1. */
  owner: Int32Array;
  uState: Uint8Array; vState: Uint8Array; wState: Uint8Array;
  leaks: LeakFaces;
  /** Hot-aisle chimneys into the ceiling plenum: plan cell ranges [i0, i1, j0, j1) (half-open). */
  chimneys: [number, number, number, number][];
  warnings: string[];
}

export function voxelise(doc: HallDocument, cellSize: number, maxBytes: number): Voxels | AirInputError {
  const env = doc.envelope;
  const L = env.length, W = env.width, H = env.ceilingHeight;
  const nCells = Math.max(1, Math.round(L / cellSize)) * Math.max(1, Math.round(W / cellSize)) * Math.max(1, Math.round(H / cellSize));
  const bytes = estimateBytes(nCells);
  if (bytes > maxBytes) {
    // rounded sizes, or exact bytes where rounding would print the two the same
    const same = mebibytes(bytes) === mebibytes(maxBytes);
    const need = same ? `${bytes} bytes` : mebibytes(bytes), allowed = same ? `${maxBytes} bytes` : mebibytes(maxBytes);
    return { kind: 'gridTooLarge', cells: nCells, bytes, message: `${nCells} cells at ${round(cellSize)} m need ≈ ${need}, more than the ${allowed} allowed: use a larger cell size` };
  }
  const g = boxGrid(L, W, H, cellSize);
  const solid = new Uint8Array(g.nCells);
  const owner = new Int32Array(g.nCells).fill(-1);
  const warnings: string[] = [];
  const fill = (cols: number[], height: number, who: number) => {
    const nk = layersBelow(g, height);
    for (let k = 0; k < nk; k++) for (const col of cols) { const c = col + g.layer * k; solid[c] = 1; owner[c] = who; }
  };
  for (const r of doc.racks) if (!insidePlan(r, L, W)) return { kind: 'outsideHall', objectId: r.id, message: `rack ${r.id} is outside the hall (${round(L)} × ${round(W)} m)` };
  for (const u of doc.coolingUnits) if (!insidePlan(u, L, W)) return { kind: 'outsideHall', objectId: u.id, message: `cooling unit ${u.id} is outside the hall` };
  for (const c of env.columns) fill(footprintColumns(g, { ...c, rotationDeg: 0 }), H, -2);
  const onBoundary = (a: number, b: number, lim: number) => Math.abs(a) < 1e-3 && Math.abs(b) < 1e-3 || Math.abs(a - lim) < 1e-3 && Math.abs(b - lim) < 1e-3;
  for (const w of env.walls) {
    if (onBoundary(w.x0, w.x1, L) || onBoundary(w.y0, w.y1, W)) continue; // the envelope is the domain boundary
    fill(wallColumns(g, w.x0, w.y0, w.x1, w.y1, w.thickness), w.height, -2);
  }
  for (const c of doc.cdus) fill(footprintColumns(g, c), c.height, -2);
  doc.coolingUnits.forEach((u, n) => fill(footprintColumns(g, u), u.height, doc.racks.length + n));
  doc.racks.forEach((r, n) => fill(footprintColumns(g, r), r.height, n));
  const uState = new Uint8Array(g.nU), vState = new Uint8Array(g.nV), wState = new Uint8Array(g.nW);
  const chimneys: [number, number, number, number][] = [];
  const leakAxis: number[] = [], leakFace: number[] = [], leakKappa: number[] = [];
  const build = () => {
    refreshFaceStates(g, solid, uState, vState, wState);
    chimneys.length = 0; leakAxis.length = 0; leakFace.length = 0; leakKappa.length = 0;
    for (const ct of doc.containment) {
      const first = leakFace.length;
      const mark = (state: Uint8Array, axis: number, f: number) => {
        if (state[f] !== OPEN) return;
        state[f] = LEAK; leakAxis.push(axis); leakFace.push(f);
      };
      const i0 = clampIdx(Math.round(Math.min(ct.x0, ct.x1) / g.dx), g.nx), i1 = clampIdx(Math.round(Math.max(ct.x0, ct.x1) / g.dx), g.nx);
      const j0 = clampIdx(Math.round(Math.min(ct.y0, ct.y1) / g.dy), g.ny), j1 = clampIdx(Math.round(Math.max(ct.y0, ct.y1) / g.dy), g.ny);
      if (i1 <= i0 || j1 <= j0) continue;
      const chimney = ct.kind === 'hotAisle' && ct.roof && env.ceilingPlenum !== null;
      const kTop = chimney ? g.nz : layersBelow(g, ct.height);
      for (let k = 0; k < kTop; k++) {
        for (let j = j0; j < j1; j++) for (const i of [i0, i1]) {
          mark(uState, 0, i + (g.nx + 1) * (j + g.ny * k));
        }
        for (let i = i0; i < i1; i++) for (const j of [j0, j1]) {
          mark(vState, 1, i + g.nx * (j + (g.ny + 1) * k));
        }
      }
      if (chimney) chimneys.push([i0, i1, j0, j1]);
      else if (ct.roof && kTop < g.nz) {
        for (let j = j0; j < j1; j++) for (let i = i0; i < i1; i++) {
          mark(wState, 2, i + g.nx * (j + g.ny * kTop));
        }
      }
      // leakage conductance from the airflow of the racks along the aisle
      const bx0 = Math.min(ct.x0, ct.x1) - 0.3, bx1 = Math.max(ct.x0, ct.x1) + 0.3;
      const by0 = Math.min(ct.y0, ct.y1) - 0.3, by1 = Math.max(ct.y0, ct.y1) + 0.3;
      let aisleFlow = 0;
      for (const r of doc.racks) if (r.x > bx0 - r.depth && r.x < bx1 + r.depth && r.y > by0 - r.depth && r.y < by1 + r.depth) aisleFlow += rackAirflow(r);
      let area = 0;
      const areas = [g.dy * g.dz, g.dx * g.dz, g.dx * g.dy];
      for (let q = first; q < leakFace.length; q++) area += areas[leakAxis[q]];
      const kappa = leakConductance(ct.leakage, aisleFlow, area);
      for (let q = first; q < leakFace.length; q++) leakKappa.push(kappa);
    }
  };
  build();
  const cut = removePockets(g, solid, uState, vState, wState);
  if (cut > 0) {
    warnings.push(`${cut} cells of air enclosed by equipment, walls or panels are treated as solid`);
    build();
  }
  const leaks: LeakFaces = { axis: Uint8Array.from(leakAxis), face: Int32Array.from(leakFace), kappa: Float64Array.from(leakKappa) };
  return { grid: g, solid, owner, uState, vState, wState, leaks, chimneys, warnings };
}

function clampIdx(i: number, n: number): number {
  return Math.max(0, Math.min(n, i));
}

/** Keeps the largest fluid region connected through OPEN or LEAK faces; the rest becomes solid. Returns cells cut. */
function removePockets(g: Grid, solid: Uint8Array, uState: Uint8Array, vState: Uint8Array, wState: Uint8Array): number {
  const { nx, ny, nz, layer } = g;
  const comp = new Int32Array(g.nCells).fill(-1);
  const stack = new Int32Array(g.nCells);
  const sizes: number[] = [];
  for (let s = 0; s < g.nCells; s++) {
    if (solid[s] || comp[s] >= 0) continue;
    const id = sizes.length;
    let top = 0, size = 0;
    stack[top++] = s; comp[s] = id;
    while (top > 0) {
      const c = stack[--top];
      size++;
      const i = c % nx, j = Math.floor(c / nx) % ny, k = Math.floor(c / layer);
      const fu = c + j + ny * k, fv = c + nx * k;
      const push = (n: number) => { if (comp[n] < 0 && !solid[n]) { comp[n] = id; stack[top++] = n; } };
      const open = (s: number) => s === OPEN || s === LEAK;
      if (i > 0 && open(uState[fu])) push(c - 1);
      if (i < nx - 1 && open(uState[fu + 1])) push(c + 1);
      if (j > 0 && open(vState[fv])) push(c - nx);
      if (j < ny - 1 && open(vState[fv + nx])) push(c + nx);
      if (k > 0 && open(wState[c])) push(c - layer);
      if (k < nz - 1 && open(wState[c + layer])) push(c + layer);
    }
    sizes.push(size);
  }
  let best = 0;
  for (let q = 1; q < sizes.length; q++) if (sizes[q] > sizes[best]) best = q;
  let cut = 0;
  for (let c = 0; c < g.nCells; c++) if (!solid[c] && comp[c] !== best) { solid[c] = 1; cut++; }
  return cut;
}
