// The phases of a pseudo-time step, each a kernel over chunks of the shared arrays (layout.ts): a z-layer of
// the grid (cell or face layer) or of a multigrid level, or a row band of the pipelined Gauss–Seidel
// sweeps. Any thread of the team (team.ts) may run any chunk, in any order, between the start and the end
// of a phase: a chunk writes only its own layer and reads other layers only where no chunk of the same
// phase writes them (red–black colours, semi-Lagrangian traces of old arrays), so the result does not
// depend on the number of threads or on who ran what. Sums go into per-z-layer partials (PARTIALS per
// layer), which the coordinator adds in layer order: a reduction gives the same bits whatever the split.
// Built identically on both sides from a structured-cloneable SlabConfig.
import { makeGrid, OPEN, type GridSpec } from './grid';
import type { SideBC } from './problem';
import { arraysOf, CTL, PARTIALS, type Layout, type SolverArrays } from './layout';
import { splitSlabs } from './parallel';
import { faceVelocities, traceBackCombine, traceForward } from './advect';
import { addBuoyancy, diffuseColour } from './diffuse';
import { correctVelocity, divergence, subtractGradient } from './pressure';
import { applyOperator, prolongAdd, residual, restrict, smoothColour } from './multigrid';
import { assembleEnergy, sweepEnergyRows } from './energy';
import { sweepTransposedRows } from './capture';
import { updateChenXu } from './turbulence';
import type { ChunkCount, PhaseFn } from './team';

/** What a slab worker needs besides the buffers: plain data, structured-cloneable. */
export interface SlabConfig {
  layout: Layout;
  grid: GridSpec;
  sides: SideBC[];
  nu: number; gBeta: number; tRef: number;
  /** Molecular thermal diffusivity ν/Pr, m²/s, and the turbulent Prandtl number. */
  alpha: number; prT: number;
  chenXu: boolean;
  /** Cap of ν_t, m²/s. */
  nutCap: number;
  dt: number;
  maccormack: boolean;
  /** MacCormack outside the stencil's range: clamp (true) or revert to the first-order value. */
  maccormackClamp: boolean;
  /** Half the diffusion, buoyancy and pressure gradient at the departure point, half at the arrival
   *  (SolverOptions.trajectorySources). */
  trajectorySources: boolean;
  /** Threads of the team (the pipelined sweeps use one row band per thread). */
  parts: number;
  /** Spins before a waiting thread sleeps (team.ts BARRIER_SPIN). */
  spin: number;
}

/** Phase ids (the index into the phase table). */
export const PH = {
  advectForward: 0, advectBack: 1, diffuse: 2, divergence: 3, negate: 4, residual: 5, applyA: 6, update: 7,
  smooth: 8, restrict: 9, prolong: 10, zMean: 11, direction: 12, correct: 13, assemble: 14, sweep: 15,
  turbulence: 16, runningMean: 17, addPhi: 18, departure: 19, arrival: 20, backDepart: 21, divNegate: 22, symSweep: 23, divAssemble: 24, turbDepart: 25,
} as const;

/** What a sweep phase relaxes: T (energy), the capture tracer (in tOld) or its adjoint (in p). */
export const SWEEP = { energy: 0, tracer: 1, adjoint: 2 } as const;

/** Which array a phase uses as the pressure potential: φ (marching) or tOld (the final increment). */
export const PHI_MAIN = 0, PHI_INCREMENT = 1;

/** Partial-sum slots of the turbulence/residual phase. */
export const RES = { diffSq: 0, count: 1, dT2: 2, tMin: 3, tMax: 4, wMax: 5 } as const;

export interface PhaseContext {
  arrays: SolverArrays;
  phases: PhaseFn[];
  /** Chunks of each phase for its parameters. */
  chunks: ChunkCount[];
}

/** Σ over layers 0..layers−1 of partial slot m, in layer order. */
export function sumLayers(partials: Float64Array, m: number, layers: number): number {
  let s = 0;
  for (let k = 0; k < layers; k++) s += partials[k * PARTIALS + m];
  return s;
}

export function buildPhases(cfg: SlabConfig, buffers: readonly [ArrayBufferLike, ArrayBufferLike]): PhaseContext {
  const a = arraysOf(cfg.layout, buffers);
  const g = makeGrid(cfg.grid);
  const { nx, ny, nz } = g;
  const layer = nx * ny;
  const part = a.partials;
  const P = PARTIALS;
  const dt = cfg.dt, mc = cfg.maccormack, ts = cfg.trajectorySources;
  // the step's share of diffusion and buoyancy applied at the arrival point (the rest at the departure)
  const dtArrive = ts ? 0.5 * dt : dt;
  const states = [a.uState, a.vState, a.wState], olds = [a.u, a.v, a.w];
  const first = [a.u1, a.v1, a.w1], second = [a.u2, a.v2, a.w2];
  const adv = mc ? second : first, keep = mc ? first : second;
  const faceLayer = [(nx + 1) * ny, nx * (ny + 1), nx * ny];
  const L0 = a.levels[0];
  const phiOf = (sel: number) => (sel === PHI_MAIN ? a.phi : a.tOld);
  const L = (l: number) => a.levels[l];
  // chunk counts: cell layers, face layers (w has nz + 1), layers of level l, coarse layers below level l
  const cells: ChunkCount = () => nz;
  const faces: ChunkCount = () => nz + 1;
  const ofLevel: ChunkCount = (l) => L(l).nz;

  const phases: PhaseFn[] = [];
  const chunks: ChunkCount[] = [];
  // the field each component is advected from: the old velocity, or (trajectorySources) the departure
  // point's u + ½dt·sources, kept in the second work array of the component (the MacCormack correction
  // reads it at its own face only, then writes the same face; without MacCormack that array is free until
  // the diffusion keeps the old velocity in it): one array per component, so that the departure phase of
  // the next component can run in the same phase as this one's backward trace (backDepart)
  const src = (c: number) => (ts ? second[c] : olds[c]);
  // face layer k of component comp
  chunks[PH.advectForward] = (comp) => (comp === 2 ? nz + 1 : nz);
  phases[PH.advectForward] = (k, comp) => {
    const c = comp as 0 | 1 | 2;
    faceVelocities(g, c, states[c], a.u, a.v, a.w, a.fx, a.fy, a.fz, k, k + 1);
    traceForward(g, c, states[c], src(c), first[c], mc ? a.lo : null, mc ? a.hi : null, a.fx, a.fy, a.fz, dt, k, k + 1);
    if (!mc && c === 2) addBuoyancy(g, first[2], a.wState, a.t, cfg.gBeta, cfg.tRef, dtArrive, k, k + 1);
  };
  chunks[PH.advectBack] = chunks[PH.advectForward];
  const advectBack = phases[PH.advectBack] = (k, comp) => {
    const c = comp as 0 | 1 | 2;
    traceBackCombine(g, c, states[c], src(c), first[c], second[c], a.lo, a.hi, a.fx, a.fy, a.fz, dt, k, k + 1, cfg.maccormackClamp);
    if (c === 2) addBuoyancy(g, second[2], a.wState, a.t, cfg.gBeta, cfg.tRef, dtArrive, k, k + 1);
  };
  // face layer k of component comp: ũ = u + ½dt·(∇·ν_eff∇u + gβ(T − T_ref)) − ½∇φ, half the step's sources
  // at the departure point (φ = p·dt/ρ of the last projection); the arrival phase gives the ½∇φ back after
  // the diffusion, and the projection then applies the new φ whole (so the pressure half at the arrival
  // point is φⁿ⁺¹ − ½φⁿ: a split in which a pressure error does not flip sign from step to step)
  chunks[PH.departure] = chunks[PH.advectForward];
  const departure = phases[PH.departure] = (k, comp) => {
    const c = comp as 0 | 1 | 2;
    diffuseColour(g, c, states[c], olds[c], olds[c], a.nut, cfg.nu, 0.5 * dt, cfg.sides, 0, k, k + 1, second[c], a.phi, 0.5);
    if (c === 2) addBuoyancy(g, second[2], a.wState, a.t, cfg.gBeta, cfg.tRef, 0.5 * dt, k, k + 1);
  };
  // face layer k: the backward trace of component comp (< 2) and the departure phase of comp + 1 (they
  // share no array: the trace reads first/second[comp], lo, hi, fx..fz; the departure reads u, v, w, ν_t,
  // φ, T and writes second[comp + 1])
  chunks[PH.backDepart] = (comp) => (comp === 1 ? nz + 1 : nz);
  phases[PH.backDepart] = (k, comp) => {
    if (k < nz) advectBack(k, comp);
    departure(k, comp + 1);
  };
  chunks[PH.arrival] = faces;
  phases[PH.arrival] = (k) => {
    for (let c = 0; c < 3; c++) if (c === 2 || k < nz) subtractGradient(g, c as 0 | 1 | 2, a.phi, olds[c], states[c], -0.5, k, k + 1);
  };
  // face layer k of all three components; colour < 0: only keep the old velocity (for the residual)
  chunks[PH.diffuse] = faces;
  phases[PH.diffuse] = (k, colour, keepOld) => {
    for (let c = 0; c < 3; c++) {
      if (c < 2 && k >= nz) continue;
      if (keepOld) keep[c].set(olds[c].subarray(k * faceLayer[c], (k + 1) * faceLayer[c]), k * faceLayer[c]);
      if (colour >= 0) diffuseColour(g, c as 0 | 1 | 2, states[c], olds[c], adv[c], a.nut, cfg.nu, dtArrive, cfg.sides, colour, k, k + 1);
    }
  };
  chunks[PH.divergence] = cells;
  phases[PH.divergence] = (k) => {
    part[k * P] = divergence(g, a.solid, a.u, a.v, a.w, a.div, k, k + 1);
  };
  // the pressure right-hand side b = −D (in div), and Σb over active cells; z = 0 (the finest level's x:
  // zero on every layer before the residual phase, whose chunks may start the first smoother colour)
  chunks[PH.negate] = cells;
  const negate = phases[PH.negate] = (k) => {
    const d = a.div, diag = L0.diag, z = L0.x;
    let sum = 0;
    for (let c = k * layer, e = c + layer; c < e; c++) {
      const x = diag[c] !== 0 ? -d[c] : 0;
      d[c] = x;
      if (diag[c] !== 0) sum += x;
      z[c] = 0;
    }
    part[k * P] = sum;
  };
  // divergence then negate on cell layer k (each reads and writes its own layer of div only): the partial is negate's Σb
  chunks[PH.divNegate] = cells;
  phases[PH.divNegate] = (k) => {
    divergence(g, a.solid, a.u, a.v, a.w, a.div, k, k + 1);
    negate(k);
  };
  // b −= mean; r = b − A·φ (r, z: the finest level's b, x; z is 0 since negate); Σ|r|; with smooth0, the
  // V-cycle's first smoother colour on the layer (it reads r of its own cell and z of the other colour,
  // which no chunk of this phase writes: wasted only when the solve stops here, z is not used then)
  chunks[PH.residual] = cells;
  phases[PH.residual] = (k, mean, sel, smooth0) => {
    const b = a.div, diag = L0.diag, r = L0.b, phi = phiOf(sel);
    const c0 = k * layer, c1 = c0 + layer;
    for (let c = c0; c < c1; c++) b[c] = diag[c] !== 0 ? b[c] - mean : 0;
    residual(L0, phi, b, r, k, k + 1);
    let sum = 0;
    for (let c = c0; c < c1; c++) sum += Math.abs(r[c]);
    part[k * P] = sum;
    if (smooth0) smoothColour(L0, 0, k, k + 1);
  };
  chunks[PH.applyA] = cells;
  phases[PH.applyA] = (k) => {
    applyOperator(L0, a.p, a.q, k, k + 1);
    let sum = 0;
    for (let c = k * layer, e = c + layer; c < e; c++) sum += a.p[c] * a.q[c];
    part[k * P] = sum;
  };
  chunks[PH.update] = cells;
  phases[PH.update] = (k, alpha, sel) => {
    const phi = phiOf(sel), p = a.p, q = a.q, r = L0.b, z = L0.x;
    let sum = 0;
    for (let c = k * layer, e = c + layer; c < e; c++) {
      phi[c] += alpha * p[c];
      r[c] -= alpha * q[c];
      sum += Math.abs(r[c]);
      z[c] = 0;
    }
    part[k * P] = sum;
  };
  // one smoother colour on layer k of level l; with sumX (level 0), Σx over active cells of the layer
  chunks[PH.smooth] = ofLevel;
  phases[PH.smooth] = (k, l, colour, sumX) => {
    const lv = L(l);
    smoothColour(lv, colour, k, k + 1);
    if (!sumX) return;
    const n = lv.nx * lv.ny;
    let sum = 0;
    for (let c = k * n, e = c + n; c < e; c++) if (lv.diag[c] !== 0) sum += lv.x[c];
    part[k * P] = sum;
  };
  // coarse layer K of level l + 1: the residual of its fine layers, restricted
  chunks[PH.restrict] = (l) => L(l + 1).nz;
  phases[PH.restrict] = (K, l) => {
    const F = L(l);
    residual(F, F.x, F.b, F.r, 2 * K, Math.min(2 * K + 2, F.nz));
    restrict(F, L(l + 1), K, K + 1);
  };
  chunks[PH.prolong] = ofLevel;
  phases[PH.prolong] = (k, l) => {
    prolongAdd(L(l), L(l + 1), k, k + 1);
  };
  // z −= mean on active cells (0 elsewhere); Σ r·z
  chunks[PH.zMean] = cells;
  phases[PH.zMean] = (k, mean) => {
    const z = L0.x, r = L0.b, diag = L0.diag;
    let sum = 0;
    for (let c = k * layer, e = c + layer; c < e; c++) {
      z[c] = diag[c] !== 0 ? z[c] - mean : 0;
      sum += r[c] * z[c];
    }
    part[k * P] = sum;
  };
  chunks[PH.direction] = cells;
  phases[PH.direction] = (k, beta, restart) => {
    const z = L0.x, p = a.p;
    const c0 = k * layer, c1 = c0 + layer;
    if (restart) p.set(z.subarray(c0, c1), c0);
    else for (let c = c0; c < c1; c++) p[c] = z[c] + beta * p[c];
  };
  chunks[PH.correct] = cells;
  phases[PH.correct] = (k, sel) => {
    correctVelocity(g, phiOf(sel), a.u, a.v, a.w, a.uState, a.vState, a.wState, k, k + 1);
  };
  chunks[PH.assemble] = cells;
  const assemble = phases[PH.assemble] = (k, invDtau, copyT) => {
    if (copyT) a.tOld.set(a.t.subarray(k * layer, (k + 1) * layer), k * layer);
    assembleEnergy(g, a.energy, a.solid, a.u, a.v, a.w, a.uState, a.vState, a.wState, cfg.alpha, a.nut, cfg.prT, cfg.sides, invDtau, a.tOld, k, k + 1);
  };
  // the divergence (its partial) and the energy assembly of cell layer k (they read the velocity, which
  // neither writes)
  chunks[PH.divAssemble] = cells;
  phases[PH.divAssemble] = (k, invDtau, copyT) => {
    part[k * P] = divergence(g, a.solid, a.u, a.v, a.w, a.div, k, k + 1);
    assemble(k, invDtau, copyT);
  };
  // one lexicographic Gauss–Seidel sweep as a pipeline of row bands: chunk i is band i in the sweep's
  // direction (claimed in that order), swept layer by layer once the band before it has published that
  // layer (a thread holding both runs them one after the other: the same reads); `seq` numbers the sweeps so
  // progress counters never need a reset; `field` (SWEEP): the energy T, the capture tracer (in tOld) or its
  // adjoint (in p, the transposed operator)
  const bands = splitSlabs(ny, Math.max(1, cfg.parts)).filter((b) => b.k1 > b.k0);
  const progress = CTL.progress;
  const sweepFields = [a.t, a.tOld, a.p];
  chunks[PH.sweep] = () => bands.length;
  phases[PH.sweep] = (i, dir, seq, field) => {
    const d = dir === 1 ? 1 : -1;
    sweepBand(d === 1 ? i : bands.length - 1 - i, d, seq, field);
  };
  // the symmetric sweep (forward with `seq`, backward with seq + 1) in one phase: chunk i is band i, its
  // forward part first; a thread sweeps its bands backward (descending) once it has nothing left to claim,
  // each after the band above it has published the layer (so the same reads as the two phases)
  chunks[PH.symSweep] = () => bands.length;
  const symSweep: PhaseFn = (i, seq, field) => sweepBand(i, 1, seq, field);
  symSweep.finish = (i, seq, field) => sweepBand(i, -1, seq + 1, field);
  phases[PH.symSweep] = symSweep;
  function sweepBand(band: number, d: 1 | -1, seq: number, field: number): void {
    const before = band - d;
    const wait = before >= 0 && before < bands.length;
    const change = d === 1 ? a.rowChange : a.rowChange.subarray(ny * nz);
    const { k0: j0, k1: j1 } = bands[band];
    for (let n = 0; n < nz; n++) {
      const k = d === 1 ? n : nz - 1 - n;
      const mark = seq * nz + n + 1;
      if (wait) {
        let spin = 100_000;
        for (let v = Atomics.load(a.ctl, progress + before); v < mark; v = Atomics.load(a.ctl, progress + before)) {
          if (spin > 0) spin--; else Atomics.wait(a.ctl, progress + before, v, 50);
        }
      }
      if (field === SWEEP.adjoint) sweepTransposedRows(g, a.energy, a.p, d, k, j0, j1, change);
      else sweepEnergyRows(g, a.energy, sweepFields[field], d, k, j0, j1, change);
      if (bands.length > 1) { Atomics.store(a.ctl, progress + band, mark); Atomics.notify(a.ctl, progress + band); }
    }
  }
  // face layer k: ν_t (cell layer k), then the step's residual partials: Σ(u − u_old)² and count over OPEN
  // faces, Σ(T − T_old)², min/max T over fluid cells, max |w|
  chunks[PH.turbulence] = faces;
  const turbulence = phases[PH.turbulence] = (k) => {
    if (cfg.chenXu && k < nz) updateChenXu(g, a.u, a.v, a.w, a.dist, a.solid, a.nut, 0.5, cfg.nutCap, k, k + 1);
    let sq = 0, n = 0, wMax = 0;
    for (let c = 0; c < 3; c++) {
      if (c < 2 && k >= nz) continue;
      const x = olds[c], y = keep[c], st = states[c];
      for (let f = k * faceLayer[c], e = f + faceLayer[c]; f < e; f++) if (st[f] === OPEN) { const d = x[f] - y[f]; sq += d * d; n++; }
    }
    for (let f = k * faceLayer[2], e = f + faceLayer[2]; f < e; f++) { const x = Math.abs(a.w[f]); if (x > wMax) wMax = x; }
    let ts = 0, tMin = Infinity, tMax = -Infinity;
    if (k < nz) {
      for (let c = k * layer, e = c + layer; c < e; c++) {
        if (a.solid[c]) continue;
        const t = a.t[c], d = t - a.tOld[c];
        ts += d * d;
        if (t < tMin) tMin = t;
        if (t > tMax) tMax = t;
      }
    }
    const o = k * P;
    part[o + RES.diffSq] = sq; part[o + RES.count] = n; part[o + RES.dT2] = ts;
    part[o + RES.tMin] = tMin; part[o + RES.tMax] = tMax; part[o + RES.wMax] = wMax;
  };
  // face layer k: the turbulence phase, then the next step's departure phase of u (it reads ν_t of the
  // layer's own cells only, which this chunk has just written, and u, v, w, φ, which no chunk writes)
  chunks[PH.turbDepart] = faces;
  phases[PH.turbDepart] = (k) => {
    turbulence(k);
    if (k < nz) departure(k, 0);
  };
  chunks[PH.runningMean] = faces;
  phases[PH.runningMean] = (k, count) => {
    const inv = 1 / count;
    const means = [a.mu, a.mv, a.mw];
    for (let c = 0; c < 3; c++) {
      if (c < 2 && k >= nz) continue;
      const x = olds[c], m = means[c];
      for (let f = k * faceLayer[c], e = f + faceLayer[c]; f < e; f++) m[f] += (x[f] - m[f]) * inv;
    }
    if (k < nz) for (let c = k * layer, e = c + layer; c < e; c++) a.mnut[c] += (a.nut[c] - a.mnut[c]) * inv;
  };
  chunks[PH.addPhi] = cells;
  phases[PH.addPhi] = (k) => {
    for (let c = k * layer, e = c + layer; c < e; c++) a.phi[c] += a.tOld[c];
  };
  return { arrays: a, phases, chunks };
}
