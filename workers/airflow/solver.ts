// Steady room airflow and heat by pseudo-time marching of a fractional-step scheme on the MAC grid
// (fast fluid dynamics, Zuo & Chen 2009, REFERENCE.md §8): semi-Lagrangian MacCormack advection,
// Boussinesq buoyancy, implicit diffusion with ν + ν_t (Chen & Xu zero-equation model), projection by
// multigrid-preconditioned CG; energy by a conservative hybrid finite-volume scheme relaxed in pseudo-time,
// then solved steady on the converged flow. Convergence: continuity (Σ|D| / Q), momentum (rms Δu per unit
// time, scaled by L/U²), energy (rms ΔT per unit time, scaled by L/(U·ΔT)). Failure is a typed value.
import { allocFields, OPEN, type Fields, type Grid } from './grid';
import type { AirProblem } from './problem';
import { applyPatchVelocities } from './problem';
import { traceBackCombine, traceForward } from './advect';
import { addBuoyancy, diffuseColour } from './diffuse';
import { correctVelocity, createPressureSolver, divergence, leakVelocities, solvePressure, type PressureSolver } from './pressure';
import { allocEnergy, assembleEnergy, sweepEnergy, type EnergyCoeffs } from './energy';
import { allocCouplings, fillInflow, updateCouplings, updatePlenum, type CouplingState } from './couplings';
import { updateChenXu, wallDistance } from './turbulence';

export interface SolverOptions {
  maxSteps: number;
  /** Courant number of the pseudo-time step (semi-Lagrangian: > 1 is stable). */
  cfl: number;
  dtMax: number;
  tolMomentum: number;
  tolEnergy: number;
  /** Final projection of the returned (steady or mean) flow: Σ|D| ≤ tolContinuity · scales.flow. */
  tolContinuity: number;
  /** Pressure solves while marching: at most this, and 0.1 × the momentum residual of the last step.
   *  The next step's projection removes what this one left, so the error does not accumulate; the final
   *  projection tightens to tolContinuity. */
  tolContinuityMarch: number;
  /** Energy pseudo-time step as a multiple of dt (large: the energy tracks its steady state). */
  energyDtFactor: number;
  /** Symmetric Gauss–Seidel energy sweeps per step. */
  energySweeps: number;
  /** Steady energy solve on the final flow: max symmetric sweeps. */
  finalEnergySweeps: number;
  maccormack: boolean;
  diffusionSweeps: number;
  minSteps: number;
  /** Statistically steady when the window means of the rack intake and unit return temperatures move
   *  less than this (K) from one window to the next… */
  tolMonitor: number;
  /** …windows of this many steps, with the room energy balance within tolBalance. */
  monitorWindow: number;
  tolBalance: number;
  /** Steps averaged once the flow is statistically steady but still unsteady (jets, plumes). */
  averageSteps: number;
}

export const DEFAULT_SOLVER_OPTIONS: SolverOptions = {
  maxSteps: 400, cfl: 3, dtMax: 1, tolMomentum: 2e-3, tolEnergy: 2e-3, tolContinuity: 1e-5, tolContinuityMarch: 1e-3, energyDtFactor: 4, energySweeps: 1,
  finalEnergySweeps: 3000, maccormack: true, diffusionSweeps: 2, minSteps: 20,
  tolMonitor: 0.1, monitorWindow: 10, tolBalance: 0.02, averageSteps: 40,
};

export interface Residuals {
  continuity: number; momentum: number; energy: number;
  /** Largest change of a rack intake or unit return temperature in the step, K. */
  monitor: number;
  /** (rack heat to room − unit loads) / rack heat. */
  balance: number;
}

export interface SolveStats {
  steps: number;
  converged: boolean;
  /** Steps averaged: 0 when the flow became steady, else the window of a statistically steady flow. */
  averagedSteps: number;
  residuals: Residuals;
  pressureIterations: number;
  finalEnergySweeps: number;
  /** Largest shift (K) of a monitor's window mean between the last two windows. */
  monitorShift: number;
  /** Residual history, one entry per step. */
  history: Residuals[];
}

export interface SolverFailure {
  kind: 'diverged';
  equation: 'momentum' | 'continuity' | 'energy';
  step: number;
  /** Cell (i, j, k) where the first non-finite or largest value sits. */
  cell: [number, number, number];
  message: string;
}

export interface Solution { fields: Fields; couplings: CouplingState; stats: SolveStats }

interface Work {
  u1: Float64Array; v1: Float64Array; w1: Float64Array;
  u2: Float64Array; v2: Float64Array; w2: Float64Array;
  /** MacCormack limiter bounds of the component being advected (sized for the largest component). */
  lo: Float64Array; hi: Float64Array;
  /** Leak-face velocities set aside during the final projection. */
  leakSaved: Float64Array;
  div: Float64Array; tOld: Float64Array; vel: Float64Array; pTile: Float64Array;
  energy: EnergyCoeffs; ps: PressureSolver; dist: Float64Array;
}

function allocWork(p: AirProblem, dt: number): Work {
  const g = p.grid;
  return {
    u1: new Float64Array(g.nU), v1: new Float64Array(g.nV), w1: new Float64Array(g.nW),
    u2: new Float64Array(g.nU), v2: new Float64Array(g.nV), w2: new Float64Array(g.nW),
    leakSaved: new Float64Array(p.leaks.face.length), lo: new Float64Array(Math.max(g.nU, g.nV, g.nW)), hi: new Float64Array(Math.max(g.nU, g.nV, g.nW)),
    div: new Float64Array(g.nCells), tOld: new Float64Array(g.nCells), vel: new Float64Array(3),
    pTile: new Float64Array(p.plenum ? p.plenum.tiles.length : 0),
    energy: allocEnergy(g.nCells), ps: createPressureSolver(g, p.uState, p.vState, p.wState, p.leaks, p.physics.density, dt),
    dist: wallDistance(g, p.solid),
  };
}

function maxAbs(a: Float64Array): number {
  let m = 0;
  for (let q = 0; q < a.length; q++) { const x = Math.abs(a[q]); if (x > m) m = x; }
  return m;
}

/** Σ (a − b)² over OPEN faces, and the count. */
function diffSq(a: Float64Array, b: Float64Array, state: Uint8Array, acc: Float64Array): void {
  let s = 0, n = 0;
  for (let q = 0; q < a.length; q++) if (state[q] === OPEN) { const d = a[q] - b[q]; s += d * d; n++; }
  acc[0] += s; acc[1] += n;
}

function firstNonFinite(g: Grid, a: Float64Array, dims: [number, number]): [number, number, number] {
  let q = 0;
  for (; q < a.length; q++) if (!Number.isFinite(a[q])) break;
  if (q === a.length) q = 0;
  const [ni, nj] = dims;
  return [q % ni, Math.floor(q / ni) % nj, Math.floor(q / (ni * nj))];
}

function roomPressureAtTiles(p: AirProblem, phi: Float64Array, dt: number, out: Float64Array): void {
  const pl = p.plenum!;
  for (let i = 0; i < pl.tiles.length; i++) {
    const patch = p.patches[pl.tiles[i]];
    let s = 0;
    for (let q = 0; q < patch.cell.length; q++) s += phi[patch.cell[q]];
    out[i] = patch.cell.length ? (p.physics.density * s) / (patch.cell.length * dt) : 0;
  }
}

/** Couples, then one symmetric Gauss–Seidel sweep of the energy equation; returns Σ|ΔT|·a_P. */
function energySweep(p: AirProblem, f: Fields, cs: CouplingState, e: EnergyCoeffs): number {
  const nz = p.grid.nz;
  updateCouplings(p, f.t, cs);
  fillInflow(p, e.bDyn);
  return sweepEnergy(p.grid, e, f.t, 1, 0, nz) + sweepEnergy(p.grid, e, f.t, -1, 0, nz);
}

function assemble(p: AirProblem, f: Fields, w: Work, invDtau: number): void {
  const ph = p.physics;
  const prT = ph.turbulence.kind === 'chenXu' ? ph.turbulence.prandtlT : 1;
  assembleEnergy(p.grid, w.energy, p.solid, f.u, f.v, f.w, p.uState, p.vState, p.wState, ph.nu / ph.prandtl, f.nut, prT,
    p.sides, invDtau, w.tOld, 0, p.grid.nz);
}

/** Solves the problem to a steady state. `warm` (same grid) starts from a previous solution. */
export function solveSteady(p: AirProblem, opts: SolverOptions, warm: Fields | null,
  onProgress?: (fraction: number, stage: string) => void): Solution | SolverFailure {
  const g = p.grid;
  const nz = g.nz;
  const f = allocFields(g, p.t0);
  if (warm) { f.u.set(warm.u); f.v.set(warm.v); f.w.set(warm.w); f.phi.set(warm.phi); f.t.set(warm.t); f.nut.set(warm.nut); }
  const cs = allocCouplings(p);
  const ph = p.physics;
  const { velocity: U, length: L, flow: Q } = p.scales;
  const hMin = Math.min(g.dx, g.dy, g.dz);
  // one pseudo-time step for the whole solve (the leak conductances and the multigrid depend on it)
  let vmax = U;
  for (const patch of p.patches) if (patch.area > 0) vmax = Math.max(vmax, Math.abs(patch.flow) / patch.area);
  const dt = Math.min(opts.dtMax, (opts.cfl * hMin) / vmax);
  const w = allocWork(p, dt);
  if (ph.turbulence.kind === 'constant') f.nut.fill(ph.turbulence.nut);
  for (let c = 0; c < g.nCells; c++) if (p.solid[c]) { f.t[c] = p.t0; f.nut[c] = 0; }
  applyPatchVelocities(p, f.u, f.v, f.w);
  // velocity inside closed faces is zero by definition (a warm start from a different layout may differ)
  for (let q = 0; q < g.nU; q++) if (p.uState[q] === 0) f.u[q] = 0;
  for (let q = 0; q < g.nV; q++) if (p.vState[q] === 0) f.v[q] = 0;
  for (let q = 0; q < g.nW; q++) if (p.wState[q] === 0) f.w[q] = 0;
  const history: Residuals[] = [];
  const acc = new Float64Array(2);
  let res: Residuals = { continuity: Infinity, momentum: Infinity, energy: Infinity, monitor: Infinity, balance: Infinity };
  let pIters = 0, converged = false, step = 0, calm = false, averaging = 0, inWindow = 0, lastShift = Infinity, forced = false;
  let sums: { u: Float64Array; v: Float64Array; w: Float64Array; nut: Float64Array } | null = null;
  const nMon = p.racks.length + p.units.length;
  const monitor = new Float64Array(nMon), windowSum = new Float64Array(nMon), windowMean = new Float64Array(nMon).fill(NaN);
  // advected velocity (the diffusion's right-hand side) and a copy of the old velocity (for the residual):
  // MacCormack writes its result into the second work set, first-order tracing into the first
  const mc = opts.maccormack;
  const first = [w.u1, w.v1, w.w1], second = [w.u2, w.v2, w.w2];
  const adv = mc ? second : first, keep = mc ? first : second;
  const comps: [0 | 1 | 2, Uint8Array, Float64Array, number][] = [[0, p.uState, f.u, nz], [1, p.vState, f.v, nz], [2, p.wState, f.w, nz + 1]];
  for (step = 1; step <= opts.maxSteps; step++) {
    // 1. advection (old velocities drive all traces)
    for (const [comp, st, old, nk] of comps) {
      traceForward(g, comp, st, old, first[comp], mc ? w.lo : null, mc ? w.hi : null, f.u, f.v, f.w, dt, 0, nk, w.vel);
      if (mc) traceBackCombine(g, comp, st, old, first[comp], second[comp], w.lo, w.hi, f.u, f.v, f.w, dt, 0, nk, w.vel);
    }
    // 2. buoyancy
    addBuoyancy(g, adv[2], p.wState, f.t, ph.gBeta, ph.tRef, dt, 0, nz + 1);
    // 3. keep the old velocity, diffuse implicitly starting from it
    keep[0].set(f.u); keep[1].set(f.v); keep[2].set(f.w);
    for (let s = 0; s < 2 * opts.diffusionSweeps; s++) {
      const colour = s & 1;
      diffuseColour(g, 0, p.uState, f.u, adv[0], f.nut, ph.nu, dt, p.sides, colour, 0, nz);
      diffuseColour(g, 1, p.vState, f.v, adv[1], f.nut, ph.nu, dt, p.sides, colour, 0, nz);
      diffuseColour(g, 2, p.wState, f.w, adv[2], f.nut, ph.nu, dt, p.sides, colour, 0, nz + 1);
    }
    // 4. floor plenum: tile flows from the room pressure above each tile
    if (p.plenum && p.plenum.tiles.length > 0) {
      roomPressureAtTiles(p, f.phi, dt, w.pTile);
      updatePlenum(p, w.pTile, cs, 0.3);
      applyPatchVelocities(p, f.u, f.v, f.w);
    }
    // 5. projection (leak faces: pressure-driven only)
    leakVelocities(g, w.ps, p.leaks, null, f.u, f.v, f.w);
    divergence(g, p.solid, f.u, f.v, f.w, w.div, 0, nz);
    // loose far from a steady state, tightening with the momentum residual (the projection's error puts a
    // floor of ≈ ½·tol under that residual: measured on the Ghia cavity)
    const tolP = Math.min(opts.tolContinuityMarch, Math.max(opts.tolContinuity, 0.1 * res.momentum));
    const pr = solvePressure(w.ps, w.div, f.phi, tolP, Q, 200);
    pIters += pr.iterations;
    if (!Number.isFinite(pr.residual)) return fail('continuity', step, firstNonFinite(g, f.phi, [g.nx, g.ny]), 'pressure solve produced non-finite values');
    correctVelocity(g, f.phi, f.u, f.v, f.w, p.uState, p.vState, p.wState, 0, nz);
    leakVelocities(g, w.ps, p.leaks, f.phi, f.u, f.v, f.w);
    const cont = divergence(g, p.solid, f.u, f.v, f.w, w.div, 0, nz) / Q;
    // 6. energy, pseudo-transient
    w.tOld.set(f.t);
    assemble(p, f, w, 1 / (opts.energyDtFactor * dt));
    for (let s = 0; s < opts.energySweeps; s++) energySweep(p, f, cs, w.energy);
    // 7. turbulence
    if (ph.turbulence.kind === 'chenXu') updateChenXu(g, f.u, f.v, f.w, w.dist, p.solid, f.nut, 0.5, 0.5 * U * L, 0, nz);
    // residuals
    acc[0] = 0; acc[1] = 0;
    diffSq(f.u, keep[0], p.uState, acc); diffSq(f.v, keep[1], p.vState, acc); diffSq(f.w, keep[2], p.wState, acc);
    const mom = (Math.sqrt(acc[0] / Math.max(1, acc[1])) / dt) * (L / (U * U));
    let ts = 0, tmin = Infinity, tmax = -Infinity;
    for (let c = 0; c < g.nCells; c++) {
      if (p.solid[c]) continue;
      const d = f.t[c] - w.tOld[c]; ts += d * d;
      if (f.t[c] < tmin) tmin = f.t[c];
      if (f.t[c] > tmax) tmax = f.t[c];
    }
    const dT = Math.max(1, tmax - tmin);
    const en = (Math.sqrt(ts / g.nCells) / (opts.energyDtFactor * dt)) * (L / (U * dT));
    if (!Number.isFinite(mom) || maxAbs(f.w) > 1e3 * U) return fail('momentum', step, firstNonFinite(g, f.w, [g.nx, g.ny]), 'velocity became non-finite or unbounded');
    if (!Number.isFinite(en)) return fail('energy', step, firstNonFinite(g, f.t, [g.nx, g.ny]), 'temperature became non-finite');
    if (step % 10 === 0) onProgress?.(Math.min(0.9, step / opts.maxSteps), 'airflow');
    // monitors: rack intakes and unit returns (what the engineer reads), and the room's heat balance
    let dMon = 0, qIn = 0, qOut = 0;
    for (let r = 0; r < p.racks.length; r++) { dMon = Math.max(dMon, Math.abs(cs.rackIntakeT[r] - monitor[r])); monitor[r] = cs.rackIntakeT[r]; qIn += p.racks[r].heat - cs.rackDoorHeat[r]; }
    for (let n = 0; n < p.units.length; n++) { const m = p.racks.length + n; dMon = Math.max(dMon, Math.abs(cs.unitReturnT[n] - monitor[m])); monitor[m] = cs.unitReturnT[n]; qOut += cs.unitLoad[n]; }
    const balanced = qIn <= 0 || Math.abs(qIn - qOut) <= opts.tolBalance * qIn;
    res = { continuity: cont, momentum: mom, energy: en, monitor: dMon, balance: qIn > 0 ? (qIn - qOut) / qIn : 0 };
    history.push(res);
    for (let m = 0; m < nMon; m++) windowSum[m] += monitor[m];
    if (++inWindow === opts.monitorWindow) {
      let shift = 0;
      for (let m = 0; m < nMon; m++) {
        const mean = windowSum[m] / inWindow;
        shift = Math.max(shift, Number.isNaN(windowMean[m]) ? Infinity : Math.abs(mean - windowMean[m]));
        windowMean[m] = mean; windowSum[m] = 0;
      }
      inWindow = 0;
      calm = shift < opts.tolMonitor && balanced;
      lastShift = shift;
    }
    if (step >= opts.minSteps && mom < opts.tolMomentum && en < opts.tolEnergy) { converged = true; averaging = 0; break; }
    // statistically steady: average the velocity over a window, then solve the energy on the mean flow
    // not calm by the time only the averaging window is left: average anyway and say so
    const late = step > opts.maxSteps - opts.averageSteps;
    if (averaging === 0 && step >= opts.minSteps && (calm || late) && opts.averageSteps > 0) {
      forced = !calm;
      averaging = 1;
      sums = { u: new Float64Array(g.nU), v: new Float64Array(g.nV), w: new Float64Array(g.nW), nut: new Float64Array(g.nCells) };
    }
    if (averaging > 0 && sums) {
      accumulate(sums.u, f.u); accumulate(sums.v, f.v); accumulate(sums.w, f.w); accumulate(sums.nut, f.nut);
      if (averaging++ >= opts.averageSteps) { converged = !forced; break; }
    }
  }
  const averagedSteps = averaging > 0 ? averaging - 1 : 0;
  if (averagedSteps > 0 && sums) {
    const s = 1 / averagedSteps;
    scaleInto(f.u, sums.u, s); scaleInto(f.v, sums.v, s); scaleInto(f.w, sums.w, s); scaleInto(f.nut, sums.nut, s);
  }
  // 8. final projection to the tight tolerance (an increment δφ on top of the marching φ; a mean of
  // projected fields is only as divergence-free as the loosest of them)
  leakVelocities(g, w.ps, p.leaks, null, f.u, f.v, f.w, w.leakSaved);
  divergence(g, p.solid, f.u, f.v, f.w, w.div, 0, nz);
  w.tOld.fill(0);
  const fin = solvePressure(w.ps, w.div, w.tOld, Math.min(opts.tolContinuity, opts.tolContinuityMarch), Q, 400);
  pIters += fin.iterations;
  if (!Number.isFinite(fin.residual)) return fail('continuity', step, firstNonFinite(g, w.tOld, [g.nx, g.ny]), 'final pressure solve produced non-finite values');
  correctVelocity(g, w.tOld, f.u, f.v, f.w, p.uState, p.vState, p.wState, 0, nz);
  leakVelocities(g, w.ps, p.leaks, w.tOld, f.u, f.v, f.w, w.leakSaved);
  for (let c = 0; c < g.nCells; c++) f.phi[c] += w.tOld[c];
  res = { ...res, continuity: divergence(g, p.solid, f.u, f.v, f.w, w.div, 0, nz) / Q };
  // 9. steady energy on the final (or mean) flow
  onProgress?.(0.9, 'heat');
  assemble(p, f, w, 0);
  let sweeps = 0;
  let scale = 0;
  for (; sweeps < opts.finalEnergySweeps; sweeps++) {
    const ch = energySweep(p, f, cs, w.energy);
    if (!Number.isFinite(ch)) return fail('energy', step, firstNonFinite(g, f.t, [g.nx, g.ny]), 'steady energy solve produced non-finite values');
    if (sweeps === 0) scale = Math.max(ch, 1e-30);
    if (ch <= 1e-6 * scale || ch < 1e-9 * Q) break;
  }
  updateCouplings(p, f.t, cs);
  onProgress?.(1, 'done');
  return { fields: f, couplings: cs, stats: { steps: Math.min(step, opts.maxSteps), converged, averagedSteps, monitorShift: lastShift, residuals: res, pressureIterations: pIters, finalEnergySweeps: sweeps, history } };
}

function accumulate(sum: Float64Array, x: Float64Array): void {
  for (let q = 0; q < sum.length; q++) sum[q] += x[q];
}

function scaleInto(dst: Float64Array, sum: Float64Array, s: number): void {
  for (let q = 0; q < dst.length; q++) dst[q] = sum[q] * s;
}

function fail(equation: SolverFailure['equation'], step: number, cell: [number, number, number], message: string): SolverFailure {
  return { kind: 'diverged', equation, step, cell, message: `${message} at step ${step}, near cell (${cell.join(', ')})` };
}
