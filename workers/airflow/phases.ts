// The phases of a pseudo-time step, each a kernel over one slot's z-slab of the shared arrays (layout.ts):
// what the coordinating thread and every slab worker run between two barriers (team.ts). A phase writes
// only its own slab and reads other slabs only where no phase of the same dispatch writes them (red–black
// colours, zebra layers, semi-Lagrangian traces of old arrays), so the result does not depend on the
// number of slots. Sums go into per-z-layer partials (PARTIALS per layer), which the coordinator adds in
// layer order: a reduction gives the same bits whatever the split. Built identically on both sides from
// a structured-cloneable SlabConfig.
import { makeGrid, OPEN, type GridSpec } from './grid';
import type { SideBC } from './problem';
import { arraysOf, CTL, PARTIALS, type Layout, type SolverArrays } from './layout';
import { splitSlabs, type SlabRange } from './parallel';
import { faceVelocities, traceBackCombine, traceForward } from './advect';
import { addBuoyancy, diffuseColour } from './diffuse';
import { correctVelocity, divergence } from './pressure';
import { applyOperator, prolongAdd, residual, restrict, smoothColour } from './multigrid';
import { assembleEnergy, sweepEnergyRows } from './energy';
import { sweepTransposedRows } from './capture';
import { updateChenXu } from './turbulence';
import type { PhaseFn } from './team';

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
  parts: number;
  /** Spins before Atomics.wait at a barrier (team.ts BARRIER_SPIN). */
  spin: number;
  /** Fluid cells per z-layer (the finest splits weigh them against solid ones per phase: SOLID_COST);
   *  null: even split. */
  layerFluid: number[] | null;
}

/** Phase ids (the index into the phase table). */
export const PH = {
  advectForward: 0, advectBack: 1, diffuse: 2, divergence: 3, negate: 4, residual: 5, applyA: 6, update: 7,
  smooth: 8, restrict: 9, prolong: 10, zMean: 11, direction: 12, correct: 13, assemble: 14, sweep: 15,
  turbulence: 16, runningMean: 17, addPhi: 18,
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
  /** Slabs of each multigrid level (level 0 = the grid) per slot; restrict's coarse slabs per level. */
  slabs: SlabRange[][];
  coarseSlabs: SlabRange[][];
}

/** Splits n items into `parts` contiguous ranges of near-equal total weight (splitSlabs when unweighted). */
function splitWeighted(weights: readonly number[] | null, n: number, parts: number): SlabRange[] {
  if (!weights) return splitSlabs(n, parts);
  const total = weights.reduce((s, w) => s + w, 0);
  const out: SlabRange[] = [];
  let k = 0, acc = 0;
  for (let p = 0; p < parts; p++) {
    const k0 = k;
    const goal = ((p + 1) * total) / parts;
    if (p === parts - 1) k = n;
    else while (k < n && acc + 0.5 * weights[k] < goal) acc += weights[k++];
    out.push({ k0, k1: k });
  }
  return out;
}

/** Cost of a solid cell relative to a fluid one in the finest-grid phases, by group: measured per z-layer
 *  on the 69k bench hall (one slot per layer on one thread; its racks fill the lower half of the layers,
 *  where 63 % of the cells are fluid, and the lower half cost 0.72 of the upper in diffusion, 0.87 in
 *  advection, 0.85 in the multigrid phases, 0.94 in assembly and the residual sums). A solid cell is still
 *  visited; diffusion skips closed faces almost for free. */
export const SOLID_COST = { diffuse: 0.25, advect: 0.65, multigrid: 0.6, energy: 0.85 } as const;
export type SplitGroup = keyof typeof SOLID_COST;

/** Per-layer work of the finest grid for a group (null without fluid counts: an even split). */
function layerWeights(fluid: readonly number[] | null, layer: number, group: SplitGroup): number[] | null {
  return fluid ? fluid.map((f) => f + SOLID_COST[group] * (layer - f)) : null;
}

/** Level l's slabs (l ≥ 1: the preimage of a split of level l+1, so restriction reads only its own slab);
 *  restrict's coarse slabs per level and the fine layers each slot's restriction covers (their preimage).
 *  The finest level's smoother and prolongation use `fine` (split by single layers), not the preimage. */
function levelSlabs(levels: [number, number, number][], parts: number, fine: readonly number[] | null, fineSplit: SlabRange[]): { slabs: SlabRange[][]; coarse: SlabRange[][]; restrictSlabs: SlabRange[][] } {
  const slabs: SlabRange[][] = [], coarse: SlabRange[][] = [], restrictSlabs: SlabRange[][] = [];
  levels.forEach(([, , nz], l) => {
    if (l + 1 < levels.length) {
      const nc = levels[l + 1][2];
      const pairs = l === 0 && fine ? Array.from({ length: nc }, (_, K) => fine[2 * K] + (2 * K + 1 < nz ? fine[2 * K + 1] : 0)) : null;
      const c = splitWeighted(pairs, nc, parts);
      coarse.push(c);
      const pre = c.map(({ k0, k1 }) => ({ k0: Math.min(2 * k0, nz), k1: Math.min(2 * k1, nz) }));
      restrictSlabs.push(pre);
      slabs.push(l === 0 ? fineSplit : pre);
    } else {
      coarse.push([]);
      restrictSlabs.push([]);
      slabs.push(l === 0 ? fineSplit : splitSlabs(nz, parts));
    }
  });
  return { slabs, coarse, restrictSlabs };
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
  // the finest grid's slabs per group of phases (any split gives the same bits: a barrier separates phases)
  const split = (group: SplitGroup) => splitWeighted(layerWeights(cfg.layerFluid, nx * ny, group), nz, cfg.parts);
  const cellsOf: Record<SplitGroup, SlabRange[]> = { diffuse: split('diffuse'), advect: split('advect'), multigrid: split('multigrid'), energy: split('energy') };
  const { slabs, coarse, restrictSlabs } = levelSlabs(cfg.layout.levels, cfg.parts, layerWeights(cfg.layerFluid, nx * ny, 'multigrid'), cellsOf.multigrid);
  const cells = cellsOf.multigrid, uni = cellsOf.energy;
  const part = a.partials;
  const P = PARTIALS;
  const dt = cfg.dt, mc = cfg.maccormack;
  const states = [a.uState, a.vState, a.wState], olds = [a.u, a.v, a.w];
  const first = [a.u1, a.v1, a.w1], second = [a.u2, a.v2, a.w2];
  const adv = mc ? second : first, keep = mc ? first : second;
  const faceLayer = [(nx + 1) * ny, nx * (ny + 1), nx * ny];
  const L0 = a.levels[0];
  const phiOf = (sel: number) => (sel === PHI_MAIN ? a.phi : a.tOld);
  /** Face layers of component comp in slot s of a split (w has nz + 1: the last non-empty slab takes the top). */
  const faces = (comp: number, s: number, split: readonly SlabRange[]): [number, number] => {
    const { k0, k1 } = split[s];
    return [k0, comp === 2 && k1 === nz && k1 > k0 ? nz + 1 : k1];
  };
  const L = (l: number) => a.levels[l];

  const phases: PhaseFn[] = [];
  phases[PH.advectForward] = (s, comp) => {
    const c = comp as 0 | 1 | 2;
    const [k0, k1] = faces(c, s, cellsOf.advect);
    faceVelocities(g, c, states[c], a.u, a.v, a.w, a.fx, a.fy, a.fz, k0, k1);
    traceForward(g, c, states[c], olds[c], first[c], mc ? a.lo : null, mc ? a.hi : null, a.fx, a.fy, a.fz, dt, k0, k1);
    if (!mc && c === 2) addBuoyancy(g, first[2], a.wState, a.t, cfg.gBeta, cfg.tRef, dt, k0, k1);
  };
  phases[PH.advectBack] = (s, comp) => {
    const c = comp as 0 | 1 | 2;
    const [k0, k1] = faces(c, s, cellsOf.advect);
    traceBackCombine(g, c, states[c], olds[c], first[c], second[c], a.lo, a.hi, a.fx, a.fy, a.fz, dt, k0, k1);
    if (c === 2) addBuoyancy(g, second[2], a.wState, a.t, cfg.gBeta, cfg.tRef, dt, k0, k1);
  };
  // colour < 0: only keep the old velocity (for the residual)
  phases[PH.diffuse] = (s, colour, keepOld) => {
    for (let c = 0; c < 3; c++) {
      const [k0, k1] = faces(c, s, cellsOf.diffuse);
      if (keepOld) keep[c].set(olds[c].subarray(k0 * faceLayer[c], k1 * faceLayer[c]), k0 * faceLayer[c]);
      if (colour >= 0) diffuseColour(g, c as 0 | 1 | 2, states[c], olds[c], adv[c], a.nut, cfg.nu, dt, cfg.sides, colour, k0, k1);
    }
  };
  phases[PH.divergence] = (s) => {
    for (let k = cells[s].k0; k < cells[s].k1; k++) part[k * P] = divergence(g, a.solid, a.u, a.v, a.w, a.div, k, k + 1);
  };
  // the pressure right-hand side b = −D (in div), and Σb over active cells
  phases[PH.negate] = (s) => {
    const d = a.div, diag = L0.diag;
    for (let k = cells[s].k0; k < cells[s].k1; k++) {
      let sum = 0;
      for (let c = k * nx * ny, e = c + nx * ny; c < e; c++) {
        const x = diag[c] !== 0 ? -d[c] : 0;
        d[c] = x;
        if (diag[c] !== 0) sum += x;
      }
      part[k * P] = sum;
    }
  };
  // b −= mean; r = b − A·φ (r, z: the finest level's b, x); z = 0; Σ|r|
  phases[PH.residual] = (s, mean, sel) => {
    const b = a.div, diag = L0.diag, r = L0.b, z = L0.x, phi = phiOf(sel);
    for (let k = cells[s].k0; k < cells[s].k1; k++) {
      const c0 = k * nx * ny, c1 = c0 + nx * ny;
      for (let c = c0; c < c1; c++) b[c] = diag[c] !== 0 ? b[c] - mean : 0;
      residual(L0, phi, b, r, k, k + 1);
      let sum = 0;
      for (let c = c0; c < c1; c++) { sum += Math.abs(r[c]); z[c] = 0; }
      part[k * P] = sum;
    }
  };
  phases[PH.applyA] = (s) => {
    for (let k = cells[s].k0; k < cells[s].k1; k++) {
      applyOperator(L0, a.p, a.q, k, k + 1);
      let sum = 0;
      for (let c = k * nx * ny, e = c + nx * ny; c < e; c++) sum += a.p[c] * a.q[c];
      part[k * P] = sum;
    }
  };
  phases[PH.update] = (s, alpha, sel) => {
    const phi = phiOf(sel), p = a.p, q = a.q, r = L0.b, z = L0.x;
    for (let k = cells[s].k0; k < cells[s].k1; k++) {
      let sum = 0;
      for (let c = k * nx * ny, e = c + nx * ny; c < e; c++) {
        phi[c] += alpha * p[c];
        r[c] -= alpha * q[c];
        sum += Math.abs(r[c]);
        z[c] = 0;
      }
      part[k * P] = sum;
    }
  };
  // one smoother colour on level l; with sumX (level 0), Σx over active cells per layer
  phases[PH.smooth] = (s, l, colour, sumX) => {
    const lv = L(l), { k0, k1 } = slabs[l][s];
    smoothColour(lv, colour, k0, k1);
    if (!sumX) return;
    const layer = lv.nx * lv.ny;
    for (let k = k0; k < k1; k++) {
      let sum = 0;
      for (let c = k * layer, e = c + layer; c < e; c++) if (lv.diag[c] !== 0) sum += lv.x[c];
      part[k * P] = sum;
    }
  };
  phases[PH.restrict] = (s, l) => {
    const { k0, k1 } = restrictSlabs[l][s], { k0: K0, k1: K1 } = coarse[l][s];
    residual(L(l), L(l).x, L(l).b, L(l).r, k0, k1);
    restrict(L(l), L(l + 1), K0, K1);
  };
  phases[PH.prolong] = (s, l) => {
    const { k0, k1 } = slabs[l][s];
    prolongAdd(L(l), L(l + 1), k0, k1);
  };
  // z −= mean on active cells (0 elsewhere); Σ r·z
  phases[PH.zMean] = (s, mean) => {
    const z = L0.x, r = L0.b, diag = L0.diag;
    for (let k = cells[s].k0; k < cells[s].k1; k++) {
      let sum = 0;
      for (let c = k * nx * ny, e = c + nx * ny; c < e; c++) {
        z[c] = diag[c] !== 0 ? z[c] - mean : 0;
        sum += r[c] * z[c];
      }
      part[k * P] = sum;
    }
  };
  phases[PH.direction] = (s, beta, restart) => {
    const z = L0.x, p = a.p;
    const c0 = cells[s].k0 * nx * ny, c1 = cells[s].k1 * nx * ny;
    if (restart) p.set(z.subarray(c0, c1), c0);
    else for (let c = c0; c < c1; c++) p[c] = z[c] + beta * p[c];
  };
  phases[PH.correct] = (s, sel) => {
    correctVelocity(g, phiOf(sel), a.u, a.v, a.w, a.uState, a.vState, a.wState, cells[s].k0, cells[s].k1);
  };
  phases[PH.assemble] = (s, invDtau, copyT) => {
    const { k0, k1 } = uni[s];
    if (copyT) a.tOld.set(a.t.subarray(k0 * nx * ny, k1 * nx * ny), k0 * nx * ny);
    assembleEnergy(g, a.energy, a.solid, a.u, a.v, a.w, a.uState, a.vState, a.wState, cfg.alpha, a.nut, cfg.prT, cfg.sides, invDtau, a.tOld, k0, k1);
  };
  // one lexicographic Gauss–Seidel sweep as a pipeline of row bands: slot s sweeps rows bands[s] of each layer
  // once its predecessor (s − 1 ascending, s + 1 descending) has published that layer; `seq` numbers the
  // sweeps so progress counters never need a reset; `field` (SWEEP): the energy T, the capture tracer (in
  // tOld) or its adjoint (in p, the transposed operator)
  const bands = splitSlabs(ny, cfg.parts);
  const progress = CTL.progress;
  const sweepFields = [a.t, a.tOld, a.p];
  phases[PH.sweep] = (s, dir, seq, field) => {
    const d = dir === 1 ? 1 : -1;
    // the nearest slot before this one in the sweep's direction that has rows (none: lead)
    let before = s - d;
    while (before >= 0 && before < cfg.parts && bands[before].k1 === bands[before].k0) before -= d;
    const wait = before >= 0 && before < cfg.parts;
    const change = d === 1 ? a.rowChange : a.rowChange.subarray(ny * nz);
    const { k0: j0, k1: j1 } = bands[s];
    for (let n = 0; n < nz; n++) {
      const k = d === 1 ? n : nz - 1 - n;
      const mark = seq * nz + n + 1;
      if (wait) {
        let spin = 100_000;
        for (let v = Atomics.load(a.ctl, progress + before); v < mark; v = Atomics.load(a.ctl, progress + before)) {
          if (spin > 0) spin--; else Atomics.wait(a.ctl, progress + before, v, 50);
        }
      }
      if (j1 > j0) {
        if (field === SWEEP.adjoint) sweepTransposedRows(g, a.energy, a.p, d, k, j0, j1, change);
        else sweepEnergyRows(g, a.energy, sweepFields[field], d, k, j0, j1, change);
      }
      if (cfg.parts > 1) { Atomics.store(a.ctl, progress + s, mark); Atomics.notify(a.ctl, progress + s); }
    }
  };
  // ν_t, then the step's residual partials: Σ(u − u_old)² and count over OPEN faces, Σ(T − T_old)², min/max T
  // over fluid cells, max |w|
  phases[PH.turbulence] = (s) => {
    const { k0, k1 } = uni[s];
    if (cfg.chenXu) updateChenXu(g, a.u, a.v, a.w, a.dist, a.solid, a.nut, 0.5, cfg.nutCap, k0, k1);
    const [, f1] = faces(2, s, uni);
    for (let k = k0; k < f1; k++) {
      let sq = 0, n = 0, wMax = 0;
      for (let c = 0; c < 3; c++) {
        if (c < 2 && k >= nz) continue;
        const x = olds[c], y = keep[c], st = states[c];
        for (let f = k * faceLayer[c], e = f + faceLayer[c]; f < e; f++) if (st[f] === OPEN) { const d = x[f] - y[f]; sq += d * d; n++; }
      }
      for (let f = k * faceLayer[2], e = f + faceLayer[2]; f < e; f++) { const x = Math.abs(a.w[f]); if (x > wMax) wMax = x; }
      let ts = 0, tMin = Infinity, tMax = -Infinity;
      if (k < nz) {
        for (let c = k * nx * ny, e = c + nx * ny; c < e; c++) {
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
    }
  };
  phases[PH.runningMean] = (s, count) => {
    const inv = 1 / count;
    const means = [a.mu, a.mv, a.mw];
    for (let c = 0; c < 3; c++) {
      const [k0, k1] = faces(c, s, uni), x = olds[c], m = means[c];
      for (let f = k0 * faceLayer[c], e = k1 * faceLayer[c]; f < e; f++) m[f] += (x[f] - m[f]) * inv;
    }
    for (let c = uni[s].k0 * nx * ny, e = uni[s].k1 * nx * ny; c < e; c++) a.mnut[c] += (a.nut[c] - a.mnut[c]) * inv;
  };
  phases[PH.addPhi] = (s) => {
    for (let c = uni[s].k0 * nx * ny, e = uni[s].k1 * nx * ny; c < e; c++) a.phi[c] += a.tOld[c];
  };
  return { arrays: a, phases, slabs, coarseSlabs: coarse };
}
