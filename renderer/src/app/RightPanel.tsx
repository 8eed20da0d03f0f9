// The right-hand side: tabs for editing (inspector, heat loads, layout checks) and for each solver's
// results.
import { useState } from 'react';
import { Inspector } from '../panels/Inspector';
import { SummaryPanel } from '../panels/SummaryPanel';
import { IssuesPanel } from '../panels/IssuesPanel';
import { LoopPanel } from '../panels/loop/LoopPanel';
import { AirPanel } from '../panels/air/AirPanel';
import { AirAutoSolver } from '../solver/air-solver';
import { VerdictsPanel } from '../panels/verdicts/VerdictsPanel';
import { VerdictEvaluator } from '../panels/verdicts/VerdictEvaluator';
import { ReviewPanel } from '../review/ReviewPanel';
import { ReportPanel } from '../panels/report/ReportPanel';
import { useRevealReviewTab } from '../review/use-reveal';

type Tab = 'edit' | 'loop' | 'air' | 'verdicts' | 'review' | 'report';

export function RightPanel() {
  const [tab, setTab] = useState<Tab>('edit');
  useRevealReviewTab(() => setTab('review')); // a comment pin clicked in 3D
  return (
    <div className={`right-panel${tab === 'loop' || tab === 'air' || tab === 'verdicts' || tab === 'report' ? ' wide' : ''}`}>
      <nav className="tabs" role="tablist">
        <button type="button" role="tab" aria-selected={tab === 'edit'} className={tab === 'edit' ? 'on' : ''} onClick={() => setTab('edit')}>Design</button>
        <button type="button" role="tab" data-testid="tab-loop" aria-selected={tab === 'loop'} className={tab === 'loop' ? 'on' : ''} onClick={() => setTab('loop')}>Liquid loop</button>
        <button type="button" role="tab" data-testid="tab-air" aria-selected={tab === 'air'} className={tab === 'air' ? 'on' : ''} onClick={() => setTab('air')}>Room air</button>
        <button type="button" role="tab" data-testid="tab-verdicts" aria-selected={tab === 'verdicts'} className={tab === 'verdicts' ? 'on' : ''} onClick={() => setTab('verdicts')}>Verdicts</button>
        <button type="button" role="tab" data-testid="tab-review" aria-selected={tab === 'review'} className={tab === 'review' ? 'on' : ''} onClick={() => setTab('review')}>Review</button>
        <button type="button" role="tab" data-testid="tab-report" aria-selected={tab === 'report'} className={tab === 'report' ? 'on' : ''} onClick={() => setTab('report')}>Report</button>
      </nav>
      {tab === 'edit' && (
        <>
          <Inspector />
          <SummaryPanel />
          <IssuesPanel />
        </>
      )}
      {tab === 'loop' && <LoopPanel />}
      {tab === 'air' && <AirPanel />}
      {tab === 'verdicts' && <VerdictsPanel />}
      {tab === 'review' && <ReviewPanel />}
      {tab === 'report' && <ReportPanel />}
      <AirAutoSolver />
      <VerdictEvaluator />
    </div>
  );
}
