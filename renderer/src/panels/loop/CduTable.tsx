// CDUs of the loop result (load vs capacity with a utilisation bar, secondary and primary flows, supply /
// return T, approach, pump head and power at the operating point, setpoint held) and the plant row
// (FWS supply / return, heat rejected vs capacity).
import type { CduLoopResult, PlantLoopResult } from '../../../../workers/loop';
import { useDocumentStore } from '../../document/context';
import { useUnits } from '../units';
import { num } from './format';

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
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
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
