// Room-air solving for the UI: AirAutoSolver re-runs the FAST mode (warm-started across small edits, see
// workers/airflow/warm-key.ts) AIR_DEBOUNCE_MS after the last
// settled edit when auto is on, and runs an on-demand solve (Fast or Accurate, ResultsStore.requestAir) at
// once. A newer edit or request cancels the running job: the engine stops at its next step (a shared
// cancel flag; the pool terminates the worker only if it does not answer, or without shared memory), and
// air solves keep to one worker. The last solve's warm state per mode also stays here and goes with the
// next request, so the solve after a cancel starts from it even on a fresh worker. Progress goes to
// the job monitor (status bar) and the ResultsStore's `air` slot; results carry the mode that produced
// them. Failures (AirFailure) are stored as such and never drawn. Mount once per window, inside
// EngineProvider and DocumentStoreProvider.
import { useEffect, useMemo } from 'react';
import type { AirSolved, AirWarmState } from '../../../workers/api';
import type { HallDocument } from '../../../workers/model/schema';
import { useDocumentState } from '../document/context';
import { useEngine, useResults, type JobMonitor } from './engine-context';
import { JobCancelled, type WorkerPool } from './pool';
import type { AirMode, ResultsStore } from './results-store';

/** Delay after the last settled edit before the automatic fast solve, ms. Settled edits are commits (a drag
 *  released, a field left or entered), not keystrokes. It was 500 ms while a cancel terminated the engine
 *  worker, which made a solve cancelled by the next edit expensive; a cancel now stops the solve at its next
 *  step on the same worker, and the next solve starts warm, so a shorter wait costs little. */
export const AIR_DEBOUNCE_MS = 250;

const LABEL: Record<AirMode, string> = { fast: 'Room air (fast)', accurate: 'Room air (accurate)' };

/** One job at a time: a new run or schedule cancels the pending timer and the running job. Owned by
 *  AirAutoSolver (no module state); results land in the store's `air` slot. */
/** Top-level document fields the room-air problem does not read: display units, metadata, the review's
 *  viewpoints and comments, scenario definitions (the auto solve is the design case) and the liquid loop's
 *  component overrides (workers/airflow reads the envelope, racks, cooling units, CDUs, tiles, containment
 *  and criteria only). An edit to one of these must not start a room-air solve. */
const NOT_AIR = new Set<string>(['unitSystem', 'meta', 'viewpoints', 'annotations', 'scenarios', 'loopOverrides']);

/** Documents are immutable with structural sharing: equal top-level fields (but those in NOT_AIR) mean
 *  the same air problem. */
export function sameForAir(a: HallDocument, b: HallDocument): boolean {
  if (a === b) return true;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if (!NOT_AIR.has(k) && a[k as keyof HallDocument] !== b[k as keyof HallDocument]) return false;
  return true;
}

export class AirSolveController {
  private cancelJob: (() => void) | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** The newest settled document (results of older ones are stale) and the one being solved. */
  latestDoc: HallDocument | null = null;
  private solving: HallDocument | null = null;
  /** The last solve's warm state per mode, sent with the next request of that mode: kept here, not only in
   *  the engine worker, because a cancel may still terminate that worker (one that does not stop within the
   *  pool's grace period, or a page without shared memory) and the next solve then runs on a fresh one. */
  private readonly warm = new Map<AirMode, AirWarmState>();

  constructor(private readonly pool: WorkerPool, private readonly monitor: JobMonitor, private readonly results: ResultsStore) {}

  /** True when the store's result or the running job already belongs to doc (or to a document that
   *  differs only in what the air solve ignores: unit system, metadata). */
  covers(doc: HallDocument): boolean {
    if (this.solving) return sameForAir(this.solving, doc);
    const air = this.results.getState().air;
    return air.doc !== null && sameForAir(air.doc, doc);
  }

  schedule(doc: HallDocument, mode: AirMode, delayMs: number): void {
    this.stop();
    const air = this.results.getState().air;
    if (air.doc !== doc && !air.stale && (air.result || air.failure)) this.results.patchAir({ stale: true });
    this.timer = setTimeout(() => this.run(doc, mode), delayMs);
  }

  run(doc: HallDocument, mode: AirMode): void {
    this.stop();
    const { pool, monitor, results } = this;
    const air = results.getState().air;
    results.patchAir({ status: 'running', runningMode: mode, stale: air.result != null || air.failure != null, progress: null });
    this.solving = doc;
    let jobId = 0;
    const handle = pool.submit(
      (api, progress, cancel) => api.solveAir(doc, { mode, warmStart: true, warmFrom: this.warm.get(mode) ?? null, cancel }, progress) as Promise<AirSolved>,
      (p) => {
        monitor.progress(jobId, p);
        results.patchAir({ progress: p });
      },
      // one worker for every air solve (its compiled kernels, slab workers and last solution), and a cancel
      // that lets that worker stop at its next step instead of terminating it
      { affinity: 'air', cooperative: true },
    );
    jobId = monitor.add(LABEL[mode], () => handle.cancel());
    this.cancelJob = () => handle.cancel();
    handle.promise
      .then(
        (r) => {
          const done = { doc, stale: doc !== this.latestDoc, progress: null, runningMode: null, error: null, mode } as const;
          if (r.ok) {
            const { warm, ...view } = r;
            this.warm.set(mode, warm);
            results.patchAir({ ...done, status: 'done', result: view, failure: null });
          } else results.patchAir({ ...done, status: 'failed', failure: r, result: null });
        },
        (e) => {
          if (e instanceof JobCancelled) return;
          results.patchAir({ status: 'error', error: e instanceof Error ? e.message : String(e), doc, stale: false, progress: null, runningMode: null });
        },
      )
      .finally(() => {
        monitor.remove(jobId);
        if (this.solving === doc) this.solving = null;
      });
  }

  /** Cancels the pending timer and the running job (the slot keeps its last result). */
  stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const cancel = this.cancelJob;
    this.cancelJob = null;
    this.solving = null;
    if (cancel) {
      cancel();
      if (this.results.getState().air.status === 'running') this.results.patchAir({ status: this.results.getState().air.result ? 'done' : 'idle', runningMode: null, progress: null });
    }
  }
}

export function AirAutoSolver() {
  const { pool, monitor, results } = useEngine();
  const doc = useDocumentState((s) => s.settledDoc);
  const auto = useResults((s) => s.air.auto);
  const request = useResults((s) => s.air.request);
  const controller = useMemo(() => new AirSolveController(pool, monitor, results), [pool, monitor, results]);
  useEffect(() => () => controller.stop(), [controller]);

  // Automatic fast solve after settled edits; with auto off an edit only marks the result stale.
  useEffect(() => {
    controller.latestDoc = doc;
    if (controller.covers(doc)) return;
    if (auto) controller.schedule(doc, 'fast', AIR_DEBOUNCE_MS);
    else {
      const air = results.getState().air;
      if (air.doc !== doc && !air.stale && (air.result || air.failure)) results.patchAir({ stale: true });
    }
  }, [doc, auto, controller, results]);

  // On-demand solve (Fast / Accurate buttons): now, on the newest settled document.
  useEffect(() => {
    if (request && controller.latestDoc) controller.run(controller.latestDoc, request.mode);
  }, [request, controller]);
  return null;
}
