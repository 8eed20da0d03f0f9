// Ride-through: pick an event (CDU pump trip, CDU trip, cooling-unit failure) and its equipment, run
// rideThrough on the current loop / air results in the pool, and plot temperature vs time (SVG): coolant,
// case or intake curves, their limit lines and time-to-limit markers, with the project's units.
import { useMemo, useState } from 'react';
import type { TransientEvent, TransientResult } from '../../../../workers/scenarios';
import { failableEquipment } from '../../../../workers/scenarios/apply';
import { toDisplay } from '../../../../workers/units';
import { useDocumentState } from '../../document/context';
import { useEngine } from '../../solver/engine-context';
import { useUnits } from '../units';
import { airForEngine } from './basis';
import { RideChart } from './RideChart';
import { usePoolJob } from './use-pool-job';

type Kind = TransientEvent['kind'];
const KINDS: [Kind, string][] = [['pump-trip', 'CDU pump trip'], ['cdu-trip', 'CDU trip'], ['unit-failure', 'Cooling-unit failure']];
const DURATIONS = [60, 300, 600, 1800];

export function RideThroughView() {
  const { results } = useEngine();
  const u = useUnits();
  const doc = useDocumentState((s) => s.settledDoc);
  const eq = useMemo(() => failableEquipment(doc), [doc]);
  const [kind, setKind] = useState<Kind>('pump-trip');
  const [picked, setPicked] = useState('');
  const [duration, setDuration] = useState(300);
  const job = usePoolJob<TransientResult | { ok: false; message: string }>('Ride-through');
  const options = kind === 'pump-trip' ? eq.cduPumps : kind === 'cdu-trip' ? eq.cdus : eq.coolingUnits;
  const id = options.includes(picked) ? picked : options[0] ?? '';
  const run = () => {
    const s = results.getState();
    const event: TransientEvent = kind === 'pump-trip' ? { kind, pumpId: id } : kind === 'cdu-trip' ? { kind, cduId: id } : { kind, unitId: id };
    job.run((api) => api.rideThrough(doc, { loops: s.loop.result ?? s.loop.failure, air: airForEngine(s.air.result ?? s.air.failure) }, event, { duration, outputStep: duration / 300 }));
  };
  const r = job.state.value;
  return (
    <section className="panel" data-testid="ride-through">
      <h2>Ride-through</h2>
      <div className="vd-actions">
        <select data-testid="ride-kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          {KINDS.map(([k, l]) => <option key={k} value={k}>{l}</option>)}
        </select>
        <select data-testid="ride-equipment" value={id} onChange={(e) => setPicked(e.target.value)}>
          {options.map((o) => <option key={o} value={o}>{o}</option>)}
        </select>
        <label className="inline small">for <select value={duration} onChange={(e) => setDuration(Number(e.target.value))}>
          {DURATIONS.map((d) => <option key={d} value={d}>{u.fmt(d, 'time', 0)}</option>)}
        </select></label>
        {!job.state.running
          ? <button type="button" data-testid="ride-run" disabled={!id} onClick={run}>Run</button>
          : <button type="button" onClick={job.cancel}>Cancel</button>}
      </div>
      {job.state.error && <p className="field-error">Engine error: {job.state.error}</p>}
      {r && !r.ok && <p className="loop-failure" data-testid="ride-failure">{r.message}</p>}
      {r && r.ok && (
        <>
          <p className="small" data-testid="ride-summary">
            {r.firstCaseLimit !== null ? <span className="bad-text">First case limit reached after {u.fmt(r.firstCaseLimit, 'time', 0)}. </span> : null}
            {r.firstIntakeLimit !== null ? <span className="bad-text">First inlet at the allowable limit after {u.fmt(r.firstIntakeLimit, 'time', 0)}. </span> : null}
            {r.firstCaseLimit === null && r.firstIntakeLimit === null && <span>No limit reached within {u.fmt(duration, 'time', 0)}.</span>}
          </p>
          <RideChart r={r} toT={(v) => toDisplay(v, 'temperature', u.system)} tUnit={u.unit('temperature')} />
          <details className="small"><summary>Assumptions</summary><ul>{r.assumptions.map((a) => <li key={a}>{a}</li>)}</ul></details>
        </>
      )}
    </section>
  );
}
