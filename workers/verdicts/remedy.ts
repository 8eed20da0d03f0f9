// "What it would take": for a failing rack, the cheapest change that makes it pass, found by re-solving a
// modified copy of the document. Candidates in order of cost: containment over the rack's cold aisle, the
// smallest library rear door that passes, a higher liquid share (+0.05 steps), faster CDU pumps (speed
// +10 % steps via solveLoops overrides), lower supply temperatures (CRAH setpoints, then the CDU TCS
// setpoint, 1 K steps). Only the side a change touches is re-solved (air: fast mode; loops); the other
// side's result is reused. Work is bounded by a budget of solves; exhaustion is reported.
import { solveAir, type AirFailure, type AirResult } from '../airflow';
import { solveLoops, type LoopFailure, type LoopResult, type LoopSolveOptions } from '../loop';
import { LIBRARY } from '../model/library';
import type { ContainmentT, HallDocument, RackT } from '../model/schema';
import type { CheckId } from './checks';
import { containmentOf } from './mode';
import { rackVerdicts, type RackVerdict } from './rack';

export type RemedyKind = 'containment' | 'rear-door' | 'liquid-share' | 'coolant-flow' | 'air-supply-temperature' | 'coolant-supply-temperature';

export interface RemedyTrial { kind: RemedyKind; change: string; status: RackVerdict['status']; governing: CheckId | null; governingMargin: number | null }

export interface RemedyResult {
  rackId: string;
  /** The first passing trial (cheapest change), or null. */
  found: RemedyTrial | null;
  trials: RemedyTrial[];
  solves: number;
  budgetExhausted: boolean;
  message: string;
}

export interface RemedyOptions {
  /** Max solves (air or loop), default 12. */
  budget?: number;
  cellSize?: number;
  loadFactor?: number;
}

const AIR_IDS: ReadonlySet<CheckId> = new Set(['inlet-recommended', 'inlet-allowable', 'airflow', 'air-capacity', 'rear-door']);
/** Steps (chosen): liquid share +0.05 to 1, pump speed +10 % to 130 %, setpoints −1 K × 4 (not below 18 °C air, ASHRAE recommended minimum [REFERENCE.md §1]). */
const SHARE_STEP = 0.05;
const SPEEDS = [1.1, 1.2, 1.3];
const SETPOINT_STEPS = 4;
const AIR_SETPOINT_MIN = 18;

interface Candidate { kind: RemedyKind; change: string; doc: HallDocument; air: boolean; loops: boolean; loopOptions?: LoopSolveOptions }

/** A roofed cold aisle in front of the rack's row (axis-aligned rows), minAisleWidth deep. */
export function coldAisleFor(doc: HallDocument, rack: RackT): ContainmentT | null {
  const rot = ((Math.round(rack.rotationDeg / 90) * 90) % 360 + 360) % 360;
  if (Math.abs(rack.rotationDeg - Math.round(rack.rotationDeg / 90) * 90) > 0.5) return null;
  const row = doc.racks.filter((r) => (rack.rowId !== null ? r.rowId === rack.rowId : r.id === rack.id) && Math.abs(r.rotationDeg - rack.rotationDeg) < 0.5);
  const w = doc.criteria.minAisleWidth;
  const along = rot === 0 || rot === 180;
  const lo = Math.min(...row.map((r) => (along ? r.x : r.y) - r.width / 2)), hi = Math.max(...row.map((r) => (along ? r.x : r.y) + r.width / 2));
  // front normal (sin θ, −cos θ): 0° → −y, 90° → +x, 180° → +y, 270° → −x
  const face = rot === 0 ? rack.y - rack.depth / 2 : rot === 180 ? rack.y + rack.depth / 2 : rot === 90 ? rack.x + rack.depth / 2 : rack.x - rack.depth / 2;
  const out = rot === 0 || rot === 270 ? face - w : face + w;
  const [a0, a1] = [Math.min(face, out), Math.max(face, out)];
  const rect = along ? { x0: lo, x1: hi, y0: a0, y1: a1 } : { x0: a0, x1: a1, y0: lo, y1: hi };
  return { id: `remedy-cac-${rack.id}`, name: `cold aisle for ${rack.id}`, kind: 'coldAisle', ...rect, height: rack.height, roof: true, leakage: 0.05 };
}

function candidates(doc: HallDocument, rack: RackT, base: RackVerdict, loadFactor: number): Candidate[] {
  const failing = base.checks.filter((c) => c.required && c.status === 'fail');
  const airFails = failing.some((c) => AIR_IDS.has(c.id));
  const liquidFails = failing.some((c) => !AIR_IDS.has(c.id));
  const withRack = (r: RackT): HallDocument => ({ ...doc, racks: doc.racks.map((x) => (x.id === rack.id ? r : x)) });
  const out: Candidate[] = [];
  if (airFails && containmentOf(doc, rack) === null) {
    const c = coldAisleFor(doc, rack);
    if (c) out.push({ kind: 'containment', change: `add a roofed cold-aisle containment ${c.id}`, doc: { ...doc, containment: [...doc.containment, c] }, air: true, loops: false });
  }
  if (airFails && !rack.rearDoor?.enabled) {
    // Doors rated below the exhaust heat would fail their own capacity check: not worth a solve.
    const exhaust = rack.itLoad * loadFactor * (rack.cooling === 'air' ? 1 : 1 - rack.liquidCaptureFraction);
    for (const t of [...LIBRARY.rearDoors].filter((d) => d.values.capacity >= exhaust).sort((a, b) => a.values.capacity - b.values.capacity)) {
      out.push({ kind: 'rear-door', change: `fit rear door ${t.id} (${(t.values.capacity / 1e3).toFixed(0)} kW)`, doc: withRack({ ...rack, rearDoor: { templateId: t.id, ...structuredClone(t.values), enabled: true } }), air: true, loops: false });
    }
  }
  if (airFails && rack.cooling !== 'air' && rack.coldPlate) {
    for (let f = Math.round((rack.liquidCaptureFraction + SHARE_STEP) * 100) / 100; f <= 1 + 1e-9; f = Math.round((f + SHARE_STEP) * 100) / 100) {
      out.push({ kind: 'liquid-share', change: `raise liquid capture to ${(f * 100).toFixed(0)} %`, doc: withRack({ ...rack, liquidCaptureFraction: Math.min(1, f) }), air: true, loops: true });
    }
  }
  const cdu = doc.cdus.find((c) => c.rackIds.includes(rack.id)) ?? null;
  if (liquidFails && cdu) {
    for (const s of SPEEDS) {
      const overrides = Object.fromEntries(Array.from({ length: cdu.pumps.count }, (_, i) => [`${cdu.id}/pump${i + 1}`, { speed: s }]));
      out.push({ kind: 'coolant-flow', change: `run ${cdu.id} pumps at ${(s * 100).toFixed(0)} % speed`, doc, air: false, loops: true, loopOptions: { overrides } });
    }
  }
  for (let k = 1; k <= SETPOINT_STEPS; k++) {
    if (airFails && doc.coolingUnits.some((u) => u.enabled && u.supplySetpoint - k >= AIR_SETPOINT_MIN)) {
      out.push({ kind: 'air-supply-temperature', change: `lower cooling-unit supply setpoints by ${k} K`, air: true, loops: false,
        doc: { ...doc, coolingUnits: doc.coolingUnits.map((u) => ({ ...u, supplySetpoint: Math.max(AIR_SETPOINT_MIN, u.supplySetpoint - k) })) } });
    }
  }
  if (liquidFails && cdu) {
    for (let k = 1; k <= SETPOINT_STEPS; k++) {
      out.push({ kind: 'coolant-supply-temperature', change: `lower ${cdu.id} TCS supply setpoint by ${k} K to ${cdu.secondarySupplySetpoint - k} °C`, air: false, loops: true,
        doc: { ...doc, cdus: doc.cdus.map((c) => (c.id === cdu.id ? { ...c, secondarySupplySetpoint: c.secondarySupplySetpoint - k } : c)) } });
    }
  }
  return out;
}

/** The cheapest passing change for one rack, given the design-case results. */
export function whatItWouldTake(doc: HallDocument, rackId: string, base: { air: AirResult | AirFailure | null; loops: LoopResult | LoopFailure | null }, o: RemedyOptions = {}): RemedyResult {
  const budget = o.budget ?? 12;
  const loadFactor = o.loadFactor ?? 1;
  const rack = doc.racks.find((r) => r.id === rackId);
  const none = (message: string): RemedyResult => ({ rackId, found: null, trials: [], solves: 0, budgetExhausted: false, message });
  if (!rack) return none(`no rack ${rackId}`);
  const v0 = rackVerdicts(doc, base.air, base.loops, { loadFactor }).racks.find((r) => r.rackId === rackId)!;
  if (v0.status !== 'fail') return none(`${rackId} does not fail (${v0.status}): nothing to remedy`);
  const trials: RemedyTrial[] = [];
  let solves = 0;
  for (const c of candidates(doc, rack, v0, loadFactor)) {
    const cost = (c.air ? 1 : 0) + (c.loops ? 1 : 0);
    if (solves + cost > budget) {
      return { rackId, found: null, trials, solves, budgetExhausted: true, message: `budget of ${budget} solves exhausted after ${trials.length} trials; next would be: ${c.change}` };
    }
    const air = c.air ? solveAir(c.doc, { mode: 'fast', cellSize: o.cellSize, loadFactor }) : base.air;
    const loops = c.loops ? solveLoops(c.doc, { loadFactor, ...c.loopOptions }) : base.loops;
    solves += cost;
    const v = rackVerdicts(c.doc, air, loops, { loadFactor }).racks.find((r) => r.rackId === rackId)!;
    const trial: RemedyTrial = { kind: c.kind, change: c.change, status: v.status, governing: v.governing, governingMargin: v.governingMargin };
    trials.push(trial);
    if (v.status === 'pass') return { rackId, found: trial, trials, solves, budgetExhausted: false, message: `${rackId} passes with: ${c.change} (governing ${v.governing}, margin ${v.governingMargin?.toPrecision(3)})` };
  }
  return { rackId, found: null, trials, solves, budgetExhausted: false, message: `no candidate change makes ${rackId} pass; it needs a different cooling mode or more capacity` };
}
