// Property-based robustness test of the room-air solver: seeded, odd but schema-plausible halls (tiny
// and huge halls, overlapping or misplaced equipment, zero/negative/huge loads and airflows, NaN and
// ±Infinity in numeric fields, disabled or unphysical cooling units, floors without tiles, empty
// containment, dry rear doors, capture fractions outside 0–1, odd rotations, duplicate ids).
//
// Two paths per case:
//  raw        solveAir on the document as built (the engine's own guards: it must never throw, hang or
//             return a non-finite number, whatever it is given);
//  validated  the document validation of the app first (schema + referential checks, as loadDocument
//             does for every file and the CLI before it solves), then solveAir on what passes.
// Properties: solveAir returns (never throws) within the time bound its maxSteps gives, and either
// ok: false with an error whose message is a sentence naming the offending element or field, or ok: true
// with every number of racks, units, metrics, energy and convergence finite and the fields free of NaN.
import { describe, expect, it } from 'vitest';
import { prng } from '../../helpers/prng';
import { solveAir, type AirFailure, type AirResult } from '../../../workers/airflow/index';
import { estimateBytes } from '../../../workers/airflow/grid';
import { rackAirHeat } from '../../../workers/airflow/equipment';
import { emptyHall } from '../../../workers/model/defaults';
import { HallDocumentShape, type CoolingUnitT, type HallDocument, type RackT } from '../../../workers/model/schema';
import { referentialErrors } from '../../../workers/model/referential';
import { zodErrors, type LoadError } from '../../../workers/model/issues';


// ---------- base halls ----------

function rack(id: string, x: number, y: number, rotationDeg: number, itLoad = 5000): RackT {
  return {
    id, name: id, rowId: null, templateId: null, x, y, rotationDeg, width: 0.6, depth: 1.2, height: 2.0, itLoad,
    cooling: 'air', liquidCaptureFraction: 0, airflow: { spec: 'deltaT', value: 12 }, rearDoor: null, coldPlate: null,
  };
}

function crah(id: string, x: number, y: number, rotationDeg: number, over: Partial<CoolingUnitT> = {}): CoolingUnitT {
  return {
    id, name: id, templateId: null, x, y, rotationDeg, width: 1.2, depth: 0.8, height: 2.0, capacity: 60e3, airflow: 2.5,
    supplySetpoint: 20, fanPower: 1500, enabled: true, kind: 'crah', supply: 'front', return: 'top', waterSupplyTemp: 12, ...over,
  } as CoolingUnitT;
}

/** 6.0 × 4.8 × 3.0 m slab hall: two rows of three 5 kW racks around a cold aisle at y = 2.4, a CRAH
 *  blowing into the aisle from the west wall (front supply, top return). */
function slabHall(): HallDocument {
  const doc = emptyHall('fuzz slab hall', '2026-01-01T00:00:00.000Z');
  Object.assign(doc.envelope, { length: 6, width: 4.8, ceilingHeight: 3, walls: [] });
  const xs = [2.7, 3.3, 3.9];
  doc.racks = [...xs.map((x, i) => rack(`A${i + 1}`, x, 1.2, 180)), ...xs.map((x, i) => rack(`B${i + 1}`, x, 3.6, 0))];
  doc.coolingUnits = [crah('CRAH-1', 0.4, 2.4, 90)];
  return doc;
}

/** The same racks on a raised floor: a CRAH supplying the plenum, tiles in the cold aisle. */
function raisedHall(): HallDocument {
  const doc = slabHall();
  doc.envelope.floor = { kind: 'raised', plenumDepth: 0.6, tileSize: 0.6 };
  doc.coolingUnits = [crah('CRAH-1', 0.4, 2.4, 90, { supply: 'floor', return: 'top' })];
  doc.tiles = [2.7, 3.3, 3.9].map((x, i) => ({ id: `T${i + 1}`, x, y: 2.4, openArea: 0.25 }));
  return doc;
}

// ---------- cases ----------

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

/** Every path to a number in the document (for the random numeric mutations). */
function numericPaths(v: Json, path: Path = [], out: Path[] = []): Path[] {
  if (typeof v === 'number') out.push(path);
  else if (Array.isArray(v)) v.forEach((x, i) => numericPaths(x, [...path, i], out));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) numericPaths(x, [...path, k], out);
  return out;
}

function setPath(doc: HallDocument, path: Path, value: number): void {
  let cur = doc as unknown as Record<string | number, unknown>;
  for (const seg of path.slice(0, -1)) cur = cur[seg] as Record<string | number, unknown>;
  cur[path[path.length - 1]] = value;
}

/** The id of the array element a path runs through (the innermost), or the last field name. */
function pathNames(doc: HallDocument, path: Path): string[] {
  const names: string[] = [String(path[path.length - 1])];
  let cur: unknown = doc;
  for (const seg of path) {
    cur = (cur as Record<string | number, unknown>)[seg];
    if (cur !== null && typeof cur === 'object' && typeof (cur as { id?: unknown }).id === 'string') names.push((cur as { id: string }).id);
  }
  return names;
}

interface Case {
  name: string;
  doc: HallDocument;
  /** Tokens of which the raw solve's error message must contain at least one (case-insensitive). */
  names: string[];
  cellSize?: number;
  maxBytes?: number;
  loadFactor?: number;
  /** Case-specific property of an ok result (problems found; empty: it holds). */
  check?: (r: AirResult) => string[];
}

const BAD_NUMBERS = [NaN, Infinity, -Infinity, -1, -1e9, 0, 1e12] as const;
/** Air-solver inputs the random numeric mutations pick from (the air solve reads nothing else). */
const AIR_FIELDS = /^(envelope\.(length|width|ceilingHeight|floor|ceilingPlenum|walls|columns)|racks|coolingUnits|cdus|tiles|containment)/;

/** The seed and the number of random halls; FUZZ_SEED / FUZZ_RANDOM_HALLS widen a run by hand (the
 *  committed run: seed 20261127, 16 halls). */
const SEED = Number(process.env.FUZZ_SEED ?? 20261127);
const RANDOM_HALLS = Number(process.env.FUZZ_RANDOM_HALLS ?? 16);

function cases(): Case[] {
  const rnd = prng(SEED);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const out: Case[] = [];
  const add = (name: string, names: string[], make: () => HallDocument, extra: Partial<Case> = {}) => out.push({ name, names, doc: make(), ...extra });
  const slab = (f: (d: HallDocument) => void) => () => { const d = slabHall(); f(d); return d; };
  const raised = (f: (d: HallDocument) => void) => () => { const d = raisedHall(); f(d); return d; };

  // sizes
  add('tiny empty hall 0.5 m (one cell)', ['envelope', 'length'], () => {
    const d = emptyHall('tiny', '2026-01-01T00:00:00.000Z');
    Object.assign(d.envelope, { length: 0.5, width: 0.5, ceilingHeight: 0.5, walls: [] });
    return d;
  }, { cellSize: 0.6 });
  add('tiny hall 0.9 m with a rack and a unit in its one cell', ['R1', 'CRAH-1', 'envelope'], () => {
    const d = emptyHall('tiny', '2026-01-01T00:00:00.000Z');
    Object.assign(d.envelope, { length: 0.9, width: 0.9, ceilingHeight: 0.9, walls: [] });
    d.racks = [{ ...rack('R1', 0.45, 0.45, 0, 2000), width: 0.3, depth: 0.4, height: 0.6 }];
    d.coolingUnits = [crah('CRAH-1', 0.45, 0.45, 90, { width: 0.3, depth: 0.3, height: 0.5 })];
    return d;
  }, { cellSize: 0.6 });
  add('hall of 500 × 500 × 30 m (beyond the memory limit)', ['cell'], () => {
    const d = slabHall();
    Object.assign(d.envelope, { length: 500, width: 500, ceilingHeight: 30 });
    return d;
  }, { cellSize: 0.2 });
  add('hall exactly at the memory limit (maxBytes = its estimate)', [], slabHall, { cellSize: 0.5, maxBytes: estimateBytes(12 * 10 * 6) });
  add('hall one byte over the memory limit', ['cell'], slabHall, { cellSize: 0.5, maxBytes: estimateBytes(12 * 10 * 6) - 1 });

  // overlaps and placement
  add('two racks on the same spot', ['rack A1: its front (intake) is blocked by rack A2'], slab((d) => { d.racks[1].x = d.racks[0].x; }));
  add('rack through a column', ['A2', 'column'], slab((d) => { d.envelope.columns = [{ id: 'COL-1', x: 3.3, y: 1.2, width: 0.5, depth: 0.5 }]; }));
  add('rack row through an interior wall', ['A1', 'A2', 'A3', 'WALL-X'], slab((d) => { d.envelope.walls = [{ id: 'WALL-X', x0: 0, y0: 1.2, x1: 6, y1: 1.2, thickness: 0.2, height: 3 }]; }));
  add('rack inside the cooling unit', ['A1', 'CRAH-1'], slab((d) => { d.racks[0].x = 0.4; d.racks[0].y = 2.4; }));
  add('rack partly outside the hall', ['A3'], slab((d) => { d.racks[2].x = 5.9; }));
  add('rack wholly outside the hall', ['A3'], slab((d) => { d.racks[2].x = 40; d.racks[2].y = -12; }));
  // an object outside the hall must not appear as a solid cell at the nearest edge (the NE corner here)
  const cornerFree = (r: AirResult) => {
    const { nx, ny } = r.fields.grid;
    return r.fields.solid[nx - 1 + nx * (ny - 1)] ? ['the hall\'s NE corner cell is solid (an object outside the hall was clamped into it)'] : [];
  };
  add('column outside the hall', [], slab((d) => { d.envelope.columns = [{ id: 'COL-9', x: 40, y: 40, width: 0.5, depth: 0.5 }]; }), { check: cornerFree });
  add('CDU outside the hall', [], slab((d) => {
    d.cdus = [{
      id: 'CDU-9', name: 'CDU-9', templateId: null, x: 30, y: 25, rotationDeg: 0, width: 0.6, depth: 1.2, height: 2, capacity: 500e3, approach: 4,
      secondarySupplySetpoint: 35, primaryDesignFlow: 0.01, pumps: { count: 2, standby: 1, ratedFlow: 0.01, ratedHead: 2e5, ratedPower: 3e3, failoverTime: 5 },
      expansionTankPressure: 1e5, rackIds: [], enabled: true,
    }];
  }), { check: cornerFree });
  add('rack against the south wall with its intake to the wall', ['rack A1: its front (intake) is blocked by the hall wall'], slab((d) => { d.racks[0].y = 0.6; d.racks[0].rotationDeg = 0; }));
  add('racks with intake and exhaust both enclosed (boxed in by racks)', ['A2', 'B2', 'X1', 'X2'], slab((d) => {
    d.racks.push(rack('X1', 3.3, 2.4, 0), rack('X2', 3.3, 4.8 - 0.6, 180));
  }));

  // loads and airflow
  add('every rack at zero IT load', [], slab((d) => { for (const r of d.racks) r.itLoad = 0; }));
  add('negative IT load', ['A2', 'itLoad'], slab((d) => { d.racks[1].itLoad = -5000; }));
  add('huge IT load (1.5 MW per rack)', ['kW', 'capacity'], slab((d) => { for (const r of d.racks) r.itLoad = 1.5e6; }));
  add('absurd but finite load and capacity (1e300 W)', ['A1', 'cell', 'step'], slab((d) => { d.racks[0].itLoad = 1e300; d.coolingUnits[0].capacity = 5e300; }));
  add('schema extremes: 1.5 MW racks at 5e-4 m³/s per W, 100 m³/s units', ['A1', 'cell', 'step'], slab((d) => {
    for (const r of d.racks) { r.itLoad = 1.5e6; r.airflow = { spec: 'perPower', value: 5e-4 }; }
    d.coolingUnits = [crah('CRAH-1', 0.4, 2.4, 90, { capacity: 5e6, airflow: 100 }), crah('CRAH-2', 5.6, 2.4, 270, { capacity: 5e6, airflow: 100 })];
  }));
  add('zero airflow per power', ['A1', 'airflow'], slab((d) => { d.racks[0].airflow = { spec: 'perPower', value: 0 }; }));
  add('zero airflow ΔT (infinite airflow)', ['A1', 'airflow'], slab((d) => { d.racks[0].airflow = { spec: 'deltaT', value: 0 }; }));
  add('huge airflow per power (1 m³/s per W)', ['A1', 'airflow'], slab((d) => { d.racks[0].airflow = { spec: 'perPower', value: 1 }; }));
  add('liquid capture fraction 1 (no air heat)', [], slab((d) => { for (const r of d.racks) { r.cooling = 'dlc'; r.liquidCaptureFraction = 1; } }));
  add('liquid capture fraction 1.5', ['A1', 'liquidCaptureFraction'], slab((d) => { d.racks[0].cooling = 'hybrid'; d.racks[0].liquidCaptureFraction = 1.5; }));
  add('IT load factor NaN', ['load factor', 'loadFactor'], slabHall, { loadFactor: NaN });

  // non-finite numbers in named fields
  add('rack x NaN', ['A1', 'x'], slab((d) => { d.racks[0].x = NaN; }));
  add('rack IT load Infinity', ['A2', 'itLoad'], slab((d) => { d.racks[1].itLoad = Infinity; }));
  add('rack rotation NaN', ['B1', 'rotation'], slab((d) => { d.racks[3].rotationDeg = NaN; }));
  add('hall length NaN', ['envelope', 'length'], slab((d) => { d.envelope.length = NaN; }));
  add('hall width negative', ['envelope', 'width'], slab((d) => { d.envelope.width = -4.8; }));
  add('cooling-unit airflow NaN', ['CRAH-1', 'airflow'], slab((d) => { d.coolingUnits[0].airflow = NaN; }));
  add('tile open area NaN', ['T2', 'openArea'], raised((d) => { d.tiles[1].openArea = NaN; }));
  add('containment corner Infinity', ['CA-1', 'x1'], slab((d) => {
    d.containment = [{ id: 'CA-1', name: 'cold aisle', kind: 'coldAisle', x0: 2.4, y0: 1.8, x1: Infinity, y1: 3.0, height: 2, roof: true, leakage: 0.05 }];
  }));
  // random numeric fields set to NaN / ±Infinity / negative / 0 / huge (seeded)
  for (let n = 0; n < 6; n++) {
    const base = n % 2 === 0 ? slabHall() : raisedHall();
    if (n >= 4) base.containment = [{ id: 'CA-1', name: 'cold aisle', kind: 'coldAisle', x0: 2.4, y0: 1.8, x1: 4.2, y1: 3.0, height: 2, roof: true, leakage: 0.05 }];
    const paths = numericPaths(base as unknown as Json).filter((p) => AIR_FIELDS.test(p.join('.')));
    const path = pick(paths);
    const value = pick(BAD_NUMBERS);
    setPath(base, path, value);
    out.push({ name: `random field ${path.join('.')} = ${value}`, doc: base, names: pathNames(base, path) });
  }

  // cooling units
  add('every cooling unit disabled', ['cooling unit'], slab((d) => { for (const u of d.coolingUnits) u.enabled = false; }));
  add('cooling unit with zero airflow', ['cooling unit', 'CRAH-1'], slab((d) => { d.coolingUnits[0].airflow = 0; }));
  add('supply setpoint 40 °C, above every return', [], slab((d) => { d.coolingUnits[0].supplySetpoint = 40; d.coolingUnits[0].waterSupplyTemp = 30; }));
  add('supply setpoint below the chilled water', ['CRAH-1'], slab((d) => { d.coolingUnits[0].supplySetpoint = 10; }));
  // values as an import or a unit conversion leaves them: the message rounds them for the reader
  add('unrounded setpoint below the chilled water', ['CRAH-1: supply setpoint 8.04 °C is below its chilled-water supply 17.7 °C'], slab((d) => { d.coolingUnits[0].supplySetpoint = 8.036495393607765; d.coolingUnits[0].waterSupplyTemp = 17.70082434359938; }));
  add('rack outside a hall of unrounded size', ['rack A3 is outside the hall (6.1 × 4.8 m)'], slab((d) => { d.envelope.length = 6.104393959; d.racks[2].x = 40; }));
  add('ceiling return without a ceiling plenum', [], slab((d) => { (d.coolingUnits[0] as { return: string }).return = 'ceiling'; }));

  // raised floor, containment, doors
  add('raised floor with no tiles', ['CRAH-1'], raised((d) => { d.tiles = []; }));
  add('raised floor with every tile outside the hall', ['CRAH-1'], raised((d) => { d.tiles.forEach((t, i) => { t.x = -5 - i; t.y = 40; }); }));
  add('raised floor with one tile outside the hall', [], raised((d) => { d.tiles[0].x = 7.5; }), {
    check: (r) => [
      ...(r.plenum?.tiles.some((t) => t.id === 'T1') ? ['tile T1 outside the hall still supplies air'] : []),
      ...(r.warnings.some((w) => w.includes('tile T1 is outside the hall')) ? [] : ['no warning names tile T1 outside the hall']),
    ],
  });
  // a tile placed by a unit conversion: its warning rounds the tile's position and the hall's size
  add('raised floor with a tile outside the hall at an unrounded place', [], raised((d) => { d.envelope.length = 6.104393959; d.tiles[0].x = 7.123456789; d.tiles[0].y = 1.0000000000000002; }), {
    check: (r) => (r.warnings.some((w) => w.startsWith('tile T1 is outside the hall (6.1 × 4.8 m) at x 7.12 m, y 1 m')) ? [] : [`no rounded warning for tile T1: ${r.warnings.join('; ')}`]),
  });
  add('containment enclosing nothing', [], slab((d) => {
    d.containment = [{ id: 'CA-1', name: 'empty', kind: 'hotAisle', x0: 5.0, y0: 0.2, x1: 5.8, y1: 0.8, height: 2, roof: true, leakage: 0 }];
  }));
  add('containment of zero extent', ['CA-1'], slab((d) => {
    d.containment = [{ id: 'CA-1', name: 'flat', kind: 'coldAisle', x0: 2.4, y0: 2.4, x1: 2.4, y1: 2.4, height: 2, roof: false, leakage: 0.1 }];
  }));
  add('rear doors with zero water flow', [], slab((d) => {
    for (const r of d.racks) r.rearDoor = { templateId: null, capacity: 20e3, ua: 2000, waterSupplyTemp: 18, waterFlow: 0, airPressureDrop: 20, enabled: true };
  }));

  // rotations and ids
  add('rotations of 37°, 45°, 133° and −271°', [], slab((d) => {
    d.racks = d.racks.filter((r) => r.id !== 'A2' && r.id !== 'B2');
    [37, 133, -271, 45].forEach((a, i) => { d.racks[i].rotationDeg = a; });
    d.racks[3].x = 4.9;
    d.coolingUnits[0].rotationDeg = 77; d.coolingUnits[0].x = 0.8;
  }));
  add('duplicate rack ids', ['A1', 'duplicate'], slab((d) => { d.racks[1].id = 'A1'; }));
  add('a tile sharing a rack\'s id', ['A1', 'duplicate'], raised((d) => { d.tiles[0].id = 'A1'; }));

  // random halls within the schema's ranges (any rotation, any mix of equipment), seeded
  for (let n = 0; n < RANDOM_HALLS; n++) out.push({ name: `random hall #${n + 1}`, doc: randomHall(rnd), names: [] });

  // the same checks on the finer grid (0.2 m), a handful
  add('0.2 m: valid slab hall', [], slabHall, { cellSize: 0.2 });
  add('0.2 m: valid raised hall with an empty containment', [], raised((d) => {
    d.containment = [{ id: 'CA-1', name: 'empty', kind: 'coldAisle', x0: 5.0, y0: 0.2, x1: 5.8, y1: 0.8, height: 2, roof: false, leakage: 0 }];
  }), { cellSize: 0.2 });
  add('0.2 m: rotations of 45° and overlapping racks', [], slab((d) => { d.racks[0].rotationDeg = 45; d.racks[1].x = 2.9; }), { cellSize: 0.2 });
  add('0.2 m: rear doors with zero water flow and capture 1', [], slab((d) => {
    d.racks[0].cooling = 'dlc'; d.racks[0].liquidCaptureFraction = 1;
    for (const r of d.racks) r.rearDoor = { templateId: null, capacity: 20e3, ua: 2000, waterSupplyTemp: 18, waterFlow: 0, airPressureDrop: 20, enabled: true };
  }), { cellSize: 0.2 });
  return out;
}

/** A hall with random equipment, every number within the schema's range: two rack rows around a cold aisle
 *  (some racks at any angle), cooling units at the end walls or in a row, tiles in the aisle on a raised
 *  floor, sometimes a contained aisle; loads, airflows, doors, setpoints and switches at random. */
function randomHall(rnd: () => number): HallDocument {
  const u = (a: number, b: number) => a + (b - a) * rnd();
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const doc = emptyHall('random', '2026-01-01T00:00:00.000Z');
  const L = u(5, 12), W = u(4.8, 9), H = u(2.5, 4);
  const raisedFloor = rnd() < 0.4;
  const yA = W / 2 - 1.2, yB = W / 2 + 1.2;
  Object.assign(doc.envelope, {
    length: L, width: W, ceilingHeight: H, walls: [],
    floor: raisedFloor ? { kind: 'raised', plenumDepth: u(0.1, 1), tileSize: u(0.3, 1.2) } : { kind: 'slab' },
    ceilingPlenum: rnd() < 0.3 ? { depth: u(0.1, 1) } : null,
    columns: rnd() < 0.3 ? [{ id: 'COL-1', x: u(0, L), y: u(0, W), width: u(0.05, 1), depth: u(0.05, 1) }] : [],
  });
  for (const [row, y, rot] of [['A', yA, 180], ['B', yB, 0]] as const) {
    const n = Math.floor(u(0, (L - 3.5) / 0.6));
    for (let i = 0; i < n; i++) {
      const r = rack(`${row}${i + 1}`, 2.3 + 0.6 * i, y, rnd() < 0.1 ? u(-360, 360) : rot, pick([0, u(0, 30e3), u(30e3, 300e3)]));
      r.cooling = pick(['air', 'air', 'hybrid', 'dlc'] as const);
      r.liquidCaptureFraction = r.cooling === 'air' ? 0 : pick([0, 1, u(0, 1)]);
      r.airflow = rnd() < 0.5 ? { spec: 'deltaT', value: u(3, 40) } : { spec: 'perPower', value: u(1e-6, 5e-4) };
      if (rnd() < 0.3) r.rearDoor = { templateId: null, capacity: u(0, 50e3), ua: pick([0, u(0, 1e5)]), waterSupplyTemp: u(2, 45), waterFlow: pick([0, u(0, 0.01)]), airPressureDrop: u(0, 500), enabled: rnd() < 0.8 };
      doc.racks.push(r);
    }
  }
  const nUnits = 1 + Math.floor(u(0, 2));
  for (let i = 0; i < nUnits; i++) {
    const water = u(2, 30);
    const common = {
      capacity: rnd() < 0.1 ? 0 : u(50e3, 2e6), airflow: rnd() < 0.1 ? 0 : u(1, 15),
      supplySetpoint: rnd() < 0.9 ? u(Math.max(5, water), 40) : u(5, 40), waterSupplyTemp: water, enabled: rnd() < 0.9,
    };
    if (rnd() < 0.25) {
      doc.coolingUnits.push({ ...crah(`U${i + 1}`, L - 1.2 - 0.3 * i, yA, 180, { width: 0.3, depth: 1.2, height: 2, ...common }), kind: 'inRow' } as CoolingUnitT);
    } else {
      const west = i === 0;
      doc.coolingUnits.push(crah(`U${i + 1}`, west ? 0.45 : L - 0.45, W / 2, west ? 90 : 270, {
        ...common, kind: pick(['crah', 'crac', 'fanWall'] as const),
        supply: raisedFloor && rnd() < 0.7 ? 'floor' : pick(['front', 'top'] as const), return: pick(['top', 'top', 'ceiling', 'rear'] as const),
      }));
    }
  }
  if (raisedFloor) for (let i = 0; i < Math.floor(u(0, 6)); i++) doc.tiles.push({ id: `T${i + 1}`, x: u(2, L - 1), y: W / 2 + pick([-0.3, 0.3]), openArea: u(0.05, 0.9) });
  if (rnd() < 0.4) {
    const hot = rnd() < 0.5;
    doc.containment.push({ id: 'CT-1', name: 'aisle', kind: hot ? 'hotAisle' : 'coldAisle', x0: 2, y0: hot ? yB + 0.6 : yA + 0.6, x1: L - 1, y1: hot ? W : yB - 0.6, height: u(1, 6), roof: rnd() < 0.5, leakage: u(0, 0.5) });
  }
  return doc;
}

// ---------- properties ----------

/** Paths of every non-finite number in a plain result object (null allowed). */
function nonFinite(v: unknown, path = '', out: string[] = []): string[] {
  if (typeof v === 'number') { if (!Number.isFinite(v)) out.push(`${path} = ${v}`); }
  else if (Array.isArray(v)) v.forEach((x, i) => nonFinite(x, `${path}[${i}]`, out));
  else if (v !== null && typeof v === 'object' && !ArrayBuffer.isView(v)) for (const [k, x] of Object.entries(v)) nonFinite(x, path ? `${path}.${k}` : k, out);
  return out;
}

function fieldNaNs(r: AirResult): string[] {
  const out: string[] = [];
  for (const k of ['t', 'speed', 'u', 'v', 'w'] as const) {
    const a = r.fields[k];
    for (let i = 0; i < a.length; i++) if (!Number.isFinite(a[i])) { out.push(`fields.${k}[${i}] = ${a[i]}`); break; }
  }
  return out;
}

/** Fast mode, capped so that a case cannot run long: a solve must stop within MAX_STEPS (checked below, no
 *  wall-clock bound on this shared machine; a real hang fails by the test runner's timeout). */
const MAX_STEPS = 40;

/** A number with more than 3 decimals: not rounded for a reader (round() in errors.ts prints at most 2). */
const UNROUNDED = /\d\.\d{4,}/;

type Outcome = { kind: 'threw'; message: string } | { kind: 'error'; failure: AirFailure } | { kind: 'ok'; result: AirResult };

function solve(c: Case, doc: HallDocument): { outcome: Outcome; seconds: number } {
  const t0 = performance.now();
  let outcome: Outcome;
  try {
    const r = solveAir(doc, { mode: 'fast', cellSize: c.cellSize ?? 0.5, maxBytes: c.maxBytes, loadFactor: c.loadFactor, solver: { maxSteps: MAX_STEPS } });
    outcome = r.ok ? { kind: 'ok', result: r } : { kind: 'error', failure: r };
  } catch (e) {
    outcome = { kind: 'threw', message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
  return { outcome, seconds: (performance.now() - t0) / 1000 };
}

/** The properties of one solve; returns the problems found (empty: it holds). */
function problems(c: Case, run: { outcome: Outcome; seconds: number }): string[] {
  const { outcome } = run;
  const out: string[] = [];
  if (outcome.kind === 'threw') return [...out, `threw ${outcome.message}`];
  if (outcome.kind === 'error') {
    const msg = outcome.failure.error.message;
    if (typeof msg !== 'string' || msg.trim().length < 10 || !/[a-z]/i.test(msg)) out.push(`error message is not a sentence: ${JSON.stringify(msg)}`);
    if (/NaN|Infinity|undefined/.test(msg) && !/must be a finite number|is not a finite number/.test(msg)) out.push(`error message shows a non-finite value: ${msg}`);
    // numbers rounded for a reader (an invalid input or option value itself is quoted as given)
    const quoted = outcome.failure.error.kind === 'invalidInput' || outcome.failure.error.kind === 'invalidOptions';
    if (!quoted && UNROUNDED.test(msg)) out.push(`error message prints an unrounded number: ${msg}`);
    const sizes = /need ≈ (.+?), more than the (.+?) allowed/.exec(msg);
    if (sizes && sizes[1] === sizes[2]) out.push(`error message prints the need and the limit the same: ${msg}`);
    const id = 'objectId' in outcome.failure.error ? outcome.failure.error.objectId : null;
    if (id && !msg.includes(id)) out.push(`error about ${id} does not name it: ${msg}`);
    if (c.names.length > 0 && !c.names.some((n) => msg.toLowerCase().includes(n.toLowerCase()))) out.push(`error message names none of ${c.names.join(', ')}: ${msg}`);
    return out;
  }
  const r = outcome.result;
  if (REFUSED.has(c.name)) out.push('was solved; it must be refused with a named error');
  out.push(...nonFinite({ racks: r.racks, units: r.units, metrics: r.metrics, energy: r.energy, plenum: r.plenum, convergence: r.convergence }), ...fieldNaNs(r));
  for (const w of r.warnings) if (UNROUNDED.test(w)) out.push(`warning prints an unrounded number: ${w}`);
  if (r.convergence.steps > MAX_STEPS) out.push(`ran ${r.convergence.steps} steps (maxSteps ${MAX_STEPS})`);
  // every rack with air-side heat has a result (none dropped silently), and each id once
  const ids = r.racks.map((x) => x.id);
  if (new Set(ids).size !== ids.length) out.push(`rack results repeat an id: ${ids.join(', ')}`);
  for (const rk of c.doc.racks) if (rackAirHeat(rk, c.loadFactor ?? 1) !== 0 && !ids.includes(rk.id)) out.push(`rack ${rk.id} (air heat ${rackAirHeat(rk, c.loadFactor ?? 1)} W) has no result`);
  if (c.check) out.push(...c.check(r));
  return out;
}

/** The app's document validation (what loadDocument applies to every file): schema, then ids and references. */
function validate(doc: HallDocument): LoadError[] {
  const parsed = HallDocumentShape.safeParse(doc);
  if (!parsed.success) return zodErrors(parsed.error.issues, doc);
  return referentialErrors(parsed.data);
}

function describeOutcome(o: Outcome): string {
  if (o.kind === 'threw') return `THREW ${o.message}`;
  if (o.kind === 'error') return `${o.failure.error.kind}: ${o.failure.error.message}`;
  return `ok (${o.result.racks.length} racks, ${o.result.convergence.steps} steps${o.result.warnings.length ? `; ${o.result.warnings.join('; ')}` : ''})`;
}

/** Cases the engine must refuse (a named error, never a result): impossible or non-finite numbers, ids
 *  used twice, equipment outside the hall, no air path, no cooling air, setpoints below the chilled water,
 *  a grid over the memory limit. The others may solve (odd but computable) or fail with a named error. */
const REFUSED = new Set([
  'hall of 500 × 500 × 30 m (beyond the memory limit)', 'hall one byte over the memory limit', 'rack partly outside the hall',
  'rack wholly outside the hall', 'rack against the south wall with its intake to the wall', 'two racks on the same spot', 'negative IT load', 'zero airflow per power',
  'zero airflow ΔT (infinite airflow)', 'liquid capture fraction 1.5', 'IT load factor NaN', 'rack x NaN', 'rack IT load Infinity',
  'rack rotation NaN', 'hall length NaN', 'hall width negative', 'cooling-unit airflow NaN', 'tile open area NaN', 'containment corner Infinity',
  'every cooling unit disabled', 'cooling unit with zero airflow', 'supply setpoint below the chilled water',
  'unrounded setpoint below the chilled water', 'rack outside a hall of unrounded size', 'raised floor with no tiles',
  'raised floor with every tile outside the hall', 'duplicate rack ids', 'a tile sharing a rack\'s id',
]);

const CASES = cases();
const report: string[] = [];

describe('solveAir on odd halls (seeded)', () => {
  it('has about 40 cases with unique names', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
    for (const name of REFUSED) expect(CASES.map((c) => c.name)).toContain(name);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    // raw: the engine on the document as built
    const raw = solve(c, structuredClone(c.doc));
    const rawProblems = problems(c, raw);
    // validated: the app's validation first, the engine on what passes
    const errors = validate(c.doc);
    let validated: string;
    const valProblems: string[] = [];
    if (errors.length > 0) {
      validated = `refused by validation: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`;
      for (const e of errors) if (!e.path || !e.message) valProblems.push(`validation error without path or message: ${JSON.stringify(e)}`);
    } else {
      const run = solve(c, structuredClone(c.doc));
      validated = describeOutcome(run.outcome);
      valProblems.push(...problems(c, run));
      // the engine's own input check never refuses what the document validation accepts
      if (run.outcome.kind === 'error' && run.outcome.failure.error.kind === 'invalidInput' && run.outcome.failure.error.field !== 'loadFactor') valProblems.push(`valid document refused by the air input check: ${run.outcome.failure.error.message}`);
    }
    report.push(`${c.name}\n  raw:       ${describeOutcome(raw.outcome)} [${raw.seconds.toFixed(2)} s]\n  validated: ${validated}`);
    expect({ raw: rawProblems, validated: valProblems }).toEqual({ raw: [], validated: [] });
  });

  it('summary', () => {
    if (process.env.FUZZ_REPORT) console.log(report.join('\n'));
  });
});
