// Per-rack loop results: sortable columns, failing cells highlighted (the result's ok flags), click a
// row to select the rack. Windowed (virtual.ts) so that 5,000 racks render only the rows in view.
import { useMemo, useState } from 'react';
import type { RackLoopResult } from '../../../../workers/loop';
import type { QuantityKind } from '../../../../workers/model/quantity';
import { useDocumentState, useDocumentStore } from '../../document/context';
import { useUnits, type Units } from '../units';
import { head, num } from './format';
import { rackRows, sortRackRows, type RackSortKey, type SortDir } from './rack-table';
import { useVirtualWindow } from './virtual';

const ROW = 22;
const VIEWPORT = 330;

interface Column {
  key: RackSortKey;
  title: string;
  kind: QuantityKind | null;
  cell: (r: RackLoopResult, u: Units) => string;
  bad?: (r: RackLoopResult) => boolean;
}

const COLUMNS: Column[] = [
  { key: 'name', title: 'Rack', kind: null, cell: () => '' },
  { key: 'flow', title: 'Flow', kind: 'liquidFlow', cell: (r, u) => num(u, r.flow, 'liquidFlow') },
  { key: 'flowPerPower', title: 'Flow/kW', kind: 'liquidFlowPerPower', cell: (r, u) => num(u, r.flowPerPower, 'liquidFlowPerPower'), bad: (r) => !r.ok.flowPerPower },
  { key: 'flowShare', title: 'Share', kind: 'fraction', cell: (r, u) => num(u, r.flowShare, 'fraction', 0), bad: (r) => !r.ok.flowShare },
  { key: 'dp', title: 'ΔP', kind: 'pressure', cell: (r, u) => num(u, r.branchPressureDrop, 'pressure') },
  { key: 'supplyT', title: 'Supply', kind: 'temperature', cell: (r, u) => num(u, r.supplyT, 'temperature') },
  { key: 'returnT', title: 'Return', kind: 'temperature', cell: (r, u) => num(u, r.returnT, 'temperature'), bad: (r) => !r.ok.returnTemp },
  { key: 'caseT', title: 'Case', kind: 'temperature', cell: (r, u) => num(u, r.caseT, 'temperature'), bad: (r) => !r.ok.caseTemp },
  { key: 'caseMargin', title: 'Margin', kind: 'temperatureDelta', cell: (r, u) => num(u, r.caseMargin, 'temperatureDelta'), bad: (r) => !r.ok.caseTemp },
];

export function RackTable({ racks, names }: { racks: readonly RackLoopResult[]; names: ReadonlyMap<string, string> }) {
  const u = useUnits();
  const store = useDocumentStore();
  const selection = useDocumentState((s) => s.selection);
  const [sort, setSort] = useState<{ key: RackSortKey; dir: SortDir }>({ key: 'name', dir: 'asc' });
  const rows = useMemo(() => sortRackRows(rackRows(racks, names), sort.key, sort.dir), [racks, names, sort]);
  const selected = useMemo(() => new Set(selection), [selection]);
  const win = useVirtualWindow(rows.length, ROW, VIEWPORT);
  const failing = racks.reduce((n, r) => n + (r.ok.all ? 0 : 1), 0);
  const toggle = (key: RackSortKey) => setSort((s) => ({ key, dir: s.key === key && s.dir === 'asc' ? 'desc' : 'asc' }));
  return (
    <section className="panel loop-racks" data-testid="loop-racks">
      <h2>Racks <span className={`count ${failing ? 'warn' : 'ok'}`}>{failing ? `${failing} failing` : `${racks.length} ok`}</span></h2>
      <div className="loop-scroll" style={{ maxHeight: VIEWPORT }} onScroll={win.onScroll}>
        <table className="loop-table">
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.key} aria-sort={sort.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
                  <button type="button" data-testid={`rack-sort-${c.key}`} onClick={() => toggle(c.key)} title={c.kind ? head(u, c.title, c.kind) : c.title}>
                    {c.title}
                    {c.kind && <span className="unit">{u.unit(c.kind)}</span>}
                    {sort.key === c.key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {win.padTop > 0 && <tr style={{ height: win.padTop }} aria-hidden />}
            {rows.slice(win.start, win.end).map((row) => (
              <tr key={row.id} data-testid="rack-row" className={`${selected.has(row.id) ? 'selected' : ''} ${row.r.ok.all ? '' : 'failing'}`}
                style={{ height: ROW }} onClick={() => store.select([row.id])}>
                <td className="name">{row.name}</td>
                {COLUMNS.slice(1).map((c) => <td key={c.key} className={c.bad?.(row.r) ? 'bad' : ''}>{c.cell(row.r, u)}</td>)}
              </tr>
            ))}
            {win.padBottom > 0 && <tr style={{ height: win.padBottom }} aria-hidden />}
          </tbody>
        </table>
      </div>
      <p className="muted small">Share = delivered / design flow; ΔP supply tap → return tap; margin = max case T − case T. Red: fails its criterion.</p>
    </section>
  );
}
