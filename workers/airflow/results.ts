// Results of an airflow solve as plain data: per rack intake mean/max and exhaust temperature, per
// cooling unit return/supply temperature and load, metrics (RCI, RTI, SHI/RHI), the energy balance, and
// cell-centred fields (T, |u|, u, v, w) as Float32Arrays with the grid description for heatmaps.
// Units: °C, W, m³/s, m/s.
import type { HallDocument } from '../model/schema';
import type { Grid, Fields } from './grid';
import type { AirProblem } from './problem';
import type { CouplingState } from './couplings';
import type { CaptureResult } from './capture';
import { rciHi, rciLo, rti, shi } from './metrics';

export interface GridDescription { nx: number; ny: number; nz: number; dx: number; dy: number; dz: number; origin: [number, number, number] }

export interface RackAirResult {
  id: string;
  /** Flux-weighted mean and maximum intake temperature over the intake face, °C. */
  intakeMean: number; intakeMax: number;
  exhaust: number;
  airflow: number;
  /** Air-side IT heat (before any door) and the heat the rear door removed, W. */
  airHeat: number; doorHeat: number;
  /** The IT equipment's own air temperature rise Q_air/(ρ·cp·V), K. */
  equipmentDeltaT: number;
  /** Cold-aisle capture index (VanGilder, REFERENCE.md §7), 0–1: share of the intake air that comes from the
   *  cooling supplies without passing through a rack (capture.ts). null when the rack moves no air or the
   *  tracer was not solved; absent in results made before capture indices existed. */
  captureIndex?: number | null;
  /** Hot-aisle capture index, 0–1: share of the rack's exhaust air that reaches a cooling return without
   *  entering a rack intake first (capture.ts, adjoint solve). null as captureIndex. */
  hotAisleCaptureIndex?: number | null;
}

export interface UnitAirResult { id: string; returnT: number; supplyT: number; load: number; capacity: number; overCapacity: boolean; airflow: number }

export interface AirMetrics {
  rciHi: number; rciLo: number; rti: number; shi: number; rhi: number;
  /** Lowest and mean (over racks) cold-aisle capture index, 0–1; null without any rack capture index. */
  captureMin?: number | null; captureMean?: number | null;
  /** Hall hot-aisle capture: share of all rack exhaust air reaching a return without entering a rack, 0–1. */
  hotAisleCapture?: number | null;
}

export interface EnergyBalance {
  /** Air-side heat of the racks, W. */
  rackHeat: number;
  /** Removed by rear doors, by cooling units, through walls (adiabatic walls: 0), W. */
  doorHeat: number; unitHeat: number; wallHeat: number;
  /** (rackHeat − doorHeat − unitHeat − wallHeat) / rackHeat. */
  imbalance: number;
}

export interface AirFields {
  grid: GridDescription;
  /** 1 where the cell is solid (equipment, walls): values there are not air. */
  solid: Uint8Array;
  t: Float32Array; speed: Float32Array; u: Float32Array; v: Float32Array; w: Float32Array;
}

export function describeGrid(g: Grid): GridDescription {
  return { nx: g.nx, ny: g.ny, nz: g.nz, dx: g.dx, dy: g.dy, dz: g.dz, origin: [g.x0, g.y0, g.z0] };
}

/** A tracer share clamped to 0–1 (the discrete maximum principle holds to the continuity tolerance), or null. */
function share(x: number | undefined): number | null {
  return x !== undefined && Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : null;
}

export function rackResults(p: AirProblem, f: Fields, cs: CouplingState, capture: CaptureResult | null = null): RackAirResult[] {
  return p.racks.map((r, n) => {
    const patch = p.patches[r.intake];
    let max = -Infinity;
    for (let q = 0; q < patch.cell.length; q++) max = Math.max(max, f.t[patch.cell[q]]);
    return {
      id: r.id, intakeMean: cs.rackIntakeT[n], intakeMax: max, exhaust: cs.rackExhaustT[n], airflow: r.flow, airHeat: r.heat,
      doorHeat: cs.rackDoorHeat[n], equipmentDeltaT: r.heat / (p.physics.density * p.physics.cp * r.flow),
      captureIndex: r.flow > 0 ? share(capture?.rack[n]) : null,
      hotAisleCaptureIndex: r.flow > 0 ? share(capture?.rackHot[n]) : null,
    };
  });
}

export function unitResults(p: AirProblem, cs: CouplingState): UnitAirResult[] {
  return p.units.map((u, n) => ({
    id: u.id, returnT: cs.unitReturnT[n], supplyT: cs.unitSupplyT[n], load: cs.unitLoad[n], capacity: u.capacity,
    overCapacity: cs.unitOverCapacity[n] === 1, airflow: u.flow,
  }));
}

export function energyBalance(p: AirProblem, cs: CouplingState): EnergyBalance {
  let rackHeat = 0, doorHeat = 0, unitHeat = 0;
  p.racks.forEach((r, n) => { rackHeat += r.heat; doorHeat += cs.rackDoorHeat[n]; });
  for (let n = 0; n < p.units.length; n++) unitHeat += cs.unitLoad[n];
  const imbalance = rackHeat > 0 ? (rackHeat - doorHeat - unitHeat) / rackHeat : 0;
  return { rackHeat, doorHeat, unitHeat, wallHeat: 0, imbalance };
}

export function airMetrics(doc: HallDocument, racks: RackAirResult[], units: UnitAirResult[], capture: CaptureResult | null = null): AirMetrics {
  const intakes = racks.map((r) => r.intakeMean);
  let q = 0, ret = 0, sup = 0;
  for (const u of units) { q += u.airflow; ret += u.airflow * u.returnT; sup += u.airflow * u.supplyT; }
  const tr = q > 0 ? ret / q : 0, ts = q > 0 ? sup / q : 0;
  const s = shi(intakes, racks.map((r) => r.exhaust), ts);
  return {
    rciHi: rciHi(intakes, doc.criteria.airClass), rciLo: rciLo(intakes, doc.criteria.airClass),
    rti: rti(tr, ts, racks.map((r) => r.airHeat), racks.map((r) => r.equipmentDeltaT)), shi: s, rhi: 1 - s,
    ...captureMetrics(racks, capture),
  };
}

/** Hall min / mean of the racks' cold-aisle capture indices and the hall hot-aisle capture. */
export function captureMetrics(racks: readonly RackAirResult[], capture: CaptureResult | null): Pick<AirMetrics, 'captureMin' | 'captureMean' | 'hotAisleCapture'> {
  const ci = racks.map((r) => r.captureIndex).filter((x): x is number => typeof x === 'number');
  return {
    captureMin: ci.length ? Math.min(...ci) : null,
    captureMean: ci.length ? ci.reduce((a, b) => a + b, 0) / ci.length : null,
    hotAisleCapture: share(capture?.hotAisle),
  };
}

/** Cell-centred Float32 fields (velocity averaged from the faces). */
export function cellFields(g: Grid, solid: Uint8Array, f: Fields): AirFields {
  const n = g.nCells;
  const out: AirFields = { grid: describeGrid(g), solid: solid.slice(), t: new Float32Array(n), speed: new Float32Array(n), u: new Float32Array(n), v: new Float32Array(n), w: new Float32Array(n) };
  const { nx, ny, layer } = g;
  for (let c = 0; c < n; c++) {
    const j = Math.floor(c / nx) % ny, k = Math.floor(c / layer);
    const fu = c + j + ny * k, fv = c + nx * k;
    const u = 0.5 * (f.u[fu] + f.u[fu + 1]), v = 0.5 * (f.v[fv] + f.v[fv + nx]), w = 0.5 * (f.w[c] + f.w[c + layer]);
    out.u[c] = u; out.v[c] = v; out.w[c] = w;
    out.speed[c] = Math.sqrt(u * u + v * v + w * w);
    out.t[c] = f.t[c];
  }
  return out;
}
