// N / N+1 / 2N assessment: fail each cooling unit, CDU, CDU pump ("<cduId>/pump<n>"), plant unit
// ("plant/unit<n>") and plant pump ("plant/pump<n>") in turn, re-solve, and tabulate failure × rack →
// pass/fail with the governing margin.
// The batch: the design case is solved first (solveRedundancyDesign), or taken from results the caller has
// (redundancyDesignFrom: the app's current fast air and loop results), and becomes the base of every failure
// case (runRedundancyCase): a side whose solver inputs equal the design's (sameAirSolve / sameLoopSolve in
// scenarios/apply.ts: equal arguments to a pure solver) reuses the design result; an air solve that must
// run starts from rest, as the same scenario solved alone does (workers/scenarios/run.ts), so a column of
// the matrix is that scenario's result whichever way the design case was obtained, and the accuracy the air
// result states (solved from rest) applies to it. (Until 2026-11-27 it started from the design's field:
// no faster on the default sample — 9.40 s against 9.70 s from rest, bench/RESULTS.md — and the fast mode's
// averaged flows then differ from a solve from rest by up to 5.1 K at a rack's hottest intake cell, with
// neither closer to the accurate mode: RMS of the hottest cell against it over the 5 cooling-unit cases
// 2.51–3.43 K warm, 1.88–3.09 K cold. The option remains: warmStart.) Without a base each case solves
// both sides from rest. The failure cases are independent jobs for a worker pool; runRedundancyBatch is the
// serial driver (CLI, tests, bench).
// Failure cases judge rack inlets against the ASHRAE allowable limit, the design case against the
// recommended one [REFERENCE.md §1: allowable envelopes are for excursions].
// Levels per equipment group: 'N' if losing one unit fails a rack that passes by design; 'N+1' if no single
// failure does; '2N' if moreover half of the group's capacity covers the load; 'below N' if the group's
// installed capacity does not cover the load even with every unit running (capacity checks, not
// re-solved). Racks that already fail in the design case are reported once (matrix.design), never charged
// to a group.
import type { AirFailure, AirResult } from '../airflow';
import { solveAir } from '../airflow';
import { solveLoops, type LoopFailure, type LoopResult } from '../loop';
import type { HallDocument, ScenarioT } from '../model/schema';
import { heatLoadSummary } from '../loads/summary';
import { applyToDocument, DESIGN_INPUTS, failableEquipment, loopOptions, sameAirSolve, sameLoopSolve, type ScenarioInputs } from '../scenarios/apply';
import type { CheckId } from './checks';
import { rackVerdicts, type RackVerdict } from './rack';
import { documentKey } from './document-key';

export type FailureKind = 'design' | 'cooling-unit' | 'cdu' | 'cdu-pump' | 'plant-unit' | 'plant-pump';
export interface FailureCase { id: string; kind: FailureKind; failed: string[]; label: string }

/** How a case got each side's result. */
export type SideSource = 'solved' | 'solved (warm start from design)' | 'design result (same solver inputs)' | 'skipped';

export interface RedundancyCaseResult {
  failure: FailureCase;
  racks: RackVerdict[];
  /** Each solver's state as the verdicts saw it: 'ok', 'missing' (skipped) or the solver's failure message. */
  air: string;
  loops: string;
  source: { air: SideSource; loops: SideSource };
  /** Pseudo-time steps of this case's air solve (null when not solved here). */
  airSteps: number | null;
  /** Wall time of this case's solves, s. */
  seconds: number;
}

export interface RedundancyOptions {
  /** Air solve mode, or false to skip air solves (air checks then stay "not evaluated"). */
  air?: 'fast' | 'accurate' | false;
  cellSize?: number;
  loadFactor?: number;
  /** Start failure-case air solves from the design's field (default false: from rest, as a scenario
   *  solved alone, so the case's result does not depend on how the design case was obtained). */
  warmStart?: boolean;
  /** Reuse the design's result for a side with identical solver inputs (default true). */
  reuse?: boolean;
}

/** The design's air result in a base: a full result (with the solver state: failure cases may warm-start
 *  from it, RedundancyOptions.warmStart), only what the verdicts read (a result solved elsewhere, e.g. the app's current one), or a failure. */
export type BaseAir = AirResult | Pick<AirResult, 'ok' | 'racks' | 'units' | 'energy'> | AirFailure | null;

/** The design case's solver results, handed to every failure case (across workers: plain data). */
export interface RedundancyBase {
  /** documentKey of the document and options it was solved with; a case on anything else ignores it. */
  key: string;
  air: BaseAir;
  loops: LoopResult | LoopFailure | null;
}

export interface RedundancyJob {
  scenario: ScenarioT;
  failure: FailureCase;
  /** Without a base (null or omitted) the case solves both sides from rest. */
  run(base?: RedundancyBase | null): RedundancyCaseResult;
}

export interface RedundancyCell {
  status: 'pass' | 'fail' | 'incomplete';
  governing: CheckId | null;
  margin: number | null;
  /** Fails in this case while it passes in the design case (what a failure makes worse). */
  worse: boolean;
  /** An inlet margin of this case is inside its air result's stated figure (RackVerdict.undecided). */
  undecided: boolean;
}

export type RedundancyLevel = 'below N' | 'N' | 'N+1' | '2N' | 'none installed' | 'not evaluated';

export interface RedundancyMatrix {
  cases: FailureCase[];
  rackIds: string[];
  /** cells[case][rack] */
  cells: RedundancyCell[][];
  /** Racks failing (or not evaluated) with all equipment running; null without a design case. */
  design: { failing: string[]; incomplete: string[] } | null;
  levels: { kind: Exclude<FailureKind, 'design'>; installed: number; level: RedundancyLevel; failingCases: string[]; capacity: number; load: number }[];
}

export function failureCases(doc: HallDocument): FailureCase[] {
  const e = failableEquipment(doc);
  const mk = (kind: FailureKind, label: string) => (id: string): FailureCase => ({ id, kind, failed: [id], label: `${label} ${id} failed` });
  return [
    { id: 'design', kind: 'design', failed: [], label: 'design (all equipment running)' },
    ...e.coolingUnits.map(mk('cooling-unit', 'cooling unit')), ...e.cdus.map(mk('cdu', 'CDU')), ...e.cduPumps.map(mk('cdu-pump', 'CDU pump')),
    ...e.plantUnits.map(mk('plant-unit', 'plant unit')), ...e.plantPumps.map(mk('plant-pump', 'plant pump')),
  ];
}

const inputsOf = (failure: FailureCase, o: RedundancyOptions): ScenarioInputs => ({ ...DESIGN_INPUTS, failed: failure.failed, loadFactor: o.loadFactor ?? 1 });
const airMode = (o: RedundancyOptions) => (o.air === false ? false : o.air ?? 'fast');
const baseKey = (doc: HallDocument, o: RedundancyOptions) => documentKey(doc, { air: airMode(o), cellSize: o.cellSize ?? null, loadFactor: o.loadFactor ?? 1 });
const now = () => performance.now();

function result(doc: HallDocument, failure: FailureCase, o: RedundancyOptions, air: BaseAir, loops: LoopResult | LoopFailure | null,
  source: RedundancyCaseResult['source'], airSteps: number | null, seconds: number): RedundancyCaseResult {
  const v = rackVerdicts(doc, air, loops, { loadFactor: o.loadFactor ?? 1, criteria: failure.kind === 'design' ? {} : { inletBasis: 'allowable' } });
  return { failure, racks: v.racks, air: v.air, loops: v.loops, source, airSteps, seconds };
}

/** The design case (everything running), solved from rest; its results are the base of the failure cases. */
export function solveRedundancyDesign(doc: HallDocument, o: RedundancyOptions = {}): { result: RedundancyCaseResult; base: RedundancyBase } {
  const design = failureCases(doc)[0];
  const inputs = inputsOf(design, o);
  const mode = airMode(o);
  const t0 = now();
  const air = mode === false ? null : solveAir(applyToDocument(doc, inputs), { mode, cellSize: o.cellSize, loadFactor: inputs.loadFactor });
  const loops = solveLoops(doc, loopOptions(doc, inputs));
  const steps = air && air.ok ? air.convergence.steps : null;
  return {
    result: result(doc, design, o, air, loops, { air: mode === false ? 'skipped' : 'solved', loops: 'solved' }, steps, (now() - t0) / 1000),
    base: { key: baseKey(doc, o), air, loops },
  };
}

/**
 * The design case from results solved elsewhere (no solve): the air result of the document in the batch's
 * air mode and the loop result of solveLoops(doc, {}) — the same loop-solver inputs as the design case's
 * loopOptions(doc, DESIGN_INPUTS) = { failed: [], loadFactor: 1 } (resolveInputs in workers/loop/options.ts
 * defaults to exactly these). The caller vouches for that; without the air solver's state the failure
 * cases' air solves start from rest.
 */
export function redundancyDesignFrom(doc: HallDocument, o: RedundancyOptions, air: BaseAir, loops: LoopResult | LoopFailure | null): { result: RedundancyCaseResult; base: RedundancyBase } {
  const design = failureCases(doc)[0];
  const source: RedundancyCaseResult['source'] = { air: air === null ? 'skipped' : 'design result (same solver inputs)', loops: 'design result (same solver inputs)' };
  return { result: result(doc, design, o, air, loops, source, null, 0), base: { key: baseKey(doc, o), air, loops } };
}

/**
 * One failure case. With a base (the design case of the same document and options) a side with the
 * design's solver inputs takes the design result (the air solve starts from the design field only with
 * warmStart); without one, both sides are solved from rest.
 */
export function runRedundancyCase(doc: HallDocument, failure: FailureCase, o: RedundancyOptions = {}, base: RedundancyBase | null = null): RedundancyCaseResult {
  if (failure.kind === 'design') return solveRedundancyDesign(doc, o).result;
  const inputs = inputsOf(failure, o);
  const mode = airMode(o);
  const b = base && base.key === baseKey(doc, o) ? base : null;
  const reuse = b !== null && o.reuse !== false;
  const t0 = now();
  let air: BaseAir = null, airSource: SideSource = 'skipped', airSteps: number | null = null;
  if (mode !== false) {
    if (reuse && sameAirSolve(doc, inputs, DESIGN_INPUTS)) { air = b.air; airSource = 'design result (same solver inputs)'; }
    else {
      const warm = b && o.warmStart === true && b.air && b.air.ok && 'state' in b.air ? b.air : null;
      const solved = solveAir(applyToDocument(doc, inputs), { mode, cellSize: o.cellSize, loadFactor: inputs.loadFactor, warmStart: warm });
      air = solved;
      airSource = warm ? 'solved (warm start from design)' : 'solved';
      airSteps = solved.ok ? solved.convergence.steps : null;
    }
  }
  let loops: LoopResult | LoopFailure | null, loopSource: SideSource;
  if (reuse && sameLoopSolve(doc, inputs, DESIGN_INPUTS)) { loops = b.loops; loopSource = 'design result (same solver inputs)'; }
  else { loops = solveLoops(doc, loopOptions(doc, inputs)); loopSource = 'solved'; }
  return result(doc, failure, o, air, loops, { air: airSource, loops: loopSource }, airSteps, (now() - t0) / 1000);
}

/** The batch as independent jobs (the design case first: the others take its results as their base). */
export function redundancyJobs(doc: HallDocument, o: RedundancyOptions = {}): RedundancyJob[] {
  return failureCases(doc).map((failure) => ({
    scenario: { id: `redundancy:${failure.id}`, name: failure.label, notes: 'generated by the redundancy assessment', failed: failure.failed, loadFactor: o.loadFactor ?? 1, ambientDryBulb: null, facilitySupplyTemp: null },
    failure,
    run: (base?: RedundancyBase | null) => runRedundancyCase(doc, failure, o, base ?? null),
  }));
}

function installedCapacity(doc: HallDocument, kind: Exclude<FailureKind, 'design'>): { n: number; capacity: number; load: number } {
  const h = heatLoadSummary(doc).hall;
  switch (kind) {
    case 'cooling-unit': return { n: doc.coolingUnits.filter((u) => u.enabled).length, capacity: h.airCoolingCapacity, load: h.airHeat };
    case 'cdu': return { n: doc.cdus.filter((c) => c.enabled).length, capacity: h.cduCapacity, load: h.liquidHeat };
    case 'cdu-pump': {
      const cdus = doc.cdus.filter((c) => c.enabled);
      return { n: cdus.reduce((s, c) => s + c.pumps.count, 0), capacity: cdus.reduce((s, c) => s + c.pumps.count * c.pumps.ratedFlow, 0), load: h.requiredCoolantFlow };
    }
    case 'plant-unit': return { n: doc.plant.units, capacity: doc.plant.units * doc.plant.unitCapacity, load: h.liquidHeat };
    case 'plant-pump': return { n: doc.plant.pumps.count, capacity: doc.plant.pumps.count * doc.plant.pumps.ratedFlow, load: (doc.plant.pumps.count - doc.plant.pumps.standby) * doc.plant.pumps.ratedFlow };
  }
}

/** The matrix and levels from the case results (any order). */
export function assembleRedundancy(doc: HallDocument, results: readonly RedundancyCaseResult[]): RedundancyMatrix {
  const rackIds = doc.racks.map((r) => r.id);
  const di = results.findIndex((r) => r.failure.kind === 'design');
  const raw = results.map((res) => {
    const by = new Map(res.racks.map((v) => [v.rackId, v]));
    return rackIds.map((id) => by.get(id) ?? null);
  });
  const designStatus = di >= 0 ? raw[di].map((v) => v?.status ?? 'incomplete') : null;
  const cells = raw.map((row, ci) => row.map((v, k): RedundancyCell => {
    const status = v?.status ?? 'incomplete';
    return { status, governing: v?.governing ?? null, margin: v?.governingMargin ?? null, worse: ci !== di && status === 'fail' && designStatus?.[k] === 'pass', undecided: v?.undecided ?? false };
  }));
  const design = designStatus
    ? { failing: rackIds.filter((_, k) => designStatus[k] === 'fail'), incomplete: rackIds.filter((_, k) => designStatus[k] === 'incomplete') }
    : null;
  const kinds: Exclude<FailureKind, 'design'>[] = ['cooling-unit', 'cdu', 'cdu-pump', 'plant-unit', 'plant-pump'];
  const levels = kinds.map((kind) => {
    const inst = installedCapacity(doc, kind);
    const idx = results.map((r, i) => (r.failure.kind === kind ? i : -1)).filter((i) => i >= 0);
    const failingCases = idx.filter((i) => cells[i].some((c) => c.worse)).map((i) => results[i].failure.id);
    let level: RedundancyLevel;
    if (inst.n === 0) level = 'none installed';
    else if (inst.capacity < inst.load) level = 'below N';
    else if (failingCases.length > 0) level = 'N';
    else if (!design || idx.length === 0) level = 'not evaluated';
    else level = inst.n >= 2 && (inst.capacity / inst.n) * Math.floor(inst.n / 2) >= inst.load ? '2N' : 'N+1';
    return { kind, installed: inst.n, level, failingCases, capacity: inst.capacity, load: inst.load };
  });
  return { cases: results.map((r) => r.failure), rackIds, cells, design, levels };
}

/** Serial driver: the design case, then every failure case on its base, reporting progress after each. */
export function runRedundancyBatch(doc: HallDocument, onProgress?: (p: { done: number; total: number; failure: FailureCase }) => void, o: RedundancyOptions = {}): RedundancyMatrix {
  const jobs = redundancyJobs(doc, o);
  const d = solveRedundancyDesign(doc, o);
  const results: RedundancyCaseResult[] = [d.result];
  onProgress?.({ done: 1, total: jobs.length, failure: d.result.failure });
  for (const job of jobs.slice(1)) {
    results.push(job.run(d.base));
    onProgress?.({ done: results.length, total: jobs.length, failure: job.failure });
  }
  return assembleRedundancy(doc, results);
}
