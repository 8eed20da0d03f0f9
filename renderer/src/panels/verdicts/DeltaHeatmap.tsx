// Delta heatmap of the compare view: the air temperature difference b − a (scenario − design) on a
// horizontal slice (plan view, north up) in the diverging blue-red map on a symmetric range, with its
// legend in the project's unit for temperature differences (K or °F); the range is ± the slice's 99th
// percentile of |Δ| rounded up to a 1-2-5 step (values beyond it take the end colours). The difference is computed cell by
// cell on the common grid (workers/scenarios/air-delta.ts), sampled like the 3D slice (scene/air-slice.ts).
import { useEffect, useMemo, useRef, useState } from 'react';
import type { AirView } from '../../../../workers/api';
import type { AirFailure } from '../../../../workers/airflow';
import { niceTicks, sampleDiverging, writeDivergingRGBA } from '../../../../workers/colormap';
import { airDelta, niceCeil } from '../../../../workers/scenarios/air-delta';
import { toDisplay } from '../../../../workers/units';
import { extractSlice, sliceLayout } from '../../scene/air-slice';
import { useUnits } from '../units';

type Air = AirView | AirFailure | null;

/** Default height of the slice: 1.5 m, as the room-air layer's default (scene/air-layer-settings.ts). */
const DEFAULT_HEIGHT = 1.5;

const gradient = (() => {
  const rgb: [number, number, number] = [0, 0, 0];
  const stops: string[] = [];
  for (let i = 0; i <= 20; i++) stops.push(`rgb(${sampleDiverging(i / 20, rgb).map((c) => Math.round(c * 255)).join(' ')}) ${i * 5}%`);
  return `linear-gradient(to right, ${stops.join(', ')})`;
})();

export function DeltaHeatmap({ a, b, label }: { a: Air; b: Air; label: string }) {
  const u = useUnits();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [height, setHeight] = useState(DEFAULT_HEIGHT);
  const delta = useMemo(() => (a?.ok && b?.ok ? airDelta(a.fields, b.fields) : null), [a, b]);
  const layout = useMemo(() => (delta?.ok ? sliceLayout(delta.grid, 'horizontal', height, 4, 480) : null), [delta, height]);
  const slice = useMemo(() => {
    if (!delta?.ok || !layout) return null;
    const values = extractSlice(delta.dt, delta.solid, delta.grid, layout, new Float32Array(layout.width * layout.height));
    const abs: number[] = [];
    for (const x of values) if (Number.isFinite(x)) abs.push(Math.abs(x));
    abs.sort((p, q) => p - q);
    const max = abs.length > 0 ? abs[abs.length - 1] : 0;
    // symmetric colour range from this slice's 99th percentile of |Δ| (a few extreme texels, e.g. at a
    // failed unit's outlet, would wash out the rest); texels beyond it take the end colours
    const p99 = abs.length > 0 ? abs[Math.min(abs.length - 1, Math.floor(0.99 * abs.length))] : 0;
    return { values, max, range: niceCeil(p99) };
  }, [delta, layout]);
  useEffect(() => {
    const c = canvas.current;
    if (!c || !slice || !layout || !delta?.ok) return;
    const { width: w, height: h } = layout;
    c.width = w;
    c.height = h;
    const rows = new Uint8ClampedArray(4 * w * h);
    writeDivergingRGBA(slice.values, slice.range, rows);
    // texel row 0 is the south edge (v0); canvas row 0 is the top: flip so that north is up
    const img = new ImageData(w, h);
    for (let j = 0; j < h; j++) img.data.set(rows.subarray(4 * w * j, 4 * w * (j + 1)), 4 * w * (h - 1 - j));
    c.getContext('2d')?.putImageData(img, 0, 0);
  }, [slice, layout, delta]);
  if (!a?.ok || !b?.ok) return <p className="small muted" data-testid="delta-heatmap-missing">Δ heatmap: both outcomes need an air result.</p>;
  if (!delta?.ok) return <p className="small warn-text" data-testid="delta-heatmap-missing">Δ heatmap: {delta?.reason}</p>;
  const g = delta.grid;
  const zLo = g.origin[2] + g.dz / 2, zHi = g.origin[2] + g.nz * g.dz - g.dz / 2;
  const R = toDisplay(slice?.range ?? delta.range, 'temperatureDelta', u.system);
  const ticks = niceTicks(-R, R, 5);
  const unit = u.unit('temperatureDelta');
  const aspect = (layout?.vLen ?? 1) / (layout?.uLen ?? 1);
  return (
    <figure className="vd-delta" data-testid="delta-heatmap" data-range={slice?.range ?? delta.range} data-max-abs={delta.maxAbs} style={{ margin: '8px 0' }}>
      <figcaption className="small"><b>{label}</b>: air temperature, plan view at {u.fmt(layout?.at ?? height, 'length', 2)} (north up); largest change in the room {u.fmt(delta.maxAbs, 'temperatureDelta', 2)}, on this slice {u.fmt(slice?.max ?? 0, 'temperatureDelta', 2)}</figcaption>
      <canvas ref={canvas} data-testid="delta-heatmap-canvas" style={{ width: '100%', aspectRatio: `${1 / aspect}`, imageRendering: 'pixelated', border: '1px solid #c9d0d7', background: '#fff' }} />
      <div className="small" data-testid="delta-legend" style={{ marginTop: 4 }}>
        <div style={{ display: 'flex', justifyContent: 'space-between' }}><span>{label} ({unit})</span><span className="muted">blue cooler · red warmer{slice && slice.max > slice.range ? ` · beyond ±${u.fmt(slice.range, 'temperatureDelta', 0)} at the ends` : ''}</span></div>
        <div style={{ height: 10, background: gradient, border: '1px solid #c9d0d7' }} />
        <div style={{ position: 'relative', height: 14 }}>
          {ticks.values.map((t) => (
            <span key={t} style={{ position: 'absolute', left: `${((t + R) / (2 * R)) * 100}%`, transform: `translateX(${t <= -R ? 0 : t >= R ? -100 : -50}%)` }}>{t > 0 ? '+' : t < 0 ? '−' : ''}{Math.abs(t).toFixed(ticks.decimals)}</span>
          ))}
        </div>
      </div>
      <label className="field small">
        <span className="field-label">Height {u.fmt(layout?.at ?? height, 'length', 2)}</span>
        <input type="range" min={zLo} max={zHi} step={0.05} value={Math.min(zHi, Math.max(zLo, height))} data-testid="delta-height" onChange={(e) => setHeight(Number(e.target.value))} />
      </label>
    </figure>
  );
}
