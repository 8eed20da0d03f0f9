// Layer panel of the Room air tab: the heatmap slice (orientation, quantity, height or position as a
// slider shown in the project's length unit), its colour range (automatic, or min / max typed in display
// units), velocity arrows, rack intake faces and the hot-air isosurface (its temperature typed in display
// units; default the class's recommended maximum inlet) and streamlines through the selected racks with a
// sentence on where their lines end. Writes the view store's `air` settings; the 3D layers
// (scene/air-*.tsx) follow by subscription.
import { fromDisplay, toDisplay } from '../../../../workers/units';
import type { AirView } from '../../../../workers/api';
import { useViewState, useViewStore } from '../../app/view-store';
import { useMemo } from 'react';
import type { AirLayerSettings, AirSliceOrientation, AirSliceQuantity, AirStreamFrom } from '../../scene/air-layer-settings';
import { describeStreams, MAX_TRACED_RACKS, SEEDS_ACROSS, SEEDS_UP, selectedStreams } from '../../scene/air-streamlines';
import { autoRange, coldestSupply } from '../../scene/air-ranges';
import { sliceAt } from '../../scene/air-slice-layer';
import { isoLevelOf } from '../../scene/air-iso-layer';
import { useDocumentState } from '../../document/context';
import { useResults } from '../../solver/engine-context';
import { useUnits } from '../units';

const ORIENTATIONS: { value: AirSliceOrientation; label: string }[] = [
  { value: 'off', label: 'Off' },
  { value: 'horizontal', label: 'Horizontal (at a height)' },
  { value: 'alongX', label: 'Vertical along x (at y)' },
  { value: 'alongY', label: 'Vertical along y (at x)' },
];

export function AirLayerControls({ result }: { result: AirView | null }) {
  const view = useViewStore();
  const s = useViewState((v) => v.air);
  const u = useUnits();
  const set = (p: Partial<AirLayerSettings>) => view.set({ air: { ...view.getState().air, ...p } });
  const g = result?.fields.grid;
  // slider bounds along the slice's fixed axis (the grid's extent; a half cell in from the floor/walls)
  const axis = s.slice === 'alongX' ? 1 : s.slice === 'alongY' ? 0 : 2;
  const n = g ? [g.nx, g.ny, g.nz][axis] : 0, d = g ? [g.dx, g.dy, g.dz][axis] : 0;
  const lo = g ? g.origin[axis] + d / 2 : 0, hi = g ? g.origin[axis] + n * d - d / 2 : 0;
  const at = result && s.slice !== 'off' ? sliceAt(s, result) : 0;
  const kind = s.quantity === 'speed' ? 'velocity' : 'temperature';
  const auto = result ? autoRange(result.fields, s.quantity, coldestSupply(result)) : null;
  const range = s.range ?? auto;
  const isoLevel = useDocumentState((d) => isoLevelOf(s, d.doc));
  return (
    <section className="panel air-layers" data-testid="air-layers">
      <h2>3D layers</h2>
      <div className="fields">
        <label className="field">
          <span className="field-label">Slice</span>
          <select value={s.slice} onChange={(e) => set({ slice: e.target.value as AirSliceOrientation, position: null })} data-testid="air-slice">
            {ORIENTATIONS.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        </label>
        <label className="field">
          <span className="field-label">Shows</span>
          <select value={s.quantity} onChange={(e) => set({ quantity: e.target.value as AirSliceQuantity, range: null })} data-testid="air-quantity">
            <option value="temperature">Temperature</option>
            <option value="speed">Air speed</option>
          </select>
        </label>
        {s.slice !== 'off' && g && (
          <label className="field">
            <span className="field-label">{s.slice === 'horizontal' ? 'Height' : s.slice === 'alongX' ? 'At y' : 'At x'} {u.fmt(at, 'length', 2)}</span>
            <input type="range" min={lo} max={hi} step={0.05} value={Math.min(hi, Math.max(lo, at))} data-testid="air-slice-at"
              onChange={(e) => set(s.slice === 'horizontal' ? { height: Number(e.target.value) } : { position: Number(e.target.value) })} />
          </label>
        )}
        <div className="air-row">
          <label className="air-check"><input type="checkbox" checked={s.range === null} data-testid="air-range-auto"
            onChange={(e) => set({ range: e.target.checked ? null : auto })} /> Auto colour range</label>
          {range && (
            <span className="air-range">
              <input type="number" step="any" disabled={s.range === null} aria-label="Range minimum" data-testid="air-range-min"
                value={Number(toDisplay(range.min, kind, u.system).toFixed(1))}
                onChange={(e) => e.target.value !== '' && set({ range: { min: fromDisplay(Number(e.target.value), kind, u.system), max: range.max } })} />
              –
              <input type="number" step="any" disabled={s.range === null} aria-label="Range maximum" data-testid="air-range-max"
                value={Number(toDisplay(range.max, kind, u.system).toFixed(1))}
                onChange={(e) => e.target.value !== '' && set({ range: { min: range.min, max: fromDisplay(Number(e.target.value), kind, u.system) } })} />
              <span className="muted">{u.unit(kind)}</span>
            </span>
          )}
        </div>
        <label className="air-check">
          <input type="checkbox" checked={s.arrows} onChange={(e) => set({ arrows: e.target.checked })} data-testid="air-arrows" /> Velocity arrows on the slice
        </label>
        <label className="air-check">
          <input type="checkbox" checked={s.intakeFaces} onChange={(e) => set({ intakeFaces: e.target.checked })} data-testid="air-intake-faces" /> Rack intake faces by mean intake temperature
        </label>
        <div className="air-row">
          <label className="air-check" title="A translucent surface around the air at or above this temperature (default: the ASHRAE recommended maximum inlet of the project's class)">
            <input type="checkbox" checked={s.iso} onChange={(e) => set({ iso: e.target.checked })} data-testid="air-iso" /> Hot air above
          </label>
          <span className="air-range">
            <input type="number" step="any" aria-label="Isosurface temperature" data-testid="air-iso-level"
              value={Number(toDisplay(isoLevel, 'temperature', u.system).toFixed(1))}
              onChange={(e) => {
                const v = Number(e.target.value);
                if (e.target.value !== '' && Number.isFinite(v)) set({ isoLevel: fromDisplay(v, 'temperature', u.system) });
              }} />
            <span className="muted">{u.unit('temperature')}</span>
            {s.isoLevel !== null && (
              <button type="button" className="link" data-testid="air-iso-reset" title="Back to the class's recommended maximum inlet"
                onClick={() => set({ isoLevel: null })}>class limit</button>
            )}
          </span>
        </div>
        <div className="air-row">
          <label className="air-check" title="Lines of the mean airflow through the selected racks, coloured by air temperature">
            <input type="checkbox" checked={s.streams} onChange={(e) => set({ streams: e.target.checked })} data-testid="air-streams" /> Streamlines of the selected racks
          </label>
          <select value={s.streamFrom} aria-label="Streamlines from" data-testid="air-stream-from"
            onChange={(e) => set({ streamFrom: e.target.value as AirStreamFrom })}>
            <option value="exhaust">where the exhaust goes</option>
            <option value="intake">where the intake air comes from</option>
          </select>
        </div>
        {s.streams && result && <StreamSummary result={result} from={s.streamFrom} />}
      </div>
    </section>
  );
}

/** Where the selected racks' lines end, one sentence per rack (or how to get lines). */
function StreamSummary({ result, from }: { result: AirView; from: AirStreamFrom }) {
  // the document the result was solved for (as the 3D layer)
  const current = useDocumentState((d) => d.doc);
  const solved = useResults((r) => r.air.doc);
  const doc = solved ?? current;
  const selection = useDocumentState((d) => d.selection);
  const streams = useMemo(() => selectedStreams(result.fields, doc, selection, from), [result, doc, selection, from]);
  const extra = selection.filter((id) => doc.racks.some((r) => r.id === id)).length - streams.length;
  return (
    <div className="air-streams-summary muted" data-testid="air-streams-summary">
      {streams.length === 0
        ? <p>Select one or more racks (in the 3D view, the tree or the rack table) to trace their air.</p>
        : streams.map((st) => <p key={st.rackId}>{describeStreams(st)}</p>)}
      {extra > 0 && <p>{extra} more selected rack{extra > 1 ? 's are' : ' is'} not traced (at most {MAX_TRACED_RACKS}).</p>}
      {streams.length > 0 && <p>Lines of the time-mean flow, {SEEDS_ACROSS * SEEDS_UP} per rack face, each an equal share of its airflow.</p>}
    </div>
  );
}
