// Sufficiency sweeps: rack power × cooling mode as a pass/fail grid that fills in as points arrive (one
// pool job per point, parallel), and the facility-water supply sweep against the W classes (one job per
// temperature). "Run sweep" / Cancel; a point's tooltip names its governing check and margin.
import { useState } from 'react';
import { DEFAULT_POWERS_KW, SWEEP_MODES, type FwsSweepPoint, type PowerSweepPoint, type SweepMode } from '../../../../workers/scenarios/sweep';
import { useDocumentState } from '../../document/context';
import { useUnits } from '../units';
import { governingText } from './format';
import { usePoolBatch, type EngineJob } from './use-pool-batch';

const MODE_TEXT: Record<SweepMode, string> = { air: 'Air', 'air-containment': 'Air + containment', 'air-rear-door': 'Air + rear door', 'hybrid-50': 'Hybrid 50 %', 'hybrid-70': 'Hybrid 70 %', dlc: 'DLC' };
const FWS_TEMPS = [17, 21, 25, 27, 29, 32, 35, 38, 40, 42, 45];

export function SweepView() {
  const u = useUnits();
  const doc = useDocumentState((s) => s.settledDoc);
  const power = usePoolBatch<PowerSweepPoint[]>('Power sweep');
  const fws = usePoolBatch<FwsSweepPoint[]>('FWS sweep');
  const [points, setPoints] = useState<Map<string, PowerSweepPoint>>(new Map());
  const [fwsPoints, setFws] = useState<FwsSweepPoint[]>([]);
  const runPower = () => {
    setPoints(new Map());
    const jobs: EngineJob<PowerSweepPoint[]>[] = SWEEP_MODES.flatMap((mode) => DEFAULT_POWERS_KW.map((kw) => (api) => api.sweepPower(doc, { modes: [mode], powersKw: [kw] })));
    power.run(jobs, (_, pts) => setPoints((m) => { const n = new Map(m); for (const p of pts) n.set(`${p.mode}:${p.powerKw}`, p); return n; }));
  };
  const runFws = () => {
    setFws([]);
    fws.run(FWS_TEMPS.map((t) => (api) => api.sweepFws(doc, [t])), (_, pts) => setFws((f) => [...f, ...pts].sort((a, b) => a.supplyT - b.supplyT)));
  };
  return (
    <>
      <section className="panel" data-testid="sweep-power">
        <h2>Rack power × cooling mode</h2>
        <div className="vd-actions">
          {!power.state.running ? <button type="button" data-testid="sweep-run" onClick={runPower}>Run sweep</button> : <button type="button" data-testid="sweep-cancel" onClick={power.cancel}>Cancel</button>}
          {power.state.total > 0 && <span className="small">{power.state.done} / {power.state.total} points <progress max={power.state.total} value={power.state.done} /></span>}
        </div>
        {power.state.error && <p className="field-error">Engine error: {power.state.error}</p>}
        <table className="vd-sweep" data-testid="sweep-grid">
          <thead><tr><th>{u.unit('power')} →</th>{DEFAULT_POWERS_KW.map((kw) => <th key={kw}>{u.fmt(kw * 1e3, 'power', 0).replace(` ${u.unit('power')}`, '')}</th>)}</tr></thead>
          <tbody>
            {SWEEP_MODES.map((mode) => (
              <tr key={mode}>
                <th>{MODE_TEXT[mode]}</th>
                {DEFAULT_POWERS_KW.map((kw) => {
                  const p = points.get(`${mode}:${kw}`);
                  return <td key={kw} className={p ? p.status : 'pending'} title={p ? `${MODE_TEXT[mode]} at ${u.fmt(kw * 1e3, 'power')}: ${p.status}, ${governingText(u, p.governing, p.governingMargin)}${p.note ? ` — ${p.note}` : ''}` : 'not run'}>{p ? (p.status === 'pass' ? '✓' : p.status === 'fail' ? '✗' : '?') : ''}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
        <p className="small muted">Each point: a representative rack in a three-rack test row with this hall's provisioning per rack (fast air solve, loops). ✓ pass, ✗ not coolable.</p>
      </section>
      <section className="panel" data-testid="sweep-fws">
        <h2>Facility water supply vs W classes</h2>
        <div className="vd-actions">
          {!fws.state.running ? <button type="button" data-testid="sweep-fws-run" onClick={runFws}>Run FWS sweep</button> : <button type="button" onClick={fws.cancel}>Cancel</button>}
          {fws.state.total > 0 && <span className="small">{fws.state.done} / {fws.state.total} <progress max={fws.state.total} value={fws.state.done} /></span>}
        </div>
        {fwsPoints.length > 0 && (
          <table className="vd-table">
            <thead><tr><th>FWS supply</th><th>W classes</th><th>Max return</th><th>Max case</th><th>Min case margin</th><th>Failing racks</th></tr></thead>
            <tbody>
              {fwsPoints.map((p) => (
                <tr key={p.supplyT} className={p.ok ? '' : 'vd-newfail'}>
                  <td className="num">{u.fmt(p.supplyT, 'temperature')}{p.withinDocumentClass ? '' : ' ⚠'}</td>
                  <td className="small">{p.wClasses.length > 1 ? `${p.wClasses[0]} … ${p.wClasses[p.wClasses.length - 1]}` : p.wClasses[0] ?? '–'}</td>
                  <td className="num">{p.maxReturnT === null ? '–' : u.fmt(p.maxReturnT, 'temperature')}</td>
                  <td className="num">{p.maxCaseT === null ? '–' : u.fmt(p.maxCaseT, 'temperature')}</td>
                  <td className="num">{p.minCaseMargin === null ? '–' : u.fmt(p.minCaseMargin, 'temperatureDelta')}</td>
                  <td className="num">{p.message ? <span title={p.message}>solve failed</span> : p.failingRacks}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="small muted">⚠ above the document's W class ({doc.criteria.wClass}). The document's loops re-solved at each supply temperature.</p>
      </section>
    </>
  );
}
