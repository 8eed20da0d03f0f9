// Semi-Lagrangian advection of the staggered velocity (Stam 1999; Zuo & Chen 2009 FFD, REFERENCE.md §8)
// with the MacCormack correction of Selle, Fedkiw, Kim, Liu & Rossignac 2008 (J. Sci. Comput. 35:350):
// forward trace φ̂ = A(φ), backward trace φ̃ = A⁻¹(φ̂), φ = φ̂ + ½(φ − φ̃), clamped to the forward
// stencil's range (else first-order φ̂), the range kept from the forward trace and the backward trace fused
// with the correction. Unconditionally stable, second order where smooth. Velocities
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

/**
 * Trilinear sample like `sample`, and the range [min, max] of its 8 stencil values written into lo[q], hi[q]
 * (the MacCormack limiter's bounds), in one walk of the stencil. The bounds are kept in Float32 (half the
 * memory of two face-sized arrays): a bound rounded by ≈ 6e-8 relative only moves which faces the limiter
 * sends back to first order by that round-off.
 */
export function sampleRange(f: Float64Array, ni: number, nj: number, nk: number, fi: number, fj: number, fk: number,
  lo: Float32Array, hi: Float32Array, q: number): number {
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
  const f000 = f[o], f100 = f[o + si], f010 = f[o + sj], f110 = f[o + sj + si];
  const f001 = f[o + sk], f101 = f[o + sk + si], f011 = f[o + sk + sj], f111 = f[o + sk + sj + si];
  lo[q] = Math.min(f000, f100, f010, f110, f001, f101, f011, f111);
  hi[q] = Math.max(f000, f100, f010, f110, f001, f101, f011, f111);
  const c00 = f000 * (1 - a) + f100 * a;
  const c10 = f010 * (1 - a) + f110 * a;
  const c01 = f001 * (1 - a) + f101 * a;
  const c11 = f011 * (1 - a) + f111 * a;
  return (c00 * (1 - b) + c10 * b) * (1 - c) + (c01 * (1 - b) + c11 * b) * c;
}

/**
 * Velocity at a face of component u (index i, j, k) — likewise faceVelocityV, faceVelocityW: its own
 * value and the 4-face averages of the two others (the MAC interpolation), written into out[0..2]. Faces
 * on the domain boundary use what exists. One small function per component so the trace loops inline
 * them (one generic function was too large for V8 to inline: 5 % of a solve went to the call alone).
 */
function faceVelocityU(nx: number, ny: number, i: number, j: number, k: number, u: Float64Array, v: Float64Array, w: Float64Array, out: Float64Array): void {
  const ia = i > 0 ? i - 1 : 0, ib = i < nx ? i : nx - 1;
  const v0 = nx * (j + (ny + 1) * k), w0 = nx * (j + ny * k), w1 = w0 + nx * ny;
  out[0] = u[i + (nx + 1) * (j + ny * k)];
  out[1] = 0.25 * (v[ia + v0] + v[ib + v0] + v[ia + v0 + nx] + v[ib + v0 + nx]);
  out[2] = 0.25 * (w[ia + w0] + w[ib + w0] + w[ia + w1] + w[ib + w1]);
}

function faceVelocityV(nx: number, ny: number, i: number, j: number, k: number, u: Float64Array, v: Float64Array, w: Float64Array, out: Float64Array): void {
  const ja = j > 0 ? j - 1 : 0, jb = j < ny ? j : ny - 1;
  const ua = i + (nx + 1) * (ja + ny * k), ub = i + (nx + 1) * (jb + ny * k);
  const wa = i + nx * (ja + ny * k), wb = i + nx * (jb + ny * k), layer = nx * ny;
  out[0] = 0.25 * (u[ua] + u[ua + 1] + u[ub] + u[ub + 1]);
  out[1] = v[i + nx * (j + (ny + 1) * k)];
  out[2] = 0.25 * (w[wa] + w[wb] + w[wa + layer] + w[wb + layer]);
}

function faceVelocityW(nx: number, ny: number, nz: number, i: number, j: number, k: number, u: Float64Array, v: Float64Array, w: Float64Array, out: Float64Array): void {
  const ka = k > 0 ? k - 1 : 0, kb = k < nz ? k : nz - 1;
  const ua = i + (nx + 1) * (j + ny * ka), ub = i + (nx + 1) * (j + ny * kb);
  const va = i + nx * (j + (ny + 1) * ka), vb = i + nx * (j + (ny + 1) * kb);
  out[0] = 0.25 * (u[ua] + u[ua + 1] + u[ub] + u[ub + 1]);
  out[1] = 0.25 * (v[va] + v[va + nx] + v[vb] + v[vb + nx]);
  out[2] = w[i + nx * (j + ny * k)];
}

/**
 * Forward semi-Lagrangian trace of component `comp` (0 u, 1 v, 2 w): dst[f] = src(x_f − dt·U(x_f)) on OPEN
 * faces (U interpolated from u, v, w), dst[f] = src[f] elsewhere. With lo/hi (MacCormack), also the
 * range of the 8 values each departure point was interpolated from.
 */
export function traceForward(g: Grid, comp: 0 | 1 | 2, state: Uint8Array, src: Float64Array, dst: Float64Array,
  lo: Float32Array | null, hi: Float32Array | null, u: Float64Array, v: Float64Array, w: Float64Array, dt: number,
  k0: number, k1: number, vel: Float64Array): void {
  const { nx, ny, nz } = g;
  const open = OPEN;
  const ni = nx + (comp === 0 ? 1 : 0), nj = ny + (comp === 1 ? 1 : 0);
  const nk = nz + (comp === 2 ? 1 : 0);
  const sx = dt / g.dx, sy = dt / g.dy, sz = dt / g.dz;
  for (let k = k0; k < k1; k++) for (let j = 0; j < nj; j++) for (let i = 0; i < ni; i++) {
    const f = i + ni * (j + nj * k);
    if (state[f] !== open) { dst[f] = src[f]; continue; }
    // position in face-index space
    if (comp === 0) faceVelocityU(nx, ny, i, j, k, u, v, w, vel);
    else if (comp === 1) faceVelocityV(nx, ny, i, j, k, u, v, w, vel);
    else faceVelocityW(nx, ny, nz, i, j, k, u, v, w, vel);
    const fi = i - sx * vel[0], fj = j - sy * vel[1], fk = k - sz * vel[2];
    dst[f] = lo && hi ? sampleRange(src, ni, nj, nk, fi, fj, fk, lo, hi, f) : sample(src, ni, nj, nk, fi, fj, fk);
  }
}

/**
 * MacCormack correction fused with the backward trace: φ̃ = hat(x_f + dt·U), out = hat + ½(old − φ̃) on OPEN
 * faces, or hat where that leaves the forward stencil's range [lo, hi]; out = old elsewhere.
 */
export function traceBackCombine(g: Grid, comp: 0 | 1 | 2, state: Uint8Array, old: Float64Array, hat: Float64Array, out: Float64Array,
  lo: Float32Array, hi: Float32Array, u: Float64Array, v: Float64Array, w: Float64Array, dt: number, k0: number, k1: number, vel: Float64Array): void {
  const { nx, ny, nz } = g;
  const open = OPEN;
  const ni = nx + (comp === 0 ? 1 : 0), nj = ny + (comp === 1 ? 1 : 0);
  const nk = nz + (comp === 2 ? 1 : 0);
  const sx = dt / g.dx, sy = dt / g.dy, sz = dt / g.dz;
  for (let k = k0; k < k1; k++) for (let j = 0; j < nj; j++) for (let i = 0; i < ni; i++) {
    const f = i + ni * (j + nj * k);
    if (state[f] !== open) { out[f] = old[f]; continue; }
    if (comp === 0) faceVelocityU(nx, ny, i, j, k, u, v, w, vel);
    else if (comp === 1) faceVelocityV(nx, ny, i, j, k, u, v, w, vel);
    else faceVelocityW(nx, ny, nz, i, j, k, u, v, w, vel);
    const tilde = sample(hat, ni, nj, nk, i + sx * vel[0], j + sy * vel[1], k + sz * vel[2]);
    const val = hat[f] + 0.5 * (old[f] - tilde);
    out[f] = val < lo[f] || val > hi[f] ? hat[f] : val;
  }
}
