// Cooling units of the latest air result: return and supply air temperature, load against capacity, and
// units over capacity (their supply rises above the setpoint).
import type { UnitAirResult } from '../../../../workers/airflow';
import { useDocumentStore } from '../../document/context';
import { useUnits } from '../units';
import { num } from './format';

export function UnitTable({ units, names }: { units: readonly UnitAirResult[]; names: ReadonlyMap<string, string> }) {
  const u = useUnits();
  const store = useDocumentStore();
  return (
    <section className="panel" data-testid="air-units">
      <h2>Cooling units</h2>
      <table className="grid air-table">
        <thead>
          <tr>
            <th>Unit</th>
            <th className="num">Return {u.unit('temperature')}</th>
            <th className="num">Supply {u.unit('temperature')}</th>
            <th className="num">Load / capacity {u.unit('power')}</th>
          </tr>
        </thead>
        <tbody>
          {units.map((x) => (
            <tr key={x.id} className={x.overCapacity ? 'bad' : ''} onClick={() => store.select([x.id])} data-testid="air-unit-row">
              <td>{names.get(x.id) ?? x.id}{x.overCapacity && <span className="bad-text"> over capacity</span>}</td>
              <td className="num">{num(u, x.returnT, 'temperature')}</td>
              <td className="num">{num(u, x.supplyT, 'temperature')}</td>
              <td className="num">
                {num(u, x.load, 'power')} / {num(u, x.capacity, 'power')}
                <span className="muted"> ({x.capacity > 0 ? Math.round((100 * x.load) / x.capacity) : 0} %)</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
