// Per-component results in a collapsed <details>: bore, velocity (over criteria.maxPipeVelocity highlighted),
// Reynolds number and head loss, overridden rows first, then fastest first; a view selector lists pipes and
// valves (default), cold plates, HX passes / strainers / coolers, pumps, or all. Rendered only when
// opened, and windowed. Each row can be overridden (the document's loopOverrides, an undoable edit) in a
// small editor under the table; overridden rows carry an "override" mark.
import { useMemo, useState } from 'react';
import type { PipeLoopResult } from '../../../../workers/loop';
import { useDocumentState, useDocumentStore } from '../../document/context';
import { useUnits } from '../units';
import { head, num } from './format';
import { OverrideEditor } from './OverrideEditor';
import { overriddenIds } from './overrides';
import { useVirtualWindow } from './virtual';

const ROW = 22;
const VIEWPORT = 300;

/** Rows of the table's default view: links with a bore (pipes, hoses, balancing valves) and the Kv valves. */
export function isPipeRow(p: PipeLoopResult): boolean {
  return p.diameter !== null || p.kind === 'quick-disconnect' || p.kind === 'three-way-valve';
}

/** The table's views: which components it lists (every link of the loops can be overridden from one of them). */
export type ComponentFilter = 'pipes' | 'cold-plates' | 'exchangers' | 'pumps' | 'all';
export const COMPONENT_FILTERS: readonly { value: ComponentFilter; label: string }[] = [
  { value: 'pipes', label: 'Pipes, hoses and valves' },
  { value: 'cold-plates', label: 'Cold plates' },
  { value: 'exchangers', label: 'HX passes, strainers, coolers' },
  { value: 'pumps', label: 'Pumps' },
  { value: 'all', label: 'All components' },
];

export function inFilter(p: PipeLoopResult, f: ComponentFilter): boolean {
  switch (f) {
    case 'pipes': return isPipeRow(p);
    case 'cold-plates': return p.kind === 'cold-plate';
    case 'exchangers': return p.kind === 'hx-secondary' || p.kind === 'hx-primary' || p.kind === 'strainer' || p.kind === 'plant-cooler';
    case 'pumps': return p.kind === 'pump' || p.kind === 'plant-pump';
    case 'all': return true;
  }
}

export function PipeTable({ pipes, maxVelocity }: { pipes: readonly PipeLoopResult[]; maxVelocity: number }) {
  const [open, setOpen] = useState(false);
  const u = useUnits();
  const over = useMemo(() => pipes.filter((p) => (p.velocity ?? 0) > maxVelocity).length, [pipes, maxVelocity]);
  const overrides = useDocumentState((s) => s.doc.loopOverrides);
  const count = overrides?.length ?? 0;
  return (
    <details className="panel" data-testid="loop-pipes" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Pipes and components ({pipes.length}) {over > 0 && <span className="count warn">{over} above {u.fmt(maxVelocity, 'velocity')}</span>}
        {count > 0 && <span className="count" data-testid="loop-override-count"> {count} overridden</span>}
      </summary>
      {open && <PipeRows pipes={pipes} maxVelocity={maxVelocity} />}
    </details>
  );
}

const MARK = { fontSize: 10, borderRadius: 8, padding: '0 5px', marginLeft: 4, background: '#e0eaff', color: '#1d3b8f', border: '1px solid #b2c7ff' } as const;

function PipeRows({ pipes, maxVelocity }: { pipes: readonly PipeLoopResult[]; maxVelocity: number }) {
  const u = useUnits();
  const [filter, setFilter] = useState<ComponentFilter>('pipes');
  const counts = useMemo(() => new Map(COMPONENT_FILTERS.map((f) => [f.value, pipes.filter((p) => inFilter(p, f.value)).length])), [pipes]);
  const doc = useDocumentState((s) => s.doc);
  const readOnly = useDocumentStore().readOnly;
  const overridden = useMemo(() => overriddenIds(doc), [doc]);
  const [editing, setEditing] = useState<string | null>(null);
  // Overridden components first (so an edited row stays in view), then fastest first.
  const rows = useMemo(() => pipes.filter((p) => inFilter(p, filter)).sort((a, b) =>
    Number(overridden.has(b.id)) - Number(overridden.has(a.id)) || (b.velocity ?? 0) - (a.velocity ?? 0) || Math.abs(b.pressureDrop) - Math.abs(a.pressureDrop)), [pipes, overridden, filter]);
  const win = useVirtualWindow(rows.length, ROW, VIEWPORT);
  const current = editing === null ? null : rows.find((p) => p.id === editing) ?? null;
  return (
    <>
      <label className="field" style={{ margin: '4px 0' }}>
        <span className="field-label">Show</span>
        <select value={filter} data-testid="loop-component-filter" onChange={(e) => setFilter(e.target.value as ComponentFilter)}>
          {COMPONENT_FILTERS.map((f) => <option key={f.value} value={f.value}>{f.label} ({counts.get(f.value)})</option>)}
        </select>
      </label>
      <div className="loop-scroll" style={{ maxHeight: VIEWPORT }} onScroll={win.onScroll}>
        <table className="loop-table">
          <thead>
            <tr>
              <th>Component</th>
              <th title={head(u, 'Inside diameter', 'length')}>Bore<span className="unit">{u.system === 'SI' ? 'mm' : 'in'}</span></th>
              <th title={head(u, 'Velocity', 'velocity')}>Velocity<span className="unit">{u.unit('velocity')}</span></th>
              <th>Re</th>
              <th title={head(u, 'Head loss', 'head')}>Loss<span className="unit">{u.unit('head')}</span></th>
              <th title="Override this component's size or setting (saved in the project, undoable)">Edit</th>
            </tr>
          </thead>
          <tbody>
            {win.padTop > 0 && <tr style={{ height: win.padTop }} aria-hidden />}
            {rows.slice(win.start, win.end).map((p) => {
              const mine = overridden.has(p.id);
              return (
                <tr key={p.id} style={{ height: ROW }} className={editing === p.id ? 'selected' : ''} data-overridden={mine ? 'true' : undefined}>
                  <td className="name" title={`${p.kind}, ${p.side.toUpperCase()}`}>
                    {p.id}
                    {mine && <span style={MARK} data-testid={`pipe-overridden-${p.id}`} title="Overridden in this project">override</span>}
                  </td>
                  <td>{p.diameter === null ? '–' : u.system === 'SI' ? (p.diameter * 1000).toFixed(1) : (p.diameter / 0.0254).toFixed(2)}</td>
                  <td className={(p.velocity ?? 0) > maxVelocity ? 'bad' : ''}>{num(u, p.velocity, 'velocity')}</td>
                  <td>{p.reynolds === null ? '–' : Math.round(p.reynolds).toLocaleString('en')}</td>
                  <td>{num(u, p.pressureDrop, 'head')}</td>
                  <td>
                    <button type="button" className="link" disabled={readOnly} data-testid={`pipe-override-${p.id}`}
                      aria-label={`Override ${p.id}`} onClick={() => setEditing(editing === p.id ? null : p.id)}>✎</button>
                  </td>
                </tr>
              );
            })}
            {win.padBottom > 0 && <tr style={{ height: win.padBottom }} aria-hidden />}
          </tbody>
        </table>
      </div>
      {current && <OverrideEditor pipe={current} onClose={() => setEditing(null)} />}
    </>
  );
}

