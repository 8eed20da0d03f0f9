// Per-pipe results in a collapsed <details>: bore, velocity (over criteria.maxPipeVelocity highlighted),
// Reynolds number and head loss, fastest first. Rendered only when opened, and windowed.
import { useMemo, useState } from 'react';
import type { PipeLoopResult } from '../../../../workers/loop';
import { useUnits } from '../units';
import { head, num } from './format';
import { useVirtualWindow } from './virtual';

const ROW = 22;
const VIEWPORT = 300;

export function PipeTable({ pipes, maxVelocity }: { pipes: readonly PipeLoopResult[]; maxVelocity: number }) {
  const [open, setOpen] = useState(false);
  const u = useUnits();
  const over = useMemo(() => pipes.filter((p) => (p.velocity ?? 0) > maxVelocity).length, [pipes, maxVelocity]);
  return (
    <details className="panel" data-testid="loop-pipes" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Pipes ({pipes.length}) {over > 0 && <span className="count warn">{over} above {u.fmt(maxVelocity, 'velocity')}</span>}</summary>
      {open && <PipeRows pipes={pipes} maxVelocity={maxVelocity} />}
    </details>
  );
}

function PipeRows({ pipes, maxVelocity }: { pipes: readonly PipeLoopResult[]; maxVelocity: number }) {
  const u = useUnits();
  const rows = useMemo(() => pipes.filter((p) => p.diameter !== null).sort((a, b) => (b.velocity ?? 0) - (a.velocity ?? 0)), [pipes]);
  const win = useVirtualWindow(rows.length, ROW, VIEWPORT);
  return (
    <div className="loop-scroll" style={{ maxHeight: VIEWPORT }} onScroll={win.onScroll}>
      <table className="loop-table">
        <thead>
          <tr>
            <th>Pipe</th>
            <th title={head(u, 'Inside diameter', 'length')}>Bore<span className="unit">{u.system === 'SI' ? 'mm' : 'in'}</span></th>
            <th title={head(u, 'Velocity', 'velocity')}>Velocity<span className="unit">{u.unit('velocity')}</span></th>
            <th>Re</th>
            <th title={head(u, 'Head loss', 'head')}>Loss<span className="unit">{u.unit('head')}</span></th>
          </tr>
        </thead>
        <tbody>
          {win.padTop > 0 && <tr style={{ height: win.padTop }} aria-hidden />}
          {rows.slice(win.start, win.end).map((p) => (
            <tr key={p.id} style={{ height: ROW }}>
              <td className="name" title={`${p.kind}, ${p.side.toUpperCase()}`}>{p.id}</td>
              <td>{u.system === 'SI' ? ((p.diameter ?? 0) * 1000).toFixed(1) : ((p.diameter ?? 0) / 0.0254).toFixed(2)}</td>
              <td className={(p.velocity ?? 0) > maxVelocity ? 'bad' : ''}>{num(u, p.velocity, 'velocity')}</td>
              <td>{p.reynolds === null ? '–' : Math.round(p.reynolds).toLocaleString('en')}</td>
              <td>{num(u, p.pressureDrop, 'head')}</td>
            </tr>
          ))}
          {win.padBottom > 0 && <tr style={{ height: win.padBottom }} aria-hidden />}
        </tbody>
      </table>
    </div>
  );
}
