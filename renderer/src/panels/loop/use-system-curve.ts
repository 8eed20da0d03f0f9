// Fetches one CDU's system curve from the engine's worker pool (workers/loop/system-curve.ts) for the
// document the shown loop result belongs to; a newer request cancels the running one.
import { useEffect, useState } from 'react';
import type { HallDocument } from '../../../../workers/model/schema';
import type { SystemCurveResult } from '../../../../workers/loop/system-curve';
import { JobCancelled } from '../../solver/pool';
import { useEngine } from '../../solver/engine-context';

export type SystemCurveState = { status: 'idle' | 'running' } | { status: 'done'; value: SystemCurveResult } | { status: 'error'; error: string };

export function useSystemCurve(doc: HallDocument | null, cduId: string | null): SystemCurveState {
  const { pool } = useEngine();
  const [state, setState] = useState<{ key: unknown; value: SystemCurveState }>({ key: null, value: { status: 'idle' } });
  useEffect(() => {
    if (!doc || !cduId) return;
    const key = { doc, cduId };
    setState({ key, value: { status: 'running' } });
    const handle = pool.submit((api) => api.systemCurve(doc, cduId) as Promise<SystemCurveResult>);
    handle.promise.then(
      (value) => setState((s) => (s.key === key ? { key, value: { status: 'done', value: value as SystemCurveResult } } : s)),
      (e) => {
        if (e instanceof JobCancelled) return;
        setState((s) => (s.key === key ? { key, value: { status: 'error', error: e instanceof Error ? e.message : String(e) } } : s));
      },
    );
    return () => handle.cancel();
  }, [pool, doc, cduId]);
  return doc && cduId ? state.value : { status: 'idle' };
}
