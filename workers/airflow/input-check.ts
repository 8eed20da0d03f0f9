// The air solve's own input check: every number of the hall document that the room-air model reads must
// be finite and physically possible (positive sizes, non-negative loads and flows, fractions in 0–1), and
// the ids the results are keyed by (racks, cooling units, tiles) unique. The app validates every document
// against the schema before it solves (workers/model/load.ts, with narrower design ranges); this check is
// what stands between a document that skipped that validation (an API caller, a scenario that scales a
// field) and a NaN, an Infinity or a silently dropped rack in the results. It names the object and the
// field, reports the first problem only, and costs a pass over the objects (no allocation per number).
import type { HallDocument } from '../model/schema';
import type { AirInputError } from './errors';
import type { SolverOptions } from './solver';

type Rule = 'any' | 'positive' | 'nonNegative' | 'fraction' | 'openFraction';

const RULE_TEXT: Record<Rule, string> = {
  any: 'a finite number',
  positive: 'a finite number > 0',
  nonNegative: 'a finite number ≥ 0',
  fraction: 'a finite number from 0 to 1',
  openFraction: 'a finite number above 0 and at most 1',
};

function holds(v: number, rule: Rule): boolean {
  if (typeof v !== 'number' || !Number.isFinite(v)) return false;
  switch (rule) {
    case 'any': return true;
    case 'positive': return v > 0;
    case 'nonNegative': return v >= 0;
    case 'fraction': return v >= 0 && v <= 1;
    case 'openFraction': return v > 0 && v <= 1;
  }
}

/** The first field of `o` that breaks its rule, as an input error naming `label` and the field. */
function firstBad(label: string, objectId: string | null, o: object, fields: Readonly<Record<string, Rule>>, prefix = ''): AirInputError | null {
  const rec = o as Record<string, unknown>;
  for (const field in fields) {
    const v = rec[field] as number;
    if (holds(v, fields[field])) continue;
    const shown = typeof v === 'number' ? String(v) : JSON.stringify(v) ?? 'missing';
    return { kind: 'invalidInput', objectId, field: prefix + field, message: `${label}: ${prefix}${field} is ${shown}; it must be ${RULE_TEXT[fields[field]]}` };
  }
  return null;
}

const PLACED: Readonly<Record<string, Rule>> = { x: 'any', y: 'any', rotationDeg: 'any', width: 'positive', depth: 'positive', height: 'positive' };
const RACK: Readonly<Record<string, Rule>> = { ...PLACED, itLoad: 'nonNegative', liquidCaptureFraction: 'fraction' };
const UNIT: Readonly<Record<string, Rule>> = { ...PLACED, capacity: 'nonNegative', airflow: 'nonNegative', supplySetpoint: 'any', waterSupplyTemp: 'any' };
const DOOR: Readonly<Record<string, Rule>> = { ua: 'nonNegative', waterFlow: 'nonNegative', waterSupplyTemp: 'any' };
const WALL: Readonly<Record<string, Rule>> = { x0: 'any', y0: 'any', x1: 'any', y1: 'any', thickness: 'nonNegative', height: 'positive' };
const COLUMN: Readonly<Record<string, Rule>> = { x: 'any', y: 'any', width: 'positive', depth: 'positive' };
const TILE: Readonly<Record<string, Rule>> = { x: 'any', y: 'any', openArea: 'openFraction' };
const CONTAINMENT: Readonly<Record<string, Rule>> = { x0: 'any', y0: 'any', x1: 'any', y1: 'any', height: 'positive', leakage: 'fraction' };
const ENVELOPE: Readonly<Record<string, Rule>> = { length: 'positive', width: 'positive', ceilingHeight: 'positive' };

/** The first problem of the document (and the IT load factor) for the air solve, or null. */
export function airInputError(doc: HallDocument, loadFactor: number): AirInputError | null {
  if (!holds(loadFactor, 'nonNegative')) {
    return { kind: 'invalidInput', objectId: null, field: 'loadFactor', message: `the IT load factor is ${loadFactor}; it must be a finite number ≥ 0` };
  }
  const env = doc.envelope;
  const bad = firstBad('the hall envelope', null, env, ENVELOPE, 'envelope.')
    ?? (env.floor.kind === 'raised' ? firstBad('the raised floor', null, env.floor, { tileSize: 'positive' }, 'envelope.floor.') : null);
  if (bad) return bad;
  for (const w of env.walls) { const e = firstBad(`wall ${w.id}`, w.id, w, WALL); if (e) return e; }
  for (const c of env.columns) { const e = firstBad(`column ${c.id}`, c.id, c, COLUMN); if (e) return e; }
  for (const r of doc.racks) {
    const e = firstBad(`rack ${r.id}`, r.id, r, RACK)
      ?? firstBad(`rack ${r.id}`, r.id, r.airflow, { value: r.airflow.spec === 'deltaT' ? 'positive' : 'nonNegative' }, 'airflow.')
      ?? (r.rearDoor?.enabled ? firstBad(`rack ${r.id}`, r.id, r.rearDoor, DOOR, 'rearDoor.') : null);
    if (e) return e;
  }
  for (const u of doc.coolingUnits) { const e = firstBad(`cooling unit ${u.id}`, u.id, u, UNIT); if (e) return e; }
  for (const c of doc.cdus) { const e = firstBad(`CDU ${c.id}`, c.id, c, PLACED); if (e) return e; }
  for (const t of doc.tiles) { const e = firstBad(`tile ${t.id}`, t.id, t, TILE); if (e) return e; }
  for (const c of doc.containment) { const e = firstBad(`containment ${c.id}`, c.id, c, CONTAINMENT); if (e) return e; }
  // results are keyed by these ids (and patches named by them): one id, one object
  const seen = new Map<string, string>();
  const kinds: [string, readonly { id: string }[]][] = [['rack', doc.racks], ['cooling unit', doc.coolingUnits], ['tile', doc.tiles]];
  for (const [kind, list] of kinds) {
    for (const o of list) {
      const prev = seen.get(o.id);
      if (prev !== undefined) return { kind: 'invalidInput', objectId: o.id, field: 'id', message: `${kind} ${o.id}: duplicate id (also used by a ${prev}); results are keyed by id` };
      seen.set(o.id, kind);
    }
  }
  return null;
}

/** What each solver option (SolverOptions, solver.ts) must be. Keyed by every option, so a new option
 *  needs a rule here before it compiles. */
type OptionRule = 'positive' | 'positiveOrInfinity' | 'count' | 'countOrInfinity' | 'positiveCount' | 'boolean';

const OPTION_TEXT: Record<OptionRule, string> = {
  positive: 'a finite number > 0',
  positiveOrInfinity: 'a number > 0 (Infinity allowed)',
  count: 'a whole number ≥ 0',
  countOrInfinity: 'a whole number ≥ 0 (Infinity allowed)',
  positiveCount: 'a whole number ≥ 1',
  boolean: 'true or false',
};

const SOLVER_OPTION_RULES: Readonly<Record<keyof SolverOptions, OptionRule>> = {
  maxSteps: 'positiveCount', cfl: 'positive', dtMax: 'positiveOrInfinity', tolMomentum: 'positive', tolEnergy: 'positive',
  tolContinuity: 'positive', tolContinuityMarch: 'positive', energyDtFactor: 'positiveOrInfinity', energySweeps: 'count', energySnapStep: 'count',
  finalEnergySweeps: 'count', maccormack: 'boolean', maccormackClamp: 'boolean', trajectorySources: 'boolean', diffusionSweeps: 'count',
  minSteps: 'count', developSteps: 'count', warmDevelopSteps: 'count', tolMonitor: 'positive', monitorWindow: 'positiveCount', tolBalance: 'positive',
  averageSteps: 'count', minAverageSteps: 'count', tolMean: 'positive', restartSteps: 'countOrInfinity', captureSweeps: 'count', tolCapture: 'positive',
};

function optionHolds(v: unknown, rule: OptionRule): boolean {
  if (rule === 'boolean') return typeof v === 'boolean';
  if (typeof v !== 'number' || Number.isNaN(v)) return false;
  switch (rule) {
    case 'positive': return Number.isFinite(v) && v > 0;
    case 'positiveOrInfinity': return v > 0;
    case 'count': return Number.isInteger(v) && v >= 0;
    case 'countOrInfinity': return v === Infinity || (Number.isInteger(v) && v >= 0);
    case 'positiveCount': return Number.isInteger(v) && v >= 1;
  }
}

/** The first problem of solveAir's options.solver (a partial SolverOptions merged over the mode's
 *  defaults), as an 'invalidOptions' error naming the option, or null. A key given as undefined is
 *  refused too: the merge would replace the default with it. */
export function solverOptionsError(solver: unknown): Extract<AirInputError, { kind: 'invalidOptions' }> | null {
  if (solver === undefined || solver === null) return null;
  if (typeof solver !== 'object' || Array.isArray(solver)) {
    return { kind: 'invalidOptions', field: 'solver', message: `the solver options are ${shownValue(solver)}; they must be an object` };
  }
  for (const [key, v] of Object.entries(solver)) {
    if (!Object.hasOwn(SOLVER_OPTION_RULES, key)) return { kind: 'invalidOptions', field: `solver.${key}`, message: `solver.${key} is not a solver option` };
    const rule = SOLVER_OPTION_RULES[key as keyof SolverOptions];
    if (!optionHolds(v, rule)) return { kind: 'invalidOptions', field: `solver.${key}`, message: `solver.${key} is ${shownValue(v)}; it must be ${OPTION_TEXT[rule]}` };
  }
  return null;
}

/** A value as given, for a message (the invalid value itself is not rounded). */
function shownValue(v: unknown): string {
  if (v === undefined) return 'missing';
  return typeof v === 'number' ? String(v) : JSON.stringify(v) ?? String(v);
}
