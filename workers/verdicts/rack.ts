// Per-rack verdicts from the configured cooling and the solvers' results: inlet temperature (ASHRAE),
// supply air reaching the rack, air-side unit capacity, rear-door capacity, coolant flow per power (OCP),
// flow share, case and return temperatures, the facility water against the W class, CDU capacity.
// Either solver may be missing or failed: its checks are "not evaluated", never a pass. SI units.
//
// Supply share (air reaching the rack): the intake is a mix of cooling supply air at T_s and hot air at
// the rack's own IT exhaust T_h = T_in + ΔT_it, so the supply share is φ = (T_h − T_in)/(T_h − T_s) =
// 1 − SHI of the rack (Sharma et al. 2002, REFERENCE.md §7). Deliverable supply airflow = φ·V_rack;
// T_s = airflow-weighted supply of the enabled cooling units.
import type { AirAccuracy, AirFailure, AirResult } from '../airflow';
import { heatLoadSummary, type RackLoad } from '../loads/summary';
import type { CduLoopResult, LoopFailure, LoopResult, RackLoopResult } from '../loop';
import type { HallDocument, RackT } from '../model/schema';
import { failedCheck, governingCheck, makeCheck, notEvaluated, overallStatus, undecided, withUncertainty, type CheckId, type VerdictCheck } from './checks';
import { criteriaFromDocument, type VerdictCriteria } from './criteria';
import { configuredMode, MODE_LABEL, type CoolingMode, type VerdictKind } from './mode';

/** What the verdicts read of an air solve (an AirResult, the UI's AirView, or a hand-made result). */
/** What the verdicts read of an air solve (with its stated agreement with OpenFOAM when at hand: the inlet checks
 *  carry it as their uncertainty). */
export type AirInput = (Pick<AirResult, 'ok' | 'racks' | 'units' | 'energy'> & { accuracy?: Pick<AirAccuracy, 'intakeMaxUncertainty'> }) | AirFailure | null | undefined;
/** What the verdicts read of a loop solve. */
export type LoopInput = Pick<LoopResult, 'ok' | 'racks' | 'cdus' | 'plant'> | LoopFailure | null | undefined;

export interface RackVerdict {
  readonly rackId: string;
  readonly mode: CoolingMode;
  /** The mode when it passes (or is incomplete), 'not-coolable' when a required check fails. */
  readonly verdict: VerdictKind;
  readonly status: 'pass' | 'fail' | 'incomplete';
  readonly governing: CheckId | null;
  readonly governingMargin: number | null;
  readonly checks: VerdictCheck[];
  readonly reasons: string[];
  /** A required check's margin is inside the uncertainty of its value (checks.ts undecided): the air
   *  model cannot tell pass from fail here; confirm with a finer tool or a measurement. */
  readonly undecided: boolean;
}

export interface VerdictOptions {
  /** IT load factor the solves were run at (scenario), default 1. */
  loadFactor?: number;
  /** Overrides of the document's criteria (e.g. { inletBasis: 'allowable' } for failure cases). */
  criteria?: Partial<VerdictCriteria>;
}

export interface HallVerdicts {
  readonly criteria: VerdictCriteria;
  readonly racks: RackVerdict[];
  readonly counts: { pass: number; fail: number; incomplete: number };
  /** Racks whose verdict is undecided (RackVerdict.undecided), whatever their status. */
  readonly undecided: number;
  /** Whether each solver's results were used: 'ok', 'missing', or the failure message. */
  readonly air: string;
  readonly loops: string;
}

interface AirContext { ok: true; byRack: Map<string, AirResult['racks'][number]>; supplyT: number | null; capacity: number; roomHeat: number; inletUncertainty: number | null }
type AirState = AirContext | { ok: false; blocking: boolean; message: string; heat?: number; capacity?: number };
type LoopState = { ok: true; byRack: Map<string, RackLoopResult>; cdus: Map<string, CduLoopResult> } | { ok: false; message: string };

function airState(air: AirInput): AirState {
  if (!air) return { ok: false, blocking: false, message: 'no air solve' };
  if (!air.ok) {
    const e = air.error;
    if (e.kind === 'insufficientCooling') return { ok: false, blocking: true, message: e.message, heat: e.heat, capacity: e.capacity };
    if (e.kind === 'zeroAirflow' && e.objectId === null) return { ok: false, blocking: true, message: e.message, capacity: 0 };
    return { ok: false, blocking: false, message: `air solve failed: ${e.message}` };
  }
  let q = 0, qt = 0, capacity = 0;
  for (const u of air.units) { q += u.airflow; qt += u.airflow * u.supplyT; capacity += u.capacity; }
  return {
    ok: true, byRack: new Map(air.racks.map((r) => [r.id, r])), supplyT: q > 0 ? qt / q : null, capacity,
    roomHeat: air.energy.rackHeat - air.energy.doorHeat, inletUncertainty: air.accuracy?.intakeMaxUncertainty ?? null,
  };
}

function loopState(loops: LoopInput): LoopState {
  if (!loops) return { ok: false, message: 'no loop solve' };
  if (!loops.ok) return { ok: false, message: `loop solve failed: ${loops.errors.map((e) => e.message).join('; ')}` };
  return { ok: true, byRack: new Map(loops.racks.map((r) => [r.id, r])), cdus: new Map(loops.cdus.map((c) => [c.id, c])) };
}

function airChecks(rack: RackT, load: RackLoad, a: AirState, k: VerdictCriteria): VerdictCheck[] {
  const out: VerdictCheck[] = [];
  const recReq = k.inletBasis === 'recommended';
  if (!a.ok) {
    const f = (id: CheckId, label: string, q: 'temperature' | 'airflow' | 'power', req: boolean) =>
      (a.blocking ? failedCheck(id, label, q, a.message, req) : notEvaluated(id, label, q, a.message, req));
    out.push(f('inlet-recommended', 'Inlet vs recommended', 'temperature', recReq), f('inlet-allowable', 'Inlet vs allowable', 'temperature', true));
    if (load.requiredAirflow > 0) out.push(f('airflow', 'Supply air reaching the rack', 'airflow', true));
    out.push(a.blocking && a.heat !== undefined && a.capacity !== undefined
      ? makeCheck({ id: 'air-capacity', label: 'Cooling-unit capacity', required: true, quantity: 'power', value: a.heat, limit: a.capacity * k.maxAirUnitUtilisation, sense: 'max', reason: a.message })
      : f('air-capacity', 'Cooling-unit capacity', 'power', true));
    return out;
  }
  const r = a.byRack.get(rack.id);
  if (!r) {
    out.push(notEvaluated('inlet-allowable', 'Inlet vs allowable', 'temperature', 'rack has no air-side heat or airflow in the air solve'));
    return out;
  }
  const tin = r.intakeMax;
  // the hottest intake cell, within the air result's stated figure of OpenFOAM's (when it states one)
  out.push(withUncertainty(makeCheck({ id: 'inlet-recommended', label: 'Inlet vs recommended', required: recReq, quantity: 'temperature', value: tin, limit: k.inletRecommendedMax, sense: 'max',
    reason: `max inlet ${tin.toFixed(1)} °C (mean ${r.intakeMean.toFixed(1)}) vs ASHRAE ${k.airClass} recommended ${k.inletRecommendedMax} °C` }), a.inletUncertainty));
  out.push(withUncertainty(makeCheck({ id: 'inlet-allowable', label: 'Inlet vs allowable', required: true, quantity: 'temperature', value: tin, limit: k.inletAllowableMax, sense: 'max',
    reason: `max inlet ${tin.toFixed(1)} °C vs ASHRAE ${k.airClass} allowable ${k.inletAllowableMax} °C` }), a.inletUncertainty));
  if (load.requiredAirflow > 0) {
    const hot = r.intakeMean + r.equipmentDeltaT;
    const share = a.supplyT === null ? null : hot - a.supplyT <= r.equipmentDeltaT ? 1 : Math.max(0, Math.min(1, r.equipmentDeltaT / (hot - a.supplyT)));
    const deliverable = share === null ? null : share * r.airflow;
    out.push(makeCheck({ id: 'airflow', label: 'Supply air reaching the rack', required: true, quantity: 'airflow', value: deliverable, limit: load.requiredAirflow * k.minSupplyShare, sense: 'min',
      reason: share === null ? 'no cooling unit supplies air' : `${(share * 100).toFixed(0)} % of the ${(r.airflow).toFixed(2)} m³/s intake is supply air (${deliverable!.toFixed(2)} m³/s); required ${(k.minSupplyShare * 100).toFixed(0)} % of ${load.requiredAirflow.toFixed(2)} m³/s` }));
  }
  out.push(makeCheck({ id: 'air-capacity', label: 'Cooling-unit capacity', required: true, quantity: 'power', value: a.roomHeat, limit: a.capacity * k.maxAirUnitUtilisation, sense: 'max',
    reason: `heat to room air ${(a.roomHeat / 1e3).toFixed(1)} kW vs enabled unit capacity ${(a.capacity / 1e3).toFixed(1)} kW` }));
  return out;
}

function doorCheck(rack: RackT, load: RackLoad, a: AirState): VerdictCheck | null {
  const d = rack.rearDoor;
  if (!d || !d.enabled) return null;
  const solved = a.ok ? a.byRack.get(rack.id) : undefined;
  const removed = solved ? `; the air solve has the door removing ${(solved.doorHeat / 1e3).toFixed(1)} kW (${load.airHeat > 0 ? ((solved.doorHeat / load.airHeat) * 100).toFixed(0) : '0'} %)` : '';
  return makeCheck({ id: 'rear-door', label: 'Rear-door capacity', required: true, quantity: 'power', value: load.airHeat, limit: d.capacity, sense: 'max',
    reason: `exhaust heat ${(load.airHeat / 1e3).toFixed(1)} kW vs rated door capacity ${(d.capacity / 1e3).toFixed(1)} kW${removed}` });
}

function liquidChecks(doc: HallDocument, rack: RackT, load: RackLoad, l: LoopState, k: VerdictCriteria): VerdictCheck[] {
  if (rack.cooling === 'air' || load.liquidHeat <= 0) return [];
  const ids: [CheckId, string, 'liquidFlowPerPower' | 'ratio' | 'temperature' | 'power'][] = [
    ['coolant-flow', 'Coolant flow per kW vs OCP minimum', 'liquidFlowPerPower'], ['flow-share', 'Coolant flow share', 'ratio'],
    ['case-temperature', 'Case temperature', 'temperature'], ['return-temperature', 'TCS return temperature', 'temperature'],
    ['facility-supply', 'Facility supply vs W class', 'temperature'], ['cdu-capacity', 'CDU capacity', 'power'],
  ];
  if (!l.ok) return ids.map(([id, label, q]) => notEvaluated(id, label, q, l.message));
  const r = l.byRack.get(rack.id);
  if (!r || r.cduId === null) {
    const why = `no cooling loop: ${rack.id} has no online CDU (failed, disabled or absent) for its ${(load.liquidHeat / 1e3).toFixed(1)} kW of liquid heat`;
    return [makeCheck({ id: 'coolant-flow', label: ids[0][1], required: true, quantity: 'liquidFlowPerPower', value: 0, limit: k.flowPerPowerMin, sense: 'min', reason: why }),
      makeCheck({ id: 'flow-share', label: ids[1][1], required: true, quantity: 'ratio', value: 0, limit: k.minFlowShare, sense: 'min', reason: why }),
      ...ids.slice(2, 4).map(([id, label, q]) => failedCheck(id, label, q, why))];
  }
  const cdu = l.cdus.get(r.cduId);
  const maxCase = Math.min(rack.coldPlate?.maxCaseTemp ?? Infinity, k.maxCaseTemp);
  const lpmkw = (v: number) => (v * 6e7).toFixed(2);
  const flowOk = r.flow > 0 && r.supplyT !== null;
  const noFlow = `no coolant flow through ${rack.id} (CDU ${r.cduId} pumps stopped or loop closed)`;
  const out = [
    makeCheck({ id: 'coolant-flow', label: ids[0][1], required: true, quantity: 'liquidFlowPerPower', value: r.flowPerPower, limit: k.flowPerPowerMin, sense: 'min',
      reason: `${lpmkw(r.flowPerPower)} L/min/kW vs OCP minimum ${lpmkw(k.flowPerPowerMin)} L/min/kW` }),
    makeCheck({ id: 'coolant-flow-max', label: 'Coolant flow per kW vs OCP maximum (advisory)', required: false, quantity: 'liquidFlowPerPower', value: r.flowPerPower, limit: k.flowPerPowerMax, sense: 'max',
      reason: `${lpmkw(r.flowPerPower)} L/min/kW vs OCP maximum ${lpmkw(k.flowPerPowerMax)} L/min/kW (erosion / pumping energy, advisory)` }),
    makeCheck({ id: 'flow-share', label: ids[1][1], required: true, quantity: 'ratio', value: r.flowShare, limit: k.minFlowShare, sense: 'min',
      reason: `${(r.flowShare * 100).toFixed(0)} % of design flow vs ${(k.minFlowShare * 100).toFixed(0)} % minimum` }),
    flowOk ? makeCheck({ id: 'case-temperature', label: ids[2][1], required: true, quantity: 'temperature', value: r.caseT, limit: maxCase, sense: 'max',
      reason: `case ${r.caseT?.toFixed(1)} °C vs limit ${maxCase} °C (case resistance is an assumption)` }) : failedCheck('case-temperature', ids[2][1], 'temperature', noFlow),
    flowOk ? makeCheck({ id: 'return-temperature', label: ids[3][1], required: true, quantity: 'temperature', value: r.returnT, limit: k.returnTempLimit, sense: 'max',
      reason: `return ${r.returnT?.toFixed(1)} °C vs ${doc.criteria.coolant} limit ${k.returnTempLimit} °C` }) : failedCheck('return-temperature', ids[3][1], 'temperature', noFlow),
  ];
  if (cdu) {
    out.push(makeCheck({ id: 'facility-supply', label: ids[4][1], required: true, quantity: 'temperature', value: cdu.primarySupplyT, limit: k.facilitySupplyMax, sense: 'max',
      reason: `facility water ${cdu.primarySupplyT.toFixed(1)} °C at ${cdu.id} vs ${k.wClass} max ${k.facilitySupplyMax} °C` }));
    out.push(makeCheck({ id: 'cdu-capacity', label: ids[5][1], required: true, quantity: 'power', value: cdu.load, limit: cdu.capacity * k.maxCduUtilisation, sense: 'max',
      reason: `${cdu.id} load ${(cdu.load / 1e3).toFixed(0)} kW vs capacity ${(cdu.capacity / 1e3).toFixed(0)} kW` }));
  }
  return out;
}

function verdictOf(rackId: string, mode: CoolingMode, checks: VerdictCheck[]): RackVerdict {
  const status = overallStatus(checks);
  const gov = governingCheck(checks);
  const reasons = checks.filter((c) => c.required && c.status === 'fail').map((c) => `${c.label}: ${c.reason}`);
  if (status !== 'fail') {
    if (gov) reasons.push(`governed by ${gov.label}: ${gov.reason}`);
    for (const c of checks) if (c.required && c.status === 'not-evaluated') reasons.push(`${c.label} not evaluated: ${c.reason}`);
  }
  for (const c of checks) if (!c.required && c.status === 'fail') reasons.push(`advisory — ${c.label}: ${c.reason}`);
  const open = checks.filter((c) => c.required && undecided(c));
  for (const c of open) reasons.push(`undecided — ${c.label}: margin ${c.margin!.toFixed(1)} K, inside the air result's ±${c.uncertainty} K`);
  return {
    rackId, mode, verdict: status === 'fail' ? 'not-coolable' : mode, status, governing: gov?.id ?? null,
    governingMargin: gov?.margin ?? null, checks, reasons, undecided: open.length > 0,
  };
}

/** Verdicts of every rack of the document from whatever results are at hand. */
export function rackVerdicts(doc: HallDocument, air: AirInput, loops: LoopInput, options: VerdictOptions = {}): HallVerdicts {
  const k = criteriaFromDocument(doc, options.criteria);
  const loads = heatLoadSummary(doc, { loadFactor: options.loadFactor ?? 1 }).racks;
  const a = airState(air);
  const l = loopState(loops);
  const racks = doc.racks.map((rack, i) => {
    const load = loads[i];
    const checks: VerdictCheck[] = [];
    if (load.airHeat > 0) checks.push(...airChecks(rack, load, a, k));
    const door = doorCheck(rack, load, a);
    if (door) checks.push(door);
    checks.push(...liquidChecks(doc, rack, load, l, k));
    return verdictOf(rack.id, configuredMode(doc, rack), checks);
  });
  const counts = { pass: 0, fail: 0, incomplete: 0 };
  for (const r of racks) counts[r.status]++;
  return { criteria: k, racks, counts, undecided: racks.filter((r) => r.undecided).length, air: a.ok ? 'ok' : a.message, loops: l.ok ? 'ok' : l.message };
}

export { MODE_LABEL };
