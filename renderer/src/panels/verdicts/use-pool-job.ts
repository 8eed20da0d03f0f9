// One cancellable engine job for a panel: run() submits it to the worker pool (registering it with the
// status-bar monitor), state carries running / progress / value / error; cancel() stops it (the pool
// terminates the worker). Unmounting cancels a running job.
import { useCallback, useEffect, useRef, useState } from 'react';
import type * as Comlink from 'comlink';
import type { EngineApi } from '../../../../workers/api';
import { useEngine } from '../../solver/engine-context';
import { JobCancelled, type JobHandle, type Progress } from '../../solver/pool';

export interface PoolJobState<T> { running: boolean; progress: Progress | null; value: T | null; error: string | null; started: number | null }

export function usePoolJob<T>(label: string) {
  const { pool, monitor } = useEngine();
  const [state, setState] = useState<PoolJobState<T>>({ running: false, progress: null, value: null, error: null, started: null });
  const handle = useRef<JobHandle<T> | null>(null);
  const cancel = useCallback(() => {
    handle.current?.cancel();
    handle.current = null;
    setState((s) => ({ ...s, running: false, progress: null }));
  }, []);
  const run = useCallback((fn: (api: Comlink.Remote<EngineApi>, progress: (p: Progress) => void) => Promise<T>) => {
    handle.current?.cancel();
    let jobId = 0;
    const h = pool.submit(fn, (p) => {
      monitor.progress(jobId, p);
      setState((s) => (handle.current === h ? { ...s, progress: p } : s));
    });
    handle.current = h;
    jobId = monitor.add(label, () => h.cancel());
    setState({ running: true, progress: null, value: null, error: null, started: Date.now() });
    h.promise.then(
      (value) => { if (handle.current === h) setState((s) => ({ ...s, running: false, value, progress: null })); },
      (e) => {
        if (e instanceof JobCancelled || handle.current !== h) return;
        setState((s) => ({ ...s, running: false, progress: null, error: e instanceof Error ? e.message : String(e) }));
      },
    ).finally(() => {
      monitor.remove(jobId);
      if (handle.current === h) handle.current = null;
    });
  }, [pool, monitor, label]);
  const reset = useCallback(() => setState({ running: false, progress: null, value: null, error: null, started: null }), []);
  useEffect(() => () => handle.current?.cancel(), []);
  return { state, run, cancel, reset };
}
