// Semi-Lagrangian advection of the staggered velocity (Stam 1999; Zuo & Chen 2009 FFD, REFERENCE.md §8)
// with the MacCormack correction of Selle, Fedkiw, Kim, Liu & Rossignac 2008 (J. Sci. Comput. 35:350):
// forward trace φ̂ = A(φ), backward trace φ̃ = A⁻¹(φ̂), φ = φ̂ + ½(φ − φ̃), clamped to the forward
// stencil's range (else first-order φ̂). Unconditionally stable, second order where smooth. Velocities
// m/s, dt s. Only OPEN faces change; CLOSED stay 0 and FIXED keep their prescribed value.
// Kernels run over face layers k0..k1−1 of one component so a driver can split z-slabs.
import { OPEN, type Grid } from './grid';

/** Trilinear sample of an array with dims ni×nj×nk at fractional index (fi, fj, fk), clamped. */
export function sample(f: Float64Array, ni: number, nj: number, nk: number, fi: number, fj: number, fk: number): number {
  if (fi < 0) fi = 0; else if (fi > ni - 1) fi = ni - 1;
  if (fj < 0) fj = 0; else if (fj > nj - 1) fj = nj - 1;
  if (fk < 0) fk = 0; else if (fk > nk - 1) fk = nk - 1;
  let i = Math.floor(fi), j = Math.floor(fj), k = Math.floor(fk);
  if (i > ni - 2) i = Math.max(0, ni - 2);
  if (j > nj - 2) j = Math.max(0, nj - 2);
  if (k > nk - 2) k = Math.max(0, nk - 2);
  const a = ni > 1 ? fi - i : 0, b = nj > 1 ? fj - j : 0, c = nk > 1 ? fk - k : 0;
  const si = ni > 1 ? 1 : 0, sj = nj > 1 ? ni : 0, sk = nk > 1 ? ni * nj : 0;
  const o = i + ni * (j + nj * k);
  const c00 = f[o] * (1 - a) + f[o + si] * a;
  const c10 = f[o + sj] * (1 - a) + f[o + sj + si] * a;
  const c01 = f[o + sk] * (1 - a) + f[o + sk + si] * a;
  const c11 = f[o + sk + sj] * (1 - a) + f[o + sk + sj + si] * a;
  return (c00 * (1 - b) + c10 * b) * (1 - c) + (c01 * (1 - b) + c11 * b) * c;
}

/** Range [min, max] of the 8 stencil values `sample` would use; written into out[0], out[1]. */
export function stencilRange(f: Float64Array, ni: number, nj: number, nk: number, fi: number, fj: number, fk: number, out: Float64Array): void {
  if (fi < 0) fi = 0; else if (fi > ni - 1) fi = ni - 1;
  if (fj < 0) fj = 0; else if (fj > nj - 1) fj = nj - 1;
  if (fk < 0) fk = 0; else if (fk > nk - 1) fk = nk - 1;
  let i = Math.floor(fi), j = Math.floor(fj), k = Math.floor(fk);
  if (i > ni - 2) i = Math.max(0, ni - 2);
  if (j > nj - 2) j = Math.max(0, nj - 2);
  if (k > nk - 2) k = Math.max(0, nk - 2);
  const si = ni > 1 ? 1 : 0, sj = nj > 1 ? ni : 0, sk = nk > 1 ? ni * nj : 0;
  const o = i + ni * (j + nj * k);
  let lo = f[o], hi = lo;
  for (let q = 1; q < 8; q++) {
    const x = f[o + (q & 1 ? si : 0) + (q & 2 ? sj : 0) + (q & 4 ? sk : 0)];
    if (x < lo) lo = x; else if (x > hi) hi = x;
  }
  out[0] = lo; out[1] = hi;
}

/**
 * Velocity at face f of component comp (index i, j, k): its own value and the 4-face averages of the two
 * others (the MAC interpolation), written into out[0..2]. Faces on the domain boundary use what exists.
 */
export function faceVelocity(g: Grid, comp: 0 | 1 | 2, i: number, j: number, k: number, u: Float64Array, v: Float64Array, w: Float64Array, out: Float64Array): void {
  const { nx, ny, nz } = g;
  if (comp === 0) {
    const ia = i > 0 ? i - 1 : 0, ib = i < nx ? i : nx - 1;
    out[0] = u[i + (nx + 1) * (j + ny * k)];
    out[1] = 0.25 * (v[ia + nx * (j + (ny + 1) * k)] + v[ib + nx * (j + (ny + 1) * k)] + v[ia + nx * (j + 1 + (ny + 1) * k)] + v[ib + nx * (j + 1 + (ny + 1) * k)]);
    out[2] = 0.25 * (w[ia + nx * (j + ny * k)] + w[ib + nx * (j + ny * k)] + w[ia + nx * (j + ny * (k + 1))] + w[ib + nx * (j + ny * (k + 1))]);
  } else if (comp === 1) {
    const ja = j > 0 ? j - 1 : 0, jb = j < ny ? j : ny - 1;
    out[0] = 0.25 * (u[i + (nx + 1) * (ja + ny * k)] + u[i + 1 + (nx + 1) * (ja + ny * k)] + u[i + (nx + 1) * (jb + ny * k)] + u[i + 1 + (nx + 1) * (jb + ny * k)]);
    out[1] = v[i + nx * (j + (ny + 1) * k)];
    out[2] = 0.25 * (w[i + nx * (ja + ny * k)] + w[i + nx * (jb + ny * k)] + w[i + nx * (ja + ny * (k + 1))] + w[i + nx * (jb + ny * (k + 1))]);
  } else {
    const ka = k > 0 ? k - 1 : 0, kb = k < nz ? k : nz - 1;
    out[0] = 0.25 * (u[i + (nx + 1) * (j + ny * ka)] + u[i + 1 + (nx + 1) * (j + ny * ka)] + u[i + (nx + 1) * (j + ny * kb)] + u[i + 1 + (nx + 1) * (j + ny * kb)]);
    out[1] = 0.25 * (v[i + nx * (j + (ny + 1) * ka)] + v[i + nx * (j + 1 + (ny + 1) * ka)] + v[i + nx * (j + (ny + 1) * kb)] + v[i + nx * (j + 1 + (ny + 1) * kb)]);
    out[2] = w[i + nx * (j + ny * k)];
  }
}

/**
 * One semi-Lagrangian trace of component `comp` (0 u, 1 v, 2 w): dst[f] = src(x_f − s·dt·U(x_f)) on OPEN
 * faces, where U is interpolated from (u, v, w). s = +1 forward, −1 backward.
 */
export function traceComponent(g: Grid, comp: 0 | 1 | 2, state: Uint8Array, src: Float64Array, dst: Float64Array,
  u: Float64Array, v: Float64Array, w: Float64Array, dt: number, k0: number, k1: number, vel: Float64Array): void {
  const { nx, ny, nz } = g;
  const ni = nx + (comp === 0 ? 1 : 0), nj = ny + (comp === 1 ? 1 : 0);
  const nk = nz + (comp === 2 ? 1 : 0);
  const sx = dt / g.dx, sy = dt / g.dy, sz = dt / g.dz;
  for (let k = k0; k < k1; k++) for (let j = 0; j < nj; j++) for (let i = 0; i < ni; i++) {
    const f = i + ni * (j + nj * k);
    if (state[f] !== OPEN) { dst[f] = src[f]; continue; }
    // position in cell-index space (cell centres at integer + ½)
    faceVelocity(g, comp, i, j, k, u, v, w, vel);
    dst[f] = sample(src, ni, nj, nk, i - sx * vel[0], j - sy * vel[1], k - sz * vel[2]);
  }
}

/** MacCormack combine: hat ← hat + ½(old − tilde), clamped to the forward stencil of `old`. */
export function maccormackCombine(g: Grid, comp: 0 | 1 | 2, state: Uint8Array, old: Float64Array, hat: Float64Array, tilde: Float64Array,
  u: Float64Array, v: Float64Array, w: Float64Array, dt: number, k0: number, k1: number, range: Float64Array, vel: Float64Array): void {
  const { nx, ny, nz } = g;
  const ni = nx + (comp === 0 ? 1 : 0), nj = ny + (comp === 1 ? 1 : 0);
  const nk = nz + (comp === 2 ? 1 : 0);
  const sx = dt / g.dx, sy = dt / g.dy, sz = dt / g.dz;
  for (let k = k0; k < k1; k++) for (let j = 0; j < nj; j++) for (let i = 0; i < ni; i++) {
    const f = i + ni * (j + nj * k);
    if (state[f] !== OPEN) continue;
    const val = hat[f] + 0.5 * (old[f] - tilde[f]);
    faceVelocity(g, comp, i, j, k, u, v, w, vel);
    stencilRange(old, ni, nj, nk, i - sx * vel[0], j - sy * vel[1], k - sz * vel[2], range);
    hat[f] = val < range[0] || val > range[1] ? hat[f] : val;
  }
}
