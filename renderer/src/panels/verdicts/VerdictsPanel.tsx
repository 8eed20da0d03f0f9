// The Verdicts tab: is each rack coolable as designed? Sub-views: racks (counts, solver basis, per-rack
// table, the selected rack's checks and "what would it take"), hall summary, N+1 redundancy, scenarios,
// ride-through, sweeps. Verdicts come from the view store (VerdictEvaluator keeps them current).
import { useState } from 'react';
import { useViewState } from '../../app/view-store';
import { useDocumentState } from '../../document/context';
import { HallSummaryView } from './HallSummaryView';
import { RackChecks } from './RackChecks';
import { RedundancyView } from './RedundancyView';
import { RideThroughView } from './RideThroughView';
import { ScenariosView } from './ScenariosView';
import { SweepView } from './SweepView';
import { VerdictOverview } from './VerdictOverview';
import { VerdictTable } from './VerdictTable';

const VIEWS = [
  ['racks', 'Racks'], ['summary', 'Summary'], ['redundancy', 'N+1'], ['scenarios', 'Scenarios'], ['ride', 'Ride-through'], ['sweep', 'Sweep'],
] as const;
type View = (typeof VIEWS)[number][0];

export function VerdictsPanel() {
  const [viewKey, setView] = useState<View>('racks');
  const snap = useViewState((s) => s.verdicts);
  const selection = useDocumentState((s) => s.selection);
  const selected = snap && selection.length > 0 ? snap.verdicts.racks.find((r) => r.rackId === selection[selection.length - 1]) : undefined;
  return (
    <div className="verdicts-panel" data-testid="verdicts-panel">
      <nav className="vd-views" role="tablist">
        {VIEWS.map(([k, label]) => (
          <button key={k} type="button" role="tab" data-testid={`verdict-view-${k}`} aria-selected={viewKey === k} className={viewKey === k ? 'on' : ''} onClick={() => setView(k)}>{label}</button>
        ))}
      </nav>
      {!snap && <p className="panel small muted">Evaluating…</p>}
      {snap && viewKey === 'racks' && (
        <>
          <VerdictOverview snap={snap} />
          <VerdictTable racks={snap.verdicts.racks} />
          {selected ? <RackChecks verdict={selected} /> : <p className="panel small muted">Select a rack to see its checks.</p>}
        </>
      )}
      {snap && viewKey === 'summary' && <HallSummaryView s={snap.summary} />}
      {viewKey === 'redundancy' && <RedundancyView />}
      {viewKey === 'scenarios' && <ScenariosView />}
      {viewKey === 'ride' && <RideThroughView />}
      {viewKey === 'sweep' && <SweepView />}
    </div>
  );
}
