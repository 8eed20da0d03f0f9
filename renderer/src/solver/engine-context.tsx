// The engine as seen by React: one worker pool per window, and a hook that recomputes a result after
// document edits (debounced), cancels stale jobs, and exposes progress for the status bar.
import { createContext, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { createEnginePool, JobCancelled, type Progress, type WorkerPool } from './pool';
import { useDocumentState } from '../document/context';
import type { HeatLoadSummary } from '../../../workers/loads/summary';
import type { LoopFailure, LoopResult } from '../../../workers/loop';
import { ResultsStore, type ResultsState } from './results-store';

/** Tracks running jobs for the status bar (label, progress, cancel). */
export class JobMonitor {
  private jobs = new Map<number, { label: string; progress: Progress | null; cancel: () => void }>();
  private next = 1;
  private snapshot: { id: number; label: string; progress: Progress | null; cancel: () => void }[] = [];
  private readonly listeners = new Set<() => void>();
  add(label: string, cancel: () => void): number {
    const id = this.next++;
    this.jobs.set(id, { label, progress: null, cancel });
    this.emit();
    return id;
  }
  progress(id: number, p: Progress): void {
    const j = this.jobs.get(id);
    if (j) {
      j.progress = p;
      this.emit();
    }
  }
  remove(id: number): void {
    if (this.jobs.delete(id)) this.emit();
  }
  subscribe = (l: () => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };
  getSnapshot = () => this.snapshot;
  private emit(): void {
    this.snapshot = [...this.jobs].map(([id, j]) => ({ id, ...j }));
    for (const l of [...this.listeners]) l();
  }
}

interface Engine {
  pool: WorkerPool;
  monitor: JobMonitor;
  results: ResultsStore;
}

const EngineContext = createContext<Engine | null>(null);

export function EngineProvider({ children }: { children: ReactNode }) {
  const [engine, setEngine] = useState<Engine | null>(null);
  useEffect(() => {
    const e = { pool: createEnginePool(), monitor: new JobMonitor(), results: new ResultsStore() };
    setEngine(e);
    return () => e.pool.dispose();
  }, []);
  if (!engine) return null;
  return <EngineContext.Provider value={engine}>{children}</EngineContext.Provider>;
}

export function useEngine(): Engine {
  const e = useContext(EngineContext);
  if (!e) throw new Error('useEngine outside EngineProvider');
  return e;
}

export function useJobs() {
  const { monitor } = useEngine();
  return useSyncExternalStore(monitor.subscribe, monitor.getSnapshot);
}

export type Computed<T> = { state: 'idle' | 'running' } & { value: T | null; error: string | null };

/** Heat-load summary of the current document, recomputed 150 ms after the last edit. */
export function useHeatSummary(): Computed<HeatLoadSummary> {
  const { pool, monitor } = useEngine();
  const doc = useDocumentState((s) => s.settledDoc);
  const transacting = useDocumentState((s) => s.transacting);
  const [result, setResult] = useState<Computed<HeatLoadSummary>>({ state: 'idle', value: null, error: null });
  const latest = useRef(0);
  const debounceMs = useMemo(() => 150, []);
  useEffect(() => {
    if (transacting) return;
    const ticket = ++latest.current;
    let handle: ReturnType<WorkerPool['submit']> | null = null;
    let jobId = 0;
    const timer = setTimeout(() => {
      setResult((r) => ({ ...r, state: 'running' }));
      handle = pool.submit((api, progress) => api.heatLoadSummary(doc, progress), (p) => monitor.progress(jobId, p));
      jobId = monitor.add('Heat loads', () => handle?.cancel());
      handle.promise.then(
        (value) => {
          if (ticket === latest.current) setResult({ state: 'idle', value: value as HeatLoadSummary, error: null });
        },
        (e) => {
          if (e instanceof JobCancelled) return;
          if (ticket === latest.current) setResult({ state: 'idle', value: null, error: String(e instanceof Error ? e.message : e) });
        },
      ).finally(() => monitor.remove(jobId));
    }, debounceMs);
    return () => {
      clearTimeout(timer);
      handle?.cancel();
    };
  }, [doc, transacting, pool, monitor, debounceMs]);
  return result;
}

export function useResults<T>(select: (s: ResultsState) => T): T {
  const { results } = useEngine();
  return useSyncExternalStore(results.subscribe, () => select(results.getState()));
}

/** Re-solves the liquid loops 300 ms after the last settled edit (when auto is on); a newer edit cancels
 *  the running solve. Mount once per window. */
export function LoopAutoSolver() {
  const { pool, monitor, results } = useEngine();
  const doc = useDocumentState((s) => s.settledDoc);
  const auto = useResults((s) => s.auto);
  const [manual, setManual] = useState(0);
  useEffect(() => {
    const onRun = () => setManual((n) => n + 1);
    window.addEventListener('hallflow:solve', onRun);
    return () => window.removeEventListener('hallflow:solve', onRun);
  }, []);
  const lastManual = useRef(0);
  useEffect(() => {
    const forced = manual !== lastManual.current;
    lastManual.current = manual;
    if (!forced && results.getState().loop.doc === doc) return;
    if (!forced && !auto) {
      results.patchLoop({ stale: results.getState().loop.result != null });
      return;
    }
    let handle: ReturnType<WorkerPool['submit']> | null = null;
    let jobId = 0;
    const timer = setTimeout(() => {
      results.patchLoop({ status: 'running', stale: results.getState().loop.result != null, progress: null });
      handle = pool.submit(
        (api, progress) => api.solveLoops(doc, {}, progress) as Promise<LoopResult | LoopFailure>,
        (p) => {
          monitor.progress(jobId, p);
          results.patchLoop({ progress: p });
        },
      );
      jobId = monitor.add('Liquid loops', () => handle?.cancel());
      handle.promise
        .then(
          (value) => {
            const r = value as LoopResult | LoopFailure;
            if (r.ok) results.patchLoop({ status: 'done', result: r, failure: null, error: null, doc, stale: false, progress: null });
            else results.patchLoop({ status: 'failed', failure: r, result: null, error: null, doc, stale: false, progress: null });
          },
          (e) => {
            if (e instanceof JobCancelled) return;
            results.patchLoop({ status: 'error', error: e instanceof Error ? e.message : String(e), doc, stale: false, progress: null });
          },
        )
        .finally(() => monitor.remove(jobId));
    }, forced ? 0 : 300);
    return () => {
      clearTimeout(timer);
      handle?.cancel();
    };
  }, [doc, auto, manual, pool, monitor, results]);
  return null;
}
