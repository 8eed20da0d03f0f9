// Heat-load summary computed in the engine's worker pool: IT load split into air and liquid heat, required
// IT airflow and coolant flow, against installed CRAH and CDU capacity.
import { useHeatSummary } from '../solver/engine-context';
import { useUnits } from './units';
import { useDocumentState } from '../document/context';

export function SummaryPanel() {
  const { value: s, state, error } = useHeatSummary();
  const u = useUnits();
  const selection = useDocumentState((st) => st.selection);
  const rackRow = s && selection.length === 1 ? s.racks.find((r) => r.id === selection[0]) : undefined;
  return (
    <section className="panel summary" data-testid="summary">
      <h2>Heat loads {state === 'running' && <span className="spinner" aria-label="computing" />}</h2>
      {error && <p className="field-error">Engine error: {error}</p>}
      {s && (
        <>
          <table className="kv">
            <tbody>
              <tr><th>IT load</th><td data-testid="sum-it">{u.fmt(s.hall.itLoad, 'power')}</td></tr>
              <tr><th>to liquid</th><td data-testid="sum-liquid">{u.fmt(s.hall.liquidHeat, 'power')}</td></tr>
              <tr><th>to air</th><td data-testid="sum-air">{u.fmt(s.hall.airHeat, 'power')}</td></tr>
              <tr><th>IT airflow</th><td>{u.fmt(s.hall.requiredAirflow, 'airflow')}</td></tr>
              <tr><th>Coolant flow</th><td>{u.fmt(s.hall.requiredCoolantFlow, 'liquidFlow')}</td></tr>
              <tr><th>CRAH / in-row capacity</th><td className={s.hall.airCoolingCapacity < s.hall.airHeat ? 'bad' : ''}>{u.fmt(s.hall.airCoolingCapacity, 'power')}</td></tr>
              <tr><th>CDU capacity</th><td className={s.hall.cduCapacity < s.hall.liquidHeat ? 'bad' : ''}>{u.fmt(s.hall.cduCapacity, 'power')}</td></tr>
              <tr><th>Racks</th><td>{s.hall.rackCount.air} air · {s.hall.rackCount.hybrid} hybrid · {s.hall.rackCount.dlc} DLC</td></tr>
            </tbody>
          </table>
          {rackRow && (
            <table className="kv rack">
              <caption>Selected rack</caption>
              <tbody>
                <tr><th>IT load</th><td>{u.fmt(rackRow.itLoad, 'power')}</td></tr>
                <tr><th>liquid / air</th><td>{u.fmt(rackRow.liquidHeat, 'power')} / {u.fmt(rackRow.airHeat, 'power')}</td></tr>
                <tr><th>IT airflow</th><td>{u.fmt(rackRow.requiredAirflow, 'airflow')}</td></tr>
                <tr><th>Coolant flow</th><td>{u.fmt(rackRow.requiredCoolantFlow, 'liquidFlow')}</td></tr>
              </tbody>
            </table>
          )}
          <p className="muted small">Required flows at the design ΔT (Q = ṁ·cp·ΔT). Delivered coolant flows and temperatures: Liquid loop tab.</p>
        </>
      )}
    </section>
  );
}
