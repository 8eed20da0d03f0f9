// Steady room airflow and heat by pseudo-time marching of a fractional-step scheme on the MAC grid
// (fast fluid dynamics, Zuo & Chen 2009, REFERENCE.md §8): semi-Lagrangian MacCormack advection,
// Boussinesq buoyancy, implicit diffusion with ν + ν_t (Chen & Xu zero-equation model), half of the
// diffusion, buoyancy and pressure impulse applied at the departure point so that the steady state does
// not depend on the step (trajectorySources), projection by
// multigrid-preconditioned CG; energy by a conservative hybrid finite-volume scheme relaxed in pseudo-time,
// then solved steady on the converged flow. Convergence: continuity (Σ|D| / Q), momentum (rms Δu per unit
// time, scaled by L/U²), energy (rms ΔT per unit time, scaled by L/(U·ΔT)). Failure is a typed value.
// A flow that stays unsteady (jets, plumes) is averaged once statistically steady, and the solve stops
// when the time-mean rack intake and unit return temperatures are known to tolMean (batch means), not
// after a fixed number of steps.
// The step runs as phases of a team (team.ts, phases.ts): the coordinating thread alone, or with slab
// workers on one SharedArrayBuffer (AirOptions.parallel); both give the same bits. The plenum, couplings,
// monitors, averaging decisions and the final steady energy and capture solves stay on the coordinator.
import type { Fields, Grid } from './grid';
import type { AirProblem } from './problem';
import { applyPatchVelocities } from './problem';
import { createPressureSolver, leakVelocities, solvePressurePhased, type PressurePhases, type PressureSolver } from './pressure';
import { allocCouplings, fillInflow, updateCouplings, updatePlenum, type CouplingState } from './couplings';
import { wallDistance } from './turbulence';
import { solveCapture, type CaptureResult } from './capture';
import { planLayout, PARTIALS } from './layout';
import { buildPhases, PH, PHI_INCREMENT, PHI_MAIN, RES, SWEEP, sumLayers, type SlabConfig } from './phases';
import { BARRIER_SPIN, serialTeam, type Team } from './team';
import { batchTest, marchProgress } from './batch-means';
import { canShareMemory, joinTeam, postTeam, type JoinWait, type WorkerLike } from './slab-pool';
import type { Residuals, SolveStats, SolverCancelled, SolverFailure, SolverOptions, SolverProgress } from './solver-options';

export { DEFAULT_SOLVER_OPTIONS, type MarchState, type Residuals, type SolveStats, type SolverCancelled, type SolverFailure, type SolverOptions, type SolverProgress } from './solver-options';

export interface Solution { fields: Fields; couplings: CouplingState; stats: SolveStats }

/** Slab workers for one solve (started and ready: SlabPool.ready()). Grids below minCells run serially. */
export interface SolverParallel {
  workers: readonly WorkerLike[];
  minCells?: number;
  /** Spins before a thread sleeps at a barrier (default BARRIER_SPIN; 0 suits an oversubscribed machine). */
  spin?: number;
  /** How long the workers may take to join a solve before it runs serially, ms (default 5000). */
  joinTimeoutMs?: number;
}

/** Below this many cells a solve runs on one thread (barriers would cost more than the slabs save).
 *  Measured 2026-11-27 on the 2-core box, 1 thread → 2 threads, best of 3: 8,640 cells (bench hall, fast
 *  mode) 0.38 → 0.35 s; 9,720 (legacy sample, fast) 0.56 → 0.44 s; 15,120 (small reference hall,
 *  accurate) 1.80 → 1.36 s; 17,160 (default sample, fast) 1.39 → 0.96 s; 27,216 (hac, accurate)
 *  4.15 → 2.48 s. (It was 20,000, which kept the fast mode of the samples on one thread.) */
export const PARALLEL_MIN_CELLS = 8_000;

/** A steady energy solve during the march (SolverOptions.energySnapStep) stops when a sweep changes
 *  Σ|ΔT|·a_P by at most this share of its first sweep's change: it only has to carry the room's heat-up
 *  that the march would take dozens of steps for, on a flow that is still developing (the final solve
 *  goes to 1e-6). */
const SNAP_TOL = 1e-4;

/** The first non-finite entry of a, or (all finite: a value grew unbounded) its largest magnitude, as (i, j, k). */
function worstCell(g: Grid, a: Float64Array, dims: [number, number]): [number, number, number] {
  let q = 0;
  for (; q < a.length; q++) if (!Number.isFinite(a[q])) break;
  if (q === a.length) {
    q = 0;
    for (let n = 1; n < a.length; n++) if (Math.abs(a[n]) > Math.abs(a[q])) q = n;
  }
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

/** Solves the problem to a steady state. `warm` (same grid) starts from a previous solution; `parallel`
 *  runs the step's phases on slab workers too (same result). Blocks while the workers join (Node, tests);
 *  a browser worker uses steadySteps with an await in between (index.ts solveAirAsync). */
export function solveSteady(p: AirProblem, opts: SolverOptions, warm: Fields | null,
  onProgress?: SolverProgress, parallel?: SolverParallel, cancel: Int32Array | null = null): Solution | SolverFailure | SolverCancelled {
  return runSteps(steadySteps(p, opts, warm, onProgress, parallel, cancel));
}

/** Runs a step generator to its end without waiting between its steps. */
export function runSteps<T>(steps: Generator<JoinWait, T, void>): T {
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

/** solveSteady in two steps: it yields once after posting the solve to its slab workers (when it has any),
 *  so that an async caller can let them receive it before this thread blocks on them. */
export function* steadySteps(p: AirProblem, opts: SolverOptions, warm: Fields | null,
  onProgress?: SolverProgress, parallel?: SolverParallel, cancel: Int32Array | null = null): Generator<JoinWait, Solution | SolverFailure | SolverCancelled, void> {
  const g = p.grid;
  const ph = p.physics;
  const { velocity: U, length: L } = p.scales;
  const hMin = Math.min(g.dx, g.dy, g.dz);
  // one pseudo-time step for the whole solve (the leak conductances and the multigrid depend on it)
  let vmax = U;
  for (const patch of p.patches) if (patch.area > 0) vmax = Math.max(vmax, Math.abs(patch.flow) / patch.area);
  const dt = Math.min(opts.dtMax, (opts.cfl * hMin) / vmax);
  // the big arrays on one buffer, shared with the slab workers when there are any
  const workers = parallel && g.nCells >= (parallel.minCells ?? PARALLEL_MIN_CELLS) && canShareMemory() ? parallel.workers : [];
  const layout = planLayout(g);
  const shared = workers.length > 0;
  const buffers: [ArrayBufferLike, ArrayBufferLike] = [0, 1].map((b) => shared ? new SharedArrayBuffer(layout.bytes[b]) : new ArrayBuffer(layout.bytes[b])) as [ArrayBufferLike, ArrayBufferLike];
  const cfg: SlabConfig = {
    layout, grid: { nx: g.nx, ny: g.ny, nz: g.nz, dx: g.dx, dy: g.dy, dz: g.dz, x0: g.x0, y0: g.y0, z0: g.z0 }, sides: p.sides,
    nu: ph.nu, gBeta: ph.gBeta, tRef: ph.tRef, alpha: ph.nu / ph.prandtl, prT: ph.turbulence.kind === 'chenXu' ? ph.turbulence.prandtlT : 1,
    chenXu: ph.turbulence.kind === 'chenXu', nutCap: 0.5 * U * L, dt, maccormack: opts.maccormack, maccormackClamp: opts.maccormackClamp, trajectorySources: opts.trajectorySources, parts: 1 + workers.length,
    spin: parallel?.spin ?? BARRIER_SPIN,
  };
  let ctx = buildPhases(cfg, buffers);
  const a = ctx.arrays;
  a.solid.set(p.solid); a.uState.set(p.uState); a.vState.set(p.vState); a.wState.set(p.wState);
  a.t.fill(p.t0);
  if (warm) { a.u.set(warm.u); a.v.set(warm.v); a.w.set(warm.w); a.phi.set(warm.phi); a.t.set(warm.t); a.nut.set(warm.nut); }
  const f: Fields = { u: a.u, v: a.v, w: a.w, phi: a.phi, t: a.t, nut: a.nut };
  const ps: PressureSolver = createPressureSolver(g, p.uState, p.vState, p.wState, p.leaks, ph.density, dt, a);
  wallDistance(g, p.solid, a.dist);
  const leakSaved = new Float64Array(p.leaks.face.length);
  const pTile = new Float64Array(p.plenum ? p.plenum.tiles.length : 0);
  let team: Team | null = null;
  if (workers.length > 0) {
    postTeam(cfg, buffers as [SharedArrayBuffer, SharedArrayBuffer], workers);
    const timeout = parallel?.joinTimeoutMs ?? 5000;
    yield { ctl: a.ctl, workers: workers.length, deadline: Date.now() + timeout };
    team = joinTeam(ctx.phases, ctx.chunks, a.ctl, a.params, cfg, workers.length, timeout);
    // a worker did not join: one thread, the same arrays, phases for one slot
    if (!team) ctx = buildPhases({ ...cfg, parts: 1 }, buffers);
  }
  team ??= serialTeam(ctx.phases, ctx.chunks);
  try {
    // after a warm start the development is at most warmDevelopSteps
    const marching = warm ? { ...opts, developSteps: Math.min(opts.developSteps, opts.warmDevelopSteps), energySnapStep: 0 } : opts;
    return march(p, marching, f, a, ps, team, dt, leakSaved, pTile, onProgress, cancel);
  } finally {
    team.close();
  }
}

type Arrays = ReturnType<typeof buildPhases>['arrays'];

function march(p: AirProblem, opts: SolverOptions, f: Fields, a: Arrays, ps: PressureSolver, team: Team, dt: number,
  leakSaved: Float64Array, pTile: Float64Array, onProgress?: SolverProgress, cancel: Int32Array | null = null): Solution | SolverFailure | SolverCancelled {
  // the caller's cancel flag (a SharedArrayBuffer another thread writes): read between steps and sweeps
  const cancelled = () => cancel !== null && Atomics.load(cancel, 0) !== 0;
  const stopped = (): SolverCancelled => ({ kind: 'cancelled', step, message: step > opts.maxSteps ? 'cancelled after its last step' : `cancelled at step ${step}` });
  const g = p.grid;
  const nz = g.nz;
  const ph = p.physics;
  const { velocity: U, length: L, flow: Q } = p.scales;
  const part = a.partials;
  const pph: PressurePhases = { ...PH, partials: part };
  const cs = allocCouplings(p);
  if (ph.turbulence.kind === 'constant') f.nut.fill(ph.turbulence.nut);
  for (let c = 0; c < g.nCells; c++) if (p.solid[c]) { f.t[c] = p.t0; f.nut[c] = 0; }
  applyPatchVelocities(p, f.u, f.v, f.w);
  // velocity inside closed faces is zero by definition (a warm start from a different layout may differ)
  for (let q = 0; q < g.nU; q++) if (p.uState[q] === 0) f.u[q] = 0;
  for (let q = 0; q < g.nV; q++) if (p.vState[q] === 0) f.v[q] = 0;
  for (let q = 0; q < g.nW; q++) if (p.wState[q] === 0) f.w[q] = 0;
  const history: Residuals[] = [];
  let res: Residuals = { continuity: Infinity, momentum: Infinity, energy: Infinity, monitor: Infinity, balance: Infinity };
  let pIters = 0, converged = false, step = 0, calm = false, averaging = 0, inWindow = 0, lastShift = Infinity, meanShift = Infinity, meanDrift = NaN;
  // running means of the flow over the averaging phase (Float32: a mean of ≤ a few hundred steps keeps
  // ≈ 1e-6 relative precision, and the mean flow is projected again below): a.mu, mv, mw, mnut
  const nMon = p.racks.length + p.units.length;
  const monitor = new Float64Array(nMon), windowSum = new Float64Array(nMon), windowMean = new Float64Array(nMon).fill(NaN);
  // batch (window) means of the monitors while averaging, batch-major
  const batches = new Float64Array(nMon * (Math.ceil(opts.averageSteps / Math.max(1, opts.monitorWindow)) + 1));
  let nBatch = 0, restarts = 0, progress = 0;
  // the shortest average that may stop the march: minAverageSteps, after a restart at least as long as the
  // drifting average it replaced (a drift seen over that many steps is a swing a shorter one cannot show)
  let minAverage = opts.minAverageSteps;
  const layers = (m: number) => sumLayers(part, m, nz);
  // couples, then one symmetric lexicographic Gauss–Seidel sweep of the energy equation (pipelined over
  // the team's row bands); Σ|ΔT|·a_P is in a.rowChange once synced
  let seq = 0;
  // whether the departure phase of u for this step has run (turbDepart)
  let departed = false;
  const couple = () => {
    updateCouplings(p, f.t, cs);
    fillInflow(p, a.energy.bDyn);
  };
  // coupled: couple() has run on the current T (during the phase before)
  const energySweep = (coupled = false) => {
    team.sync();
    if (!coupled) couple();
    team.run(PH.symSweep, seq, SWEEP.energy);
    seq += 2;
  };
  const sweepChange = () => { let s = 0; for (let q = 0; q < a.rowChange.length; q++) s += a.rowChange[q]; return s; };
  // the energy solved steady on the current flow: sweeps until one changes Σ|ΔT|·a_P by at most relTol of the
  // first one's change (or by less than 1e-9·Q); the sweeps done, or the failure
  const steadyEnergy = (maxSweeps: number, relTol: number): number | SolverFailure | SolverCancelled => {
    team.run(PH.assemble, 0, 0);
    team.sync();
    let sweeps = 0, scale = 0;
    for (; sweeps < maxSweeps; sweeps++) {
      if (sweeps % 16 === 0 && cancelled()) return stopped();
      energySweep();
      team.sync();
      const ch = sweepChange();
      if (!Number.isFinite(ch)) return fail('energy', step, worstCell(g, f.t, [g.nx, g.ny]), 'steady energy solve produced non-finite values');
      if (sweeps === 0) scale = Math.max(ch, 1e-30);
      if (ch <= relTol * scale || ch < 1e-9 * Q) break;
    }
    updateCouplings(p, f.t, cs);
    return sweeps;
  };
  let snapSweeps = 0;
  for (step = 1; step <= opts.maxSteps; step++) {
    if (cancelled()) return stopped();
    // 1. advection (old velocities drive all traces; MacCormack writes into the second work set), 2. buoyancy
    // (the departure of the next component runs in the phase of this one's backward trace: backDepart; that
    // of u, after the first step, in the last step's turbulence phase: turbDepart)
    if (opts.trajectorySources && !departed) team.run(PH.departure, 0);
    for (let comp = 0; comp < 3; comp++) {
      team.run(PH.advectForward, comp);
      const next = opts.trajectorySources && comp < 2;
      if (opts.maccormack) team.run(next ? PH.backDepart : PH.advectBack, comp);
      else if (next) team.run(PH.departure, comp + 1);
    }
    // 3. keep the old velocity, diffuse implicitly starting from it
    if (opts.diffusionSweeps <= 0) team.run(PH.diffuse, -1, 1);
    for (let s = 0; s < 2 * opts.diffusionSweeps; s++) team.run(PH.diffuse, s & 1, s === 0 ? 1 : 0);
    // 4. floor plenum: tile flows from the room pressure above each tile; 5. projection (leak faces:
    // pressure-driven only). They read φ and write FIXED and LEAK faces: while the other threads run the
    // arrival phase (φ, OPEN faces), else (the diffusion reads FIXED faces) after the diffusion
    const plenumAndLeaks = () => {
      if (p.plenum && p.plenum.tiles.length > 0) {
        roomPressureAtTiles(p, f.phi, dt, pTile);
        updatePlenum(p, pTile, cs, 0.3);
        applyPatchVelocities(p, f.u, f.v, f.w);
      }
      leakVelocities(g, ps, p.leaks, null, f.u, f.v, f.w);
    };
    if (opts.trajectorySources) team.run(PH.arrival, 0, 0, 0, plenumAndLeaks);
    else { team.sync(); plenumAndLeaks(); }
    // loose far from a steady state, tightening with the momentum residual (the projection's error puts a
    // floor of ≈ ½·tol under that residual: measured on the Ghia cavity)
    const tolP = Math.min(opts.tolContinuityMarch, Math.max(opts.tolContinuity, 0.1 * res.momentum));
    const pr = solvePressurePhased(team, pph, ps, PHI_MAIN, tolP, Q, 200, true);
    pIters += pr.iterations;
    if (!Number.isFinite(pr.residual)) return fail('continuity', step, worstCell(g, f.phi, [g.nx, g.ny]), 'pressure solve produced non-finite values');
    // the leak faces from φ while the other threads correct the OPEN faces
    team.run(PH.correct, PHI_MAIN, 0, 0, () => leakVelocities(g, ps, p.leaks, f.phi, f.u, f.v, f.w));
    // the divergence in the phase of 6. the energy assembly (pseudo-transient), and meanwhile the first
    // energy sweep's couplings (they read T, which the phase copies, and write bDyn, which it does not touch)
    const early = opts.energySweeps > 0;
    team.run(PH.divAssemble, 1 / (opts.energyDtFactor * dt), 1, 0, early ? couple : undefined);
    team.sync();
    const cont = layers(0) / Q;
    for (let s = 0; s < opts.energySweeps; s++) energySweep(s === 0 && early);
    // the room's heat-up at once (energySnapStep; the turbulence phase below then sees the new T)
    if (step === opts.energySnapStep) {
      const snap = steadyEnergy(opts.finalEnergySweeps, SNAP_TOL);
      if (typeof snap !== 'number') return snap;
      snapSweeps = snap;
    }
    // 7. turbulence, and the residuals' partial sums
    // (with the next step's departure of u: wasted when this step is the last)
    team.run(opts.trajectorySources ? PH.turbDepart : PH.turbulence);
    departed = opts.trajectorySources;
    team.sync();
    let sq = 0, count = 0, ts = 0, tmin = Infinity, tmax = -Infinity, wMax = 0;
    for (let k = 0; k <= nz; k++) {
      const o = k * PARTIALS;
      sq += part[o + RES.diffSq]; count += part[o + RES.count]; wMax = Math.max(wMax, part[o + RES.wMax]);
      if (k < nz) { ts += part[o + RES.dT2]; tmin = Math.min(tmin, part[o + RES.tMin]); tmax = Math.max(tmax, part[o + RES.tMax]); }
    }
    const mom = (Math.sqrt(sq / Math.max(1, count)) / dt) * (L / (U * U));
    const dT = Math.max(1, tmax - tmin);
    // per unit of the flow's pseudo-time (dt), whatever the energy's own pseudo-time step
    const en = (Math.sqrt(ts / g.nCells) / dt) * (L / (U * dT));
    if (!Number.isFinite(mom) || !(wMax <= 1e3 * U)) return fail('momentum', step, worstCell(g, f.w, [g.nx, g.ny]), 'velocity became non-finite or unbounded');
    if (!Number.isFinite(en)) return fail('energy', step, worstCell(g, f.t, [g.nx, g.ny]), 'temperature became non-finite');
    // (a solve of 800 steps at most usually stops after 100–300: the bar follows the stop test, never back)
    if (step % 10 === 0) {
      const averaged = averaging > 0 ? averaging - 1 : 0;
      progress = Math.max(progress, marchProgress(step, averaged, meanShift, { ...opts, minAverageSteps: minAverage }));
      onProgress?.(progress, 'airflow', { step, maxSteps: opts.maxSteps, averaged, stdError: averaged > 0 && Number.isFinite(meanShift) ? meanShift : null, tolMean: opts.tolMean, minAveraged: minAverage });
    }
    // monitors: rack intakes and unit returns (what the engineer reads), and the room's heat balance
    let dMon = 0, qIn = 0, qOut = 0;
    for (let r = 0; r < p.racks.length; r++) { dMon = Math.max(dMon, Math.abs(cs.rackIntakeT[r] - monitor[r])); monitor[r] = cs.rackIntakeT[r]; qIn += p.racks[r].heat - cs.rackDoorHeat[r]; }
    for (let n = 0; n < p.units.length; n++) { const m = p.racks.length + n; dMon = Math.max(dMon, Math.abs(cs.unitReturnT[n] - monitor[m])); monitor[m] = cs.unitReturnT[n]; qOut += cs.unitLoad[n]; }
    const balanced = qIn <= 0 || Math.abs(qIn - qOut) <= opts.tolBalance * qIn;
    res = { continuity: cont, momentum: mom, energy: en, monitor: dMon, balance: qIn > 0 ? (qIn - qOut) / qIn : 0 };
    history.push(res);
    if (step >= opts.minSteps && mom < opts.tolMomentum && en < opts.tolEnergy) { converged = true; averaging = 0; break; }
    if (averaging === 0) {
      // development: window means of the monitors, compared window to window
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
      // statistically steady (calm), or developed for developSteps, or only the shortest average left:
      // average the velocity, then solve the energy on the mean flow
      const late = step >= opts.developSteps || step > opts.maxSteps - opts.minAverageSteps;
      if (step >= opts.minSteps && (calm || late) && opts.averageSteps > 0) {
        averaging = 1;
        inWindow = 0;
      }
    }
    if (averaging > 0) {
      team.run(PH.runningMean, averaging);
      for (let m = 0; m < nMon; m++) windowSum[m] += monitor[m];
      let settled = false;
      if (++inWindow === opts.monitorWindow) {
        // batch means: one per window of every monitor
        for (let m = 0; m < nMon; m++) { batches[nBatch * nMon + m] = windowSum[m] / inWindow; windowSum[m] = 0; }
        inWindow = 0;
        nBatch++;
        const test = batchTest(batches, nBatch, nMon, opts.tolMean);
        meanShift = test.stdError;
        meanDrift = test.drift;
        if (test.drifting && step <= Math.min(opts.restartSteps, opts.maxSteps - Math.max(minAverage, averaging))) {
          // the first half of the average still drifts: start averaging afresh from here (unless too few
          // steps are left for a new average as long as this one: a longer one that drifts beats a short one)
          minAverage = Math.max(minAverage, averaging);
          averaging = 0; nBatch = 0; meanShift = Infinity; meanDrift = NaN; restarts++;
        } else settled = averaging >= minAverage && test.stdError < opts.tolMean;
      }
      if (settled || averaging >= opts.averageSteps) { averaging++; converged = settled; break; }
      averaging++;
    }
  }
  team.sync();
  const averagedSteps = averaging > 0 ? averaging - 1 : 0;
  if (averagedSteps > 0) {
    copyInto(f.u, a.mu); copyInto(f.v, a.mv); copyInto(f.w, a.mw); copyInto(f.nut, a.mnut);
  }
  // 8. final projection to the tight tolerance (an increment δφ in tOld on top of the marching φ; a mean
  // of projected fields is only as divergence-free as the loosest of them)
  leakVelocities(g, ps, p.leaks, null, f.u, f.v, f.w, leakSaved);
  a.tOld.fill(0);
  const fin = solvePressurePhased(team, pph, ps, PHI_INCREMENT, Math.min(opts.tolContinuity, opts.tolContinuityMarch), Q, 400, true);
  pIters += fin.iterations;
  if (!Number.isFinite(fin.residual)) return fail('continuity', step, worstCell(g, a.tOld, [g.nx, g.ny]), 'final pressure solve produced non-finite values');
  team.run(PH.correct, PHI_INCREMENT);
  team.sync();
  leakVelocities(g, ps, p.leaks, a.tOld, f.u, f.v, f.w, leakSaved);
  team.run(PH.addPhi);
  team.run(PH.divergence);
  team.sync();
  res = { ...res, continuity: layers(0) / Q };
  // 9. steady energy on the final (or mean) flow
  onProgress?.(0.9, 'heat');
  const sweeps = steadyEnergy(opts.finalEnergySweeps, 1e-6);
  if (typeof sweeps !== 'number') return sweeps;
  if (cancelled()) return stopped();
  // 10. capture tracer on the same flow: the energy coefficients and tOld (free since the final projection)
  // are reused, so it costs no memory; it starts from c = 1 (most intake air is supply air)
  let capture: CaptureResult | null = null;
  if (opts.captureSweeps > 0 && p.racks.length > 0) {
    onProgress?.(0.97, 'capture');
    a.tOld.fill(1);
    // the sweeps on the team's row-band pipeline (the adjoint in p, free since the final projection), summed
    // like sweepEnergy (forward rows ascending, backward rows descending) and sweepTransposed
    const symmetric = (field: number) => {
      team.run(PH.symSweep, seq, field);
      seq += 2;
      team.sync();
      const rows = g.ny * nz, rc = a.rowChange;
      let fwd = 0, bwd = 0;
      for (let m = 0; m < rows; m++) fwd += rc[m];
      for (let m = rows - 1; m >= 0; m--) bwd += rc[rows + m];
      return fwd + bwd;
    };
    capture = solveCapture(p, f.u, f.v, f.w, f.nut, a.energy, a.tOld, { maxSweeps: opts.captureSweeps, tol: opts.tolCapture },
      { tracer: () => symmetric(SWEEP.tracer), adjoint: () => symmetric(SWEEP.adjoint), adjointField: a.p });
    if (!Number.isFinite(capture.change) && capture.sweeps > 0) return fail('energy', step, worstCell(g, a.tOld, [g.nx, g.ny]), 'capture tracer produced non-finite values');
  }
  onProgress?.(1, 'done');
  // the fields have a buffer of their own: the work arrays' buffer is left behind
  return { fields: f, couplings: cs, stats: { steps: Math.min(step, opts.maxSteps), converged, averagedSteps, monitorShift: averagedSteps > 0 ? meanShift : lastShift, meanDrift: averagedSteps > 0 ? meanDrift : NaN, averageRestarts: restarts, residuals: res, pressureIterations: pIters, finalEnergySweeps: sweeps, snapEnergySweeps: snapSweeps, history, capture, threads: team.parts } };
}

function copyInto(dst: Float64Array, src: Float32Array): void {
  for (let q = 0; q < dst.length; q++) dst[q] = src[q];
}

function fail(equation: SolverFailure['equation'], step: number, cell: [number, number, number], message: string): SolverFailure {
  return { kind: 'diverged', equation, step, cell, message: `${message} at step ${step}, near cell (${cell.join(', ')})` };
}
