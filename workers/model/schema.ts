// The hall document: a versioned, validated schema (zod 4) for everything the engine solves and the
// editor shows. Values are SI (temperatures °C, differences K); every number declares its quantity kind.
//
// Coordinates: plan x ∈ [0, envelope.length] and y ∈ [0, envelope.width] in metres, z up from the
// finished floor (a raised-floor plenum spans z ∈ [−plenumDepth, 0]). Rotation is counter-clockwise seen
// from above, in degrees; at 0° an object's front (rack intake, cooling-unit supply face) faces −y, so the
// front normal is (sin θ, −cos θ). Footprint width runs side to side, depth front to back.
// x, y of racks, cooling units, CDUs, perforated tiles and columns are the centre of the footprint.
import { z } from 'zod';
import { quantity as q, integer } from './quantity';

export const SCHEMA_VERSION = 1;

const id = z.string().min(1, { error: 'must not be empty' }).max(64, { error: 'must be at most 64 characters' });
const name = z.string().max(120, { error: 'must be at most 120 characters' });
const templateRef = z.string().max(64).nullable();
const x = q('length', -1000, 1000, { title: 'X' });
const y = q('length', -1000, 1000, { title: 'Y' });
const rotation = q('angle', -360, 360, { title: 'Rotation' });

export const AIR_CLASSES = ['A1', 'A2', 'A3', 'A4', 'H1'] as const;
export const W_CLASSES = ['W17', 'W27', 'W32', 'W40', 'W45', 'W+'] as const;
export const COOLANTS = ['PG25', 'water', 'EG25'] as const;
export const RACK_COOLING = ['air', 'hybrid', 'dlc'] as const;

// ---------- envelope ----------
export const Wall = z.object({
  id,
  x0: x, y0: y, x1: x, y1: y,
  thickness: q('length', 0.05, 2, { title: 'Thickness' }),
  height: q('length', 0.1, 30, { title: 'Height' }),
});
export const Column = z.object({
  id,
  x, y,
  width: q('length', 0.05, 5, { title: 'Width' }),
  depth: q('length', 0.05, 5, { title: 'Depth' }),
});
export const Floor = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('slab') }),
  z.object({
    kind: z.literal('raised'),
    plenumDepth: q('length', 0.1, 3, { title: 'Plenum depth' }),
    tileSize: q('length', 0.3, 1.2, { title: 'Tile size', source: '600 mm raised-floor tile grid (industry standard)' }),
  }),
]);
export const Envelope = z.object({
  length: q('length', 2, 500, { title: 'Length (x)' }),
  width: q('length', 2, 500, { title: 'Width (y)' }),
  ceilingHeight: q('length', 2, 30, { title: 'Ceiling height' }),
  floor: Floor,
  ceilingPlenum: z.object({ depth: q('length', 0.1, 5, { title: 'Ceiling plenum depth' }) }).nullable(),
  /** Snap grid for the editor (the tile size on raised floors). */
  gridSize: q('length', 0.05, 2, { title: 'Snap grid' }),
  walls: z.array(Wall),
  columns: z.array(Column),
});

// ---------- racks ----------
export const AirflowSpec = z.discriminatedUnion('spec', [
  z.object({ spec: z.literal('perPower'), value: q('airflowPerPower', 1e-6, 5e-4, { title: 'IT airflow per kW' }) }),
  z.object({ spec: z.literal('deltaT'), value: q('temperatureDelta', 3, 40, { title: 'IT air ΔT' }) }),
]);
export const RearDoor = z.object({
  templateId: templateRef,
  /** Rated heat removal at the template's reference conditions. */
  capacity: q('power', 0, 200e3, { title: 'Rated capacity' }),
  /** Heat-exchanger conductance; the air solver uses ε-NTU with it (REFERENCE.md §6). */
  ua: q('conductance', 0, 1e5, { title: 'UA' }),
  waterSupplyTemp: q('temperature', 2, 45, { title: 'Water supply' }),
  waterFlow: q('liquidFlow', 0, 0.01, { title: 'Water flow' }),
  /** Extra airflow resistance of the door coil as a pressure drop at the rack's airflow. */
  airPressureDrop: q('pressure', 0, 500, { title: 'Air-side ΔP' }),
  enabled: z.boolean(),
});
export const ColdPlateLoop = z.object({
  /** Rack cold-plate circuit ΔP at the design flow; ΔP = k·Qⁿ (Modelica Buildings ColdPlateR_P, REFERENCE.md §2). */
  designPressureDrop: q('pressure', 1e3, 1e6, { title: 'Cold-plate ΔP at design flow' }),
  pressureExponent: q('ratio', 1, 2.5, { title: 'ΔP exponent n' }),
  /** Rack-level case-to-coolant thermal resistance at design flow; R ∝ (Q/Qd)^(−m). Labelled assumption. */
  thermalResistance: q('thermalResistance', 0, 1, { title: 'Case–coolant resistance', assumption: true }),
  resistanceExponent: q('ratio', 0, 1.5, { title: 'Resistance flow exponent', assumption: true }),
  maxCaseTemp: q('temperature', 30, 120, { title: 'Max case temperature', assumption: true }),
});
export const Rack = z.object({
  id,
  name,
  rowId: id.nullable(),
  templateId: templateRef,
  x, y,
  rotationDeg: rotation,
  width: q('length', 0.2, 2, { title: 'Width' }),
  depth: q('length', 0.3, 2.5, { title: 'Depth' }),
  height: q('length', 0.5, 3.5, { title: 'Height' }),
  itLoad: q('power', 0, 1.5e6, { title: 'IT load' }),
  cooling: z.enum(RACK_COOLING),
  /** Share of the IT load captured by liquid (0 for air racks). */
  liquidCaptureFraction: q('fraction', 0, 1, { title: 'Liquid capture' }),
  airflow: AirflowSpec,
  rearDoor: RearDoor.nullable(),
  coldPlate: ColdPlateLoop.nullable(),
});
export const Row = z.object({ id, name });

// ---------- cooling equipment ----------
const unitBase = {
  id,
  name,
  templateId: templateRef,
  x, y,
  rotationDeg: rotation,
  width: q('length', 0.1, 20, { title: 'Width' }),
  depth: q('length', 0.1, 5, { title: 'Depth' }),
  height: q('length', 0.3, 6, { title: 'Height' }),
  capacity: q('power', 0, 5e6, { title: 'Sensible capacity' }),
  airflow: q('airflow', 0, 100, { title: 'Airflow' }),
  supplySetpoint: q('temperature', 5, 40, { title: 'Supply air setpoint' }),
  fanPower: q('power', 0, 2e5, { title: 'Fan power' }),
  enabled: z.boolean(),
};
export const AirSupply = z.enum(['floor', 'front', 'top']);
export const AirReturn = z.enum(['top', 'ceiling', 'rear', 'front']);
export const Crah = z.object({
  ...unitBase,
  kind: z.enum(['crah', 'crac', 'fanWall']),
  supply: AirSupply,
  return: AirReturn,
  /** Chilled-water supply to the coil (CRAH, fan wall); unused by a DX CRAC. */
  waterSupplyTemp: q('temperature', 2, 30, { title: 'Chilled water supply' }),
});
export const InRowCooler = z.object({
  ...unitBase,
  kind: z.literal('inRow'),
  waterSupplyTemp: q('temperature', 2, 30, { title: 'Chilled water supply' }),
});
export const CoolingUnit = z.discriminatedUnion('kind', [
  Crah.extend({ kind: z.literal('crah') }),
  Crah.extend({ kind: z.literal('crac') }),
  Crah.extend({ kind: z.literal('fanWall') }),
  InRowCooler,
]);

export const PumpSet = z.object({
  count: integer(1, 8, { title: 'Pumps installed' }),
  standby: integer(0, 4, { title: 'Standby pumps' }),
  ratedFlow: q('liquidFlow', 1e-5, 1, { title: 'Rated flow per pump' }),
  ratedHead: q('head', 1e3, 2e6, { title: 'Rated head per pump' }),
  ratedPower: q('power', 0, 5e5, { title: 'Rated power per pump' }),
  /** Pump changeover time after a trip (NVIDIA qualification ≤ 5 s, REFERENCE.md §2). */
  failoverTime: q('time', 0, 120, { title: 'Failover time' }),
});
export const Cdu = z.object({
  id,
  name,
  templateId: templateRef,
  x, y,
  rotationDeg: rotation,
  width: q('length', 0.3, 5, { title: 'Width' }),
  depth: q('length', 0.3, 5, { title: 'Depth' }),
  height: q('length', 0.5, 3.5, { title: 'Height' }),
  capacity: q('power', 1e3, 1e7, { title: 'Capacity' }),
  /** Approach = TCS supply − FWS supply at rated load (REFERENCE.md §2: 3–5 K typical, 4 K NVIDIA). */
  approach: q('temperatureDelta', 0.5, 20, { title: 'Approach at rated load' }),
  secondarySupplySetpoint: q('temperature', 5, 65, { title: 'TCS supply setpoint' }),
  primaryDesignFlow: q('liquidFlow', 0, 1, { title: 'FWS design flow' }),
  pumps: PumpSet,
  expansionTankPressure: q('pressure', 0, 1e6, { title: 'Pressurisation (gauge)' }),
  /** Racks this CDU serves; empty = assigned automatically to the nearest CDU. */
  rackIds: z.array(id),
  enabled: z.boolean(),
});

export const PerforatedTile = z.object({
  id,
  x, y,
  openArea: q('fraction', 0.05, 0.9, { title: 'Open area' }),
});

export const Containment = z.object({
  id,
  name,
  kind: z.enum(['hotAisle', 'coldAisle']),
  /** The contained aisle as a plan rectangle between the two rack rows. */
  x0: x, y0: y, x1: x, y1: y,
  height: q('length', 1, 6, { title: 'Panel height' }),
  roof: z.boolean(),
  /** Leakage as a share of the aisle airflow that bypasses the panels. */
  leakage: q('fraction', 0, 0.5, { title: 'Leakage' }),
});

export const Plant = z.object({
  kind: z.enum(['chiller', 'dryCooler', 'tower']),
  /** Facility-water (FWS) supply temperature at design. */
  supplyTemp: q('temperature', 2, 60, { title: 'FWS supply' }),
  /** Approach of a dry cooler or tower to ambient (dry or wet bulb); REFERENCE.md §3: dry cooler 5 K (NVIDIA DSX). */
  approach: q('temperatureDelta', 0, 20, { title: 'Approach to ambient' }),
  ambientDryBulb: q('temperature', -40, 55, { title: 'Ambient dry bulb' }),
  ambientWetBulb: q('temperature', -40, 40, { title: 'Ambient wet bulb' }),
  unitCapacity: q('power', 1e3, 5e7, { title: 'Capacity per unit' }),
  units: integer(1, 20, { title: 'Units installed' }),
  redundantUnits: integer(0, 10, { title: 'Redundant units' }),
  pumps: PumpSet,
  /** Pipe run from the plant to the hall (one way). */
  pipeLength: q('length', 1, 5000, { title: 'Pipe length to hall' }),
  /** Chilled water to CRAH coils. */
  chilledWaterSupplyTemp: q('temperature', 2, 30, { title: 'Chilled water supply' }),
});

export const Piping = z.object({
  routing: z.enum(['overhead', 'underfloor']),
  returnLayout: z.enum(['direct', 'reverse']),
  /** Height of overhead headers above the floor. */
  headerHeight: q('length', 0, 10, { title: 'Header height' }),
  maxVelocity: q('velocity', 0.3, 5, { title: 'Max pipe velocity' }),
  hoseLength: q('length', 0.1, 10, { title: 'Rack hose length' }),
  hoseDiameter: q('length', 0.005, 0.1, { title: 'Hose inner diameter' }),
  /** Quick-disconnect flow coefficient: no published figure (REFERENCE.md §2 [U]); an assumption. */
  quickDisconnectKv: q('flowCoefficient', 0.1, 500, { title: 'Quick-disconnect Kv', assumption: true }),
});

export const Criteria = z.object({
  airClass: z.enum(AIR_CLASSES),
  wClass: z.enum(W_CLASSES),
  coolant: z.enum(COOLANTS),
  coolantDeltaT: q('temperatureDelta', 2, 30, { title: 'Design coolant ΔT' }),
  flowPerPowerMin: q('liquidFlowPerPower', 0, 1e-6, { title: 'Min flow per kW', source: 'OCP OAI liquid guideline v1.0 §3.2 [REFERENCE.md §2]' }),
  flowPerPowerTarget: q('liquidFlowPerPower', 0, 1e-6, { title: 'Target flow per kW', source: 'OCP OAI liquid guideline v1.0 §3.2 [REFERENCE.md §2]' }),
  flowPerPowerMax: q('liquidFlowPerPower', 0, 1e-6, { title: 'Max flow per kW', source: 'OCP OAI liquid guideline v1.0 §3.2 [REFERENCE.md §2]' }),
  maxCaseTemp: q('temperature', 30, 120, { title: 'Max case temperature', assumption: true }),
  maxPipeVelocity: q('velocity', 0.3, 5, { title: 'Max pipe velocity' }),
  maxColdPlateVelocity: q('velocity', 0.3, 5, { title: 'Max cold-plate velocity', source: 'OCP 2025 call ≈ 1.5 m/s [REFERENCE.md §2]' }),
  minFlowShare: q('fraction', 0.5, 1, { title: 'Maldistribution threshold (share of design flow)' }),
  minAisleWidth: q('length', 0.5, 3, { title: 'Min aisle width' }),
});

// ---------- review data (walkthrough, scenarios) ----------
const point = z.tuple([x, y, q('length', -10, 100, { title: 'Z' })]);
export const Viewpoint = z.object({ id, name, position: point, target: point, note: z.string().max(2000) });
export const Annotation = z.object({
  id,
  author: name,
  created: z.string().max(40),
  text: z.string().max(5000),
  status: z.enum(['open', 'resolved']),
  objectId: id.nullable(),
  point,
  replies: z.array(z.object({ author: name, created: z.string().max(40), text: z.string().max(5000) })),
});
export const Scenario = z.object({
  id,
  name,
  notes: z.string().max(2000),
  /** Equipment ids switched off in this scenario (CRAHs, CDUs, pumps as "<cduId>/pump<n>", plant units). */
  failed: z.array(z.string().max(80)),
  loadFactor: q('ratio', 0, 3, { title: 'IT load factor' }),
  ambientDryBulb: q('temperature', -40, 55, { title: 'Ambient dry bulb' }).nullable(),
  facilitySupplyTemp: q('temperature', 2, 60, { title: 'FWS supply' }).nullable(),
});

// ---------- liquid-loop overrides ----------
/**
 * A user override of one generated liquid-loop component (the loop is generated from the hall: headers,
 * drops, hoses, quick disconnects, cold plates, balancing valves, CDU skid, FWS). elementId is the
 * component's id in the loop results ("R-A01/drop-s", "CDU-A/row-A/main-s", "CDU-A/valve-p", "plant/cooler",
 * or "<cduId>/hx" for the CDU heat exchanger's UA). Only the fields that apply to the component's type are
 * used; the others, and ids the loop does not generate, are reported as design issues and by the solve.
 */
export const LoopOverride = z.object({
  elementId: z.string().min(1, { error: 'must not be empty' }).max(160, { error: 'must be at most 160 characters' }),
  /** Pipes, hoses and balancing valves: inside diameter. */
  diameter: q('length', 1e-3, 3, { title: 'Inside diameter' }).optional(),
  /** Pipes and hoses. */
  length: q('length', 0.01, 10000, { title: 'Length' }).optional(),
  roughness: q('length', 1e-7, 0.01, { title: 'Absolute roughness', source: 'Moody 1944: steel 0.045 mm, drawn tubing 0.0015 mm' }).optional(),
  minorLoss: q('ratio', 0, 1000, { title: 'Minor-loss K', source: 'Darby 3-K fittings [REFERENCE.md §5]' }).optional(),
  /** Power-law components (cold plate, HX passes, strainer, plant cooler): ΔP at the design flow, ΔP ∝ Qⁿ. */
  designPressureDrop: q('pressure', 1, 1e7, { title: 'ΔP at design flow' }).optional(),
  designFlow: q('liquidFlow', 1e-7, 10, { title: 'Design flow' }).optional(),
  exponent: q('ratio', 1, 3, { title: 'ΔP exponent n' }).optional(),
  /** Quick disconnects and the CDU's primary 3-way valve. */
  kv: q('flowCoefficient', 0.01, 1e5, { title: 'Kv', source: 'Kv: m³/h at 1 bar [REFERENCE.md §2]' }).optional(),
  /** Balancing valve: loss coefficient K (EPANET TCV setting, REFERENCE.md §5). */
  setting: q('ratio', 0, 1e8, { title: 'Valve loss coefficient K' }).optional(),
  status: z.enum(['open', 'closed']).optional(),
  /** Pumps: rated point and relative speed (affinity laws, REFERENCE.md §5). */
  ratedFlow: q('liquidFlow', 1e-7, 10, { title: 'Pump rated flow' }).optional(),
  ratedHead: q('head', 1, 1e7, { title: 'Pump rated head' }).optional(),
  speed: q('ratio', 0, 2, { title: 'Pump relative speed' }).optional(),
  /** "<cduId>/hx": the CDU plate heat exchanger's conductance (ε-NTU, REFERENCE.md §6). */
  ua: q('conductance', 1, 1e9, { title: 'HX UA' }).optional(),
});

export const Meta = z.object({
  name: z.string().min(1, { error: 'must not be empty' }).max(200),
  author: z.string().max(200),
  client: z.string().max(200),
  revision: z.string().max(40),
  created: z.string().max(40),
  modified: z.string().max(40),
  notes: z.string().max(20000),
});

export const HallDocumentShape = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  meta: Meta,
  unitSystem: z.enum(['SI', 'IP']),
  envelope: Envelope,
  rows: z.array(Row),
  racks: z.array(Rack),
  coolingUnits: z.array(CoolingUnit),
  cdus: z.array(Cdu),
  tiles: z.array(PerforatedTile),
  containment: z.array(Containment),
  plant: Plant,
  piping: Piping,
  criteria: Criteria,
  scenarios: z.array(Scenario),
  viewpoints: z.array(Viewpoint),
  annotations: z.array(Annotation),
  /** User overrides of generated liquid-loop components (optional: files without it load unchanged). */
  loopOverrides: z.array(LoopOverride).optional(),
});

export type HallDocument = z.infer<typeof HallDocumentShape>;
export type RackT = z.infer<typeof Rack>;
export type RowT = z.infer<typeof Row>;
export type CoolingUnitT = z.infer<typeof CoolingUnit>;
export type CduT = z.infer<typeof Cdu>;
export type TileT = z.infer<typeof PerforatedTile>;
export type ContainmentT = z.infer<typeof Containment>;
export type PlantT = z.infer<typeof Plant>;
export type CriteriaT = z.infer<typeof Criteria>;
export type RearDoorT = z.infer<typeof RearDoor>;
export type ColdPlateT = z.infer<typeof ColdPlateLoop>;
export type WallT = z.infer<typeof Wall>;
export type ColumnT = z.infer<typeof Column>;
export type ScenarioT = z.infer<typeof Scenario>;
export type ViewpointT = z.infer<typeof Viewpoint>;
export type AnnotationT = z.infer<typeof Annotation>;
export type LoopOverrideT = z.infer<typeof LoopOverride>;
export type RackCooling = (typeof RACK_COOLING)[number];
export type Coolant = (typeof COOLANTS)[number];
