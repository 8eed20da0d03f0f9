// Momentum diffusion, implicit in pseudo-time: (I − dt·∇·ν_eff∇) u = u*, solved by red–black
// Gauss–Seidel sweeps that start from the previous velocity (so a steady state is an exact fixed point
// even with few sweeps). ν_eff = ν + ν_t averaged onto the face. Walls: no-slip ghost u_g = 2·U_wall − u
// half a cell outside (solid faces and domain sides), or free slip (no flux) on slip sides.
// Also the Boussinesq buoyancy source on w: dt·gβ·(T_face − T_ref). Units m/s, m²/s, s, °C.
import { CLOSED, OPEN, type Grid } from './grid';
import type { SideBC } from './problem';

/** w* += dt·gβ·(T̄ − T_ref) on OPEN w faces of face layers k0..k1−1. */
export function addBuoyancy(g: Grid, w: Float64Array, wState: Uint8Array, t: Float64Array, gBeta: number, tRef: number, dt: number, k0: number, k1: number): void {
  if (gBeta === 0) return;
  const layer = g.nx * g.ny;
  const s = dt * gBeta;
  const lo = Math.max(1, k0) * layer, hi = Math.min(k1, g.nz) * layer;
  for (let f = lo; f < hi; f++) if (wState[f] === OPEN) w[f] += s * (0.5 * (t[f - layer] + t[f]) - tRef);
}

/**
 * One red–black colour sweep of implicit diffusion for component comp on face layers k0..k1−1.
 * x: current iterate (in place), rhs: advected u*, nut: cell ν_t.
 * With `out` (colour ignored): the explicit step out = x + dt·∇·ν_eff∇x − gs·∇φ with the same stencil and
 * wall treatment, on every face of the layers (out = x where not OPEN); rhs must be x. (OPEN faces are
 * interior: the stencil reads both neighbours.)
 */
export function diffuseColour(g: Grid, comp: 0 | 1 | 2, state: Uint8Array, x: Float64Array, rhs: Float64Array,
  nut: Float64Array, nu: number, dt: number, sides: SideBC[], colour: number, k0: number, k1: number,
  out?: Float64Array, phi?: Float64Array, gs = 0): void {
  const { nx, ny, nz } = g;
  const ni = nx + (comp === 0 ? 1 : 0), nj = ny + (comp === 1 ? 1 : 0);
  const nk = nz + (comp === 2 ? 1 : 0);
  const sj = ni, sk = ni * nj;
  const layer = nx * ny;
  const cx0 = dt / (g.dx * g.dx), cy0 = dt / (g.dy * g.dy), cz0 = dt / (g.dz * g.dz);
  const gradScale = gs / (comp === 0 ? g.dx : comp === 1 ? g.dy : g.dz);
  // wall velocity component `comp` on each side
  const wxm = sides[0].velocity[comp], wxp = sides[1].velocity[comp];
  const wym = sides[2].velocity[comp], wyp = sides[3].velocity[comp];
  const wzm = sides[4].velocity[comp], wzp = sides[5].velocity[comp];
  const nsx0 = sides[0].slip ? 0 : 2, nsx1 = sides[1].slip ? 0 : 2;
  const nsy0 = sides[2].slip ? 0 : 2, nsy1 = sides[3].slip ? 0 : 2;
  const nsz0 = sides[4].slip ? 0 : 2, nsz1 = sides[5].slip ? 0 : 2;
  for (let k = k0; k < k1; k++) for (let j = 0; j < nj; j++) {
    const start = out ? 0 : (colour + j + k) & 1, stride = out ? 1 : 2;
    for (let i = start; i < ni; i += stride) {
      const f = i + ni * (j + nj * k);
      if (state[f] !== OPEN) { if (out) out[f] = x[f]; continue; }
      // the two cells sharing this face
      let ca: number, cb: number;
      if (comp === 0) { cb = i + nx * (j + ny * k); ca = cb - 1; }
      else if (comp === 1) { cb = i + nx * (j + ny * k); ca = cb - nx; }
      else { cb = i + nx * (j + ny * k); ca = cb - layer; }
      const nuf = nu + 0.5 * (nut[ca] + nut[cb]);
      const cx = cx0 * nuf, cy = cy0 * nuf, cz = cz0 * nuf;
      let diag = 1;
      let s = rhs[f];
      // x direction
      if (comp === 0) { s += cx * (x[f - 1] + x[f + 1]); diag += 2 * cx; }
      else {
        if (i === 0) { diag += nsx0 * cx; s += nsx0 * cx * wxm; }
        else if (state[f - 1] === CLOSED) diag += 2 * cx; else { s += cx * x[f - 1]; diag += cx; }
        if (i === ni - 1) { diag += nsx1 * cx; s += nsx1 * cx * wxp; }
        else if (state[f + 1] === CLOSED) diag += 2 * cx; else { s += cx * x[f + 1]; diag += cx; }
      }
      // y direction
      if (comp === 1) { s += cy * (x[f - sj] + x[f + sj]); diag += 2 * cy; }
      else {
        if (j === 0) { diag += nsy0 * cy; s += nsy0 * cy * wym; }
        else if (state[f - sj] === CLOSED) diag += 2 * cy; else { s += cy * x[f - sj]; diag += cy; }
        if (j === nj - 1) { diag += nsy1 * cy; s += nsy1 * cy * wyp; }
        else if (state[f + sj] === CLOSED) diag += 2 * cy; else { s += cy * x[f + sj]; diag += cy; }
      }
      // z direction
      if (comp === 2) { s += cz * (x[f - sk] + x[f + sk]); diag += 2 * cz; }
      else {
        if (k === 0) { diag += nsz0 * cz; s += nsz0 * cz * wzm; }
        else if (state[f - sk] === CLOSED) diag += 2 * cz; else { s += cz * x[f - sk]; diag += cz; }
        if (k === nk - 1) { diag += nsz1 * cz; s += nsz1 * cz * wzp; }
        else if (state[f + sk] === CLOSED) diag += 2 * cz; else { s += cz * x[f + sk]; diag += cz; }
      }
      if (out) out[f] = s - (diag - 1) * x[f] - (phi ? gradScale * (phi[cb] - phi[ca]) : 0); else x[f] = s / diag;
    }
  }
}
