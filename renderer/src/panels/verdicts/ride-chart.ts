// Geometry of the ride-through chart: plot-area scales from the series' range (limits included so that the
// limit lines are always visible), and an SVG polyline of a series thinned to at most ~400 points. Pure.
import { niceTicks } from '../../../../workers/colormap';

export interface ChartBox { width: number; height: number; left: number; right: number; top: number; bottom: number }

export interface Scales {
  x: (t: number) => number; y: (v: number) => number;
  xTicks: number[]; yTicks: number[]; yDecimals: number;
}

export function chartScales(box: ChartBox, tMax: number, vMin: number, vMax: number): Scales {
  const lo = Math.min(vMin, vMax), hi = Math.max(vMax, lo + 1);
  const yt = niceTicks(lo, hi, 5);
  const y0 = Math.min(lo, yt.values[0]), y1 = Math.max(hi, yt.values[yt.values.length - 1]);
  const xt = niceTicks(0, tMax > 0 ? tMax : 1, 6);
  const w = box.width - box.left - box.right, h = box.height - box.top - box.bottom;
  return {
    x: (t) => box.left + (tMax > 0 ? (t / tMax) * w : 0),
    y: (v) => box.top + h - ((v - y0) / (y1 - y0 || 1)) * h,
    xTicks: xt.values.filter((t) => t <= tMax + 1e-9), yTicks: yt.values.filter((v) => v >= y0 - 1e-9 && v <= y1 + 1e-9), yDecimals: yt.decimals,
  };
}

/** "x,y x,y …" of the series (display values), every k-th point so that at most maxPoints remain. */
export function polyline(t: ArrayLike<number>, v: ArrayLike<number>, s: Pick<Scales, 'x' | 'y'>, maxPoints = 400): string {
  const n = Math.min(t.length, v.length);
  const k = Math.max(1, Math.ceil(n / maxPoints));
  const pts: string[] = [];
  for (let i = 0; i < n; i += k) pts.push(`${s.x(t[i]).toFixed(1)},${s.y(v[i]).toFixed(1)}`);
  if (n > 0 && (n - 1) % k !== 0) pts.push(`${s.x(t[n - 1]).toFixed(1)},${s.y(v[n - 1]).toFixed(1)}`);
  return pts.join(' ');
}

export function rangeOf(values: ArrayLike<number>[], extra: number[]): { min: number; max: number } {
  let min = Infinity, max = -Infinity;
  for (const a of values) for (let i = 0; i < a.length; i++) if (Number.isFinite(a[i])) { min = Math.min(min, a[i]); max = Math.max(max, a[i]); }
  for (const e of extra) if (Number.isFinite(e)) { min = Math.min(min, e); max = Math.max(max, e); }
  return Number.isFinite(min) ? { min, max } : { min: 0, max: 1 };
}
