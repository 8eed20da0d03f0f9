// Keeps the view store's `verdicts` current: 200 ms after the settled document or a loop/air result
// changes, the engine computes the per-rack verdicts and hall summary from the results at hand (no solve)
// in the worker pool; stale or missing results are "not evaluated". Mount once per window.
import { useEffect, useMemo } from 'react';
import { useViewStore } from '../../app/view-store';
import { useDocumentState } from '../../document/context';
import { sameForAir } from '../../solver/air-solver';
import { useEngine, useResults } from '../../solver/engine-context';
import { JobCancelled } from '../../solver/pool';
import { airBasis, loopBasis } from './basis';
import { categoryMap } from './snapshot';

const DEBOUNCE_MS = 200;

export function VerdictEvaluator() {
  const { pool } = useEngine();
  const view = useViewStore();
  const doc = useDocumentState((s) => s.settledDoc);
  const loopSlot = useResults((s) => s.loop);
  const airSlot = useResults((s) => s.air);
  const loop = useMemo(() => loopBasis(loopSlot, doc), [loopSlot, doc]);
  const air = useMemo(() => airBasis(airSlot, airSlot.doc !== null && sameForAir(airSlot.doc, doc)), [airSlot, doc]);
  useEffect(() => {
    // A verdict job takes milliseconds: an outdated one is ignored rather than cancelled (cancelling a
    // running job would terminate its worker).
    let current = true;
    const timer = setTimeout(() => {
      pool.submit((api) => api.verdicts(doc, air.input, loop.input)).promise.then(
        ({ verdicts, summary }) => {
          if (current) view.set({ verdicts: { verdicts, summary, air: air.basis, loops: loop.basis, category: categoryMap(verdicts) } });
        },
        (e) => {
          if (!(e instanceof JobCancelled)) console.error('verdicts', e);
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [pool, view, doc, air, loop]);
  return null;
}
