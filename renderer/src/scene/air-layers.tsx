// The room-air layers of the 3D scene: AirLayers (inside the Canvas: heatmap slice, rack intake faces,
// velocity arrows, hot-air isosurface, streamlines) and AirLegend (HTML overlay, top left: temperature and/or speed
// scale in the project's units, only for the layers on screen, the isosurface's temperature, with a note
// when the result is out of date).
import { useMemo } from 'react';
import { displayUnit, toDisplay } from '../../../workers/units';
import { useViewState } from '../app/view-store';
import { useDocumentState } from '../document/context';
import { useResults } from '../solver/engine-context';
import { AirArrowsLayer } from './air-arrows-layer';
import { AirIntakeFaces } from './air-intake-faces';
import { AirIsoLayer, ISO_COLOUR, isoLevelOf } from './air-iso-layer';
import { colourScale } from './air-ranges';
import { AirSliceLayer } from './air-slice-layer';
import { AirStreamsLayer } from './air-streams-layer';
import { Legend, LEGEND_BOX } from './Legend';
import { legendUses } from './legend-text';

export function AirLayers() {
  return (
    <group name="air-layers">
      <AirSliceLayer />
      <AirIntakeFaces />
      <AirArrowsLayer />
      <AirIsoLayer />
      <AirStreamsLayer />
    </group>
  );
}

export function AirLegend() {
  const result = useResults((s) => s.air.result);
  const stale = useResults((s) => s.air.stale);
  const s = useViewState((v) => v.air);
  const system = useDocumentState((d) => d.doc.unitSystem);
  const isoLevel = useDocumentState((d) => (s.shown && s.iso ? isoLevelOf(s, d.doc) : null));
  // streamlines draw only through selected racks
  const streams = useDocumentState((d) => s.streams && d.selection.some((id) => d.doc.racks.some((r) => r.id === id)));
  const scales = useMemo(() => {
    if (!result || !s.shown) return null;
    const slice = s.slice !== 'off';
    const showT = (slice && s.quantity === 'temperature') || s.intakeFaces || streams;
    const showV = slice && (s.quantity === 'speed' || s.arrows);
    // what each scale colours, said under its legend's title unless that is the slice alone and the only scale
    const tUses = [slice && s.quantity === 'temperature' ? 'slice' : null, s.intakeFaces ? 'intake faces' : null, streams ? 'streamlines' : null].filter((x) => x !== null);
    const vUses = [slice && s.quantity === 'speed' ? 'slice' : null, slice && s.arrows ? 'arrows' : null].filter((x) => x !== null);
    return {
      t: showT ? colourScale(result, 'temperature', s) : null,
      v: showV ? colourScale(result, 'speed', s) : null,
      tUses: legendUses(tUses, showV),
      vUses: legendUses(vUses, showT),
    };
  }, [result, s, streams]);
  const iso = result && isoLevel !== null ? isoLevel : null;
  if (!scales || (!scales.t && !scales.v && iso === null)) return null;
  const note = stale ? 'Out of date: re-solve for the current layout' : undefined;
  return (
    <div className="air-legend" data-testid="air-legend" style={{ position: 'absolute', top: 12, left: 12, display: 'flex', flexDirection: 'column', gap: 8, zIndex: 1, pointerEvents: 'none' }}>
      {scales.t && (
        <Legend kind="sequential" title="Air temperature" subtitle={scales.tUses} unit={displayUnit('temperature', system)} colormap={scales.t.map}
          min={toDisplay(scales.t.min, 'temperature', system)} max={toDisplay(scales.t.max, 'temperature', system)}
          note={note} style={{ position: 'relative', left: 0, bottom: 0 }} />
      )}
      {scales.v && (
        <Legend kind="sequential" title="Air speed" subtitle={scales.vUses} unit={displayUnit('velocity', system)} colormap={scales.v.map}
          min={toDisplay(scales.v.min, 'velocity', system)} max={toDisplay(scales.v.max, 'velocity', system)}
          note={scales.t ? undefined : note} style={{ position: 'relative', left: 0, bottom: 0 }} />
      )}
      {iso !== null && (
        <div data-testid="air-iso-legend" style={{ ...LEGEND_BOX, position: 'relative', left: 0, bottom: 0, display: 'flex', alignItems: 'center', gap: 6 }}>
          <span style={{ width: 14, height: 14, borderRadius: 3, background: ISO_COLOUR, opacity: 0.6, border: '1px solid #c2410c' }} />
          <span>Hot air ≥ {toDisplay(iso, 'temperature', system).toFixed(1)} {displayUnit('temperature', system)}</span>
        </div>
      )}
    </div>
  );
}
