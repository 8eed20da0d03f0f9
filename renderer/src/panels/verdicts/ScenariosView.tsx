// The document's scenarios: list, add, delete (undoable document edits), edit the selected one, run any
// of them (solveScenario in the pool: fast air + loops) and compare two outcomes side by side. Outcomes
// belong to the document they were solved for; an edit marks them out of date. The comparison shows a
// delta heatmap (scenario − design) and delta table.
import { useState } from 'react';
import type { ScenarioOutcomeView } from '../../../../workers/api';
import type { HallDocument } from '../../../../workers/model/schema';
import { DESIGN_INPUTS, scenarioInputs } from '../../../../workers/scenarios/apply';
import { useDocumentState, useDocumentStore } from '../../document/context';
import { useEngine } from '../../solver/engine-context';
import { JobCancelled } from '../../solver/pool';
import { ScenarioCompare } from './ScenarioCompare';
import { ScenarioEditor } from './ScenarioEditor';

const DESIGN = '(design)';
type Outcome = { doc: HallDocument; out: ScenarioOutcomeView } | { doc: HallDocument; running: true } | { doc: HallDocument; error: string };

export function ScenariosView() {
  const { pool } = useEngine();
  const store = useDocumentStore();
  const doc = useDocumentState((s) => s.settledDoc);
  const scenarios = useDocumentState((s) => s.doc.scenarios);
  const [editing, setEditing] = useState<string | null>(null);
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({});
  const [pair, setPair] = useState<[string, string]>([DESIGN, '']);
  const add = () => {
    let n = scenarios.length + 1;
    while (scenarios.some((s) => s.id === `scenario-${n}`)) n++;
    const id = `scenario-${n}`;
    store.apply('Add scenario', (d) => ({ ...d, scenarios: [...d.scenarios, { id, name: `Scenario ${n}`, notes: '', failed: [], loadFactor: 1, ambientDryBulb: null, facilitySupplyTemp: null }] }));
    setEditing(id);
  };
  const remove = (id: string) => store.apply('Delete scenario', (d) => ({ ...d, scenarios: d.scenarios.filter((s) => s.id !== id) }));
  const run = (id: string) => {
    const s = scenarios.find((x) => x.id === id);
    const inputs = s ? scenarioInputs(s) : DESIGN_INPUTS;
    setOutcomes((o) => ({ ...o, [id]: { doc, running: true } }));
    pool.submit((api) => api.solveScenario(doc, inputs, { air: 'fast' })).promise.then(
      (out) => setOutcomes((o) => ({ ...o, [id]: { doc, out } })),
      (e) => { if (!(e instanceof JobCancelled)) setOutcomes((o) => ({ ...o, [id]: { doc, error: e instanceof Error ? e.message : String(e) } })); },
    );
  };
  const ids = [DESIGN, ...scenarios.map((s) => s.id)];
  const nameOf = (id: string) => (id === DESIGN ? 'Design' : scenarios.find((s) => s.id === id)?.name ?? id);
  const oa = outcomes[pair[0]], ob = outcomes[pair[1]];
  const ready = (o: Outcome | undefined): o is { doc: HallDocument; out: ScenarioOutcomeView } => !!o && 'out' in o && o.doc === doc;
  return (
    <section className="panel" data-testid="scenarios">
      <h2>Scenarios <button type="button" className="vd-link" data-testid="scenario-add" onClick={add}>Add scenario</button></h2>
      <table className="vd-table" data-testid="scenario-list">
        <thead><tr><th>Scenario</th><th>Failed</th><th>Result</th><th /></tr></thead>
        <tbody>
          {ids.map((id) => {
            const s = scenarios.find((x) => x.id === id);
            const o = outcomes[id];
            return (
              <tr key={id} className={editing === id ? 'sel' : ''} data-scenario={id}>
                <td className="name">{s ? <button type="button" className="vd-plain" onClick={() => setEditing(editing === id ? null : id)}>{s.name}</button> : 'Design (all running)'}</td>
                <td className="small">{s ? s.failed.join(', ') || '–' : '–'}</td>
                <td className="small">
                  {!o ? '–' : 'running' in o ? <span className="spinner" /> : 'error' in o ? <span className="bad-text">{o.error}</span>
                    : <span className={o.doc !== doc ? 'muted' : ''}>{o.out.verdicts.counts.pass} pass · <b className={o.out.verdicts.counts.fail ? 'bad-text' : ''}>{o.out.verdicts.counts.fail} fail</b>{o.doc !== doc ? ' (out of date)' : ''}</span>}
                </td>
                <td className="num">
                  <button type="button" data-testid={`scenario-run-${id}`} onClick={() => run(id)} disabled={!!o && 'running' in o}>Run</button>
                  {s && <button type="button" title="Delete scenario" onClick={() => remove(id)}>✕</button>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {editing && scenarios.find((s) => s.id === editing) && <ScenarioEditor scenario={scenarios.find((s) => s.id === editing)!} />}
      <h3>Compare</h3>
      <div className="vd-actions">
        {[0, 1].map((k) => (
          <select key={k} data-testid={`compare-${k}`} value={pair[k]} onChange={(e) => setPair((p) => (k === 0 ? [e.target.value, p[1]] : [p[0], e.target.value]))}>
            <option value="">choose…</option>
            {ids.map((id) => <option key={id} value={id}>{nameOf(id)}</option>)}
          </select>
        ))}
      </div>
      {ready(oa) && ready(ob) ? (
        // with the design on either side it is the reference: deltas are scenario − design
        pair[1] === DESIGN && pair[0] !== DESIGN
          ? <ScenarioCompare a={ob.out} b={oa.out} names={[nameOf(pair[1]), nameOf(pair[0])]} deltaLabel="Δ vs design" />
          : <ScenarioCompare a={oa.out} b={ob.out} names={[nameOf(pair[0]), nameOf(pair[1])]} deltaLabel={pair[0] === DESIGN ? 'Δ vs design' : `Δ vs ${nameOf(pair[0])}`} />
      )
        : <p className="small muted">Run both scenarios (for the current design) to compare them.</p>}
    </section>
  );
}
