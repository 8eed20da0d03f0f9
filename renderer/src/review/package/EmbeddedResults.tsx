// Puts a review package's embedded results where the shared UI reads them: the loop and air slots of the
// ResultsStore (pipes, heatmap slice, intake faces, arrows, rack colours) and the view store's verdicts
// (verdict colours, the Results tab), tied to the open document so nothing is shown as stale. Automatic
// re-solving is switched off: there is no solver in a package. The Results tab lists the embedded
// verdicts and hall summary. The heatmap layers start switched on when the package has an air result.
import { useEffect } from 'react';
import { useViewState, useViewStore } from '../../app/view-store';
import { useDocumentState } from '../../document/context';
import { useEngine } from '../../solver/engine-context';
import { categoryMap, type SolverBasis } from '../../panels/verdicts/snapshot';
import { VerdictOverview } from '../../panels/verdicts/VerdictOverview';
import { VerdictTable } from '../../panels/verdicts/VerdictTable';
import { HallSummaryView } from '../../panels/verdicts/HallSummaryView';
import { AirLayerControls } from '../../panels/air/AirLayerControls';
import { useResults } from '../../solver/engine-context';
import type { PackageData } from './data';

function basisOf(r: { ok: boolean } | null, failed: string): SolverBasis {
  if (!r) return { state: 'missing', detail: 'not in this package' };
  return r.ok ? { state: 'used', detail: 'embedded result' } : { state: 'failed', detail: failed };
}

export function EmbeddedResults({ data }: { data: PackageData }) {
  const { results } = useEngine();
  const view = useViewStore();
  const doc = useDocumentState((s) => s.settledDoc);
  useEffect(() => {
    results.setAuto(false);
    const settled = { doc, stale: false, progress: null, error: null } as const;
    const loop = data.loop;
    if (loop) results.patchLoop(loop.ok ? { ...settled, status: 'done', result: loop, failure: null } : { ...settled, status: 'failed', result: null, failure: loop });
    const air = data.air;
    const airBase = { ...settled, auto: false, mode: data.airMode, runningMode: null, request: null };
    if (air?.ok) view.set({ air: { ...view.getState().air, shown: true } }); // heatmap on at first sight
    if (air) results.patchAir(air.ok ? { ...airBase, status: 'done', result: air, failure: null } : { ...airBase, status: 'failed', result: null, failure: air });
    else results.patchAir({ auto: false });
    if (data.verdicts) {
      const loopFail = loop && !loop.ok ? loop.errors.map((e) => e.message).join('; ') : '';
      const airFail = air && !air.ok ? air.error.message : '';
      view.set({
        verdicts: {
          verdicts: data.verdicts.verdicts,
          summary: data.verdicts.summary,
          loops: basisOf(loop, loopFail),
          air: basisOf(air, airFail),
          category: categoryMap(data.verdicts.verdicts),
        },
      });
    }
  }, [data, doc, results, view]);
  return null;
}

export function PackageResultsPanel() {
  const snap = useViewState((s) => s.verdicts);
  const air = useResults((s) => s.air.result);
  return (
    <div data-testid="package-results">
      {snap ? (
        <>
          <VerdictOverview snap={snap} />
          <HallSummaryView s={snap.summary} />
          <VerdictTable racks={snap.verdicts.racks} />
        </>
      ) : (
        <section className="panel"><p className="muted">This package carries no verdicts.</p></section>
      )}
      {air && (
        <section className="panel">
          <h2>Room-air layers</h2>
          <AirLayerControls result={air} />
        </section>
      )}
    </div>
  );
}
