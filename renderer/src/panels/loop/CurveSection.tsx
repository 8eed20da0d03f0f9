// The pump and system curve section: pick a CDU of the result, fetch its system curve from the engine,
// draw the chart. The curve belongs to the document of the shown result (not to later edits).
import { useState } from 'react';
import type { LoopResult } from '../../../../workers/loop';
import type { HallDocument } from '../../../../workers/model/schema';
import { PumpCurveChart } from './PumpCurveChart';
import { useSystemCurve } from './use-system-curve';

export function CurveSection({ result, doc }: { result: LoopResult; doc: HallDocument }) {
  const online = result.cdus.filter((c) => c.online && c.rackIds.length > 0);
  const [picked, setPicked] = useState<string | null>(null);
  const cduId = online.find((c) => c.id === picked)?.id ?? online[0]?.id ?? null;
  const curve = useSystemCurve(doc, cduId);
  const cdu = online.find((c) => c.id === cduId);
  const spec = doc.cdus.find((c) => c.id === cduId)?.pumps;
  if (!cdu || !spec) return null;
  const points = curve.status === 'done' && 'points' in curve.value ? curve.value.points : null;
  const problem = curve.status === 'error' ? curve.error : curve.status === 'done' && 'error' in curve.value ? curve.value.error : null;
  return (
    <section className="panel" data-testid="loop-curves">
      <h2>
        Pump and system curves
        <select aria-label="CDU" data-testid="curve-cdu" value={cdu.id} onChange={(e) => setPicked(e.target.value)}>
          {online.map((c) => <option key={c.id} value={c.id}>{doc.cdus.find((d) => d.id === c.id)?.name ?? c.id}</option>)}
        </select>
        {curve.status === 'running' && <span className="spinner" aria-label="computing the system curve" />}
      </h2>
      <PumpCurveChart cdu={cdu} spec={spec} system={points} />
      {problem && <p className="field-error">System curve: {problem}</p>}
      <p className="muted small">System curve: the loop re-solved at pump speeds 40–120 % (dots; converged operating points).</p>
    </section>
  );
}
