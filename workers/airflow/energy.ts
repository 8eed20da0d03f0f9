// Energy equation: steady (or pseudo-transient) advection–diffusion of temperature on cell centres,
// finite volume, hybrid differencing (Spalding 1972; Patankar 1980 §5.2: central where the face Péclet
// number < 2, upwind otherwise), conservative: a_P = Σ a_nb + Σ F_out (Patankar eq. 5.57). Flux F in m³/s,
// coefficients in m³/s, T in °C; the heat flow of a face is ρ·cp·F·T. Walls are adiabatic unless a side
// carries a temperature (then 2·α·A/h to the wall). FIXED inflow faces bring their patch temperature
// through `bDyn` (patches.ts); FIXED outflow faces take the cell temperature away.
// Solved by symmetric (forward + backward) lexicographic Gauss–Seidel sweeps: over a z-slab
// (sweepEnergy), or by row bands of each layer (sweepEnergyRows), which the slab-parallel solver runs as a
// pipeline across threads with the same result.
import { FIXED, LEAK, OPEN, type Grid } from './grid';
import type { SideBC } from './problem';

export interface EnergyCoeffs {
  aW: Float64Array; aE: Float64Array; aS: Float64Array; aN: Float64Array; aB: Float64Array; aT: Float64Array;
  aP: Float64Array; b: Float64Array;
  /** Inflow from FIXED patch faces, Σ|F|·T_patch (set by the couplings). */
  bDyn: Float64Array;
}

export function allocEnergy(n: number): EnergyCoeffs {
  const f = () => new Float64Array(n);
  return { aW: f(), aE: f(), aS: f(), aN: f(), aB: f(), aT: f(), aP: f(), b: f(), bDyn: f() };
}

/** Hybrid coefficient of the neighbour across a face with outward flux F and conductance D. */
function hybrid(F: number, D: number): number {
  const conv = -F > 0 ? -F : 0;
  const diff = D - 0.5 * Math.abs(F);
  return (diff > 0 ? diff : 0) + conv;
}

/**
 * Assembles coefficients for cells in layers k0..k1−1. alpha: molecular diffusivity m²/s; nut: ν_t;
 * prT: turbulent Prandtl number; invDtau: 1/Δτ (0 for steady); tOld: previous temperature.
 */
export function assembleEnergy(g: Grid, e: EnergyCoeffs, solid: Uint8Array, u: Float64Array, v: Float64Array, w: Float64Array,
  uState: Uint8Array, vState: Uint8Array, wState: Uint8Array, alpha: number, nut: Float64Array, prT: number,
  sides: SideBC[], invDtau: number, tOld: Float64Array, k0: number, k1: number): void {
  const { nx, ny, nz } = g;
  const layer = nx * ny;
  const Ax = g.dy * g.dz, Ay = g.dx * g.dz, Az = g.dx * g.dy;
  const hx = Ax / g.dx, hy = Ay / g.dy, hz = Az / g.dz;
  const vol = g.dx * g.dy * g.dz;
  const iPr = 1 / prT;
  const tw = [sides[0].temperature, sides[1].temperature, sides[2].temperature, sides[3].temperature, sides[4].temperature, sides[5].temperature];
  for (let k = k0; k < k1; k++) for (let j = 0; j < ny; j++) {
    const row = j + ny * k;
    for (let i = 0; i < nx; i++) {
      const c = i + nx * row;
      if (solid[c]) { e.aP[c] = 0; continue; }
      const ac = alpha + nut[c] * iPr;
      let aP = invDtau * vol;
      let b = aP * tOld[c];
      let a: number;
      // six faces: (state, outward flux, conductance, neighbour alpha, boundary side)
      const fu = c + row, fv = c + nx * k;
      // west
      a = 0;
      {
        const st = uState[fu], F = -u[fu] * Ax;
        if (st === OPEN || st === LEAK) { const D = hx * 0.5 * (ac + alpha + nut[c - 1] * iPr); a = hybrid(F, D); aP += a + F; }
        else if (st === FIXED) { if (F > 0) { if (i === 0 && tw[0] !== null) b -= F * tw[0]; else aP += F; } }
        if (i === 0 && tw[0] !== null && st !== OPEN && st !== LEAK) { aP += 2 * hx * ac; b += 2 * hx * ac * tw[0]; }
      }
      e.aW[c] = a;
      // east
      a = 0;
      {
        const st = uState[fu + 1], F = u[fu + 1] * Ax;
        if (st === OPEN || st === LEAK) { const D = hx * 0.5 * (ac + alpha + nut[c + 1] * iPr); a = hybrid(F, D); aP += a + F; }
        else if (st === FIXED) { if (F > 0) { if (i === nx - 1 && tw[1] !== null) b -= F * tw[1]; else aP += F; } }
        if (i === nx - 1 && tw[1] !== null && st !== OPEN && st !== LEAK) { aP += 2 * hx * ac; b += 2 * hx * ac * tw[1]; }
      }
      e.aE[c] = a;
      // south
      a = 0;
      {
        const st = vState[fv], F = -v[fv] * Ay;
        if (st === OPEN || st === LEAK) { const D = hy * 0.5 * (ac + alpha + nut[c - nx] * iPr); a = hybrid(F, D); aP += a + F; }
        else if (st === FIXED) { if (F > 0) { if (j === 0 && tw[2] !== null) b -= F * tw[2]; else aP += F; } }
        if (j === 0 && tw[2] !== null && st !== OPEN && st !== LEAK) { aP += 2 * hy * ac; b += 2 * hy * ac * tw[2]; }
      }
      e.aS[c] = a;
      // north
      a = 0;
      {
        const st = vState[fv + nx], F = v[fv + nx] * Ay;
        if (st === OPEN || st === LEAK) { const D = hy * 0.5 * (ac + alpha + nut[c + nx] * iPr); a = hybrid(F, D); aP += a + F; }
        else if (st === FIXED) { if (F > 0) { if (j === ny - 1 && tw[3] !== null) b -= F * tw[3]; else aP += F; } }
        if (j === ny - 1 && tw[3] !== null && st !== OPEN && st !== LEAK) { aP += 2 * hy * ac; b += 2 * hy * ac * tw[3]; }
      }
      e.aN[c] = a;
      // bottom
      a = 0;
      {
        const st = wState[c], F = -w[c] * Az;
        if (st === OPEN || st === LEAK) { const D = hz * 0.5 * (ac + alpha + nut[c - layer] * iPr); a = hybrid(F, D); aP += a + F; }
        else if (st === FIXED) { if (F > 0) { if (k === 0 && tw[4] !== null) b -= F * tw[4]; else aP += F; } }
        if (k === 0 && tw[4] !== null && st !== OPEN && st !== LEAK) { aP += 2 * hz * ac; b += 2 * hz * ac * tw[4]; }
      }
      e.aB[c] = a;
      // top
      a = 0;
      {
        const st = wState[c + layer], F = w[c + layer] * Az;
        if (st === OPEN || st === LEAK) { const D = hz * 0.5 * (ac + alpha + nut[c + layer] * iPr); a = hybrid(F, D); aP += a + F; }
        else if (st === FIXED) { if (F > 0) { if (k === nz - 1 && tw[5] !== null) b -= F * tw[5]; else aP += F; } }
        if (k === nz - 1 && tw[5] !== null && st !== OPEN && st !== LEAK) { aP += 2 * hz * ac; b += 2 * hz * ac * tw[5]; }
      }
      e.aT[c] = a;
      e.aP[c] = aP;
      e.b[c] = b;
    }
  }
}

/**
 * The rows j0..j1−1 of layer k of a lexicographic Gauss–Seidel sweep, ascending (dir 1) or descending
 * (dir −1); Σ|ΔT|·aP of each row j into change[j + ny·k]. A sweep split into row bands per layer and run
 * as a pipeline (band p of layer k after band p−1 of layer k when ascending; after p+1 when descending)
 * reads exactly the values the whole-range sweep reads: the same result for any number of bands.
 */
export function sweepEnergyRows(g: Grid, e: EnergyCoeffs, t: Float64Array, dir: 1 | -1, k: number, j0: number, j1: number, change: Float64Array): void {
  const { nx, ny } = g;
  for (let m = 0; m < j1 - j0; m++) {
    const j = dir === 1 ? j0 + m : j1 - 1 - m;
    change[j + ny * k] = relaxRow(e, t, nx * (j + ny * k), nx, nx * ny, dir);
  }
}

/** Gauss–Seidel update of the nx cells of one row starting at cell lo, ascending or descending; Σ|ΔT|·aP. */
function relaxRow(e: EnergyCoeffs, t: Float64Array, lo: number, nx: number, layer: number, dir: 1 | -1): number {
  const { aW, aE, aS, aN, aB, aT, aP, b, bDyn } = e;
  let ch = 0;
  for (let n = 0; n < nx; n++) {
    const c = dir === 1 ? lo + n : lo + nx - 1 - n;
    const d = aP[c];
    if (d <= 0) continue;
    let s = b[c] + bDyn[c];
    if (aW[c] !== 0) s += aW[c] * t[c - 1];
    if (aE[c] !== 0) s += aE[c] * t[c + 1];
    if (aS[c] !== 0) s += aS[c] * t[c - nx];
    if (aN[c] !== 0) s += aN[c] * t[c + nx];
    if (aB[c] !== 0) s += aB[c] * t[c - layer];
    if (aT[c] !== 0) s += aT[c] * t[c + layer];
    const tn = s / d;
    ch += Math.abs(tn - t[c]) * d;
    t[c] = tn;
  }
  return ch;
}

/** One Gauss–Seidel sweep over layers k0..k1−1, forward (dir 1) or backward (dir −1), row by row in
 *  lexicographic order (the cells the row kernel visits, in the same order). Returns Σ|ΔT|·aP (m³/s·K). */
export function sweepEnergy(g: Grid, e: EnergyCoeffs, t: Float64Array, dir: 1 | -1, k0: number, k1: number): number {
  const { nx, ny } = g;
  const rows = (k1 - k0) * ny, first = k0 * ny;
  let change = 0;
  for (let m = 0; m < rows; m++) change += relaxRow(e, t, nx * (dir === 1 ? first + m : first + rows - 1 - m), nx, nx * ny, dir);
  return change;
}
