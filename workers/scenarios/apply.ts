// A document Scenario applied to the solvers: failed cooling units are switched off in a copy of the
// document (the air solver reads `enabled`), failed CDUs and pumps go to solveLoops' `failed`, the load
// factor to both solvers, ambient and facility supply to the loops. Failed plant units ("plant/unit<n>")
// derate the heat-rejection plant: the FWS supply rises when the remaining units cannot reject the
// liquid heat (model in plantDerate). Units SI (°C, W).
import { heatLoadSummary } from '../loads/summary';
import { facilitySupplyTemperature } from '../loop/plant';
import type { LoopSolveOptions } from '../loop';
import type { HallDocument, ScenarioT } from '../model/schema';

/** A scenario as plain inputs (a document Scenario or an ad-hoc one). */
export interface ScenarioInputs {
  failed: readonly string[];
  loadFactor: number;
  ambientDryBulb: number | null;
  facilitySupplyTemp: number | null;
}

/** Water ρ·cp at 40 °C, J/(m³·K): 992.26 × 4179 [REFERENCE.md §4]. */
const WATER_RHO_CP = 992.26 * 4179;

export const DESIGN_INPUTS: ScenarioInputs = { failed: [], loadFactor: 1, ambientDryBulb: null, facilitySupplyTemp: null };

export function scenarioInputs(s: ScenarioT): ScenarioInputs {
  return { failed: [...s.failed], loadFactor: s.loadFactor, ambientDryBulb: s.ambientDryBulb, facilitySupplyTemp: s.facilitySupplyTemp };
}

/** Ids of plant units ("plant/unit1" … "plant/unit<units>"). */
export function plantUnitIds(doc: HallDocument): string[] {
  return Array.from({ length: doc.plant.units }, (_, i) => `plant/unit${i + 1}`);
}

/** Ids a scenario may fail, by kind. */
export function failableEquipment(doc: HallDocument): { coolingUnits: string[]; cdus: string[]; cduPumps: string[]; plantUnits: string[]; plantPumps: string[] } {
  return {
    coolingUnits: doc.coolingUnits.filter((u) => u.enabled).map((u) => u.id),
    cdus: doc.cdus.filter((c) => c.enabled).map((c) => c.id),
    cduPumps: doc.cdus.filter((c) => c.enabled).flatMap((c) => Array.from({ length: c.pumps.count }, (_, i) => `${c.id}/pump${i + 1}`)),
    plantUnits: plantUnitIds(doc),
    plantPumps: Array.from({ length: doc.plant.pumps.count }, (_, i) => `plant/pump${i + 1}`),
  };
}

/** The document the air solver sees: failed cooling units disabled (a copy; the input is not changed). */
export function applyToDocument(doc: HallDocument, s: ScenarioInputs): HallDocument {
  const failed = new Set(s.failed);
  if (!doc.coolingUnits.some((u) => failed.has(u.id))) return doc;
  return { ...doc, coolingUnits: doc.coolingUnits.map((u) => (failed.has(u.id) ? { ...u, enabled: false } : u)) };
}

/**
 * FWS supply with failed plant units, °C, or null when unchanged. Installed units run in parallel; the
 * remaining capacity is (units − failed) × unitCapacity. If it covers the liquid heat, nothing changes.
 * Otherwise (labelled assumption): a dry cooler / tower rejects heat in proportion to its approach, so the
 * approach grows by load / remaining capacity; a chiller at capacity passes the excess heat to the FWS
 * supply, ΔT = excess / (ρ·cp·plant flow).
 */
export function plantDerate(doc: HallDocument, s: ScenarioInputs): number | null {
  const failedUnits = plantUnitIds(doc).filter((id) => s.failed.includes(id)).length;
  if (failedUnits === 0) return null;
  const p = doc.plant;
  const remaining = Math.max(0, p.units - failedUnits) * p.unitCapacity;
  const load = heatLoadSummary(doc, { loadFactor: s.loadFactor }).hall.liquidHeat;
  const ambient = s.ambientDryBulb ?? p.ambientDryBulb;
  const base = s.facilitySupplyTemp ?? facilitySupplyTemperature(p, ambient, null);
  if (load <= remaining) return null;
  if (remaining <= 0) return 60; // no heat rejection: top of the coolant tables [REFERENCE.md §4]
  if (p.kind === 'chiller') {
    const flow = Math.max(p.pumps.count - p.pumps.standby, 1) * p.pumps.ratedFlow;
    return base + (load - remaining) / (WATER_RHO_CP * flow);
  }
  const reference = p.kind === 'tower' ? p.ambientWetBulb : ambient;
  return Math.max(base, reference + p.approach * (load / remaining));
}

/**
 * Ids the loop solver reads from its `failed` list: CDU ids (workers/loop/assign.ts), CDU pump ids
 * "<cduId>/pump<n>" and plant pump ids "plant/pump<n>" (pumpPlan in workers/loop/tcs.ts, fws.ts), of every
 * CDU in the document (enabled or not). Any other id has no effect on a loop solve.
 */
export function loopElementIds(doc: HallDocument): Set<string> {
  const ids = new Set<string>();
  for (const c of doc.cdus) {
    ids.add(c.id);
    for (let i = 1; i <= c.pumps.count; i++) ids.add(`${c.id}/pump${i}`);
  }
  for (let i = 1; i <= doc.plant.pumps.count; i++) ids.add(`plant/pump${i}`);
  return ids;
}

/** solveLoops options of a scenario (plant-unit failures become a facility supply temperature; ids the
 *  loop solver does not read, such as cooling units, are left out, so equal options mean an equal solve). */
export function loopOptions(doc: HallDocument, s: ScenarioInputs): LoopSolveOptions {
  const derated = plantDerate(doc, s);
  const elements = loopElementIds(doc);
  const failed = [...new Set(s.failed.filter((id) => elements.has(id)))].sort();
  return {
    failed, loadFactor: s.loadFactor,
    ...(s.ambientDryBulb !== null ? { ambientDryBulb: s.ambientDryBulb } : {}),
    ...(derated !== null ? { facilitySupplyTemp: derated } : s.facilitySupplyTemp !== null ? { facilitySupplyTemp: s.facilitySupplyTemp } : {}),
  };
}

/**
 * Whether two scenarios give the loop solver identical inputs on this document: solveScenario calls
 * solveLoops(doc, loopOptions(doc, s)) with the unmodified document, and solveLoops is a pure function of
 * its arguments (ARCHITECTURE: no module-level state), so equal options prove an equal result.
 */
export function sameLoopSolve(doc: HallDocument, a: ScenarioInputs, b: ScenarioInputs): boolean {
  return JSON.stringify(loopOptions(doc, a)) === JSON.stringify(loopOptions(doc, b));
}

/** What the air solver receives from a scenario besides the document: the cooling units switched off
 *  (applyToDocument changes nothing else) and the load factor (solveScenario passes nothing else). */
function airSolveInputs(doc: HallDocument, s: ScenarioInputs): string {
  const units = new Set(doc.coolingUnits.map((u) => u.id));
  return JSON.stringify({ off: [...new Set(s.failed.filter((id) => units.has(id)))].sort(), loadFactor: s.loadFactor });
}

/** Whether two scenarios give the air solver identical inputs on this document (same argument as sameLoopSolve). */
export function sameAirSolve(doc: HallDocument, a: ScenarioInputs, b: ScenarioInputs): boolean {
  return airSolveInputs(doc, a) === airSolveInputs(doc, b);
}

/** Whether a failure list touches the room air (cooling units) and/or the liquid side. */
export function affects(doc: HallDocument, failed: readonly string[]): { air: boolean; liquid: boolean } {
  const units = new Set(doc.coolingUnits.map((u) => u.id));
  return { air: failed.some((id) => units.has(id)), liquid: failed.some((id) => !units.has(id)) };
}
