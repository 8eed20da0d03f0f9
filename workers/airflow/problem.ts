// The discretised room-air problem the solver works on, independent of the hall document: grid, solid
// cells, face states, fixed-flow patches and the couplings that tie them together (racks, cooling
// units, the floor plenum). voxelise.ts builds one from a HallDocument; tests build them directly
// (lid-driven cavity, heated cavity, 1D channel). Units: m, m³/s, °C, W.
import { CLOSED, FIXED, OPEN, type Grid } from './grid';

/** Axis of a face: 0 = u (x-normal), 1 = v (y-normal), 2 = w (z-normal). */
export type Axis = 0 | 1 | 2;

/**
 * A set of FIXED faces that together move `flow` m³/s. flow > 0 enters the fluid (exhaust, supply,
 * tile), flow < 0 leaves it (intake, return). Velocity is uniform over the patch: flow / Σ area.
 */
export interface Patch {
  name: string;
  axis: Uint8Array;
  face: Int32Array;
  /** The fluid cell on the patch's room side. */
  cell: Int32Array;
  /** +1 when a positive face velocity points into `cell`, −1 otherwise. */
  inward: Int8Array;
  /** Area of each face, m², and their sum. */
  faceArea: Float64Array;
  area: number;
  flow: number;
}

export interface SideBC {
  /** Free-slip wall (symmetry) instead of no-slip. */
  slip: boolean;
  /** Wall velocity (moving lid), m/s. */
  velocity: [number, number, number];
  /** Isothermal wall temperature °C, or null for adiabatic. */
  temperature: number | null;
}

export interface RearDoorModel { ua: number; waterCapacityRate: number; waterTemp: number }

export interface RackCoupling {
  id: string;
  intake: number;
  exhaust: number;
  /** Airflow moved by the rack's fans, m³/s. */
  flow: number;
  /** Air-side heat from IT (before any rear door), W. */
  heat: number;
  door: RearDoorModel | null;
}

export interface UnitCoupling {
  id: string;
  /** Patches the unit extracts from (its return grille, or the shared ceiling extraction). */
  returns: number[];
  /** Share of each return patch's flow that belongs to this unit (1 unless shared). */
  returnShare: number[];
  /** Its supply patch, or −1 when it supplies the floor plenum. */
  supply: number;
  flow: number;
  setpoint: number;
  capacity: number;
}

export interface PlenumModel {
  /** Tile patches (inflow into the room). */
  tiles: number[];
  /** Tile flow areas, m²: each tile's plan area (tileSize²) less the overlap of the equipment standing on
   *  it (plan bounding boxes; hall-problem.ts coveredShare), not the voxelised face area, which depends on
   *  how the grid cuts the tile; and loss coefficients K. */
  tileArea: Float64Array;
  tileK: Float64Array;
  /** Cooling units feeding the plenum. */
  units: number[];
}

export interface Physics {
  /** Molecular kinematic viscosity, m²/s. */
  nu: number;
  /** Molecular Prandtl number. */
  prandtl: number;
  turbulence: { kind: 'none' } | { kind: 'constant'; nut: number } | { kind: 'chenXu'; prandtlT: number };
  /** g·β, m/(s²·K); 0 switches buoyancy off. */
  gBeta: number;
  /** Boussinesq reference temperature, °C. */
  tRef: number;
  density: number;
  cp: number;
}

/** Leaky panel faces (state LEAK) with a linear leakage conductance κ: u = −κ·Δp, m/(s·Pa). */
export interface LeakFaces { axis: Uint8Array; face: Int32Array; kappa: Float64Array }

export interface AirProblem {
  grid: Grid;
  solid: Uint8Array;
  uState: Uint8Array; vState: Uint8Array; wState: Uint8Array;
  leaks: LeakFaces;
  /** xMin, xMax, yMin, yMax, zMin, zMax. */
  sides: SideBC[];
  patches: Patch[];
  /** Temperature carried by each inflow patch, °C (updated by the couplings). */
  patchT: Float64Array;
  racks: RackCoupling[];
  units: UnitCoupling[];
  plenum: PlenumModel | null;
  physics: Physics;
  /** Scales for the residuals: velocity m/s, length m, flow m³/s. */
  scales: { velocity: number; length: number; flow: number };
  /** Initial and fallback temperature, °C. */
  t0: number;
}

export function noLeaks(): LeakFaces {
  return { axis: new Uint8Array(0), face: new Int32Array(0), kappa: new Float64Array(0) };
}

export function wallSide(): SideBC {
  return { slip: false, velocity: [0, 0, 0], temperature: null };
}

/** Face states for a box with every cell fluid: interior faces OPEN, boundary faces CLOSED. */
export function openBox(g: Grid): { solid: Uint8Array; uState: Uint8Array; vState: Uint8Array; wState: Uint8Array; leaks: LeakFaces } {
  const solid = new Uint8Array(g.nCells);
  const uState = new Uint8Array(g.nU);
  const vState = new Uint8Array(g.nV);
  const wState = new Uint8Array(g.nW);
  refreshFaceStates(g, solid, uState, vState, wState);
  return { solid, uState, vState, wState, leaks: noLeaks() };
}

/** OPEN between two fluid cells, CLOSED otherwise (panels and patches are marked afterwards). */
export function refreshFaceStates(g: Grid, solid: Uint8Array, uState: Uint8Array, vState: Uint8Array, wState: Uint8Array): void {
  const { nx, ny, nz } = g;
  for (let k = 0; k < nz; k++) for (let j = 0; j < ny; j++) for (let i = 0; i <= nx; i++) {
    const f = i + (nx + 1) * (j + ny * k);
    const c = i + nx * (j + ny * k);
    uState[f] = i > 0 && i < nx && !solid[c - 1] && !solid[c] ? OPEN : CLOSED;
  }
  for (let k = 0; k < nz; k++) for (let j = 0; j <= ny; j++) for (let i = 0; i < nx; i++) {
    const f = i + nx * (j + (ny + 1) * k);
    const c = i + nx * (j + ny * k);
    vState[f] = j > 0 && j < ny && !solid[c - nx] && !solid[c] ? OPEN : CLOSED;
  }
  for (let k = 0; k <= nz; k++) for (let j = 0; j < ny; j++) for (let i = 0; i < nx; i++) {
    const f = i + nx * (j + ny * k);
    const c = f;
    wState[f] = k > 0 && k < nz && !solid[c - nx * ny] && !solid[c] ? OPEN : CLOSED;
  }
}

/** Builds a patch from face lists and marks its faces FIXED. */
export function makePatch(p: AirProblem | { uState: Uint8Array; vState: Uint8Array; wState: Uint8Array; grid: Grid },
  name: string, faces: { axis: Axis; face: number; cell: number; inward: 1 | -1 }[], flow: number): Patch {
  const g = p.grid;
  const n = faces.length;
  const patch: Patch = {
    name, axis: new Uint8Array(n), face: new Int32Array(n), cell: new Int32Array(n), inward: new Int8Array(n),
    faceArea: new Float64Array(n), area: 0, flow,
  };
  const areas = [g.dy * g.dz, g.dx * g.dz, g.dx * g.dy];
  faces.forEach((f, q) => {
    patch.axis[q] = f.axis; patch.face[q] = f.face; patch.cell[q] = f.cell; patch.inward[q] = f.inward;
    patch.faceArea[q] = areas[f.axis];
    patch.area += areas[f.axis];
    (f.axis === 0 ? p.uState : f.axis === 1 ? p.vState : p.wState)[f.face] = FIXED;
  });
  return patch;
}

/** Writes every patch's uniform velocity (flow / area) into its FIXED faces. */
export function applyPatchVelocities(p: AirProblem, u: Float64Array, v: Float64Array, w: Float64Array): void {
  for (const patch of p.patches) {
    const speed = patch.area > 0 ? patch.flow / patch.area : 0;
    for (let q = 0; q < patch.face.length; q++) {
      const a = patch.axis[q];
      const val = speed * patch.inward[q];
      if (a === 0) u[patch.face[q]] = val; else if (a === 1) v[patch.face[q]] = val; else w[patch.face[q]] = val;
    }
  }
}

/** Flux-weighted (= area-weighted, the velocity is uniform) mean temperature of the cells next to a patch, °C. */
export function patchMeanT(patch: Patch, t: Float64Array): number {
  let s = 0;
  for (let q = 0; q < patch.cell.length; q++) s += patch.faceArea[q] * t[patch.cell[q]];
  return patch.area > 0 ? s / patch.area : NaN;
}
