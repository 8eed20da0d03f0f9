// A batch of independent engine jobs run in parallel on the worker pool (one pool job each): overall
// progress (done / total), each result delivered as it lands, cancel of everything outstanding, and a
// completion callback with all results in job order. Unmounting cancels the batch.
import { useCallback, useEffect, useRef, useState } from 'react';
import type * as Comlink from 'comlink';
import type { EngineApi } from '../../../../workers/api';
import { useEngine } from '../../solver/engine-context';
import { JobCancelled, type JobHandle } from '../../solver/pool';

export type EngineJob<T> = (api: Comlink.Remote<EngineApi>) => Promise<T>;
export interface BatchState { running: boolean; done: number; total: number; error: string | null; cancelled: boolean }

export function usePoolBatch<T>(label: string) {
  const { pool, monitor } = useEngine();
  const [state, setState] = useState<BatchState>({ running: false, done: 0, total: 0, error: null, cancelled: false });
  const handles = useRef<JobHandle<T>[]>([]);
  const jobId = useRef(0);
  const stop = useCallback((cancelled: boolean) => {
    for (const h of handles.current) h.cancel();
    handles.current = [];
    monitor.remove(jobId.current);
    setState((s) => ({ ...s, running: false, cancelled: cancelled || s.cancelled }));
  }, [monitor]);
  const run = useCallback((jobs: EngineJob<T>[], onResult: (i: number, v: T) => void, onDone?: (all: T[]) => void) => {
    stop(false);
    const all: T[] = new Array(jobs.length);
    let done = 0;
    const mine = jobs.map((job) => pool.submit((api) => job(api)));
    handles.current = mine;
    jobId.current = monitor.add(label, () => stop(true));
    setState({ running: true, done: 0, total: jobs.length, error: null, cancelled: false });
    mine.forEach((h, i) => h.promise.then(
      (v) => {
        if (handles.current !== mine) return;
        all[i] = v;
        done++;
        onResult(i, v);
        monitor.progress(jobId.current, { fraction: done / jobs.length, stage: `${done} / ${jobs.length}` });
        setState((s) => ({ ...s, done }));
        if (done === jobs.length) {
          handles.current = [];
          monitor.remove(jobId.current);
          setState((s) => ({ ...s, running: false }));
          onDone?.(all);
        }
      },
      (e) => {
        if (e instanceof JobCancelled || handles.current !== mine) return;
        stop(false);
        setState((s) => ({ ...s, error: e instanceof Error ? e.message : String(e) }));
      },
    ));
  }, [pool, monitor, label, stop]);
  const cancel = useCallback(() => stop(true), [stop]);
  useEffect(() => () => { for (const h of handles.current) h.cancel(); }, []);
  return { state, run, cancel };
}
