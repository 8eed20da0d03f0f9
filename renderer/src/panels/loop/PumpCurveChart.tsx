// Pump and system curve chart of one CDU (SVG, no chart library): the pump-set curve (the solver's own
// pump curve, pump-set-curve.ts, running pumps in parallel), the computed system curve (converged
// operating points at several pump speeds, from the engine) and the solved operating point.
// Axes in the project's units with nice ticks.
import type { CduLoopResult } from '../../../../workers/loop';
import type { CduT } from '../../../../workers/model/schema';
import type { SystemCurvePoint } from '../../../../workers/loop/system-curve';
import { toDisplay } from '../../../../workers/units';
import { useUnits } from '../units';
import { axisFromZero } from './chart-scale';
import { pumpSetCurve } from './pump-set-curve';

const W = 440;
const H = 250;
const M = { left: 54, right: 12, top: 12, bottom: 38 };
const PUMP = '#0072B2';
const SYSTEM = '#D55E00';

/** System points with the stretch from zero flow to the first computed point drawn by the local power law. */
function systemPath(points: readonly SystemCurvePoint[]): SystemCurvePoint[] {
  const p = points.filter((x) => x.flow > 0);
  if (p.length < 2) return [...points];
  const n = Math.log(p[1].head / p[0].head) / Math.log(p[1].flow / p[0].flow);
  const lead: SystemCurvePoint[] = [];
  if (Number.isFinite(n) && n > 0) for (let i = 0; i < 8; i++) {
    const q = (p[0].flow * i) / 8;
    lead.push({ flow: q, head: p[0].head * Math.pow(q / p[0].flow, n), speed: 0 });
  }
  return [...lead, ...p];
}

export function PumpCurveChart({ cdu, spec, system }: { cdu: CduLoopResult; spec: CduT['pumps']; system: readonly SystemCurvePoint[] | null }) {
  const u = useUnits();
  const fx = (q: number) => toDisplay(q, 'liquidFlow', u.system);
  const fy = (h: number) => toDisplay(h, 'head', u.system);
  const pump = pumpSetCurve(spec, cdu.pumps.running);
  const sys = system ? systemPath(system) : [];
  const op = { x: fx(cdu.pumps.flow), y: fy(cdu.pumps.head) };
  const pw = W - M.left - M.right;
  const ph = H - M.top - M.bottom;
  const xMax = Math.max(op.x, ...pump.map((p) => fx(p.flow)), ...sys.map((p) => fx(p.flow)));
  const yMax = Math.max(op.y, ...pump.map((p) => fy(p.head)), ...sys.map((p) => fy(p.head)));
  const ax = axisFromZero(xMax, pw);
  const ay = axisFromZero(yMax * 1.05, ph);
  const X = (v: number) => M.left + ax.px(v);
  const Y = (v: number) => M.top + ph - ay.px(v);
  const line = (pts: { flow: number; head: number }[]) => pts.map((p) => `${X(fx(p.flow)).toFixed(1)},${Y(fy(p.head)).toFixed(1)}`).join(' ');
  const opLabel = `${u.fmt(cdu.pumps.flow, 'liquidFlow')} @ ${u.fmt(cdu.pumps.head, 'head')}`;
  // Label up and to the right of the marker (above the falling pump curve, right of the rising system
  // curve), on a short leader; to the left when the point sits in the right part of the plot.
  const labelLeft = X(op.x) > M.left + pw * 0.55;
  const lx = X(op.x) + (labelLeft ? -36 : 36);
  const ly = Math.max(M.top + 12, Y(op.y) - 44);
  return (
    <figure className="pump-figure">
    <svg className="pump-chart" viewBox={`0 0 ${W} ${H}`} width="100%" role="img" data-testid="pump-chart"
      aria-label={`Pump and system curves of ${cdu.id}; operating point ${opLabel}`}>
      {ax.ticks.map((t) => (
        <g key={`x${t}`}>
          <line x1={X(t)} x2={X(t)} y1={M.top} y2={M.top + ph} className="grid" />
          <text x={X(t)} y={M.top + ph + 14} textAnchor="middle">{t.toFixed(ax.decimals)}</text>
        </g>
      ))}
      {ay.ticks.map((t) => (
        <g key={`y${t}`}>
          <line x1={M.left} x2={M.left + pw} y1={Y(t)} y2={Y(t)} className="grid" />
          <text x={M.left - 5} y={Y(t) + 4} textAnchor="end">{t.toFixed(ay.decimals)}</text>
        </g>
      ))}
      <rect x={M.left} y={M.top} width={pw} height={ph} className="frame" />
      <text x={M.left + pw / 2} y={H - 4} textAnchor="middle" className="axis-title">Flow ({u.unit('liquidFlow')})</text>
      <text transform={`translate(12 ${M.top + ph / 2}) rotate(-90)`} textAnchor="middle" className="axis-title">Head ({u.unit('head')})</text>
      <polyline points={line(pump)} fill="none" stroke={PUMP} strokeWidth={2} data-testid="pump-curve" />
      {sys.length > 1 && <polyline points={line(sys)} fill="none" stroke={SYSTEM} strokeWidth={2} data-testid="system-curve" />}
      {system?.filter((p) => p.flow > 0).map((p) => <circle key={p.speed} cx={X(fx(p.flow))} cy={Y(fy(p.head))} r={2.5} fill={SYSTEM} />)}
      <circle cx={X(op.x)} cy={Y(op.y)} r={5} fill="#1d2330" stroke="#fff" strokeWidth={1.5} data-testid="operating-point" />
      <line x1={X(op.x)} y1={Y(op.y)} x2={lx} y2={ly + 4} className="leader" />
      <text x={lx + (labelLeft ? -3 : 3)} y={ly} textAnchor={labelLeft ? 'end' : 'start'} className="op-label">{opLabel}</text>
    </svg>
    <figcaption className="chart-legend">
      <span><i style={{ background: PUMP }} />Pump set, {cdu.pumps.running} of {cdu.pumps.installed} running</span>
      <span><i style={{ background: SYSTEM }} />System (computed)</span>
      <span><b>●</b> Operating point</span>
    </figcaption>
    </figure>
  );
}
