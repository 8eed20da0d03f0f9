// Hall summary of the verdicts' results: heat split (air / rear doors / liquid), utilisation of each
// cooling unit and CDU, facility water (load, temperatures, W class), fan and pump power, partial PUE with
// what it includes and excludes. Numbers via useUnits(); "–" where the solver that knows a figure is missing.
import type { HallSummary } from '../../../../workers/verdicts';
import { useUnits, type Units } from '../units';

const opt = (u: Units, v: number | null, k: Parameters<Units['fmt']>[1]) => (v === null ? '–' : u.fmt(v, k));

function Util({ value, over }: { value: number | null; over?: boolean }) {
  if (value === null) return <span className="muted">–</span>;
  const pct = Math.round(value * 100);
  const cls = over || value > 1 ? 'over' : value > 0.9 ? 'high' : '';
  return <span className={`vd-util ${cls}`}><span className="bar" style={{ width: `${Math.min(100, pct)}%` }} /><span className="t">{pct} %</span></span>;
}

export function HallSummaryView({ s }: { s: HallSummary }) {
  const u = useUnits();
  const fw = s.facilityWater;
  return (
    <section className="panel vd-summary" data-testid="verdict-summary">
      <h2>Hall summary</h2>
      <table className="vd-table vd-kv">
        <tbody>
          <tr><th>IT load</th><td>{u.fmt(s.itLoad, 'power')}</td></tr>
          <tr><th>Heat to cooling-unit air</th><td>{opt(u, s.heat.air, 'power')}</td></tr>
          <tr><th>Heat to rear doors</th><td>{opt(u, s.heat.doors, 'power')}</td></tr>
          <tr><th>Heat to liquid (CDUs)</th><td>{opt(u, s.heat.liquid, 'power')}</td></tr>
          <tr><th>Balance error</th><td>{s.heat.balanceError === null ? '–' : u.fmt(s.heat.balanceError, 'fraction', 1)}</td></tr>
        </tbody>
      </table>
      <h3>Cooling units</h3>
      <table className="vd-table">
        <thead><tr><th>Unit</th><th>Load</th><th>Capacity</th><th>Utilisation</th></tr></thead>
        <tbody>
          {s.units.map((x) => (
            <tr key={x.id} className={x.running ? '' : 'off'}>
              <td className="name">{x.id} <span className="muted">{x.kind}{x.running ? '' : ' (off)'}</span></td>
              <td className="num">{opt(u, x.load, 'power')}</td><td className="num">{u.fmt(x.capacity, 'power')}</td>
              <td><Util value={x.utilisation} over={x.overCapacity} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      {s.cdus.length > 0 && (
        <>
          <h3>CDUs</h3>
          <table className="vd-table">
            <thead><tr><th>CDU</th><th>Load</th><th>Capacity</th><th>Utilisation</th></tr></thead>
            <tbody>
              {s.cdus.map((c) => (
                <tr key={c.id} className={c.online ? '' : 'off'}>
                  <td className="name">{c.id}{c.online ? '' : <span className="muted"> (offline)</span>}</td>
                  <td className="num">{u.fmt(c.load, 'power')}</td><td className="num">{u.fmt(c.capacity, 'power')}</td>
                  <td><Util value={c.utilisation} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h3>Facility water</h3>
      {fw ? (
        <table className="vd-table vd-kv" data-testid="verdict-fws">
          <tbody>
            <tr><th>Heat rejected</th><td>{u.fmt(fw.load, 'power')} <Util value={fw.plantUtilisation} /></td></tr>
            <tr><th>Supply / return</th><td>{u.fmt(fw.supplyT, 'temperature')} / {opt(u, fw.returnT, 'temperature')}</td></tr>
            <tr><th>Flow</th><td>{u.fmt(fw.flow, 'liquidFlow')}</td></tr>
            <tr><th>W class</th><td className={fw.wClassOk ? '' : 'bad-text'}>{fw.wClass} (max supply {Number.isFinite(fw.wClassMax) ? u.fmt(fw.wClassMax, 'temperature') : 'none'}) {fw.wClassOk ? '✓ within' : '✗ exceeded'}</td></tr>
          </tbody>
        </table>
      ) : <p className="small muted">No loop result: facility water not evaluated.</p>}
      <h3>Power and partial PUE</h3>
      <table className="vd-table vd-kv">
        <tbody>
          <tr><th>Cooling-unit fans</th><td>{u.fmt(s.power.fans, 'power')}</td></tr>
          <tr><th>CDU pumps</th><td>{opt(u, s.power.cduPumps, 'power')}</td></tr>
          <tr><th>Plant pumps</th><td>{opt(u, s.power.plantPumps, 'power')}</td></tr>
          <tr><th>Partial PUE</th><td data-testid="verdict-ppue"><b>{s.partialPue === null ? '–' : s.partialPue.toFixed(3)}</b> <span className="muted">(lower bound)</span></td></tr>
        </tbody>
      </table>
      <details className="small">
        <summary>What the partial PUE includes and excludes</summary>
        <p>Included:</p>
        <ul>{s.included.map((x) => <li key={x}>{x}</li>)}</ul>
        <p>Excluded:</p>
        <ul>{s.excluded.map((x) => <li key={x}>{x}</li>)}</ul>
      </details>
    </section>
  );
}
