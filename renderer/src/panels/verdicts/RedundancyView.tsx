// N+1 check: every failure case (redundancyJobs: each cooling unit, CDU, CDU pump, plant unit and pump)
// runs as its own pool job — in parallel on the workers — with overall progress and cancel, on the design
// case's base: the current loop and fast air results when both are current (no solve), else the design
// solved first; either way the failure cases' air solves start from rest, as each scenario solved alone
// (workers/verdicts/redundancy.ts), so the matrix is the same both ways. Air in the fast mode by default
// (seconds), or the accurate one to confirm near-limit verdicts (minutes: its hottest intake cell is within
// ±9 K of OpenFOAM on the reference halls, the fast mode's ±12.5 K; constants.ts INTAKE_UNCERTAINTY, or
// INTAKE_UNCERTAINTY_CONTAINED for a hall whose every rack is in a contained aisle, which
// the panel states for the chosen mode). The matrix (rows = failed
// equipment, columns = racks grouped by row, cells pass/fail with the governing margin as a tooltip) and
// the N / N+1 / 2N level per equipment group.
import { useMemo, useState } from 'react';
import type { HallDocument } from '../../../../workers/model/schema';
import type { FailureCase, RedundancyBase, RedundancyCaseResult, RedundancyMatrix } from '../../../../workers/verdicts';
import { useDocumentState, useDocumentStore } from '../../document/context';
import { sameForAir } from '../../solver/air-solver';
import { useEngine, useResults } from '../../solver/engine-context';
import type { AirMode } from '../../solver/results-store';
import { airBasis, loopBasis } from './basis';
import { useUnits } from '../units';
import { governingText } from './format';
import { caseOrder, columnGroups, newlyFailing } from './redundancy-matrix';
import { usePoolBatch } from './use-pool-batch';
import { CONTAINED_REFERENCE_WORDS, INTAKE_UNCERTAINTY, INTAKE_UNCERTAINTY_CONTAINED } from '../../../../workers/airflow/constants';
import { outsideReferences, racksContained } from '../../../../workers/airflow/scope';

const KIND_LABEL = { 'cooling-unit': 'Cooling units', cdu: 'CDUs', 'cdu-pump': 'CDU pumps', 'plant-unit': 'Plant units', 'plant-pump': 'Plant pumps' } as const;

export function RedundancyView() {
  const { pool } = useEngine();
  const u = useUnits();
  const doc = useDocumentState((s) => s.settledDoc);
  const loopSlot = useResults((s) => s.loop);
  const airSlot = useResults((s) => s.air);
  const batch = usePoolBatch<RedundancyCaseResult>('N+1 check');
  const [matrix, setMatrix] = useState<{ doc: HallDocument; m: RedundancyMatrix; seconds: number; mode: AirMode } | null>(null);
  // the air mode of the failure cases: fast by default (seconds), accurate to confirm (minutes)
  const [mode, setMode] = useState<AirMode>('fast');
  // the figures an air result of this hall states (workers/airflow/index.ts airAccuracy): the contained-aisle
  // halls' own when every rack is in a contained aisle and nothing is beyond the references
  const contained = useMemo(() => racksContained(doc) && outsideReferences(doc).length === 0, [doc]);
  const figures = contained ? INTAKE_UNCERTAINTY_CONTAINED : INTAKE_UNCERTAINTY;
  const [planning, setPlanning] = useState(false);
  const [planError, setPlanError] = useState<string | null>(null);
  const start = async () => {
    // the design case first (one job), then every failure case on its base, in parallel on the pool
    setPlanning(true);
    setPlanError(null);
    const t0 = performance.now();
    const options = { air: mode } as const;
    const batchMode = mode;
    // the design case: the current results when both are up to date and the air one is in the batch's mode,
    // else solved here
    const loop = loopBasis(loopSlot, doc);
    const air = airBasis(airSlot, airSlot.doc !== null && sameForAir(airSlot.doc, doc));
    const current = loop.basis.state === 'used' && loop.input !== null && air.basis.state === 'used' && airSlot.mode === mode;
    let cases: FailureCase[], design: { result: RedundancyCaseResult; base: RedundancyBase };
    try {
      [cases, design] = await Promise.all([
        pool.submit((api) => api.redundancyCases(doc, options)).promise,
        pool.submit((api) => (current ? api.redundancyDesignFrom(doc, options, air.input, loop.input) : api.redundancyDesign(doc, options))).promise,
      ]);
    } catch (e) {
      setPlanError(e instanceof Error ? e.message : String(e));
      return;
    } finally {
      setPlanning(false);
    }
    const todo = cases.filter((c) => c.kind !== 'design');
    batch.run(todo.map((f) => (api) => api.redundancyCase(doc, f, options, design.base)), () => {}, (all) => {
      void pool.submit((api) => api.assembleRedundancy(doc, [design.result, ...all])).promise
        .then((m) => setMatrix({ doc, m, seconds: (performance.now() - t0) / 1000, mode: batchMode }));
    });
  };
  const s = batch.state;
  return (
    <section className="panel" data-testid="redundancy">
      <h2>Redundancy (N+1)</h2>
      <p className="small muted" data-testid="redundancy-method">The design case takes the current results when they are up to date (air in the mode chosen here), else it is solved first; then each unit, CDU, pump and plant unit is failed in turn and re-solved in parallel (air: {mode} mode from rest, as the same scenario solved alone; a side whose solver inputs a failure leaves unchanged takes the design result). Failure cases judge inlets against the ASHRAE allowable limit. The {mode} mode&apos;s hottest intake cell, which that check reads, is within ±{u.fmt(figures.hottest[mode], 'temperatureDelta')} of OpenFOAM on the {contained ? CONTAINED_REFERENCE_WORDS : 'reference halls'}{mode === 'fast' ? `; the accurate mode's is within ±${u.fmt(figures.hottest.accurate, 'temperatureDelta')}: confirm a verdict that hinges on a smaller margin with it (minutes: 100 s for the 50-rack sample hall on a 2-core machine, against seconds fast)` : ''}.</p>
      <div className="vd-actions">
        <label className="small">Air <select data-testid="redundancy-mode" value={mode} disabled={s.running || planning} onChange={(e) => setMode(e.target.value as AirMode)}>
          <option value="fast">fast</option><option value="accurate">accurate</option>
        </select></label>
        {!s.running && <button type="button" data-testid="redundancy-run" disabled={planning} onClick={() => void start()}>{planning ? 'Solving the design case…' : 'Run N+1 check'}</button>}
        {s.running && <button type="button" data-testid="redundancy-cancel" onClick={batch.cancel}>Cancel</button>}
        {(s.running || s.done > 0) && <span className="small" data-testid="redundancy-progress">{s.done} / {s.total} failure cases <progress max={s.total} value={s.done} /></span>}
        {s.cancelled && !s.running && <span className="small muted">cancelled</span>}
        {matrix && !s.running && <span className="small muted" data-testid="redundancy-seconds">{matrix.mode} air · {matrix.seconds.toFixed(1)} s</span>}
      </div>
      {(s.error ?? planError) && <p className="field-error">Engine error: {s.error ?? planError}</p>}
      {matrix && (matrix.doc !== doc ? <p className="small warn-text">Result of an earlier edit: run again.</p> : null)}
      {matrix && matrix.doc === doc && matrix.mode !== mode && <p className="small warn-text">Result of the {matrix.mode} mode: run again for the {mode} mode.</p>}
      {matrix && <Matrix m={matrix.m} />}
    </section>
  );
}

/** The design case's own failures, once: they are not charged to any equipment group. */
function DesignFailures({ m }: { m: RedundancyMatrix }) {
  const racks = useDocumentState((s) => s.doc.racks);
  if (!m.design) return <p className="small warn-text" data-testid="redundancy-design">No design case: levels not evaluated.</p>;
  const name = new Map(racks.map((r) => [r.id, r.name]));
  const list = (ids: string[]) => ids.slice(0, 12).map((id) => name.get(id) ?? id).join(', ') + (ids.length > 12 ? ` … (+${ids.length - 12})` : '');
  const { failing, incomplete } = m.design;
  return (
    <p className="small" data-testid="redundancy-design" data-failing={failing.length}>
      {failing.length === 0
        ? <>With everything running, every rack passes{incomplete.length > 0 ? ` (${incomplete.length} not evaluated)` : ''}.</>
        : <><span className="bad-text">{failing.length} rack{failing.length === 1 ? '' : 's'} already fail{failing.length === 1 ? 's' : ''} with everything running</span> ({list(failing)}); the levels below count only racks that pass by design.</>}
    </p>
  );
}

function Matrix({ m }: { m: RedundancyMatrix }) {
  const u = useUnits();
  const store = useDocumentStore();
  const racks = useDocumentState((s) => s.doc.racks);
  const rows = useDocumentState((s) => s.doc.rows);
  const groups = useMemo(() => columnGroups(m.rackIds, racks, rows), [m, racks, rows]);
  const order = useMemo(() => caseOrder(m.cases), [m]);
  const designIndex = m.cases.findIndex((c) => c.kind === 'design');
  return (
    <>
      <DesignFailures m={m} />
      <table className="vd-table vd-levels" data-testid="redundancy-levels">
        <thead><tr><th>Equipment</th><th>Installed</th><th>Level</th><th>Cases failing a rack that passes by design</th></tr></thead>
        <tbody>
          {m.levels.map((l) => (
            <tr key={l.kind} data-level={l.level}>
              <td>{KIND_LABEL[l.kind]}</td><td className="num">{l.installed}</td>
              <td className={`lvl ${l.level === 'N' || l.level === 'below N' ? 'bad' : l.level === 'none installed' || l.level === 'not evaluated' ? '' : 'good'}`}>{l.level}</td>
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
                    const byDesign = ci !== designIndex && cell.status === 'fail' && !cell.worse;
                    return (
                      // already failing by design: drawn pale (inline: the shared stylesheet is not this panel's)
                      <td key={r.id} className={`${cell.status}${byDesign ? ' by-design' : ''}${cell.undecided ? ' undecided' : ''}${k === 0 ? ' first' : ''}`} onClick={() => store.select([r.id])}
                        title={`${r.name} · ${c.label}: ${cell.status} · governing ${governingText(u, cell.governing, cell.margin)}${cell.undecided ? ' · undecided: an inlet margin inside the air result\'s stated figure' : ''}`} />
                    );
                  }))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="small muted">Cells: green pass, vermillion fail (✗), pale vermillion fail that already fails by design, grey not evaluated; a dark lower edge: undecided (an inlet margin inside the air result's stated figure); hover for the governing margin, click to select the rack. (n) = racks that pass by design but fail in this case.</p>
    </>
  );
}
