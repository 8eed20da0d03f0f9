// Pressure projection: solves A·φ = −D (D = net volume outflow of each cell, m³/s; A the face-conductance
// Laplacian of multigrid.ts) by conjugate gradients preconditioned with one multigrid V-cycle, then
// corrects OPEN faces u −= ∂φ/∂x so that every fluid cell conserves mass. φ = p·dt/ρ (m²/s).
// The room is closed (all Neumann): b is made to sum to zero and φ is kept at zero mean.
import { OPEN, type Grid } from './grid';
import { applyOperator, buildHierarchy, fineLevel, residual, vCycle, type Level } from './multigrid';
import type { LeakFaces } from './problem';
import type { Team } from './team';
import { PARTIALS } from './layout';

export interface PressureSolver {
  levels: Level[];
  /** β of each leak face: u = −β·Δφ/h, β = κ·ρ·h/dt (so that u = −κ·Δp). */
  leakBeta: Float64Array;
  /** CG residual and preconditioned residual: the finest level's b and x (the V-cycle reads r as its
   *  right-hand side and leaves z in x, so no copies and no separate arrays). */
  r: Float64Array; z: Float64Array; p: Float64Array; q: Float64Array;
  /** Number of fluid (active) cells. */
  active: number;
}

/** `into`: zero-filled levels of levelDims' sizes and the CG vectors p, q (views of a shared buffer). */
export function createPressureSolver(g: Grid, uState: Uint8Array, vState: Uint8Array, wState: Uint8Array, leaks: LeakFaces,
  density: number, dt: number, into?: { levels: readonly Level[]; p: Float64Array; q: Float64Array }): PressureSolver {
  const leakBeta = new Float64Array(leaks.face.length);
  const hs = [g.dx, g.dy, g.dz];
  for (let q = 0; q < leakBeta.length; q++) leakBeta[q] = (leaks.kappa[q] * density * hs[leaks.axis[q]]) / dt;
  const levels = buildHierarchy(fineLevel(g, uState, vState, wState, leaks.axis, leaks.face, leakBeta, into?.levels[0]), 512, into?.levels.slice(1));
  let active = 0;
  for (let c = 0; c < g.nCells; c++) if (levels[0].diag[c] !== 0) active++;
  const n = g.nCells;
  return { levels, r: levels[0].b, z: levels[0].x, p: into?.p ?? new Float64Array(n), q: into?.q ?? new Float64Array(n), active, leakBeta };
}

/** Net volume outflow D of each fluid cell (m³/s) into `out` (0 in solid cells); returns Σ|D|. */
export function divergence(g: Grid, solid: Uint8Array, u: Float64Array, v: Float64Array, w: Float64Array, out: Float64Array, k0: number, k1: number): number {
  const { nx, ny } = g;
  const au = g.dy * g.dz, av = g.dx * g.dz, aw = g.dx * g.dy;
  const layer = nx * ny;
  let sum = 0;
  for (let k = k0; k < k1; k++) for (let j = 0; j < ny; j++) {
    const row = j + ny * k;
    for (let i = 0; i < nx; i++) {
      const c = i + nx * row;
      if (solid[c]) { out[c] = 0; continue; }
      const fu = c + row;
      const fv = c + nx * k;
      const d = (u[fu + 1] - u[fu]) * au + (v[fv + nx] - v[fv]) * av + (w[c + layer] - w[c]) * aw;
      out[c] = d;
      sum += Math.abs(d);
    }
  }
  return sum;
}

function removeMean(x: Float64Array, diag: Float64Array, active: number): void {
  let s = 0;
  for (let c = 0; c < x.length; c++) if (diag[c] !== 0) s += x[c];
  const m = s / Math.max(1, active);
  for (let c = 0; c < x.length; c++) x[c] = diag[c] !== 0 ? x[c] - m : 0;
}

/** z = M⁻¹·r by one V-cycle (r is the finest level's b, z its x). */
function precondition(ps: PressureSolver): void {
  const L = ps.levels[0];
  vCycle(ps.levels, 0, 2);
  removeMean(L.x, L.diag, ps.active);
}

function applyA(L: Level, x: Float64Array, out: Float64Array): void {
  applyOperator(L, x, out, 0, L.nz);
}

export interface PressureStats { iterations: number; residual: number }

/**
 * Solves A·φ = −D for the divergence in `div` (m³/s), starting from φ (warm start). Converges when
 * Σ|r| ≤ tol·flowScale. Returns iterations and the final Σ|r| (m³/s); NaN residual means non-finite.
 * `div` is overwritten (it holds the right-hand side −D with its mean removed).
 */
export function solvePressure(ps: PressureSolver, div: Float64Array, phi: Float64Array, tol: number, flowScale: number, maxIter: number): PressureStats {
  const L = ps.levels[0];
  const { r, z, p, q } = ps;
  const b = div;
  for (let c = 0; c < b.length; c++) b[c] = L.diag[c] !== 0 ? -div[c] : 0;
  removeMean(b, L.diag, ps.active);
  residual(L, phi, b, r, 0, L.nz);
  let rn = 0;
  for (let c = 0; c < r.length; c++) rn += Math.abs(r[c]);
  const target = tol * flowScale;
  if (!(rn > target)) return { iterations: 0, residual: rn };
  precondition(ps);
  p.set(z);
  let rz = 0;
  for (let c = 0; c < r.length; c++) rz += r[c] * z[c];
  let it = 0;
  while (it < maxIter) {
    it++;
    applyA(L, p, q);
    let pq = 0;
    for (let c = 0; c < p.length; c++) pq += p[c] * q[c];
    if (!(Math.abs(pq) > 0)) break;
    const alpha = rz / pq;
    rn = 0;
    for (let c = 0; c < p.length; c++) {
      phi[c] += alpha * p[c];
      r[c] -= alpha * q[c];
      rn += Math.abs(r[c]);
    }
    if (!Number.isFinite(rn)) return { iterations: it, residual: NaN };
    if (rn <= target) break;
    precondition(ps);
    let rzNew = 0;
    for (let c = 0; c < r.length; c++) rzNew += r[c] * z[c];
    const beta = rzNew / rz;
    rz = rzNew;
    for (let c = 0; c < p.length; c++) p[c] = z[c] + beta * p[c];
  }
  return { iterations: it, residual: rn };
}

/** u −= ∂φ/∂x on OPEN faces (and likewise v, w), layers k0..k1−1. */
export function correctVelocity(g: Grid, phi: Float64Array, u: Float64Array, v: Float64Array, w: Float64Array,
  uState: Uint8Array, vState: Uint8Array, wState: Uint8Array, k0: number, k1: number): void {
  const { nx, ny } = g;
  const layer = nx * ny;
  const ix = 1 / g.dx, iy = 1 / g.dy, iz = 1 / g.dz;
  for (let k = k0; k < k1; k++) for (let j = 0; j < ny; j++) {
    const row = j + ny * k;
    for (let i = 0; i < nx; i++) {
      const c = i + nx * row;
      const fu = c + row;
      if (i > 0 && uState[fu] === OPEN) u[fu] -= (phi[c] - phi[c - 1]) * ix;
      const fv = c + nx * k;
      if (j > 0 && vState[fv] === OPEN) v[fv] -= (phi[c] - phi[c - nx]) * iy;
      if (k > 0 && wState[c] === OPEN) w[c] -= (phi[c] - phi[c - layer]) * iz;
    }
  }
}

/** out −= s·∇φ on the interior OPEN faces of component comp in face layers k0..k1−1 (as correctVelocity). */
export function subtractGradient(g: Grid, comp: 0 | 1 | 2, phi: Float64Array, out: Float64Array, state: Uint8Array, s: number, k0: number, k1: number): void {
  const { nx, ny, nz } = g;
  const layer = nx * ny;
  if (comp === 0) {
    const ix = s / g.dx;
    for (let k = k0; k < Math.min(k1, nz); k++) for (let j = 0; j < ny; j++) {
      const row = j + ny * k;
      for (let i = 1; i < nx; i++) { const c = i + nx * row, f = c + row; if (state[f] === OPEN) out[f] -= (phi[c] - phi[c - 1]) * ix; }
    }
  } else if (comp === 1) {
    const iy = s / g.dy;
    for (let k = k0; k < Math.min(k1, nz); k++) for (let j = 1; j < ny; j++) {
      for (let i = 0; i < nx; i++) { const c = i + nx * (j + ny * k), f = c + nx * k; if (state[f] === OPEN) out[f] -= (phi[c] - phi[c - nx]) * iy; }
    }
  } else {
    const iz = s / g.dz;
    for (let k = Math.max(1, k0); k < Math.min(k1, nz); k++) {
      for (let c = k * layer, e = c + layer; c < e; c++) if (state[c] === OPEN) out[c] -= (phi[c] - phi[c - layer]) * iz;
    }
  }
}

/**
 * Leak faces carry no momentum: zero them before the divergence (phi null) and set u = −β·Δφ/h after.
 * With `saved`, the final projection's increment: phi null copies the leak velocities into `saved` (they
 * stay in the divergence), phi = δφ sets u = saved − β·Δδφ/h.
 */
export function leakVelocities(g: Grid, ps: PressureSolver, leaks: LeakFaces, phi: Float64Array | null,
  u: Float64Array, v: Float64Array, w: Float64Array, saved?: Float64Array): void {
  const { nx, ny } = g;
  const hs = [g.dx, g.dy, g.dz];
  for (let q = 0; q < leaks.face.length; q++) {
    const a = leaks.axis[q], f = leaks.face[q];
    const arr = a === 0 ? u : a === 1 ? v : w;
    if (!phi) { if (saved) saved[q] = arr[f]; else arr[f] = 0; continue; }
    let c: number, cm: number;
    if (a === 0) { const i = f % (nx + 1), row = (f - i) / (nx + 1); c = i + nx * row; cm = c - 1; }
    else if (a === 1) { const i = f % nx, r = (f - i) / nx, j = r % (ny + 1), k = (r - j) / (ny + 1); c = i + nx * (j + ny * k); cm = c - nx; }
    else { c = f; cm = f - nx * ny; }
    arr[f] = (saved ? saved[q] : 0) + (-ps.leakBeta[q] * (phi[c] - phi[cm])) / hs[a];
  }
}

/** Phase ids and partials the phased solve needs (phases.ts; passed in to keep this module below it). */
export interface PressurePhases {
  negate: number; divNegate: number; residual: number; applyA: number; update: number; smooth: number; restrict: number; prolong: number;
  zMean: number; direction: number;
  partials: Float64Array;
}

/** Levels run as team phases: the finest, and coarser ones while a smoother colour still has this many
 *  cells (below, one thread runs the rest of the V-cycle alone: a barrier would cost more than it saves). */
export const PHASED_LEVEL_CELLS = 16_384;

/**
 * solvePressure as team phases (the same arithmetic; sums per z-layer, added in layer order): solves
 * A·φ = −D for D in the team's div array, φ the array `phiSel` selects. `divergence`: D is computed here
 * from u, v, w (in the same phase as its negation), else phase `divergence` has run.
 * Returns synced (every slot done).
 */
export function solvePressurePhased(team: Team, ph: PressurePhases, ps: PressureSolver, phiSel: number, tol: number, flowScale: number,
  maxIter: number, divergence = false): PressureStats {
  const L = ps.levels[0];
  const nz = L.nz;
  const sum = () => { let s = 0; for (let k = 0; k < nz; k++) s += ph.partials[k * PARTIALS]; return s; };
  const active = Math.max(1, ps.active);
  team.run(divergence ? ph.divNegate : ph.negate);
  team.sync();
  // the finest level phased: the residual phase runs the V-cycle's first smoother colour too
  const smooth0 = ps.levels.length > 1;
  team.run(ph.residual, sum() / active, phiSel, smooth0 ? 1 : 0);
  team.sync();
  let rn = sum();
  const target = tol * flowScale;
  if (!(rn > target)) return { iterations: 0, residual: rn };
  let first = smooth0;
  const vc = (l: number): void => {
    const lv = ps.levels[l];
    if (l === ps.levels.length - 1 || (l > 0 && lv.n < PHASED_LEVEL_CELLS)) {
      team.sync();
      vCycle(ps.levels, l, 2);
      if (l === 0) {
        // the finest level alone: Σx per layer here (the phased smoother does it otherwise)
        const layer = lv.nx * lv.ny;
        for (let k = 0; k < nz; k++) {
          let s = 0;
          for (let c = k * layer, e = c + layer; c < e; c++) if (lv.diag[c] !== 0) s += lv.x[c];
          ph.partials[k * PARTIALS] = s;
        }
      }
      return;
    }
    for (let s = 0; s < 2; s++) {
      if (first) first = false; else team.run(ph.smooth, l, 0, 0);
      team.run(ph.smooth, l, 1, 0);
    }
    team.run(ph.restrict, l);
    vc(l + 1);
    team.run(ph.prolong, l);
    for (let s = 0; s < 2; s++) { team.run(ph.smooth, l, 1, 0); team.run(ph.smooth, l, 0, l === 0 && s === 1 ? 1 : 0); }
  };
  // z = M⁻¹·r (z zeroed by the residual/update phase), its mean removed; returns r·z
  const precondition = (): number => {
    vc(0);
    team.sync();
    team.run(ph.zMean, sum() / active);
    team.sync();
    return sum();
  };
  let rz = precondition();
  team.run(ph.direction, 0, 1);
  let it = 0;
  while (it < maxIter) {
    it++;
    team.run(ph.applyA);
    team.sync();
    const pq = sum();
    if (!(Math.abs(pq) > 0)) break;
    const alpha = rz / pq;
    team.run(ph.update, alpha, phiSel);
    team.sync();
    rn = sum();
    if (!Number.isFinite(rn)) return { iterations: it, residual: NaN };
    if (rn <= target) break;
    const rzNew = precondition();
    const beta = rzNew / rz;
    rz = rzNew;
    team.run(ph.direction, beta, 0);
  }
  team.sync();
  return { iterations: it, residual: rn };
}
