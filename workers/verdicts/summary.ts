// Hall summary of a solved hall: where the IT heat goes (cooling units, rear doors, liquid), the
// utilisation of each cooling unit and CDU, the facility water (load, temperatures, W class), fan and
// pump power, and a partial PUE of the cooling subsystem. SI units: W, °C, m³/s.
//
// partial PUE = (IT + fans of running cooling units + CDU pumps + facility-water plant pumps) / IT.
// Included: cooling-unit fan power (document fanPower of enabled, non-failed units) and pump shaft power
// from the loop solve (CDU secondary pumps, plant FWS pumps). Excluded (not modelled): chiller
// compressors, dry-cooler / tower fans, rear-door fans (no schema field), chilled-water pumps to the
// CRAHs and rear doors, UPS/electrical losses, lighting. The figure is a lower bound of the cooling pPUE.
import { W_CLASS_MAX_SUPPLY } from '../loop/constants';
import type { HallDocument } from '../model/schema';
import type { AirInput, LoopInput } from './rack';

export interface UnitUtilisation {
  id: string; kind: string; load: number | null; capacity: number; utilisation: number | null; overCapacity: boolean; fanPower: number; running: boolean;
}
export interface CduUtilisation { id: string; online: boolean; load: number; capacity: number; utilisation: number; pumpPower: number }

export interface HallSummary {
  /** IT load × load factor, W. */
  itLoad: number;
  /** Heat split, W (null when the solver that knows it is missing): to cooling-unit air, to rear doors, to liquid (CDU HX). */
  heat: { air: number | null; doors: number | null; liquid: number | null; accounted: number | null; balanceError: number | null };
  units: UnitUtilisation[];
  cdus: CduUtilisation[];
  facilityWater: {
    load: number; supplyT: number; returnT: number | null; flow: number; wClass: string; wClassMax: number; wClassOk: boolean;
    plantCapacity: number; plantUtilisation: number | null;
  } | null;
  power: { fans: number; cduPumps: number | null; plantPumps: number | null; total: number };
  /** (IT + power.total) / IT; null without IT load. */
  partialPue: number | null;
  included: string[];
  excluded: string[];
}

export const PPUE_INCLUDED = [
  'cooling-unit fans (document fanPower of running CRAH/CRAC/fan-wall/in-row units)',
  'CDU secondary (TCS) pump shaft power from the loop solve',
  'facility-water (FWS) plant pump shaft power from the loop solve',
];
export const PPUE_EXCLUDED = [
  'chiller compressors, dry-cooler and tower fans (plant power not modelled)',
  'rear-door fans (no fan-power field; OCP door HX ≤ 2 % of capacity, REFERENCE.md §2)',
  'chilled-water pumps serving CRAHs and rear doors',
  'electrical losses (UPS, PDUs), lighting',
];

export interface SummaryInputOptions { loadFactor?: number; failed?: readonly string[] }

export function hallSummary(doc: HallDocument, air: AirInput, loops: LoopInput, options: SummaryInputOptions = {}): HallSummary {
  const factor = options.loadFactor ?? 1;
  const failed = new Set(options.failed ?? []);
  const itLoad = doc.racks.reduce((s, r) => s + r.itLoad * factor, 0);
  const airOk = air && air.ok ? air : null;
  const loopOk = loops && loops.ok ? loops : null;
  const airById = new Map((airOk?.units ?? []).map((u) => [u.id, u]));

  const units: UnitUtilisation[] = doc.coolingUnits.map((u) => {
    const running = u.enabled && !failed.has(u.id);
    const r = airById.get(u.id);
    return {
      id: u.id, kind: u.kind, load: r ? r.load : null, capacity: u.capacity, utilisation: r && u.capacity > 0 ? r.load / u.capacity : null,
      overCapacity: r?.overCapacity ?? false, fanPower: running ? u.fanPower : 0, running,
    };
  });
  const cdus: CduUtilisation[] = (loopOk?.cdus ?? []).map((c) => ({
    id: c.id, online: c.online, load: c.load, capacity: c.capacity, utilisation: c.utilisation, pumpPower: c.pumps.power,
  }));

  const airHeat = airOk ? airOk.energy.unitHeat : null;
  const doorHeat = airOk ? airOk.energy.doorHeat : null;
  const liquid = loopOk ? loopOk.cdus.reduce((s, c) => s + c.hxHeat, 0) : null;
  // Racks without air-side heat need no air solve: their air share is known to be zero.
  const noAirHeat = doc.racks.every((r) => r.cooling !== 'air' && r.liquidCaptureFraction >= 1);
  const noLiquid = doc.racks.every((r) => r.cooling === 'air' || r.liquidCaptureFraction <= 0);
  const a = airHeat ?? (noAirHeat ? 0 : null);
  const d = doorHeat ?? (noAirHeat ? 0 : null);
  const lq = liquid ?? (noLiquid ? 0 : null);
  const accounted = a !== null && d !== null && lq !== null ? a + d + lq : null;

  let facilityWater: HallSummary['facilityWater'] = null;
  const plant = loopOk?.plant ?? null;
  if (plant) {
    const wMax = W_CLASS_MAX_SUPPLY[doc.criteria.wClass] ?? Infinity;
    facilityWater = {
      load: plant.heatRejected, supplyT: plant.supplyT, returnT: plant.returnT, flow: plant.flow, wClass: doc.criteria.wClass, wClassMax: wMax,
      wClassOk: plant.supplyT <= wMax, plantCapacity: plant.capacity, plantUtilisation: plant.capacity > 0 ? plant.heatRejected / plant.capacity : null,
    };
  }
  const fans = units.reduce((s, u) => s + u.fanPower, 0);
  const cduPumps = loopOk ? cdus.reduce((s, c) => s + c.pumpPower, 0) : null;
  const plantPumps = loopOk ? (plant?.pumps.power ?? 0) : null;
  const total = fans + (cduPumps ?? 0) + (plantPumps ?? 0);
  const excluded = [...PPUE_EXCLUDED];
  if (!loopOk) excluded.unshift('pump power (no loop solve)');
  return {
    itLoad,
    heat: { air: a, doors: d, liquid: lq, accounted, balanceError: accounted !== null && itLoad > 0 ? Math.abs(itLoad - accounted) / itLoad : null },
    units, cdus, facilityWater,
    power: { fans, cduPumps, plantPumps, total },
    partialPue: itLoad > 0 ? (itLoad + total) / itLoad : null,
    included: [...PPUE_INCLUDED], excluded,
  };
}
