// CDUs of the loop result (load vs capacity with a utilisation bar, secondary and primary flows, supply /
// return T, approach, pump head and power at the operating point, setpoint held) with an override of the
// plate heat exchanger's UA (loopOverrides "<cdu>/hx", undoable), and the plant row (FWS supply / return,
// heat rejected vs capacity).
import { useState } from 'react';
import type { CduLoopResult, PlantLoopResult } from '../../../../workers/loop';
import { useDocumentState, useDocumentStore } from '../../document/context';
import { QuantityField } from '../QuantityField';
import { useUnits } from '../units';
import { num } from './format';
import { checkOverrideValue, overrideOf, setLoopOverride } from './overrides';

function Utilisation({ value }: { value: number }) {
  const pct = Math.max(0, value * 100);
  return (
    <span className={`util ${value > 1 ? 'over' : value > 0.9 ? 'high' : ''}`} title={`${pct.toFixed(0)} % of capacity`}>
      <span style={{ width: `${Math.min(100, pct)}%` }} />
    </span>
  );
}

export function CduTable({ cdus, names }: { cdus: readonly CduLoopResult[]; names: ReadonlyMap<string, string> }) {
  const u = useUnits();
  const store = useDocumentStore();
  const [hx, setHx] = useState<string | null>(null);
  const editing = hx === null ? null : cdus.find((c) => c.id === hx) ?? null;
  return (
    <section className="panel" data-testid="loop-cdus">
      <h2>CDUs</h2>
      <div className="loop-scroll">
        <table className="loop-table cdu">
          <thead>
            <tr>
              <th>CDU</th>
              <th title="Load, utilisation of the capacity">Load<span className="unit">{u.unit('power')}</span></th>
              <th title="Secondary (TCS) / primary (FWS) flow">Flow sec. / pri.<span className="unit">{u.unit('liquidFlow')}</span></th>
              <th title="TCS supply / return; approach; supply setpoint held">Supply / ret.<span className="unit">{u.unit('temperature')}</span></th>
              <th title="Pump-set head and shaft power at the operating point">Pumps<span className="unit">{u.unit('head')} · {u.unit('power')}</span></th>
              <th title="Plate heat exchanger override">Edit</th>
            </tr>
          </thead>
          <tbody>
            {cdus.map((c) => (
              <tr key={c.id} data-testid="cdu-row" data-cdu={c.id} onClick={() => store.select([c.id])}>
                <td className="name">{names.get(c.id) ?? c.id}<div className="muted">{c.online ? `${c.pumps.running} of ${c.pumps.installed} pumps` : 'offline'}</div></td>
                <td className={c.utilisation > 1 ? 'bad' : ''}>
                  <span data-testid="cdu-load" data-value={c.load}>{num(u, c.load, 'power')}</span>
                  <Utilisation value={c.utilisation} />
                  <div className="muted">{Math.round(c.utilisation * 100)} % of {num(u, c.capacity, 'power')}</div>
                </td>
                <td>{num(u, c.secondaryFlow, 'liquidFlow')}<div className="muted">{num(u, c.primaryFlow, 'liquidFlow')}</div></td>
                <td className={c.setpointHeld === false ? 'bad' : ''}>
                  {num(u, c.supplyT, 'temperature')} / {num(u, c.returnT, 'temperature')}
                  <div className="muted">appr. {c.approach === null ? '–' : u.fmt(c.approach, 'temperatureDelta')} · {c.setpointHeld === null ? 'no control' : c.setpointHeld ? 'setpoint held' : 'setpoint NOT held'}</div>
                </td>
                <td title={`Operating point ${u.fmt(c.pumps.flow, 'liquidFlow')} at ${u.fmt(c.pumps.head, 'head')}`}>
                  {num(u, c.pumps.head, 'head')}<div className="muted">{num(u, c.pumps.power, 'power', 1)}</div>
                </td>
                <td>
                  <button type="button" className="link" disabled={store.readOnly} data-testid={`hx-override-${c.id}`} aria-label={`Heat exchanger of ${c.id}`}
                    title="Override the plate heat exchanger's UA (saved in the project, undoable)"
                    onClick={(e) => { e.stopPropagation(); setHx(hx === c.id ? null : c.id); }}>HX ✎</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editing && <HxEditor cdu={editing} onClose={() => setHx(null)} />}
    </section>
  );
}

/** The CDU plate heat exchanger's UA override (ε-NTU conductance, W/K): shows the override or the solved UA. */
function HxEditor({ cdu, onClose }: { cdu: CduLoopResult; onClose(): void }) {
  const store = useDocumentStore();
  const id = `${cdu.id}/hx`;
  const own = useDocumentState((s) => overrideOf(s.doc, id)?.ua);
  const set = (ua: number | undefined): string | null => {
    if (ua !== undefined) {
      const bad = checkOverrideValue('ua', ua);
      if (bad) return bad;
    }
    store.apply(`Override ${id} UA`, (d) => setLoopOverride(d, id, { ua }));
    return null;
  };
  return (
    <div className="panel override-editor" data-testid="hx-editor" style={{ borderTop: '1px solid #e4e7ec', marginTop: 4, paddingTop: 4 }}>
      <strong>{cdu.id} plate heat exchanger</strong>
      <div style={{ display: 'flex', alignItems: 'flex-end', gap: 4 }}>
        <QuantityField label={`UA${typeof own === 'number' ? ' (override)' : ''}`} kind="conductance" value={typeof own === 'number' ? own : cdu.ua}
          testId="hx-field-ua" onCommit={(v) => set(v)} />
        {typeof own === 'number' && <button type="button" className="link" data-testid="hx-reset-ua" onClick={() => set(undefined)}>reset</button>}
      </div>
      <div style={{ display: 'flex', gap: 8 }}>
        <button type="button" data-testid="hx-close" onClick={onClose}>Close</button>
      </div>
      <p className="muted small">ε-NTU counterflow with this conductance; the loop re-solves with it.</p>
    </div>
  );
}

export function PlantRow({ plant }: { plant: PlantLoopResult }) {
  const u = useUnits();
  const util = plant.capacity > 0 ? plant.heatRejected / plant.capacity : 0;
  return (
    <section className="panel" data-testid="loop-plant">
      <h2>Plant (facility water)</h2>
      <table className="kv">
        <tbody>
          <tr><th>FWS supply / return</th><td>{u.fmt(plant.supplyT, 'temperature')} / {plant.returnT === null ? '–' : u.fmt(plant.returnT, 'temperature')}</td></tr>
          <tr><th>FWS flow</th><td>{u.fmt(plant.flow, 'liquidFlow')}</td></tr>
          <tr>
            <th>Heat rejected / capacity</th>
            <td className={util > 1 ? 'bad' : ''}>{u.fmt(plant.heatRejected, 'power')} / {u.fmt(plant.capacity, 'power')} <Utilisation value={util} /></td>
          </tr>
          <tr><th>Plant pumps</th><td>{plant.pumps.running} of {plant.pumps.installed} · {u.fmt(plant.pumps.power, 'power')}</td></tr>
        </tbody>
      </table>
    </section>
  );
}
