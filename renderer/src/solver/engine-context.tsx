// The engine as seen by React: one worker pool per window, and a hook that recomputes a result after
// document edits (debounced), cancels stale jobs, and exposes progress for the status bar.
import { createContext, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { createEnginePool, JobCancelled, type Progress, type WorkerPool } from './pool';
import { useDocumentState } from '../document/context';
import type { HeatLoadSummary } from '../../../workers/loads/summary';

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
}

const EngineContext = createContext<Engine | null>(null);

export function EngineProvider({ children }: { children: ReactNode }) {
  const [engine, setEngine] = useState<Engine | null>(null);
  useEffect(() => {
    const e = { pool: createEnginePool(), monitor: new JobMonitor() };
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
