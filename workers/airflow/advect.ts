// Semi-Lagrangian advection of the staggered velocity (Stam 1999; Zuo & Chen 2009 FFD, REFERENCE.md §8)
// with the MacCormack correction of Selle, Fedkiw, Kim, Liu & Rossignac 2008 (J. Sci. Comput. 35:350):
// forward trace φ̂ = A(φ), backward trace φ̃ = A⁻¹(φ̂), φ = φ̂ + ½(φ − φ̃), clamped to the forward
// stencil's range (as Selle et al. do; reverting to the first-order φ̂ outside it, as this code did
// until 2026-11-26, is a switch that kept the Ghia cavity in a limit cycle at a residual of 5e-4 once
// the sources were split along the trajectory), the range kept from the forward trace and the backward trace fused
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
 * Velocity at the faces of component u (index i, j, k) — likewise for v, w: its own value and the 4-face
 * averages of the two others (the MAC interpolation), written into vx/vy/vz at the face's index, on OPEN
 * faces of layers k0..k1−1 (others untouched). Faces on the domain boundary use what exists. Computed once
 * per step for both traces (forward and backward use the same old velocity).
 */
function faceVelocitiesU(g: Grid, state: Uint8Array, u: Float64Array, v: Float64Array, w: Float64Array,
  vx: Float64Array, vy: Float64Array, vz: Float64Array, k0: number, k1: number): void {
  const { nx, ny } = g;
  const open = OPEN, ni = nx + 1, layer = nx * ny;
  for (let k = k0; k < k1; k++) for (let j = 0; j < ny; j++) {
    const v0 = nx * (j + (ny + 1) * k), w0 = nx * (j + ny * k), w1 = w0 + layer, row = ni * (j + ny * k);
    for (let i = 0; i < ni; i++) {
      const f = row + i;
      if (state[f] !== open) continue;
      const ia = i > 0 ? i - 1 : 0, ib = i < nx ? i : nx - 1;
      vx[f] = u[f];
      vy[f] = 0.25 * (v[ia + v0] + v[ib + v0] + v[ia + v0 + nx] + v[ib + v0 + nx]);
      vz[f] = 0.25 * (w[ia + w0] + w[ib + w0] + w[ia + w1] + w[ib + w1]);
    }
  }
}

function faceVelocitiesV(g: Grid, state: Uint8Array, u: Float64Array, v: Float64Array, w: Float64Array,
  vx: Float64Array, vy: Float64Array, vz: Float64Array, k0: number, k1: number): void {
  const { nx, ny } = g;
  const open = OPEN, nj = ny + 1, layer = nx * ny;
  for (let k = k0; k < k1; k++) for (let j = 0; j < nj; j++) {
    const ja = j > 0 ? j - 1 : 0, jb = j < ny ? j : ny - 1;
    const ua0 = (nx + 1) * (ja + ny * k), ub0 = (nx + 1) * (jb + ny * k);
    const wa0 = nx * (ja + ny * k), wb0 = nx * (jb + ny * k), row = nx * (j + nj * k);
    for (let i = 0; i < nx; i++) {
      const f = row + i;
      if (state[f] !== open) continue;
      const ua = ua0 + i, ub = ub0 + i, wa = wa0 + i, wb = wb0 + i;
      vx[f] = 0.25 * (u[ua] + u[ua + 1] + u[ub] + u[ub + 1]);
      vy[f] = v[f];
      vz[f] = 0.25 * (w[wa] + w[wb] + w[wa + layer] + w[wb + layer]);
    }
  }
}

function faceVelocitiesW(g: Grid, state: Uint8Array, u: Float64Array, v: Float64Array, w: Float64Array,
  vx: Float64Array, vy: Float64Array, vz: Float64Array, k0: number, k1: number): void {
  const { nx, ny, nz } = g;
  const open = OPEN;
  for (let k = k0; k < k1; k++) {
    const ka = k > 0 ? k - 1 : 0, kb = k < nz ? k : nz - 1;
    for (let j = 0; j < ny; j++) {
      const ua0 = (nx + 1) * (j + ny * ka), ub0 = (nx + 1) * (j + ny * kb);
      const va0 = nx * (j + (ny + 1) * ka), vb0 = nx * (j + (ny + 1) * kb), row = nx * (j + ny * k);
      for (let i = 0; i < nx; i++) {
        const f = row + i;
        if (state[f] !== open) continue;
        const ua = ua0 + i, ub = ub0 + i, va = va0 + i, vb = vb0 + i;
        vx[f] = 0.25 * (u[ua] + u[ua + 1] + u[ub] + u[ub + 1]);
        vy[f] = 0.25 * (v[va] + v[va + nx] + v[vb] + v[vb + nx]);
        vz[f] = w[f];
      }
    }
  }
}

/** Face velocities (vx, vy, vz at the faces of component `comp`, OPEN faces of layers k0..k1−1). */
export function faceVelocities(g: Grid, comp: 0 | 1 | 2, state: Uint8Array, u: Float64Array, v: Float64Array, w: Float64Array,
  vx: Float64Array, vy: Float64Array, vz: Float64Array, k0: number, k1: number): void {
  if (comp === 0) faceVelocitiesU(g, state, u, v, w, vx, vy, vz, k0, k1);
  else if (comp === 1) faceVelocitiesV(g, state, u, v, w, vx, vy, vz, k0, k1);
  else faceVelocitiesW(g, state, u, v, w, vx, vy, vz, k0, k1);
}

/**
 * Forward semi-Lagrangian trace of component `comp` (0 u, 1 v, 2 w): dst[f] = src(x_f − dt·U_f) on OPEN
 * faces, dst[f] = src[f] elsewhere, with U_f = (vx, vy, vz)[f] from faceVelocities. With lo/hi
 * (MacCormack), also the range of the 8 values each departure point was interpolated from. The trilinear
 * sample (`sample`, `sampleRange`) is written out in the loop: called, V8 did not inline it (a third of
 * the advection's time went to the calls).
 */
export function traceForward(g: Grid, comp: 0 | 1 | 2, state: Uint8Array, src: Float64Array, dst: Float64Array,
  lo: Float32Array | null, hi: Float32Array | null, vx: Float64Array, vy: Float64Array, vz: Float64Array, dt: number,
  k0: number, k1: number): void {
  const open = OPEN;
  const ni = g.nx + (comp === 0 ? 1 : 0), nj = g.ny + (comp === 1 ? 1 : 0);
  const nk = g.nz + (comp === 2 ? 1 : 0);
  const sx = dt / g.dx, sy = dt / g.dy, sz = dt / g.dz;
  const si = ni > 1 ? 1 : 0, sj = nj > 1 ? ni : 0, sk = nk > 1 ? ni * nj : 0;
  const iMax = Math.max(0, ni - 2), jMax = Math.max(0, nj - 2), kMax = Math.max(0, nk - 2);
  const ranged = lo !== null && hi !== null;
  for (let k = k0; k < k1; k++) for (let j = 0; j < nj; j++) {
    const row = ni * (j + nj * k);
    for (let i = 0; i < ni; i++) {
      const f = row + i;
      if (state[f] !== open) { dst[f] = src[f]; continue; }
      let fi = i - sx * vx[f], fj = j - sy * vy[f], fk = k - sz * vz[f];
      if (fi < 0) fi = 0; else if (fi > ni - 1) fi = ni - 1;
      if (fj < 0) fj = 0; else if (fj > nj - 1) fj = nj - 1;
      if (fk < 0) fk = 0; else if (fk > nk - 1) fk = nk - 1;
      let a = fi | 0, b = fj | 0, c = fk | 0;
      if (a > iMax) a = iMax;
      if (b > jMax) b = jMax;
      if (c > kMax) c = kMax;
      const ta = si ? fi - a : 0, tb = sj ? fj - b : 0, tc = sk ? fk - c : 0;
      const o = a + ni * (b + nj * c);
      const f000 = src[o], f100 = src[o + si], f010 = src[o + sj], f110 = src[o + sj + si];
      const f001 = src[o + sk], f101 = src[o + sk + si], f011 = src[o + sk + sj], f111 = src[o + sk + sj + si];
      if (ranged) {
        // min and max of the 8 by pairwise comparisons (Math.min/max of 8 arguments cost twice as much)
        let l0 = f000, h0 = f100; if (l0 > h0) { l0 = f100; h0 = f000; }
        let l1 = f010, h1 = f110; if (l1 > h1) { l1 = f110; h1 = f010; }
        let l2 = f001, h2 = f101; if (l2 > h2) { l2 = f101; h2 = f001; }
        let l3 = f011, h3 = f111; if (l3 > h3) { l3 = f111; h3 = f011; }
        if (l1 < l0) l0 = l1;
        if (l3 < l2) l2 = l3;
        if (h1 > h0) h0 = h1;
        if (h3 > h2) h2 = h3;
        lo[f] = l2 < l0 ? l2 : l0;
        hi[f] = h2 > h0 ? h2 : h0;
      }
      const c00 = f000 * (1 - ta) + f100 * ta;
      const c10 = f010 * (1 - ta) + f110 * ta;
      const c01 = f001 * (1 - ta) + f101 * ta;
      const c11 = f011 * (1 - ta) + f111 * ta;
      dst[f] = (c00 * (1 - tb) + c10 * tb) * (1 - tc) + (c01 * (1 - tb) + c11 * tb) * tc;
    }
  }
}

/**
 * MacCormack correction fused with the backward trace: φ̃ = hat(x_f + dt·U_f), out = hat + ½(old − φ̃) on
 * OPEN faces, clamped to the forward stencil's range [lo, hi] (or, clamp false, hat where it leaves that
 * range); out = old elsewhere.
 */
export function traceBackCombine(g: Grid, comp: 0 | 1 | 2, state: Uint8Array, old: Float64Array, hat: Float64Array, out: Float64Array,
  lo: Float32Array, hi: Float32Array, vx: Float64Array, vy: Float64Array, vz: Float64Array, dt: number, k0: number, k1: number,
  clamp = true): void {
  const open = OPEN;
  const ni = g.nx + (comp === 0 ? 1 : 0), nj = g.ny + (comp === 1 ? 1 : 0);
  const nk = g.nz + (comp === 2 ? 1 : 0);
  const sx = dt / g.dx, sy = dt / g.dy, sz = dt / g.dz;
  const si = ni > 1 ? 1 : 0, sj = nj > 1 ? ni : 0, sk = nk > 1 ? ni * nj : 0;
  const iMax = Math.max(0, ni - 2), jMax = Math.max(0, nj - 2), kMax = Math.max(0, nk - 2);
  for (let k = k0; k < k1; k++) for (let j = 0; j < nj; j++) {
    const row = ni * (j + nj * k);
    for (let i = 0; i < ni; i++) {
      const f = row + i;
      if (state[f] !== open) { out[f] = old[f]; continue; }
      let fi = i + sx * vx[f], fj = j + sy * vy[f], fk = k + sz * vz[f];
      if (fi < 0) fi = 0; else if (fi > ni - 1) fi = ni - 1;
      if (fj < 0) fj = 0; else if (fj > nj - 1) fj = nj - 1;
      if (fk < 0) fk = 0; else if (fk > nk - 1) fk = nk - 1;
      let a = fi | 0, b = fj | 0, c = fk | 0;
      if (a > iMax) a = iMax;
      if (b > jMax) b = jMax;
      if (c > kMax) c = kMax;
      const ta = si ? fi - a : 0, tb = sj ? fj - b : 0, tc = sk ? fk - c : 0;
      const o = a + ni * (b + nj * c);
      const c00 = hat[o] * (1 - ta) + hat[o + si] * ta;
      const c10 = hat[o + sj] * (1 - ta) + hat[o + sj + si] * ta;
      const c01 = hat[o + sk] * (1 - ta) + hat[o + sk + si] * ta;
      const c11 = hat[o + sk + sj] * (1 - ta) + hat[o + sk + sj + si] * ta;
      const tilde = (c00 * (1 - tb) + c10 * tb) * (1 - tc) + (c01 * (1 - tb) + c11 * tb) * tc;
      const val = hat[f] + 0.5 * (old[f] - tilde);
      const l = lo[f], h = hi[f];
      out[f] = clamp ? (val < l ? l : val > h ? h : val) : val < l || val > h ? hat[f] : val;
    }
  }
}
