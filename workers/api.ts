// The engine's one public facade. The same object runs in a Web Worker (entries/engine.worker.ts, via
// comlink), in the CLI and in tests. Every method takes the hall document and returns plain data; long
// computations report progress through an optional callback. No module-level mutable state.
import type { HallDocument } from './model/schema';
import { heatLoadSummary, type HeatLoadSummary } from './loads/summary';
import { LoopCache, solveLoops, type LoopFailure, type LoopResult, type LoopSolveOptions } from './loop';
import { solveAirAsync, type AirFailure, type AirResult } from './airflow';
import type { SlabPool } from './airflow/slab-pool';
import type { MarchState } from './airflow/solver';
import { warmKey, warmStartAcross, type WarmKey } from './airflow/warm-key';
import { systemCurve, type SystemCurveResult } from './loop/system-curve';
import { rackVerdicts, hallSummary, redundancyJobs, runRedundancyCase, solveRedundancyDesign, redundancyDesignFrom, assembleRedundancy, whatItWouldTake, type AirInput, type LoopInput, type HallVerdicts, type HallSummary, type FailureCase, type RedundancyBase, type RedundancyCaseResult, type RedundancyMatrix, type RedundancyOptions, type RemedyOptions, type RemedyResult } from './verdicts';
import { solveScenario, rideThrough, powerSweep, fwsSweep, type ScenarioInputs, type ScenarioSolveOptions, type ScenarioOutcome, type TransientEvent, type TransientOptions, type TransientResult, type PowerSweepOptions, type PowerSweepPoint, type FwsSweepPoint } from './scenarios';
import { buildReport, renderReportHtml, exportCsv, exportJson, type CsvKind, type HtmlOptions, type ReportOptions, type ReportResults } from './report';

/** An air result as it crosses to the UI: without the solver's warm-start state (AirSolved carries it apart). */
export type AirView = Omit<AirResult, 'state'>;

/** What a room-air solve leaves for the next one to start from: the solver's own fields, and what decides
 *  whether a later document is a small edit of this one (airflow/warm-key.ts). */
export interface AirWarmState {
  mode: 'accurate' | 'fast';
  cellSize: number | null;
  key: WarmKey;
  state: AirResult['state'];
  /** When it was solved (ms since the epoch): of two that qualify, the newer is used. */
  at: number;
}

/** solveAir's answer: the view and, when it solved, its warm state for the caller to keep and send back
 *  (AirSolveRequest.warmFrom). */
export type AirSolved = (AirView & { warm: AirWarmState }) | AirFailure;

export interface AirSolveRequest {
  mode: 'accurate' | 'fast';
  cellSize?: number;
  loadFactor?: number;
  /** Start from a previous solution of the mode when the grid matches and the edit since is small
   *  (airflow/warm-key.ts: cooling side unchanged, racks' airflow within 10 %); else from rest. The previous
   *  solution is warmFrom when given, else this engine instance's own last one. */
  warmStart?: boolean;
  /** A previous solve's warm state as the caller kept it (AirSolved's warm), used when of this mode and
   *  cell size, a small edit away and newer than this engine's own. The app keeps it in the UI: a cancel
   *  may still terminate a worker (one that does not stop in time, or without shared memory), engine and
   *  all, and the pool may run an air job on a fresh worker. */
  warmFrom?: AirWarmState | null;
  /** Cancel flag on a SharedArrayBuffer (the pool's cooperative cancel): the solve stops at its next step
   *  once element 0 is set and answers with error kind 'cancelled', and this worker stays as it was. */
  cancel?: Int32Array | null;
}

/** The part of an air result the verdicts read (what the UI sends back to the engine: no fields). */
export type AirVerdictInput = Extract<AirInput, { ok: true }> | AirFailure | null;

/** A scenario outcome as it crosses to the UI: the air result without its warm-start state. */
export type ScenarioOutcomeView = Omit<ScenarioOutcome, 'air'> & { air: AirView | AirFailure | null };

export interface Progress {
  /** 0..1 */
  fraction: number;
  stage: string;
  /** A room-air solve's march: step, cap, steps averaged and their standard error (airflow/solver.ts MarchState). */
  march?: MarchState;
}

/** Progress callback; across comlink it returns a promise, which the engine awaits so that progress
 *  arrives in order and before the result. */
export type ProgressCallback = (p: Progress) => void | Promise<void>;

export interface EngineApi {
  ping(): Promise<string>;
  /** Heat-load summary per rack and hall: air/liquid split, required airflow and coolant flow. */
  heatLoadSummary(doc: HallDocument, onProgress?: ProgressCallback): Promise<HeatLoadSummary>;
  /** Liquid loops (TCS per CDU + facility water): hydraulics and heat to convergence. */
  solveLoops(doc: HallDocument, options?: LoopSolveOptions, onProgress?: ProgressCallback): Promise<LoopResult | LoopFailure>;
  /** System curve of one CDU's TCS loop: converged operating points at several pump speeds (flow m³/s, head Pa). */
  systemCurve(doc: HallDocument, cduId: string): Promise<SystemCurveResult>;
  /** Room air: flow and temperature to a steady state; rack intakes, unit loads, metrics, fields. */
  solveAir(doc: HallDocument, request: AirSolveRequest, onProgress?: ProgressCallback): Promise<AirSolved>;
  /** Per-rack verdicts and the hall summary from given results (no solve). */
  verdicts(doc: HallDocument, air: AirVerdictInput, loops: LoopInput): Promise<{ verdicts: HallVerdicts; summary: HallSummary }>;
  /** The redundancy batch's failure cases (redundancyJobs), one pool job each via redundancyCase. */
  redundancyCases(doc: HallDocument, options?: RedundancyOptions): Promise<FailureCase[]>;
  /** The batch's design case, and its results as the base of every failure case (send it to redundancyCase). */
  redundancyDesign(doc: HallDocument, options?: RedundancyOptions): Promise<{ result: RedundancyCaseResult; base: RedundancyBase }>;
  /** The batch's design case from results the caller already has (its air result in the batch's mode and
   *  solveLoops(doc, {})), without solving; failure cases on this base solve air from rest. */
  redundancyDesignFrom(doc: HallDocument, options: RedundancyOptions, air: AirVerdictInput, loops: LoopResult | LoopFailure | null): Promise<{ result: RedundancyCaseResult; base: RedundancyBase }>;
  /** One failure case; with the design's base it reuses unchanged sides (air solved from rest unless options.warmStart). */
  redundancyCase(doc: HallDocument, failure: FailureCase, options?: RedundancyOptions, base?: RedundancyBase | null): Promise<RedundancyCaseResult>;
  assembleRedundancy(doc: HallDocument, results: RedundancyCaseResult[]): Promise<RedundancyMatrix>;
  /** Cheapest passing change for a failing rack (re-solves within the budget). */
  whatItWouldTake(doc: HallDocument, rackId: string, base: { air: AirVerdictInput; loops: LoopResult | LoopFailure | null }, options?: RemedyOptions, onProgress?: ProgressCallback): Promise<RemedyResult>;
  /** A scenario solved (air fast unless skipped, loops), its verdicts and summary. */
  solveScenario(doc: HallDocument, inputs: ScenarioInputs, options?: ScenarioSolveOptions, onProgress?: ProgressCallback): Promise<ScenarioOutcomeView>;
  /** Temperatures vs time after a pump trip, CDU trip or cooling-unit failure. */
  rideThrough(doc: HallDocument, results: { loops: LoopResult | LoopFailure | null; air: AirVerdictInput }, event: TransientEvent, options?: TransientOptions): Promise<TransientResult | { ok: false; message: string }>;
  /** Power × mode sweep points (call with a few powers/modes per job so that a pool fills a grid progressively). */
  sweepPower(doc: HallDocument, options: PowerSweepOptions, onProgress?: ProgressCallback): Promise<PowerSweepPoint[]>;
  /** Facility-water supply sweep points at the given temperatures, °C. */
  sweepFws(doc: HallDocument, temps: number[]): Promise<FwsSweepPoint[]>;
  /** The thermal report as one self-contained HTML document (no scripts, images as data: URLs). */
  reportHtml(doc: HallDocument, results: ReportResults, options: ReportOptions & HtmlOptions): Promise<string>;
  /** CSV of racks, CDUs, pipes or cooling units with their results (SI, unit in the header). */
  exportCsv(doc: HallDocument, results: Pick<ReportResults, 'loops' | 'air' | 'verdicts'>, kind: CsvKind): Promise<string>;
  /** Results as JSON (loops, air without fields, verdicts, summary). */
  exportJson(doc: HallDocument, results: ReportResults): Promise<string>;
}

export interface EngineOptions {
  /** Slab workers for room-air solves (one solve then runs on 1 + size threads); none: one thread. */
  airSlabs?: SlabPool | null;
}

export function createEngine(options: EngineOptions = {}): EngineApi {
  // One engine instance per worker: it keeps the last air solution of each mode for warm starts, with what
  // decides whether the next document is a small edit of its own (warm-key.ts).
  const lastAir = new Map<string, AirWarmState>();
  // …and the loop networks' structure (ids, sparsity, ordering, per-CDU models) for re-solves after edits
  // that keep the topology; no numbers carry over between solves (cached = uncached, test/unit/loop).
  const loopCache = new LoopCache();
  return {
    async ping() {
      return 'hallflow-engine';
    },
    async heatLoadSummary(doc, onProgress) {
      await onProgress?.({ fraction: 0, stage: 'heat loads' });
      const s = heatLoadSummary(doc);
      await onProgress?.({ fraction: 1, stage: 'heat loads' });
      return s;
    },
    async solveLoops(doc, options, onProgress) {
      // The loop solver reports progress synchronously; forward the latest at most every 50 ms.
      let last = 0;
      const r = solveLoops(doc, options ?? {}, (p) => {
        const now = Date.now();
        if (now - last < 50 && p.fraction < 1) return;
        last = now;
        void onProgress?.({ fraction: p.fraction, stage: p.message });
      }, loopCache);
      await onProgress?.({ fraction: 1, stage: 'liquid loops' });
      return r;
    },
    async systemCurve(doc, cduId) {
      return systemCurve(doc, cduId);
    },
    async solveAir(doc, request, onProgress) {
      const key = `${request.mode}:${request.cellSize ?? ''}`;
      const cellSize = request.cellSize ?? null;
      const docKey = warmKey(doc, request.loadFactor ?? 1);
      // the caller's warm state or this engine's own, whichever qualifies (this mode and cell size, a small
      // edit away) and is newer: a cancelled job's solve may have finished here after the caller moved on
      const given = request.warmFrom;
      const candidates = [given && given.mode === request.mode && given.cellSize === cellSize ? given : undefined, lastAir.get(key)];
      let warm: AirWarmState | null = null;
      if (request.warmStart) {
        for (const c of candidates) {
          if (c && c.key && warmStartAcross(c.key, docKey) === true && (warm === null || (c.at ?? 0) > warm.at)) warm = c;
        }
      }
      let sent = 0;
      // started once per engine; empty without shared memory (the solve then runs on this thread alone)
      const workers = (await options.airSlabs?.ready()) ?? [];
      const parallel = workers.length > 0 ? { workers } : undefined;
      const r = await solveAirAsync(doc, { mode: request.mode, cellSize: request.cellSize, loadFactor: request.loadFactor, warmStart: warm, warmAfterSmallEdit: true, parallel, cancel: request.cancel instanceof Int32Array ? request.cancel : null }, (p) => {
        const now = Date.now();
        if (now - sent < 100) return;
        sent = now;
        void onProgress?.(p);
      });
      if (!r.ok) return r;
      const { state, ...view } = r;
      const next: AirWarmState = { mode: request.mode, cellSize, key: docKey, state, at: Date.now() };
      lastAir.set(key, next);
      await onProgress?.({ fraction: 1, stage: 'room air' });
      return { ...view, warm: next };
    },
    async verdicts(doc, air, loops) {
      return { verdicts: rackVerdicts(doc, air, loops), summary: hallSummary(doc, air, loops) };
    },
    async redundancyCases(doc, options) {
      return redundancyJobs(doc, options).map((j) => j.failure);
    },
    async redundancyDesign(doc, options) {
      return solveRedundancyDesign(doc, options);
    },
    async redundancyDesignFrom(doc, options, air, loops) {
      return redundancyDesignFrom(doc, options, air, loops);
    },
    async redundancyCase(doc, failure, options, base) {
      return runRedundancyCase(doc, failure, options, base ?? null);
    },
    async assembleRedundancy(doc, results) {
      return assembleRedundancy(doc, results);
    },
    async whatItWouldTake(doc, rackId, base, options, onProgress) {
      await onProgress?.({ fraction: 0, stage: `what it would take for ${rackId}` });
      // whatItWouldTake reads only the verdict fields of the air result (rackVerdicts); the rest is not needed.
      const r = whatItWouldTake(doc, rackId, base as { air: AirResult | AirFailure | null; loops: LoopResult | LoopFailure | null }, options);
      await onProgress?.({ fraction: 1, stage: `what it would take for ${rackId}` });
      return r;
    },
    async solveScenario(doc, inputs, options, onProgress) {
      await onProgress?.({ fraction: 0, stage: 'scenario' });
      const out = solveScenario(doc, inputs, options);
      const air = out.air && out.air.ok ? (({ state: _s, ...v }) => v)(out.air) : out.air;
      await onProgress?.({ fraction: 1, stage: 'scenario' });
      return { ...out, air };
    },
    async rideThrough(doc, results, event, options) {
      return rideThrough(doc, results, event, options);
    },
    async sweepPower(doc, options, onProgress) {
      const out: PowerSweepPoint[] = [];
      for (const p of powerSweep(doc, options)) {
        out.push(p);
        await onProgress?.({ fraction: out.length / ((options.powersKw?.length ?? 1) * (options.modes?.length ?? 1)), stage: `${p.mode} ${p.powerKw} kW` });
      }
      return out;
    },
    async sweepFws(doc, temps) {
      return [...fwsSweep(doc, { temps })];
    },
    async reportHtml(doc, results, options) {
      return renderReportHtml(buildReport(doc, results, options), options);
    },
    async exportCsv(doc, results, kind) {
      return exportCsv(doc, results, kind);
    },
    async exportJson(doc, results) {
      return exportJson(doc, results);
    },
  };
}
