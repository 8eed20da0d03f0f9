// The right-hand side: tabs for editing (inspector, heat loads, layout checks) and for each solver's
// results.
import { useState } from 'react';
import { Inspector } from '../panels/Inspector';
import { SummaryPanel } from '../panels/SummaryPanel';
import { IssuesPanel } from '../panels/IssuesPanel';

type Tab = 'edit';

export function RightPanel() {
  const [tab, setTab] = useState<Tab>('edit');
  return (
    <div className="right-panel">
      <nav className="tabs" role="tablist">
        <button type="button" role="tab" aria-selected={tab === 'edit'} className={tab === 'edit' ? 'on' : ''} onClick={() => setTab('edit')}>Design</button>
      </nav>
      {tab === 'edit' && (
        <>
          <Inspector />
          <SummaryPanel />
          <IssuesPanel />
        </>
      )}
    </div>
  );
}
