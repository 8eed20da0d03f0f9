// Heat-load summary of a hall: per rack the split of IT heat into liquid and air, the IT airflow the
// air-side heat needs and the coolant flow the liquid heat needs at the design ΔT; hall totals against
// installed cooling capacity. Pure and allocation-light (5,000 racks in a few ms).
// Units SI: W, m³/s, °C, K. Physics: Q = ρ·cp·V·ΔT for air (ideal gas at 25 °C, 1 atm, REFERENCE.md §3
// check figures 177.8/148.2/118.5/88.9 CFM/kW at ΔT 10/12/15/20 K) and for the coolant (REFERENCE.md §4
// properties at the mean of the CDU supply setpoint and return, i.e. setpoint + ΔT/2).
import type { Coolant, HallDocument, RackCooling } from '../model/schema';
import { airVolumetricHeatCapacity } from '../fluids/air';
import { coolantProperties } from '../fluids/coolant';

export interface RackLoad {
  id: string;
  /** IT load, W (× the load factor). */
  itLoad: number;
  /** Heat to liquid, W: itLoad × liquidCaptureFraction for hybrid/DLC racks, 0 for air racks. */
  liquidHeat: number;
  /** Heat to air, W: itLoad − liquidHeat. */
  airHeat: number;
  /** IT airflow for the air-side heat, m³/s. */
  requiredAirflow: number;
  /** Coolant flow for the liquid heat at criteria.coolantDeltaT, m³/s. */
  requiredCoolantFlow: number;
  /** requiredCoolantFlow / liquidHeat, m³/s per W (0 for air racks). */
  flowPerPower: number;
  /** Mean coolant temperature the flow was computed at, °C (null for air racks). */
  coolantTemperature: number | null;
  /** The CDU assumed to serve the rack (listed in its rackIds, else the nearest), or null. */
  cduId: string | null;
}

export interface HallLoad {
  itLoad: number;
  liquidHeat: number;
  airHeat: number;
  requiredAirflow: number;
  requiredCoolantFlow: number;
  /** Enabled CRAH / CRAC / fan-wall capacity, W. */
  crahCapacity: number;
  /** Enabled in-row cooler capacity, W. */
  inRowCapacity: number;
  /** crahCapacity + inRowCapacity, W. */
  airCoolingCapacity: number;
  /** Installed airflow of enabled cooling units, m³/s. */
  coolingAirflow: number;
  /** Enabled CDU capacity, W. */
  cduCapacity: number;
  rackCount: Record<RackCooling, number> & { total: number };
}

export interface HeatLoadSummary {
  racks: RackLoad[];
  hall: HallLoad;
  coolant: Coolant;
  /** Design coolant ΔT used, K. */
  coolantDeltaT: number;
}

export interface SummaryOptions {
  /** IT load factor (scenario), default 1. */
  loadFactor?: number;
}

/** Air at 25 °C, 1 atm for IT airflow from a ΔT spec [REFERENCE.md §3 check figures]. */
const AIR_T = 25;
/** CDU approach assumed when the hall has no CDU: 4 K (NVIDIA qualification, REFERENCE.md §2). */
const DEFAULT_APPROACH = 4;

interface CduRef { id: string; x: number; y: number; supply: number; auto: boolean }

function cduLookup(doc: HallDocument): { byRack: Map<string, CduRef>; all: CduRef[] } {
  const all = doc.cdus.map((c) => ({ id: c.id, x: c.x, y: c.y, supply: c.secondarySupplySetpoint, auto: c.rackIds.length === 0 }));
  const byRack = new Map<string, CduRef>();
  doc.cdus.forEach((c, i) => { for (const r of c.rackIds) if (!byRack.has(r)) byRack.set(r, all[i]); });
  return { byRack, all };
}

function nearest(list: readonly CduRef[], x: number, y: number): CduRef | null {
  let best: CduRef | null = null;
  let bestD = Infinity;
  for (const c of list) {
    const d = (c.x - x) ** 2 + (c.y - y) ** 2;
    if (d < bestD) { bestD = d; best = c; }
  }
  return best;
}

export function heatLoadSummary(doc: HallDocument, options: SummaryOptions = {}): HeatLoadSummary {
  const factor = options.loadFactor ?? 1;
  const { coolant, coolantDeltaT: dT } = doc.criteria;
  const airRhoCp = airVolumetricHeatCapacity(AIR_T);
  const { byRack, all } = cduLookup(doc);
  const autoCdus = all.filter((c) => c.auto);
  const fallbackSupply = doc.plant.supplyTemp + DEFAULT_APPROACH;
  const rhoCpAt = new Map<number, number>();
  const coolantRhoCp = (T: number) => {
    let v = rhoCpAt.get(T);
    if (v === undefined) {
      const p = coolantProperties(coolant, T);
      v = p.rho * p.cp;
      rhoCpAt.set(T, v);
    }
    return v;
  };

  const hall: HallLoad = {
    itLoad: 0, liquidHeat: 0, airHeat: 0, requiredAirflow: 0, requiredCoolantFlow: 0,
    crahCapacity: 0, inRowCapacity: 0, airCoolingCapacity: 0, coolingAirflow: 0, cduCapacity: 0,
    rackCount: { air: 0, hybrid: 0, dlc: 0, total: 0 },
  };
  const racks: RackLoad[] = new Array(doc.racks.length);
  for (let i = 0; i < doc.racks.length; i++) {
    const r = doc.racks[i];
    const itLoad = r.itLoad * factor;
    const liquidHeat = r.cooling === 'air' ? 0 : itLoad * r.liquidCaptureFraction;
    const airHeat = itLoad - liquidHeat;
    const requiredAirflow = r.airflow.spec === 'perPower' ? r.airflow.value * airHeat : airHeat / (airRhoCp * r.airflow.value);
    let requiredCoolantFlow = 0;
    let coolantTemperature: number | null = null;
    let cduId: string | null = null;
    if (r.cooling !== 'air') {
      const cdu = byRack.get(r.id) ?? nearest(autoCdus.length > 0 ? autoCdus : all, r.x, r.y);
      cduId = cdu?.id ?? null;
      coolantTemperature = (cdu?.supply ?? fallbackSupply) + dT / 2;
      requiredCoolantFlow = liquidHeat / (coolantRhoCp(coolantTemperature) * dT);
    }
    racks[i] = {
      id: r.id, itLoad, liquidHeat, airHeat, requiredAirflow, requiredCoolantFlow,
      flowPerPower: liquidHeat > 0 ? requiredCoolantFlow / liquidHeat : 0, coolantTemperature, cduId,
    };
    hall.itLoad += itLoad;
    hall.liquidHeat += liquidHeat;
    hall.airHeat += airHeat;
    hall.requiredAirflow += requiredAirflow;
    hall.requiredCoolantFlow += requiredCoolantFlow;
    hall.rackCount[r.cooling]++;
    hall.rackCount.total++;
  }
  for (const u of doc.coolingUnits) {
    if (!u.enabled) continue;
    if (u.kind === 'inRow') hall.inRowCapacity += u.capacity; else hall.crahCapacity += u.capacity;
    hall.coolingAirflow += u.airflow;
  }
  hall.airCoolingCapacity = hall.crahCapacity + hall.inRowCapacity;
  for (const c of doc.cdus) if (c.enabled) hall.cduCapacity += c.capacity;
  return { racks, hall, coolant, coolantDeltaT: dT };
}
