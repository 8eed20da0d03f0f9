// Geometric multigrid for the pressure Poisson equation on the MAC grid, used as a preconditioner for
// conjugate gradients (pressure.ts). Operator per cell: (A·x)_P = Σ_f a_f (x_P − x_N), a_f = A_f/h_f
// (m) on OPEN faces, 0 on CLOSED and FIXED faces (Neumann: the flux there is prescribed).
// Coarsening 2:1 per direction (odd sizes: the last coarse cell holds one fine cell); coarse face
// coefficient = ½·Σ of the fine face coefficients it covers (piecewise-constant Galerkin operator, scaled
// by ½ to undo its known over-estimate in 3D: a 2h face has area 4A over distance 2h, i.e. 2a, not 4a;
// Wesseling, An Introduction to Multigrid Methods, 1992, §7 on cell-centred coarsening).
// Smoother: red–black Gauss–Seidel; the V-cycle is symmetric (R,B down; B,R up) so CG may use it.
// Face coefficients are stored as Float32 (geometry constants; rounding them once keeps A symmetric) and
// the diagonal as Float64 summed from those rounded values, so A·1 = 0 holds as before (the Neumann
// null space stays the constant) while the coefficient arrays take half the memory.
// Kernels take a z-slab k0..k1 so a parallel driver can split them.
import { OPEN, type Grid } from './grid';

export interface Level {
  nx: number; ny: number; nz: number; n: number;
  ax: Float32Array; ay: Float32Array; az: Float32Array;
  diag: Float64Array;
  x: Float64Array; b: Float64Array; r: Float64Array;
}

/** The arrays of a level (zero-filled): on the heap, or views of a shared buffer (layout.ts). */
export type LevelArrays = Pick<Level, 'ax' | 'ay' | 'az' | 'diag' | 'x' | 'b' | 'r'>;

export function allocLevel(nx: number, ny: number, nz: number, arrays?: LevelArrays): Level {
  const n = nx * ny * nz;
  return {
    nx, ny, nz, n,
    ...(arrays ?? {
      ax: new Float32Array((nx + 1) * ny * nz), ay: new Float32Array(nx * (ny + 1) * nz), az: new Float32Array(nx * ny * (nz + 1)),
      diag: new Float64Array(n), x: new Float64Array(n), b: new Float64Array(n), r: new Float64Array(n),
    }),
  };
}

/** Sizes of the levels buildHierarchy makes from an nx×ny×nz fine level (the same stopping rule). */
export function levelDims(nx: number, ny: number, nz: number, minCells = 512): [number, number, number][] {
  const out: [number, number, number][] = [[nx, ny, nz]];
  while (nx * ny * nz > minCells && Math.min(nx, ny, nz) > 2) {
    nx = Math.ceil(nx / 2); ny = Math.ceil(ny / 2); nz = Math.ceil(nz / 2);
    out.push([nx, ny, nz]);
  }
  return out;
}

function computeDiag(L: Level): void {
  const { nx, ny, nz } = L;
  for (let k = 0; k < nz; k++) for (let j = 0; j < ny; j++) for (let i = 0; i < nx; i++) {
    const c = i + nx * (j + ny * k);
    const fu = c + j + ny * k;
    const fv = c + nx * k;
    L.diag[c] = L.ax[fu] + L.ax[fu + 1] + L.ay[fv] + L.ay[fv + nx] + L.az[c] + L.az[c + nx * ny];
  }
}

/** The finest level from the grid's face states; LEAK faces get conductance β·A/h (β per leak face). */
export function fineLevel(g: Grid, uState: Uint8Array, vState: Uint8Array, wState: Uint8Array,
  leakAxis: Uint8Array, leakFace: Int32Array, leakBeta: Float64Array, into?: Level): Level {
  const L = into ?? allocLevel(g.nx, g.ny, g.nz);
  const au = (g.dy * g.dz) / g.dx;
  const av = (g.dx * g.dz) / g.dy;
  const aw = (g.dx * g.dy) / g.dz;
  for (let f = 0; f < g.nU; f++) L.ax[f] = uState[f] === OPEN ? au : 0;
  for (let f = 0; f < g.nV; f++) L.ay[f] = vState[f] === OPEN ? av : 0;
  for (let f = 0; f < g.nW; f++) L.az[f] = wState[f] === OPEN ? aw : 0;
  for (let q = 0; q < leakFace.length; q++) {
    const a = leakAxis[q];
    (a === 0 ? L.ax : a === 1 ? L.ay : L.az)[leakFace[q]] = leakBeta[q] * (a === 0 ? au : a === 1 ? av : aw);
  }
  // the domain boundary carries no conductance (the unguarded interior rows of the kernels rely on it)
  const { nx, ny, nz } = g;
  for (let k = 0; k < nz; k++) for (let j = 0; j < ny; j++) { L.ax[(nx + 1) * (j + ny * k)] = 0; L.ax[nx + (nx + 1) * (j + ny * k)] = 0; }
  for (let k = 0; k < nz; k++) for (let i = 0; i < nx; i++) { L.ay[i + nx * (ny + 1) * k] = 0; L.ay[i + nx * (ny + (ny + 1) * k)] = 0; }
  for (let q = 0; q < nx * ny; q++) { L.az[q] = 0; L.az[q + nx * ny * nz] = 0; }
  computeDiag(L);
  return L;
}

function coarsen(F: Level, into?: Level): Level {
  const nx = Math.ceil(F.nx / 2);
  const ny = Math.ceil(F.ny / 2);
  const nz = Math.ceil(F.nz / 2);
  const C = into ?? allocLevel(nx, ny, nz);
  for (let K = 0; K < nz; K++) for (let J = 0; J < ny; J++) for (let I = 1; I < nx; I++) {
    let s = 0;
    for (let k = 2 * K; k < Math.min(2 * K + 2, F.nz); k++) for (let j = 2 * J; j < Math.min(2 * J + 2, F.ny); j++) s += F.ax[2 * I + (F.nx + 1) * (j + F.ny * k)];
    C.ax[I + (nx + 1) * (J + ny * K)] = 0.5 * s;
  }
  for (let K = 0; K < nz; K++) for (let J = 1; J < ny; J++) for (let I = 0; I < nx; I++) {
    let s = 0;
    for (let k = 2 * K; k < Math.min(2 * K + 2, F.nz); k++) for (let i = 2 * I; i < Math.min(2 * I + 2, F.nx); i++) s += F.ay[i + F.nx * (2 * J + (F.ny + 1) * k)];
    C.ay[I + nx * (J + (ny + 1) * K)] = 0.5 * s;
  }
  for (let K = 1; K < nz; K++) for (let J = 0; J < ny; J++) for (let I = 0; I < nx; I++) {
    let s = 0;
    for (let j = 2 * J; j < Math.min(2 * J + 2, F.ny); j++) for (let i = 2 * I; i < Math.min(2 * I + 2, F.nx); i++) s += F.az[i + F.nx * (j + F.ny * 2 * K)];
    C.az[I + nx * (J + ny * K)] = 0.5 * s;
  }
  computeDiag(C);
  return C;
}

/** Levels from fine to coarse until a level has fewer than `minCells` cells or a side of 1–2 cells
 *  (levelDims); `coarse` (zero-filled, of levelDims' sizes) receives the coarse levels' coefficients. */
export function buildHierarchy(fine: Level, minCells = 512, coarse?: readonly Level[]): Level[] {
  const levels = [fine];
  let L = fine;
  while (L.n > minCells && Math.min(L.nx, L.ny, L.nz) > 2) {
    L = coarsen(L, coarse?.[levels.length - 1]);
    levels.push(L);
  }
  return levels;
}

/**
 * One red–black Gauss–Seidel half sweep of colour `colour` over layers k0..k1−1. Rows away from the
 * domain's j and k boundaries skip the bounds tests: a neighbour across a boundary face has a zero
 * coefficient there (boundary faces are CLOSED or FIXED), so the row's first and last cells read a finite
 * neighbour (x is finite everywhere) times 0 — the same result as the guarded formula.
 */
export function smoothColour(L: Level, colour: number, k0: number, k1: number): void {
  const { nx, ny, nz, ax, ay, az, diag, x, b } = L;
  const layer = nx * ny;
  for (let k = k0; k < k1; k++) for (let j = 0; j < ny; j++) {
    const row = j + ny * k;
    const start = (colour + j + k) & 1;
    const base = nx * row;
    if (j > 0 && j < ny - 1 && k > 0 && k < nz - 1) {
      for (let c = base + start, fu = c + row, fv = c + nx * k, end = base + nx; c < end; c += 2, fu += 2, fv += 2) {
        const d = diag[c];
        if (d === 0) continue;
        x[c] = (b[c] + ax[fu] * x[c - 1] + ax[fu + 1] * x[c + 1] + ay[fv] * x[c - nx] + ay[fv + nx] * x[c + nx]
          + az[c] * x[c - layer] + az[c + layer] * x[c + layer]) / d;
      }
      continue;
    }
    for (let i = start; i < nx; i += 2) {
      const c = i + base;
      const d = diag[c];
      if (d === 0) continue;
      const fu = c + row;
      const fv = c + nx * k;
      let s = b[c];
      if (i > 0) s += ax[fu] * x[c - 1];
      if (i < nx - 1) s += ax[fu + 1] * x[c + 1];
      if (j > 0) s += ay[fv] * x[c - nx];
      if (j < ny - 1) s += ay[fv + nx] * x[c + nx];
      if (k > 0) s += az[c] * x[c - layer];
      if (k < nz - 1) s += az[c + layer] * x[c + layer];
      x[c] = s / d;
    }
  }
}

/** r = b − A·x over layers k0..k1−1 (interior rows unguarded, as in smoothColour). */
export function residual(L: Level, x: Float64Array, b: Float64Array, r: Float64Array, k0: number, k1: number): void {
  const { nx, ny, nz, ax, ay, az, diag } = L;
  const layer = nx * ny;
  for (let k = k0; k < k1; k++) for (let j = 0; j < ny; j++) {
    const row = j + ny * k;
    const base = nx * row;
    if (j > 0 && j < ny - 1 && k > 0 && k < nz - 1) {
      for (let c = base, fu = c + row, fv = c + nx * k, end = base + nx; c < end; c++, fu++, fv++) {
        const d = diag[c];
        r[c] = d === 0 ? 0 : b[c] - d * x[c] + ax[fu] * x[c - 1] + ax[fu + 1] * x[c + 1] + ay[fv] * x[c - nx] + ay[fv + nx] * x[c + nx]
          + az[c] * x[c - layer] + az[c + layer] * x[c + layer];
      }
      continue;
    }
    for (let i = 0; i < nx; i++) {
      const c = i + base;
      const d = diag[c];
      if (d === 0) { r[c] = 0; continue; }
      const fu = c + row;
      const fv = c + nx * k;
      let s = b[c] - d * x[c];
      if (i > 0) s += ax[fu] * x[c - 1];
      if (i < nx - 1) s += ax[fu + 1] * x[c + 1];
      if (j > 0) s += ay[fv] * x[c - nx];
      if (j < ny - 1) s += ay[fv + nx] * x[c + nx];
      if (k > 0) s += az[c] * x[c - layer];
      if (k < nz - 1) s += az[c + layer] * x[c + layer];
      r[c] = s;
    }
  }
}

/** out = A·x over layers k0..k1−1 (the residual kernel without b; 0 in inactive cells). */
export function applyOperator(L: Level, x: Float64Array, out: Float64Array, k0: number, k1: number): void {
  const { nx, ny, nz, ax, ay, az, diag } = L;
  const layer = nx * ny;
  for (let k = k0; k < k1; k++) for (let j = 0; j < ny; j++) {
    const row = j + ny * k;
    const base = nx * row;
    if (j > 0 && j < ny - 1 && k > 0 && k < nz - 1) {
      for (let c = base, fu = c + row, fv = c + nx * k, end = base + nx; c < end; c++, fu++, fv++) {
        const d = diag[c];
        out[c] = d === 0 ? 0 : d * x[c] - (ax[fu] * x[c - 1] + ax[fu + 1] * x[c + 1] + ay[fv] * x[c - nx] + ay[fv + nx] * x[c + nx]
          + az[c] * x[c - layer] + az[c + layer] * x[c + layer]);
      }
      continue;
    }
    for (let i = 0; i < nx; i++) {
      const c = i + base;
      const d = diag[c];
      if (d === 0) { out[c] = 0; continue; }
      const fu = c + row;
      const fv = c + nx * k;
      let s = 0;
      if (i > 0) s += ax[fu] * x[c - 1];
      if (i < nx - 1) s += ax[fu + 1] * x[c + 1];
      if (j > 0) s += ay[fv] * x[c - nx];
      if (j < ny - 1) s += ay[fv + nx] * x[c + nx];
      if (k > 0) s += az[c] * x[c - layer];
      if (k < nz - 1) s += az[c + layer] * x[c + layer];
      out[c] = d * x[c] - s;
    }
  }
}

/** Coarse b = Σ of the fine residuals of its children, for coarse layers K0..K1−1. */
export function restrict(F: Level, C: Level, K0: number, K1: number): void {
  const fr = F.r;
  for (let K = K0; K < K1; K++) for (let J = 0; J < C.ny; J++) for (let I = 0; I < C.nx; I++) {
    let s = 0;
    for (let k = 2 * K; k < Math.min(2 * K + 2, F.nz); k++) for (let j = 2 * J; j < Math.min(2 * J + 2, F.ny); j++) {
      const base = F.nx * (j + F.ny * k);
      s += fr[base + 2 * I];
      if (2 * I + 1 < F.nx) s += fr[base + 2 * I + 1];
    }
    const c = I + C.nx * (J + C.ny * K);
    C.b[c] = s;
    C.x[c] = 0;
  }
}

/** Fine x += coarse x (piecewise constant), fine layers k0..k1−1. */
export function prolongAdd(F: Level, C: Level, k0: number, k1: number): void {
  for (let k = k0; k < k1; k++) for (let j = 0; j < F.ny; j++) {
    const cb = C.nx * ((j >> 1) + C.ny * (k >> 1));
    const fb = F.nx * (j + F.ny * k);
    for (let i = 0; i < F.nx; i++) if (F.diag[fb + i] !== 0) F.x[fb + i] += C.x[cb + (i >> 1)];
  }
}

/** Symmetric V-cycle on levels[l..]: approximately solves A·x = b for levels[l].x from x = 0. */
export function vCycle(levels: Level[], l: number, sweeps: number): void {
  const L = levels[l];
  const nz = L.nz;
  if (l === levels.length - 1) {
    L.x.fill(0);
    for (let s = 0; s < 24; s++) {
      smoothColour(L, 0, 0, nz); smoothColour(L, 1, 0, nz);
      smoothColour(L, 1, 0, nz); smoothColour(L, 0, 0, nz);
    }
    return;
  }
  L.x.fill(0);
  for (let s = 0; s < sweeps; s++) { smoothColour(L, 0, 0, nz); smoothColour(L, 1, 0, nz); }
  residual(L, L.x, L.b, L.r, 0, nz);
  const C = levels[l + 1];
  restrict(L, C, 0, C.nz);
  vCycle(levels, l + 1, sweeps);
  prolongAdd(L, C, 0, nz);
  for (let s = 0; s < sweeps; s++) { smoothColour(L, 1, 0, nz); smoothColour(L, 0, 0, nz); }
}
