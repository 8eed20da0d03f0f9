// Uniform Cartesian staggered (MAC) grid: cell-centred p and T, face-normal u, v, w. Lengths in m.
// Indexing (x fastest, z slowest so that a z-slab k0..k1 is one contiguous block of every array):
//   cell   c = i + nx·(j + ny·k)                         (nx·ny·nz)
//   u face   i + (nx+1)·(j + ny·k), i ∈ 0..nx           west face of cell c is c + j + ny·k
//   v face   i + nx·(j + (ny+1)·k), j ∈ 0..ny           south face of cell c is c + nx·k
//   w face   i + nx·(j + ny·k),     k ∈ 0..nz           bottom face of cell c is c, top is c + nx·ny
// Face states: CLOSED (wall, solid: velocity 0), OPEN (solved), FIXED (prescribed velocity: rack
// intakes/exhausts, cooling-unit supplies/returns, floor tiles), LEAK (containment panel: Darcy leakage).

export const CLOSED = 0;
export const OPEN = 1;
export const FIXED = 2;
/** Leaky panel face: no momentum, velocity = −κ·Δp/Δx from the pressure only (containment leakage). */
export const LEAK = 3;

export interface GridSpec {
  nx: number; ny: number; nz: number;
  dx: number; dy: number; dz: number;
  /** World position of the grid's (0, 0, 0) corner, m. */
  x0: number; y0: number; z0: number;
}

export interface Grid extends GridSpec {
  nCells: number; nU: number; nV: number; nW: number;
  /** Cells per z-layer, nx·ny. */
  layer: number;
}

export function makeGrid(spec: GridSpec): Grid {
  const { nx, ny, nz } = spec;
  return { ...spec, nCells: nx * ny * nz, nU: (nx + 1) * ny * nz, nV: nx * (ny + 1) * nz, nW: nx * ny * (nz + 1), layer: nx * ny };
}

/** A grid over a box [0, lx]×[0, ly]×[0, lz] with cells as close to `h` as the box allows. */
export function boxGrid(lx: number, ly: number, lz: number, h: number): Grid {
  const nx = Math.max(1, Math.round(lx / h));
  const ny = Math.max(1, Math.round(ly / h));
  const nz = Math.max(1, Math.round(lz / h));
  return makeGrid({ nx, ny, nz, dx: lx / nx, dy: ly / ny, dz: lz / nz, x0: 0, y0: 0, z0: 0 });
}

export const cellIndex = (g: Grid, i: number, j: number, k: number): number => i + g.nx * (j + g.ny * k);
export const uIndex = (g: Grid, i: number, j: number, k: number): number => i + (g.nx + 1) * (j + g.ny * k);
export const vIndex = (g: Grid, i: number, j: number, k: number): number => i + g.nx * (j + (g.ny + 1) * k);
export const wIndex = (g: Grid, i: number, j: number, k: number): number => i + g.nx * (j + g.ny * k);

/** Bytes the solver allocates per cell: Float64 fields (6), advection and residual work (6), face velocities
 *  of the advected component (3), divergence and
 *  old T (2), energy coefficients (9), CG vectors and the finest multigrid level (5 + diagonal), Float32
 *  face coefficients (3), MacCormack bounds (2) and running means (4), wall distance (1), coarser levels
 *  ≈ 1/7 of the finest, masks. */
export const BYTES_PER_CELL = 8 * 6 + 8 * 6 + 8 * 3 + 8 * 2 + 8 * 9 + 8 * 6 + 4 * 3 + 4 * 2 + 4 * 4 + 4 + 12 + 8;

/** Memory estimate for a grid of n cells, bytes (checked against the measured heap in the benchmark). */
export function estimateBytes(nCells: number): number {
  return nCells * BYTES_PER_CELL;
}

/** The field arrays of a solution. Float64 throughout: energy balance to 0.5 % needs it in the sums. */
export interface Fields {
  u: Float64Array; v: Float64Array; w: Float64Array;
  /** Kinematic pressure × dt (the projection potential), m²/s. */
  phi: Float64Array;
  /** Temperature, °C. */
  t: Float64Array;
  /** Turbulent viscosity, m²/s. */
  nut: Float64Array;
}

export function allocFields(g: Grid, t0: number): Fields {
  return {
    u: new Float64Array(g.nU), v: new Float64Array(g.nV), w: new Float64Array(g.nW),
    phi: new Float64Array(g.nCells), t: new Float64Array(g.nCells).fill(t0), nut: new Float64Array(g.nCells),
  };
}
