// One row per rack: verdict (colour swatch), pass / fail, governing check and its margin with units;
// sortable by column, filtered by name and result; a click selects the rack (and shows its checks below);
// with the table focused, ↑ ↓ PgUp PgDn Home End move the selection. Virtualised: rows have a fixed
// height and only the visible ones (plus overscan) are in the DOM, so 5,000 racks scroll smoothly; the
// selected rack is scrolled into view when the selection changes.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { RackVerdict } from '../../../../workers/verdicts';
import { useDocumentState, useDocumentStore } from '../../document/context';
import { VERDICT_CATEGORIES } from '../../scene/colours';
import { rowWindow } from '../air/virtual-window';
import { useUnits } from '../units';
import { CHECK_SHORT, formatMargin, governing, sortVerdicts, type VerdictSortKey } from './format';
import { VERDICT_ORDER, verdictKey } from './snapshot';
import { filterRows, keyTarget, scrollToRow, type StatusFilter, type VerdictFilter } from './table-nav';

const COLUMNS: { key: VerdictSortKey; title: string }[] = [
  { key: 'name', title: 'Rack' }, { key: 'verdict', title: 'Verdict' }, { key: 'status', title: 'Result' }, { key: 'margin', title: 'Governing margin' },
];
/** Row and sticky-header heights, px (cells do not wrap, so every row has this height). */
const ROW_HEIGHT = 22;
const HEADER_HEIGHT = 23;
const VIEWPORT = 300;
const nowrap = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', maxWidth: 0 } as const;

export function VerdictTable({ racks }: { racks: readonly RackVerdict[] }) {
  const u = useUnits();
  const store = useDocumentStore();
  const docRacks = useDocumentState((s) => s.doc.racks);
  const selection = useDocumentState((s) => s.selection);
  const [sort, setSort] = useState<{ key: VerdictSortKey; dir: 'asc' | 'desc' }>({ key: 'status', dir: 'asc' });
  const [filter, setFilter] = useState<VerdictFilter>({ text: '', status: 'all' });
  const [scrollTop, setScrollTop] = useState(0);
  const scroller = useRef<HTMLDivElement>(null);
  const names = useMemo(() => new Map(docRacks.map((r) => [r.id, r.name])), [docRacks]);
  const sorted = useMemo(() => sortVerdicts(racks.map((v) => ({ verdict: v, name: names.get(v.rackId) ?? v.rackId })), sort.key, sort.dir), [racks, names, sort]);
  const rows = useMemo(() => filterRows(sorted, filter), [sorted, filter]);
  const indexOf = useMemo(() => new Map(rows.map((r, i) => [r.verdict.rackId, i])), [rows]);
  const selected = useMemo(() => new Set(selection), [selection]);
  const last = selection.length > 0 ? indexOf.get(selection[selection.length - 1]) ?? -1 : -1;
  const toggle = (key: VerdictSortKey) => setSort((s) => ({ key, dir: s.key === key && s.dir === 'asc' ? 'desc' : 'asc' }));
  const scrollTo = (top: number) => {
    const el = scroller.current;
    if (!el || Math.abs(el.scrollTop - top) < 0.5) return;
    el.scrollTop = top;
    setScrollTop(el.scrollTop);
  };
  // the selected rack (from the table, the keyboard or the 3D view) comes into view
  useEffect(() => {
    if (last >= 0 && scroller.current) scrollTo(scrollToRow(last, scroller.current.scrollTop, ROW_HEIGHT, HEADER_HEIGHT, VIEWPORT));
  }, [last]);
  const onKey = (e: KeyboardEvent) => {
    const to = keyTarget(e.key, last, rows.length, Math.floor((VIEWPORT - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
    if (to === null) return;
    e.preventDefault();
    store.select([rows[to].verdict.rackId]);
  };
  const w = rowWindow(scrollTop, VIEWPORT - HEADER_HEIGHT, ROW_HEIGHT, rows.length);
  return (
    <section className="panel">
      <div className="vd-actions">
        <input type="search" placeholder="Filter racks…" aria-label="Filter racks by name" data-testid="verdict-filter" value={filter.text}
          onChange={(e) => setFilter((f) => ({ ...f, text: e.target.value }))} />
        <select aria-label="Filter by result" data-testid="verdict-filter-status" value={filter.status} onChange={(e) => setFilter((f) => ({ ...f, status: e.target.value as StatusFilter }))}>
          <option value="all">all results</option><option value="fail">fail</option><option value="pass">pass</option><option value="incomplete">not evaluated</option>
        </select>
        <span className="small muted" data-testid="verdict-shown">{rows.length === racks.length ? `${racks.length} racks` : `${rows.length} of ${racks.length} racks`}</span>
      </div>
      <div className="vd-scroll" ref={scroller} style={{ height: Math.min(VIEWPORT, HEADER_HEIGHT + rows.length * ROW_HEIGHT + 2), overflowAnchor: 'none' }} tabIndex={0}
        role="region" aria-label="Rack verdicts (arrow keys move the selection)" data-testid="verdict-scroll"
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)} onKeyDown={onKey}>
        <table className="vd-table" data-testid="verdict-table" data-row-count={rows.length} data-total={racks.length} style={{ tableLayout: 'fixed' }}>
          <colgroup><col style={{ width: '24%' }} /><col style={{ width: '34%' }} /><col style={{ width: '14%' }} /><col style={{ width: '28%' }} /></colgroup>
          <thead>
            <tr style={{ height: HEADER_HEIGHT }}>
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
            {w.padTop > 0 && <tr style={{ height: w.padTop }} aria-hidden />}
            {rows.slice(w.start, w.end).map(({ verdict: v, name }, k) => {
              const g = governing(v);
              const cat = VERDICT_CATEGORIES[VERDICT_ORDER.indexOf(verdictKey(v))];
              return (
                <tr key={v.rackId} data-rack={v.rackId} data-status={v.status} data-index={w.start + k} style={{ height: ROW_HEIGHT }}
                  className={`${selected.has(v.rackId) ? 'sel ' : ''}${v.status}`} aria-selected={selected.has(v.rackId)} onClick={() => store.select([v.rackId])}>
                  <td className="name" title={v.rackId} style={nowrap}>{name}</td>
                  <td style={nowrap}><span className="vd-swatch" style={{ background: cat.hex }} />{cat.label}</td>
                  <td className={`st ${v.status}`} style={nowrap}>{v.status === 'incomplete' ? 'not eval.' : v.status}
                    {v.undecided && <span className="muted" data-testid="verdict-undecided-mark" title="An inlet margin is inside the air result's stated agreement with OpenFOAM: undecided by this tool"> ±</span>}</td>
                  <td className="num" title={g?.reason ?? ''} style={nowrap}>
                    {g ? <>{formatMargin(u, g.margin, g.quantity)} <span className="muted">{CHECK_SHORT[g.id]}</span></> : '–'}
                  </td>
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
