// Two scenario outcomes side by side (compareOutcomes): per rack the status a → b, intake and case
// temperatures with their change, and the change of the governing margin of b; newly failing rows
// vermillion, newly passing green, changed rows first. Numbers via useUnits(). Above the table, the delta
// heatmap of the air temperature (b − a).
import { useMemo } from 'react';
import type { ScenarioOutcomeView } from '../../../../workers/api';
import { compareOutcomes } from '../../../../workers/scenarios/compare';
import { useUnits, type Units } from '../units';
import { DeltaHeatmap } from './DeltaHeatmap';
import { CHECK_SHORT, CHECK_QUANTITY, formatMargin } from './format';

const d = (u: Units, v: number | null, kind: 'temperature' | 'temperatureDelta') => (v === null ? '–' : kind === 'temperatureDelta' ? formatMargin(u, v, 'temperature') : u.fmt(v, kind));

/** a is the reference (the design when one side is the design): deltas are b − a. */
export function ScenarioCompare({ a, b, names, deltaLabel }: { a: ScenarioOutcomeView; b: ScenarioOutcomeView; names: [string, string]; deltaLabel: string }) {
  const u = useUnits();
  const cmp = useMemo(() => compareOutcomes(a, b), [a, b]);
  const vb = useMemo(() => new Map(b.verdicts.racks.map((v) => [v.rackId, v])), [b]);
  const rows = useMemo(() => [...cmp.racks].sort((x, y) => Number(y.changed) - Number(x.changed)), [cmp]);
  return (
    <div data-testid="scenario-compare">
      <p className="small">
        <b>{names[0]}</b> → <b>{names[1]}</b>: <span className="bad-text" data-testid="compare-newly-failing">{cmp.newlyFailing.length} newly failing</span>, <span className="st pass">{cmp.newlyPassing.length} newly passing</span>
      </p>
      <DeltaHeatmap a={a.air} b={b.air} label={deltaLabel} />
      <div className="vd-scroll" style={{ maxHeight: 320 }}>
        <table className="vd-table">
          <thead><tr><th>Rack</th><th>Status</th><th>Intake max</th><th>Δ</th><th>Case</th><th>Δ</th><th>Governing margin (b)</th></tr></thead>
          <tbody>
            {rows.map((r) => {
              const gov = vb.get(r.rackId)?.governing ?? null;
              const m = gov ? r.margins[gov] : undefined;
              const cls = cmp.newlyFailing.includes(r.rackId) ? 'vd-newfail' : cmp.newlyPassing.includes(r.rackId) ? 'vd-newpass' : '';
              return (
                <tr key={r.rackId} className={cls}>
                  <td className="name">{r.rackId}</td>
                  <td>{r.statusA}{r.changed ? ` → ${r.statusB}` : ''}</td>
                  <td className="num">{d(u, r.intake.b, 'temperature')}</td><td className="num">{d(u, r.intake.delta, 'temperatureDelta')}</td>
                  <td className="num">{d(u, r.caseT.b, 'temperature')}</td><td className="num">{d(u, r.caseT.delta, 'temperatureDelta')}</td>
                  <td className="num">{gov && m ? <>{formatMargin(u, m.b, CHECK_QUANTITY[gov])} <span className="muted">({formatMargin(u, m.delta, CHECK_QUANTITY[gov])}) {CHECK_SHORT[gov]}</span></> : '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
