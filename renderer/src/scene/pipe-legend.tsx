// Legend of a liquid-loop result scale (pipes, rack result modes): a colour bar through any sampler with
// nice ticks in display units, an optional threshold marker (e.g. the minimum flow share or the velocity
// limit) and a footnote. HTML overlay, props only; values arrive already in display units.
import type { CSSProperties } from 'react';
import { niceTicks } from '../../../workers/colormap';
import { samplerGradient, type Sampler } from './pipe-colormap';

export interface ScaleLegendProps {
  title: string;
  unit: string;
  sample: Sampler;
  /** Range in display units. */
  min: number;
  max: number;
  marker?: { value: number; label: string };
  note?: string;
  /** CSS colour of a swatch explained by `swatchLabel` (e.g. over the limit). */
  swatch?: { color: string; label: string };
  style?: CSSProperties;
  testId?: string;
}

const box: CSSProperties = {
  position: 'absolute', bottom: 12, padding: '8px 10px', background: 'rgba(255, 255, 255, 0.92)',
  border: '1px solid #c9d0d7', borderRadius: 6, boxShadow: '0 1px 3px rgba(0, 0, 0, 0.12)',
  font: '12px/1.35 system-ui, -apple-system, "Segoe UI", sans-serif', color: '#1f2933', pointerEvents: 'none', width: 224, zIndex: 1,
};

/** Nice ticks that fit the 200 px bar: fewer when the labels are long (≈ 7 px per character). */
export function legendTicks(min: number, max: number): { values: number[]; decimals: number } {
  for (const n of [5, 3, 2]) {
    const t = niceTicks(min, max, n);
    const chars = t.values.reduce((s, v) => s + v.toFixed(t.decimals).length + 1, 0);
    if (chars * 7 <= 200 || n === 2) return t;
  }
  return { values: [], decimals: 0 };
}

export function ScaleLegend(p: ScaleLegendProps) {
  const span = p.max - p.min;
  const { values, decimals } = legendTicks(p.min, p.max);
  const pos = (v: number) => (span > 0 ? ((v - p.min) / span) * 100 : 50);
  return (
    <div style={{ ...box, ...p.style }} data-testid={p.testId ?? 'scale-legend'} aria-label={`Legend: ${p.title}`}>
      <div style={{ fontWeight: 600, marginBottom: 6 }}>
        {p.title}
        {p.unit ? <span style={{ fontWeight: 400, color: '#52606d' }}> ({p.unit})</span> : null}
      </div>
      <div style={{ width: 200, position: 'relative' }}>
        <div style={{ height: 12, borderRadius: 2, background: samplerGradient(p.sample), border: '1px solid rgba(0,0,0,0.2)' }} />
        {p.marker && p.marker.value >= p.min && p.marker.value <= p.max && (
          <span title={p.marker.label} style={{ position: 'absolute', left: `${pos(p.marker.value)}%`, top: -3, height: 18, width: 2, marginLeft: -1, background: '#1f2933' }} />
        )}
        <div style={{ position: 'relative', height: 18 }}>
          {values.map((v) => (
            <span key={v} style={{ position: 'absolute', left: `${pos(v)}%`, transform: 'translateX(-50%)', top: 2, whiteSpace: 'nowrap' }}>
              <span style={{ position: 'absolute', left: '50%', top: -4, width: 1, height: 4, background: '#52606d' }} />
              {v.toFixed(decimals)}
            </span>
          ))}
        </div>
      </div>
      {p.marker && <div style={{ color: '#52606d' }}>▍ {p.marker.label}</div>}
      {p.swatch && (
        <div style={{ display: 'flex', alignItems: 'center', gap: 6, marginTop: 2 }}>
          <span style={{ width: 14, height: 10, borderRadius: 2, background: p.swatch.color, border: '1px solid rgba(0,0,0,0.25)' }} />
          {p.swatch.label}
        </div>
      )}
      {p.note ? <div style={{ marginTop: 4, color: '#52606d', whiteSpace: 'pre-line' }}>{p.note}</div> : null}
    </div>
  );
}
