// Colour legend as an HTML overlay: a sequential colour bar (viridis/cividis) with nice ticks and units, or
// categorical swatches. Generic (props only), so panels and the report preview can reuse it.
import type { CSSProperties } from 'react';
import { niceTicks, sampleColormap, type SequentialColormap } from '../../../workers/colormap';

export interface LegendCategory {
  label: string;
  /** CSS colour. */
  color: string;
}

interface LegendCommon {
  title: string;
  /** Optional line under the title (e.g. what the scale colours when it colours several layers). */
  subtitle?: string;
  /** Optional footnote line (e.g. what a hatch means). */
  note?: string;
  className?: string;
  style?: CSSProperties;
}

export type LegendProps = LegendCommon &
  (
    | {
        kind: 'sequential';
        colormap: SequentialColormap;
        /** Range in display units (the same units as `unit` and `format`). */
        min: number;
        max: number;
        unit?: string;
        /** Formats a tick value; default: the tick's own decimals. */
        format?: (value: number) => string;
        /** About how many ticks (default 5). */
        ticks?: number;
      }
    | { kind: 'categorical'; items: readonly LegendCategory[] }
  );

export const LEGEND_BOX: CSSProperties = {
  position: 'absolute',
  left: 12,
  bottom: 12,
  padding: '8px 10px',
  background: 'rgba(255, 255, 255, 0.92)',
  border: '1px solid #c9d0d7',
  borderRadius: 6,
  boxShadow: '0 1px 3px rgba(0, 0, 0, 0.12)',
  font: '12px/1.35 system-ui, -apple-system, "Segoe UI", sans-serif',
  color: '#1f2933',
  pointerEvents: 'none',
  minWidth: 180,
  zIndex: 1,
};

/** CSS gradient through the colormap (17 stops). */
export function colormapGradient(name: SequentialColormap): string {
  const stops: string[] = [];
  const rgb: [number, number, number] = [0, 0, 0];
  for (let i = 0; i <= 16; i++) {
    sampleColormap(name, i / 16, rgb);
    stops.push(`rgb(${rgb.map((c) => Math.round(c * 255)).join(' ')}) ${(i / 16) * 100}%`);
  }
  return `linear-gradient(to right, ${stops.join(', ')})`;
}

export function Legend(props: LegendProps) {
  return (
    <div className={props.className} style={{ ...LEGEND_BOX, ...props.style }} data-testid="legend" aria-label={`Legend: ${props.title}`}>
      <div style={{ fontWeight: 600, marginBottom: 6 }}>
        {props.title}
        {props.kind === 'sequential' && props.unit ? <span style={{ fontWeight: 400, color: '#52606d' }}> ({props.unit})</span> : null}
      </div>
      {props.subtitle ? <div style={{ marginTop: -4, marginBottom: 6, color: '#52606d' }} data-testid="legend-subtitle">{props.subtitle}</div> : null}
      {props.kind === 'sequential' ? <SequentialBar {...props} /> : <Swatches items={props.items} />}
      {props.note ? <div style={{ marginTop: 6, color: '#52606d' }}>{props.note}</div> : null}
    </div>
  );
}

function SequentialBar(p: Extract<LegendProps, { kind: 'sequential' }>) {
  const { values, decimals } = niceTicks(p.min, p.max, p.ticks ?? 5);
  const fmt = p.format ?? ((v: number) => v.toFixed(decimals));
  const span = p.max - p.min;
  return (
    <div style={{ width: 200 }}>
      <div style={{ height: 12, borderRadius: 2, background: colormapGradient(p.colormap), border: '1px solid rgba(0,0,0,0.2)' }} />
      <div style={{ position: 'relative', height: 18 }}>
        {values.map((v) => {
          const pos = span > 0 ? ((v - p.min) / span) * 100 : 50;
          return (
            <span key={v} style={{ position: 'absolute', left: `${pos}%`, transform: 'translateX(-50%)', top: 2, whiteSpace: 'nowrap' }}>
              <span style={{ position: 'absolute', left: '50%', top: -4, width: 1, height: 4, background: '#52606d' }} />
              {fmt(v)}
            </span>
          );
        })}
      </div>
    </div>
  );
}

function Swatches({ items }: { items: readonly LegendCategory[] }) {
  return (
    <div style={{ display: 'grid', gap: 4 }}>
      {items.map((it) => (
        <div key={it.label} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <span style={{ width: 14, height: 14, borderRadius: 3, background: it.color, border: '1px solid rgba(0,0,0,0.25)' }} />
          {it.label}
        </div>
      ))}
    </div>
  );
}
