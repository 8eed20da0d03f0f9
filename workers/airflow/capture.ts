// Capture indices (VanGilder; REFERENCE.md §7) by a passive tracer on the final (steady or time-averaged)
// flow. The tracer c is the share of the air in a cell that came from a cooling supply without passing
// through a rack since: c = 1 in the air entering through cooling-unit supplies and perforated tiles, c = 0
// in the air leaving rack exhausts (it has been through a rack), walls zero-flux; intakes and returns take
// the cell value away. It obeys the steady energy operator of energy.ts (same fluxes, same hybrid
// differencing, same effective diffusivity α + ν_t/Pr_t) without heat sources and with adiabatic walls,
// solved by the same symmetric Gauss–Seidel sweeps.
//
//   cold-aisle CI of a rack = flux-weighted mean of c over its intake face (share of its intake air that
//     comes straight from the cooling supplies);
//   hall hot-aisle capture = Σ_returns Q·(1 − c) / Σ_racks Q (share of all rack exhaust air that reaches a
//     return without entering a rack first).
//
// The problem is linear and 1 − c is the tracer of rack exhaust air, so the rack exhaust either reaches a
// return or a rack intake: Σ_returns Q(1 − c) + Σ_racks Q(1 − CI) = Σ_racks Q. The hall hot-aisle capture
// therefore equals the airflow-weighted mean cold-aisle CI; the two are computed from different faces
// (returns vs intakes), so their agreement checks the tracer solve's conservation.
//
// Hot-aisle CI of each rack (share of its exhaust air that reaches a return without entering a rack) from
// ONE adjoint solve instead of one tracer per rack: with the tracer system M·c = b (b: inflow fluxes of the
// marked inlets) and r the outflow fluxes of the returns per cell, the marked air reaching the returns is
// rᵀ·M⁻¹·b = (M⁻ᵀ·r)ᵀ·b. So c* = M⁻ᵀ·r (the probability that air in a cell leaves through a return before
// it enters a rack) is solved once by Gauss–Seidel sweeps of the transposed coefficients, and
//   hot-aisle CI of a rack = flux-weighted mean of c* over the cells its exhaust flows into.
// Σ_racks Q·HACI equals the hall hot-aisle capture Σ_returns Q(1 − c) (same duality): a check of both.
//
// "Local" sources and returns: VanGilder counts only the cooling sources (returns) of the rack's own aisle
// (its tiles, the in-row coolers beside it); here every cooling supply (return) of the hall counts, so air
// from a distant CRAH's jet that reaches the intake without passing through a rack is "captured". In a hall
// with one cold aisle per supply path the two agree.
import type { AirProblem, SideBC } from './problem';
import { assembleEnergy, sweepEnergy, type EnergyCoeffs } from './energy';

export interface CaptureResult {
  /** Cold-aisle capture index of each rack of the problem (0–1), NaN when the rack moves no air. */
  rack: Float64Array;
  /** Share of all rack exhaust air captured by the returns (0–1), NaN without rack airflow. */
  hotAisle: number;
  /** Hot-aisle capture index of each rack (0–1: share of its exhaust reaching a return before any rack
   *  intake, the adjoint solve), NaN when the rack moves no air. */
  rackHot: Float64Array;
  /** Symmetric sweeps of the adjoint solve and its last change. */
  adjointSweeps: number;
  adjointChange: number;
  /** Symmetric Gauss–Seidel sweeps of the tracer solve and its last change Σ|Δc|·a_P / Q. */
  sweeps: number;
  change: number;
  /** Wall time of the tracer solve, s. */
  seconds: number;
}

export interface CaptureOptions {
  maxSweeps: number;
  /** Stop when a symmetric sweep changes Σ|Δc|·a_P by less than tol · scales.flow (m³/s). */
  tol: number;
}

export const DEFAULT_CAPTURE_OPTIONS: CaptureOptions = { maxSweeps: 3000, tol: 1e-4 };

/** How the sweeps run (default: on this thread, sweepEnergy and sweepTransposed). The slab-parallel solver
 *  runs them as its row-band pipeline (solver.ts) with the same arithmetic and the same sums. */
export interface CaptureSweeper {
  /** One symmetric sweep of the tracer field (forward + backward, sweepEnergy's sums); returns their sum. */
  tracer(c: Float64Array): number;
  /** One symmetric sweep of the adjoint field (sweepTransposed's sums); returns their sum. */
  adjoint(x: Float64Array): number;
  /** The adjoint field's array (nCells, any content); default: a new one. */
  adjointField?: Float64Array;
}

const adiabatic = (s: SideBC): SideBC => ({ ...s, temperature: null });

/** Role of each patch in the tracer problem: 1 = cooling supply (tile, unit supply), 0 = rack exhaust, −1 = other. */
function patchValues(p: AirProblem): Float64Array {
  const val = new Float64Array(p.patches.length).fill(-1);
  for (const r of p.racks) val[r.exhaust] = 0;
  for (const u of p.units) if (u.supply >= 0) val[u.supply] = 1;
  if (p.plenum) for (const t of p.plenum.tiles) val[t] = 1;
  return val;
}

/** bDyn = Σ over inflow patch faces of |F|·c_patch, with F from the face velocities actually assembled. */
function tracerInflow(p: AirProblem, val: Float64Array, u: Float64Array, v: Float64Array, w: Float64Array, bDyn: Float64Array): void {
  bDyn.fill(0);
  for (let n = 0; n < p.patches.length; n++) {
    const patch = p.patches[n];
    for (let q = 0; q < patch.face.length; q++) {
      const a = patch.axis[q], f = patch.face[q];
      const speed = (a === 0 ? u[f] : a === 1 ? v[f] : w[f]) * patch.inward[q];
      if (speed > 0 && val[n] > 0) bDyn[patch.cell[q]] += speed * patch.faceArea[q] * val[n];
    }
  }
}

/** Flux-weighted mean of c over the cells next to an outflow patch, and the patch's outflow (m³/s). */
function outflowMean(patch: AirProblem['patches'][number], c: Float64Array, u: Float64Array, v: Float64Array, w: Float64Array): { mean: number; flow: number } {
  let s = 0, q = 0;
  for (let n = 0; n < patch.face.length; n++) {
    const a = patch.axis[n], f = patch.face[n];
    const out = -(a === 0 ? u[f] : a === 1 ? v[f] : w[f]) * patch.inward[n] * patch.faceArea[n];
    if (out > 0) { s += out * c[patch.cell[n]]; q += out; }
  }
  return { mean: q > 0 ? s / q : NaN, flow: q };
}

/**
 * Solves the capture tracer on the flow (u, v, w, ν_t) of `p`. `e` is overwritten (energy coefficients
 * of the same grid may be reused), `c` receives the tracer field (its content is the initial guess). Then the
 * adjoint field for the racks' hot-aisle indices (a temporary array).
 */
export function solveCapture(p: AirProblem, u: Float64Array, v: Float64Array, w: Float64Array, nut: Float64Array, e: EnergyCoeffs,
  c: Float64Array, opts: CaptureOptions = DEFAULT_CAPTURE_OPTIONS, sweeper?: CaptureSweeper): CaptureResult {
  const t0 = performance.now();
  const g = p.grid, ph = p.physics;
  const nr = p.racks.length;
  const rack = new Float64Array(nr).fill(NaN);
  const Q = p.scales.flow;
  const totalRack = p.racks.reduce((s, r) => s + Math.max(0, r.flow), 0);
  const rackHot = new Float64Array(nr).fill(NaN);
  if (totalRack <= 0) return { rack, hotAisle: NaN, rackHot, sweeps: 0, change: 0, adjointSweeps: 0, adjointChange: 0, seconds: 0 };
  const prT = ph.turbulence.kind === 'chenXu' ? ph.turbulence.prandtlT : 1;
  // steady (1/Δτ = 0: tOld is not read), adiabatic walls, no wall temperatures in b
  assembleEnergy(g, e, p.solid, u, v, w, p.uState, p.vState, p.wState, ph.nu / ph.prandtl, nut, prT,
    p.sides.map(adiabatic), 0, c, 0, g.nz);
  const val = patchValues(p);
  tracerInflow(p, val, u, v, w, e.bDyn);
  let sweeps = 0, change = Infinity;
  for (; sweeps < opts.maxSweeps;) {
    change = (sweeper ? sweeper.tracer(c) : sweepEnergy(g, e, c, 1, 0, g.nz) + sweepEnergy(g, e, c, -1, 0, g.nz)) / Q;
    sweeps++;
    if (!(change > opts.tol)) break;
  }
  for (let r = 0; r < nr; r++) {
    if (!(p.racks[r].flow > 0)) continue;
    rack[r] = outflowMean(p.patches[p.racks[r].intake], c, u, v, w).mean;
  }
  // returns: every outflow patch that is not a rack intake
  const intakes = new Set(p.racks.map((r) => r.intake));
  let captured = 0;
  for (let n = 0; n < p.patches.length; n++) {
    if (intakes.has(n) || val[n] >= 0) continue;
    const m = outflowMean(p.patches[n], c, u, v, w);
    if (m.flow > 0) captured += m.flow * (1 - m.mean);
  }
  // adjoint: r = outflow flux of the returns per cell (in bDyn), c* = M⁻ᵀ·r (in sweeper.adjointField, else 8 bytes per cell while it runs)
  const r = e.bDyn;
  const cs = sweeper?.adjointField ?? new Float64Array(g.nCells);
  r.fill(0);
  for (let n = 0; n < p.patches.length; n++) {
    if (intakes.has(n) || val[n] >= 0) continue;
    forFaces(p.patches[n], u, v, w, (cell, flux) => { if (flux < 0) r[cell] -= flux; });
  }
  cs.fill(Number.isFinite(captured / totalRack) ? captured / totalRack : 0.5);
  let adjointSweeps = 0, adjointChange = Infinity;
  for (; adjointSweeps < opts.maxSweeps;) {
    adjointChange = (sweeper ? sweeper.adjoint(cs) : sweepTransposed(g, e, cs, 1) + sweepTransposed(g, e, cs, -1)) / Q;
    adjointSweeps++;
    if (!(adjointChange > opts.tol)) break;
  }
  for (let k = 0; k < nr; k++) {
    if (!(p.racks[k].flow > 0)) continue;
    let s = 0, q = 0;
    forFaces(p.patches[p.racks[k].exhaust], u, v, w, (cell, flux) => { if (flux > 0) { s += flux * cs[cell]; q += flux; } });
    rackHot[k] = q > 0 ? s / q : NaN;
  }
  return { rack, hotAisle: captured / totalRack, rackHot, sweeps, change, adjointSweeps, adjointChange, seconds: (performance.now() - t0) / 1000 };
}

/** Calls fn(cell, inward flux m³/s) for every face of a patch (inward > 0: air enters the room there). */
function forFaces(patch: AirProblem['patches'][number], u: Float64Array, v: Float64Array, w: Float64Array, fn: (cell: number, flux: number) => void): void {
  for (let n = 0; n < patch.face.length; n++) {
    const a = patch.axis[n], f = patch.face[n];
    fn(patch.cell[n], (a === 0 ? u[f] : a === 1 ? v[f] : w[f]) * patch.inward[n] * patch.faceArea[n]);
  }
}

/**
 * One Gauss–Seidel sweep of the transposed system Mᵀ·x = bDyn, M the energy operator of `e`
 * (a_P·x_P − Σ a_nb·x_nb): row P of Mᵀ takes each neighbour's coefficient towards P (aW of the cell to the
 * east, aE of the cell to the west, …). Returns Σ|Δx|·a_P, summed per grid row and then over the rows in
 * the sweep's order (as the row-band pipeline of the slab-parallel solver sums it: sweepTransposedRows).
 */
export function sweepTransposed(g: { nx: number; ny: number; nz: number; nCells: number }, e: EnergyCoeffs, x: Float64Array, dir: 1 | -1): number {
  const rows = g.ny * g.nz;
  let change = 0;
  for (let m = 0; m < rows; m++) change += transposedRow(e, x, g.nx * (dir === 1 ? m : rows - 1 - m), g.nx, g.nx * g.ny, g.nCells, dir);
  return change;
}

/** The rows j0..j1−1 of layer k of a transposed sweep (ascending or descending); Σ|Δx|·a_P of row j into
 *  change[j + ny·k]. Split into row bands and pipelined like energy.ts sweepEnergyRows: the same result. */
export function sweepTransposedRows(g: { nx: number; ny: number; nCells: number }, e: EnergyCoeffs, x: Float64Array, dir: 1 | -1, k: number,
  j0: number, j1: number, change: Float64Array): void {
  const { nx, ny } = g;
  for (let m = 0; m < j1 - j0; m++) {
    const j = dir === 1 ? j0 + m : j1 - 1 - m;
    change[j + ny * k] = transposedRow(e, x, nx * (j + ny * k), nx, nx * ny, g.nCells, dir);
  }
}

/** Transposed Gauss–Seidel update of the nx cells of one row starting at cell lo; Σ|Δx|·a_P. */
function transposedRow(e: EnergyCoeffs, x: Float64Array, lo: number, nx: number, layer: number, n: number, dir: 1 | -1): number {
  const { aW, aE, aS, aN, aB, aT, aP, bDyn } = e;
  let change = 0;
  for (let m = 0; m < nx; m++) {
    const c = dir === 1 ? lo + m : lo + nx - 1 - m;
    const d = aP[c];
    if (d <= 0) continue;
    let s = bDyn[c];
    if (c + 1 < n && aW[c + 1] !== 0) s += aW[c + 1] * x[c + 1];
    if (c >= 1 && aE[c - 1] !== 0) s += aE[c - 1] * x[c - 1];
    if (c + nx < n && aS[c + nx] !== 0) s += aS[c + nx] * x[c + nx];
    if (c >= nx && aN[c - nx] !== 0) s += aN[c - nx] * x[c - nx];
    if (c + layer < n && aB[c + layer] !== 0) s += aB[c + layer] * x[c + layer];
    if (c >= layer && aT[c - layer] !== 0) s += aT[c - layer] * x[c - layer];
    const xn = s / d;
    change += Math.abs(xn - x[c]) * d;
    x[c] = xn;
  }
  return change;
}
