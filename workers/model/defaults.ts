// Default sub-objects of a hall document and an empty hall. Values SI (temperatures °C, differences K,
// liquid flow per power in m³/s per W: 1 L/min/kW = 1/60000 m³/s per kW = 1.6667e-8 m³/s per W).
// Sources: REFERENCE.md sections cited per line; "chosen" marks engineering choices that the schema
// already labels as assumptions or that the user is expected to set.
import { SCHEMA_VERSION } from './schema';
import type { CriteriaT, HallDocument, PlantT } from './schema';

type PipingT = HallDocument['piping'];

/** 1 L/min per kW in SI (m³/s per W). */
const L_PER_MIN_PER_KW = 1e-3 / 60 / 1e3;

export function defaultCriteria(): CriteriaT {
  return {
    airClass: 'A1', // ASHRAE TC9.9 2021 Table 2.1, the most restrictive allowable class [REFERENCE.md §1]
    wClass: 'W32', // ASHRAE 2021 W classes; W32 covers DSX medium-temp 22/32 °C [REFERENCE.md §1, §3]
    coolant: 'PG25', // Modelica ColdPlateR_P defaults use PG25; OCP check figures at PG25 [REFERENCE.md §2]
    coolantDeltaT: 10, // OCP OAI v1.0 §3.2: 1.5 L/min/kW ↔ ΔT ≈ 10 K with PG25 [REFERENCE.md §2]
    flowPerPowerMin: 1.25 * L_PER_MIN_PER_KW, // OCP OAI liquid guideline v1.0 §3.2 [REFERENCE.md §2]
    flowPerPowerTarget: 1.5 * L_PER_MIN_PER_KW, // OCP OAI liquid guideline v1.0 §3.2 [REFERENCE.md §2]
    flowPerPowerMax: 2.0 * L_PER_MIN_PER_KW, // OCP OAI liquid guideline v1.0 §3.2 [REFERENCE.md §2]
    maxCaseTemp: 85, // chosen; labelled assumption in schema.ts (no REFERENCE figure)
    maxPipeVelocity: 2.0, // chosen: common 1.5–2.5 m/s practice for water mains (no REFERENCE figure)
    maxColdPlateVelocity: 1.5, // OCP 2025 call ≈ 1.5 m/s [REFERENCE.md §2]
    minFlowShare: 0.9, // chosen: flag racks below 90 % of their design flow
    minAisleWidth: 1.2, // chosen: two 600 mm tiles (common minimum for service access)
  };
}

export function defaultPiping(): PipingT {
  return {
    routing: 'overhead', // chosen: overhead TCS headers are the common DLC retrofit layout
    returnLayout: 'reverse', // chosen: reverse return balances rack circuits
    headerHeight: 3.0, // chosen: above 2.3 m racks and containment
    maxVelocity: 2.0, // chosen, as defaultCriteria().maxPipeVelocity
    hoseLength: 2.0, // chosen
    hoseDiameter: 0.05, // chosen: 2" rack hose — an NVL72-class rack draws ≈ 180 L/min (OCP 1.5 L/min/kW × 120 kW), 1.6 m/s in 2"
    quickDisconnectKv: 20, // [U] no published UQD Kv [REFERENCE.md §2]; labelled assumption in the schema
  };
}

export function defaultPlant(): PlantT {
  return {
    kind: 'dryCooler',
    supplyTemp: 37, // NVIDIA DSX high-temp facility water 37/47 °C [REFERENCE.md §3]
    approach: 5, // NVIDIA DSX dry-cooler approach 5 K [REFERENCE.md §3]
    ambientDryBulb: 32, // chosen design day: 32 °C + 5 K approach = 37 °C FWS
    ambientWetBulb: 24, // chosen design day
    unitCapacity: 1.5e6, // chosen
    units: 3, // chosen: 2 duty + 1 redundant
    redundantUnits: 1,
    pumps: {
      count: 3, // chosen: 2 duty + 1 standby
      standby: 1,
      ratedFlow: 0.036, // 1.5 MW per duty pump at FWS ΔT 10 K, water ρ·cp ≈ 4.15e6 J/(m³·K) at 40 °C [REFERENCE.md §4]
      ratedHead: 250e3, // chosen
      ratedPower: 12.9e3, // Q·H/η = 0.036 · 250e3 / 0.7 (η chosen)
      failoverTime: 5, // as the NVIDIA CDU qualification ≤ 5 s [REFERENCE.md §2]
    },
    pipeLength: 100, // chosen
    chilledWaterSupplyTemp: 14, // chosen: above a 17 °C dew-point room's limits for coils (cf. IBM RDHx 18 °C [REFERENCE.md §1])
  };
}

/** An empty hall: 30 m × 20 m × 4.5 m on a slab, walls on the envelope, default criteria/plant/piping. */
export function emptyHall(name: string, now: string = new Date().toISOString()): HallDocument {
  const length = 30; // chosen
  const width = 20; // chosen
  const wall = (id: string, x0: number, y0: number, x1: number, y1: number) => ({ id, x0, y0, x1, y1, thickness: 0.3, height: 4.5 });
  return {
    schemaVersion: SCHEMA_VERSION,
    meta: { name: name.trim() === '' ? 'Untitled hall' : name.slice(0, 200), author: '', client: '', revision: 'A', created: now.slice(0, 40), modified: now.slice(0, 40), notes: '' },
    unitSystem: 'SI',
    envelope: {
      length,
      width,
      ceilingHeight: 4.5, // chosen
      floor: { kind: 'slab' },
      ceilingPlenum: null,
      gridSize: 0.6, // 600 mm tile grid (industry standard), as schema.ts
      walls: [wall('wall-s', 0, 0, length, 0), wall('wall-e', length, 0, length, width), wall('wall-n', length, width, 0, width), wall('wall-w', 0, width, 0, 0)],
      columns: [],
    },
    rows: [],
    racks: [],
    coolingUnits: [],
    cdus: [],
    tiles: [],
    containment: [],
    plant: defaultPlant(),
    piping: defaultPiping(),
    criteria: defaultCriteria(),
    scenarios: [],
    viewpoints: [],
    annotations: [],
  };
}
