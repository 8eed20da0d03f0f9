// Every rack of the latest air result: mean and max intake, exhaust, cold- and hot-aisle capture indices
// (share of the intake air straight from the cooling supplies; share of the exhaust reaching a return
// directly, %), airflow, heat to air and heat removed by the rear door. Virtualised (fixed row height, only the visible rows in the DOM) so 5,000 racks scroll
// smoothly; sortable by column; racks above the class limits tinted; a click selects the rack.
import { useMemo, useState } from 'react';
import type { RackAirResult } from '../../../../workers/airflow';
import type { QuantityKind } from '../../../../workers/model/quantity';
import { useDocumentStore } from '../../document/context';
import { useUnits } from '../units';
import { num } from './format';
import { intakeLevel, type AirClass } from './hot-spots';
import { rowWindow } from './virtual-window';

const ROW_HEIGHT = 21;
const VIEWPORT = 300;

type Column = { key: keyof RackAirResult; label: string; kind: QuantityKind; digits?: number; title?: string };

/** A column's value; null (no capture index: no airflow, or a result from before capture indices) sorts first. */
const value = (r: RackAirResult, key: keyof RackAirResult): number | null => {
  const v = r[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
};
const COLUMNS: readonly Column[] = [
  { key: 'intakeMean', label: 'In mean', kind: 'temperature' },
  { key: 'intakeMax', label: 'In max', kind: 'temperature' },
  { key: 'exhaust', label: 'Exhaust', kind: 'temperature' },
  { key: 'captureIndex', label: 'CACI', kind: 'fraction', digits: 1, title: 'Cold-aisle capture index: share of the intake air that comes straight from the cooling supplies (passive tracer)' },
  { key: 'hotAisleCaptureIndex', label: 'HACI', kind: 'fraction', digits: 1, title: 'Hot-aisle capture index: share of the exhaust air that reaches a cooling return without entering a rack first (adjoint tracer)' },
  { key: 'airflow', label: 'Airflow', kind: 'airflow' },
  { key: 'airHeat', label: 'Air heat', kind: 'power' },
  { key: 'doorHeat', label: 'Door', kind: 'power' },
];

export function RackIntakeTable({ racks, airClass, names }: { racks: readonly RackAirResult[]; airClass: AirClass; names: ReadonlyMap<string, string> }) {
  const u = useUnits();
  const store = useDocumentStore();
  const [sort, setSort] = useState<{ key: keyof RackAirResult | 'name'; desc: boolean }>({ key: 'name', desc: false });
  const [scrollTop, setScrollTop] = useState(0);
  const rows = useMemo(() => {
    const name = (r: RackAirResult) => names.get(r.id) ?? r.id;
    const sorted = [...racks].sort((a, b) =>
      sort.key === 'name' ? name(a).localeCompare(name(b), undefined, { numeric: true }) : (value(a, sort.key) ?? -Infinity) - (value(b, sort.key) ?? -Infinity) || 0);
    return sort.desc ? sorted.reverse() : sorted;
  }, [racks, names, sort]);
  const w = rowWindow(scrollTop, VIEWPORT, ROW_HEIGHT, rows.length);
  // the rear-door column only when some rack has a door that removes heat (most halls have none)
  const columns = useMemo(() => COLUMNS.filter((c) => c.key !== 'doorHeat' || racks.some((r) => r.doorHeat > 0)), [racks]);
  const header = (key: keyof RackAirResult | 'name', label: string, unit = '', title?: string) => (
    <th key={key} title={title} className={key === 'name' ? '' : 'num'} aria-sort={sort.key === key ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
      <button type="button" className="link" onClick={() => setSort((s) => ({ key, desc: s.key === key ? !s.desc : key !== 'name' }))}>
        {label}{sort.key === key ? (sort.desc ? ' ▾' : ' ▴') : ''}{unit && <span className="muted unit-line">{unit}</span>}
      </button>
    </th>
  );
  return (
    <section className="panel" data-testid="air-racks">
      <h2>Rack intakes <span className="muted small">{racks.length} racks</span></h2>
      <div className="air-scroll" style={{ maxHeight: VIEWPORT }} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)} data-testid="air-rack-scroll">
        <table className="grid air-table" data-row-count={rows.length}>
          <thead>
            <tr>
              {header('name', 'Rack')}
              {columns.map((c) => header(c.key, c.label, u.unit(c.kind), c.title))}
            </tr>
          </thead>
          <tbody>
            {w.padTop > 0 && <tr style={{ height: w.padTop }} aria-hidden />}
            {rows.slice(w.start, w.end).map((r) => {
              const level = intakeLevel(r.intakeMax, airClass);
              return (
                <tr key={r.id} style={{ height: ROW_HEIGHT }} className={level === 'aboveAllowable' ? 'bad' : level === 'aboveRecommended' ? 'warn' : ''}
                  onClick={() => store.select([r.id])} data-testid="air-rack-row" data-rack={r.id}>
                  <td>{names.get(r.id) ?? r.id}</td>
                  {columns.map((c) => {
                    const v = value(r, c.key);
                    return <td key={c.key} className="num">{v === null ? '–' : num(u, v, c.kind, c.digits)}</td>;
                  })}
                </tr>
              );
            })}
            {w.padBottom > 0 && <tr style={{ height: w.padBottom }} aria-hidden />}
          </tbody>
        </table>
      </div>
    </section>
  );
}
