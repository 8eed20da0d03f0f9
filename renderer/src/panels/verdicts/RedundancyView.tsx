// N+1 check: every failure case (redundancyJobs: each cooling unit, CDU, CDU pump, plant unit and pump)
// runs as its own pool job — in parallel on the workers — with overall progress and cancel; the design
// case comes from the current verdicts when both solver results are current. The matrix (rows = failed
// equipment, columns = racks grouped by row, cells pass/fail with the governing margin as a tooltip) and
// the N / N+1 / 2N level per equipment group.
import { useMemo, useState } from 'react';
import type { HallDocument } from '../../../../workers/model/schema';
import type { RedundancyCaseResult, RedundancyMatrix } from '../../../../workers/verdicts';
import { useViewState } from '../../app/view-store';
import { useDocumentState, useDocumentStore } from '../../document/context';
import { useEngine } from '../../solver/engine-context';
import { useUnits } from '../units';
import { governingText } from './format';
import { caseOrder, columnGroups, newlyFailing } from './redundancy-matrix';
import { usePoolBatch } from './use-pool-batch';

const KIND_LABEL = { 'cooling-unit': 'Cooling units', cdu: 'CDUs', 'cdu-pump': 'CDU pumps', 'plant-unit': 'Plant units', 'plant-pump': 'Plant pumps' } as const;

export function RedundancyView() {
  const { pool } = useEngine();
  const doc = useDocumentState((s) => s.settledDoc);
  const snap = useViewState((s) => s.verdicts);
  const batch = usePoolBatch<RedundancyCaseResult>('N+1 check');
  const [matrix, setMatrix] = useState<{ doc: HallDocument; m: RedundancyMatrix } | null>(null);
  const [planning, setPlanning] = useState(false);
  const start = async () => {
    setPlanning(true);
    const cases = await pool.submit((api) => api.redundancyCases(doc)).promise.finally(() => setPlanning(false));
    const reuse = snap && snap.air.state === 'used' && snap.loops.state === 'used';
    const design = cases.find((c) => c.kind === 'design')!;
    const designResult: RedundancyCaseResult | null = reuse ? { failure: design, racks: snap.verdicts.racks, air: 'ok', loops: 'ok', seconds: 0 } : null;
    const todo = designResult ? cases.filter((c) => c !== design) : cases;
    batch.run(todo.map((f) => (api) => api.redundancyCase(doc, f, { air: 'fast' })), () => {}, (all) => {
      const results = designResult ? [designResult, ...all] : all;
      void pool.submit((api) => api.assembleRedundancy(doc, results)).promise.then((m) => setMatrix({ doc, m }));
    });
  };
  const s = batch.state;
  return (
    <section className="panel" data-testid="redundancy">
      <h2>Redundancy (N+1)</h2>
      <p className="small muted">Each unit, CDU, pump and plant unit is failed in turn and its side re-solved (air: fast mode); failure cases judge inlets against the ASHRAE allowable limit.</p>
      <div className="vd-actions">
        {!s.running && <button type="button" data-testid="redundancy-run" disabled={planning} onClick={() => void start()}>Run N+1 check</button>}
        {s.running && <button type="button" data-testid="redundancy-cancel" onClick={batch.cancel}>Cancel</button>}
        {(s.running || s.done > 0) && <span className="small" data-testid="redundancy-progress">{s.done} / {s.total} cases <progress max={s.total} value={s.done} /></span>}
        {s.cancelled && !s.running && <span className="small muted">cancelled</span>}
      </div>
      {s.error && <p className="field-error">Engine error: {s.error}</p>}
      {matrix && (matrix.doc !== doc ? <p className="small warn-text">Result of an earlier edit: run again.</p> : null)}
      {matrix && <Matrix m={matrix.m} />}
    </section>
  );
}

function Matrix({ m }: { m: RedundancyMatrix }) {
  const u = useUnits();
  const store = useDocumentStore();
  const racks = useDocumentState((s) => s.doc.racks);
  const rows = useDocumentState((s) => s.doc.rows);
  const groups = useMemo(() => columnGroups(m.rackIds, racks, rows), [m, racks, rows]);
  const order = useMemo(() => caseOrder(m.cases), [m]);
  return (
    <>
      <table className="vd-table vd-levels" data-testid="redundancy-levels">
        <thead><tr><th>Equipment</th><th>Installed</th><th>Level</th><th>Failing cases</th></tr></thead>
        <tbody>
          {m.levels.map((l) => (
            <tr key={l.kind} data-level={l.level}>
              <td>{KIND_LABEL[l.kind]}</td><td className="num">{l.installed}</td>
              <td className={`lvl ${l.level === 'N' || l.level === 'below N' ? 'bad' : l.level === 'none installed' ? '' : 'good'}`}>{l.level}</td>
              <td className="small">{l.failingCases.join(', ') || '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="vd-scroll vd-matrix-wrap">
        <table className="vd-matrix" data-testid="redundancy-matrix">
          <thead>
            <tr><th />{groups.map((g) => <th key={g.id} colSpan={g.racks.length} className="grp">{g.name}</th>)}</tr>
          </thead>
          <tbody>
            {order.map((ci) => {
              const c = m.cases[ci];
              const n = newlyFailing(m, ci);
              return (
                <tr key={c.id} data-case={c.id}>
                  <th title={c.label}>{c.kind === 'design' ? 'design' : c.id}{n > 0 && <span className="bad-text"> ({n})</span>}</th>
                  {groups.map((g) => g.racks.map((r, k) => {
                    const cell = m.cells[ci][r.index];
                    return (
                      <td key={r.id} className={`${cell.status}${k === 0 ? ' first' : ''}`} onClick={() => store.select([r.id])}
                        title={`${r.name} · ${c.label}: ${cell.status} · governing ${governingText(u, cell.governing, cell.margin)}`} />
                    );
                  }))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="small muted">Cells: green pass, vermillion fail (✗), grey not evaluated; hover for the governing margin, click to select the rack. (n) = racks that pass by design but fail in this case.</p>
    </>
  );
}
