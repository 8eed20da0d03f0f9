// SVG chart of a ride-through: temperature (display units) vs time (s). Coolant and room in strong
// colours, case / intake curves thin (the earliest to reach its limit emphasised), limit lines dashed,
// time-to-limit markers as vertical lines. Colours from Okabe–Ito.
import type { TransientResult } from '../../../../workers/scenarios';
import { okabeIto } from '../../../../workers/colormap';
import { chartScales, polyline, rangeOf, type ChartBox } from './ride-chart';

const BOX: ChartBox = { width: 460, height: 250, left: 44, right: 12, top: 12, bottom: 34 };
const COLOUR = { coolant: okabeIto('blue').hex, room: okabeIto('bluish green').hex, case: okabeIto('reddish purple').hex, intake: okabeIto('orange').hex, limit: okabeIto('vermillion').hex };

export function RideChart({ r, toT, tUnit }: { r: TransientResult; toT: (si: number) => number; tUnit: string }) {
  const tMax = r.t[r.t.length - 1] ?? 0;
  const disp = r.series.map((s) => ({ ...s, v: Float64Array.from(s.values, toT) }));
  const limits = [...new Set(r.series.map((s) => s.limit).filter((x): x is number => x !== null))];
  const range = rangeOf(disp.map((d) => d.v), limits.map(toT));
  const sc = chartScales(BOX, tMax, range.min, range.max);
  const firsts = disp.filter((s) => s.timeToLimit !== null).sort((a, b) => a.timeToLimit! - b.timeToLimit!);
  const worst = firsts[0]?.id ?? null;
  const kinds = [...new Set(r.series.map((s) => s.kind))];
  return (
    <figure className="vd-figure">
      <svg viewBox={`0 0 ${BOX.width} ${BOX.height}`} width="100%" data-testid="ride-chart" role="img" aria-label="Temperature versus time">
        {sc.yTicks.map((v) => (
          <g key={`y${v}`}>
            <line x1={BOX.left} x2={BOX.width - BOX.right} y1={sc.y(v)} y2={sc.y(v)} stroke="#eef0f3" />
            <text x={BOX.left - 4} y={sc.y(v) + 3} textAnchor="end" fontSize="10" fill="#52606d">{v.toFixed(sc.yDecimals)}</text>
          </g>
        ))}
        {sc.xTicks.map((t) => (
          <text key={`x${t}`} x={sc.x(t)} y={BOX.height - BOX.bottom + 13} textAnchor="middle" fontSize="10" fill="#52606d">{t}</text>
        ))}
        <text x={(BOX.left + BOX.width - BOX.right) / 2} y={BOX.height - 4} textAnchor="middle" fontSize="10.5" fill="#3b4453">time (s)</text>
        <text x={10} y={BOX.top + 2} fontSize="10.5" fill="#3b4453" transform={`rotate(-90 10 ${BOX.top + 2})`} textAnchor="end">temperature ({tUnit})</text>
        <rect x={BOX.left} y={BOX.top} width={BOX.width - BOX.left - BOX.right} height={BOX.height - BOX.top - BOX.bottom} fill="none" stroke="#c9d0d7" />
        {limits.map((l) => (
          <g key={`l${l}`}>
            <line x1={BOX.left} x2={BOX.width - BOX.right} y1={sc.y(toT(l))} y2={sc.y(toT(l))} stroke={COLOUR.limit} strokeDasharray="5 3" />
            <text x={BOX.width - BOX.right - 2} y={sc.y(toT(l)) - 3} textAnchor="end" fontSize="10" fill={COLOUR.limit}>limit {toT(l).toFixed(1)} {tUnit}</text>
          </g>
        ))}
        {disp.map((s) => (
          <polyline key={s.id} points={polyline(r.t, s.v, sc)} fill="none" stroke={COLOUR[s.kind]}
            strokeWidth={s.kind === 'coolant' || s.kind === 'room' || s.id === worst ? 2.2 : 0.8} opacity={s.kind === 'case' || s.kind === 'intake' ? (s.id === worst ? 1 : 0.55) : 1} />
        ))}
        {firsts.slice(0, 1).map((s) => (
          <g key={`m${s.id}`} data-testid="ride-marker">
            <line x1={sc.x(s.timeToLimit!)} x2={sc.x(s.timeToLimit!)} y1={BOX.top} y2={BOX.height - BOX.bottom} stroke={COLOUR.limit} />
            <text x={Math.min(sc.x(s.timeToLimit!) + 3, BOX.width - 120)} y={BOX.top + 11} fontSize="10" fill={COLOUR.limit}>{s.id} at {s.timeToLimit!.toFixed(0)} s</text>
          </g>
        ))}
      </svg>
      <figcaption className="small">
        {kinds.map((k) => <span key={k} className="vd-key"><span className="vd-swatch" style={{ background: COLOUR[k] }} />{k === 'case' ? 'case (per rack)' : k === 'intake' ? 'rack inlet (per rack)' : k}</span>)}
        <span className="vd-key"><span className="vd-swatch dashed" style={{ borderColor: COLOUR.limit }} />limit</span>
        {firsts.length > 1 && <span className="muted"> · {firsts.length} racks reach their limit</span>}
      </figcaption>
    </figure>
  );
}
