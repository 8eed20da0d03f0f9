// One row per rack: verdict (colour swatch), pass / fail, governing check and its margin with units;
// sortable; a click selects the rack (and shows its checks below). Failing rows are marked.
import { useMemo, useState } from 'react';
import type { RackVerdict } from '../../../../workers/verdicts';
import { useDocumentState, useDocumentStore } from '../../document/context';
import { VERDICT_CATEGORIES } from '../../scene/colours';
import { useUnits } from '../units';
import { CHECK_SHORT, formatMargin, governing, sortVerdicts, type VerdictSortKey } from './format';
import { VERDICT_ORDER, verdictKey } from './snapshot';

const COLUMNS: { key: VerdictSortKey; title: string }[] = [
  { key: 'name', title: 'Rack' }, { key: 'verdict', title: 'Verdict' }, { key: 'status', title: 'Result' }, { key: 'margin', title: 'Governing margin' },
];

export function VerdictTable({ racks }: { racks: readonly RackVerdict[] }) {
  const u = useUnits();
  const store = useDocumentStore();
  const docRacks = useDocumentState((s) => s.doc.racks);
  const selection = useDocumentState((s) => s.selection);
  const [sort, setSort] = useState<{ key: VerdictSortKey; dir: 'asc' | 'desc' }>({ key: 'status', dir: 'asc' });
  const names = useMemo(() => new Map(docRacks.map((r) => [r.id, r.name])), [docRacks]);
  const rows = useMemo(() => sortVerdicts(racks.map((v) => ({ verdict: v, name: names.get(v.rackId) ?? v.rackId })), sort.key, sort.dir), [racks, names, sort]);
  const selected = useMemo(() => new Set(selection), [selection]);
  const toggle = (key: VerdictSortKey) => setSort((s) => ({ key, dir: s.key === key && s.dir === 'asc' ? 'desc' : 'asc' }));
  return (
    <section className="panel">
      <div className="vd-scroll" style={{ maxHeight: 300 }}>
        <table className="vd-table" data-testid="verdict-table" data-row-count={rows.length}>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.key} aria-sort={sort.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
                  <button type="button" data-testid={`verdict-sort-${c.key}`} onClick={() => toggle(c.key)}>
                    {c.title}{sort.key === c.key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ verdict: v, name }) => {
              const g = governing(v);
              const cat = VERDICT_CATEGORIES[VERDICT_ORDER.indexOf(verdictKey(v))];
              return (
                <tr key={v.rackId} data-rack={v.rackId} data-status={v.status} className={`${selected.has(v.rackId) ? 'sel ' : ''}${v.status}`} onClick={() => store.select([v.rackId])}>
                  <td className="name" title={v.rackId}>{name}</td>
                  <td><span className="vd-swatch" style={{ background: cat.hex }} />{cat.label}</td>
                  <td className={`st ${v.status}`}>{v.status === 'incomplete' ? 'not eval.' : v.status}</td>
                  <td className="num" title={g?.reason ?? ''}>
                    {g ? <>{formatMargin(u, g.margin, g.quantity)} <span className="muted">{CHECK_SHORT[g.id]}</span></> : '–'}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
