// The "Liquid loop" tab: solve status and controls, the 3D pipe layer mode, warnings, CDUs, plant, pump
// and system curves, racks, pipes (collapsed) and the modelling assumptions of the latest result.
import { useMemo } from 'react';
import { useResults } from '../../solver/engine-context';
import { useViewState, useViewStore, type PipeColorBy } from '../../app/view-store';
import { CduTable, PlantRow } from './CduTable';
import { CurveSection } from './CurveSection';
import { LoopWarnings } from './LoopWarnings';
import { PipeTable } from './PipeTable';
import { RackTable } from './RackTable';
import { SolveStatus } from './SolveStatus';

const PIPE_MODES: { key: PipeColorBy; label: string }[] = [
  { key: 'off', label: 'Off' }, { key: 'temperature', label: 'Temperature' }, { key: 'velocity', label: 'Velocity' }, { key: 'flow', label: 'Flow' },
];

function PipeLayer() {
  const view = useViewStore();
  const pipes = useViewState((s) => s.pipes);
  return (
    <div className="loop-layer">
      <span className="muted">3D pipes</span>
      <div className="segmented" role="group" aria-label="Pipe colours">
        {PIPE_MODES.map((m) => (
          <button key={m.key} type="button" data-testid={`pipes-${m.key}`} className={pipes === m.key ? 'on' : ''} onClick={() => view.set({ pipes: m.key })}>{m.label}</button>
        ))}
      </div>
    </div>
  );
}

export function LoopPanel() {
  const loop = useResults((s) => s.loop);
  const result = loop.result;
  const doc = loop.doc;
  const names = useMemo(() => new Map([...(doc?.racks ?? []), ...(doc?.cdus ?? [])].map((x) => [x.id, x.name])), [doc]);
  const warnings = result?.warnings ?? loop.failure?.warnings ?? [];
  return (
    <div className="loop-panel" data-testid="loop-panel">
      <SolveStatus />
      <div className="panel"><PipeLayer /></div>
      {(result || loop.failure) && <LoopWarnings warnings={warnings} />}
      {result && doc && (
        <>
          {result.cdus.length === 0 && <p className="panel muted small">No liquid-cooled racks served by a CDU in this hall.</p>}
          {result.cdus.length > 0 && <CduTable cdus={result.cdus} names={names} />}
          {result.plant && <PlantRow plant={result.plant} />}
          {result.cdus.length > 0 && <CurveSection result={result} doc={doc} />}
          {result.racks.length > 0 && <RackTable racks={result.racks} names={names} />}
          <PipeTable pipes={result.pipes} maxVelocity={doc.criteria.maxPipeVelocity} />
          <details className="panel" data-testid="loop-assumptions">
            <summary>Assumptions <span className="badge assumption">assumption</span></summary>
            <ul className="assumptions">{result.assumptions.map((a) => <li key={a}><span className="badge assumption">assumption</span> {a}</li>)}</ul>
          </details>
        </>
      )}
    </div>
  );
}
