// The engine's one public facade. The same object runs in a Web Worker (entries/engine.worker.ts, via
// comlink), in the CLI and in tests. Every method takes the hall document and returns plain data; long
// computations report progress through an optional callback. No module-level mutable state.
import type { HallDocument } from './model/schema';
import { heatLoadSummary, type HeatLoadSummary } from './loads/summary';
import { solveLoops, type LoopFailure, type LoopResult, type LoopSolveOptions } from './loop';
import { solveAir, type AirFailure, type AirResult } from './airflow';
import { systemCurve, type SystemCurveResult } from './loop/system-curve';

/** An air result as it crosses to the UI: without the solver's warm-start state (kept in the engine). */
export type AirView = Omit<AirResult, 'state'>;

export interface AirSolveRequest {
  mode: 'accurate' | 'fast';
  cellSize?: number;
  loadFactor?: number;
  /** Start from this engine instance's previous solution when the grid matches (fast edits). */
  warmStart?: boolean;
}

export interface Progress {
  /** 0..1 */
  fraction: number;
  stage: string;
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
  solveAir(doc: HallDocument, request: AirSolveRequest, onProgress?: ProgressCallback): Promise<AirView | AirFailure>;
}

export function createEngine(): EngineApi {
  // One engine instance per worker: it keeps the last air solution of each mode for warm starts.
  const lastAir = new Map<string, AirResult>();
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
      });
      await onProgress?.({ fraction: 1, stage: 'liquid loops' });
      return r;
    },
    async systemCurve(doc, cduId) {
      return systemCurve(doc, cduId);
    },
    async solveAir(doc, request, onProgress) {
      const key = `${request.mode}:${request.cellSize ?? ''}`;
      const warm = request.warmStart ? lastAir.get(key) ?? null : null;
      let last = 0;
      const r = solveAir(doc, { mode: request.mode, cellSize: request.cellSize, loadFactor: request.loadFactor, warmStart: warm }, (p) => {
        const now = Date.now();
        if (now - last < 100) return;
        last = now;
        void onProgress?.(p);
      });
      if (!r.ok) return r;
      lastAir.set(key, r);
      const { state: _state, ...view } = r;
      await onProgress?.({ fraction: 1, stage: 'room air' });
      return view;
    },
  };
}
