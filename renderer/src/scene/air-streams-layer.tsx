// Streamlines through the selected racks (air-streamlines.ts): downstream of their exhausts or upstream
// of their intakes, as screen-space wide lines (three's LineSegments2: WebGL draws GL lines one pixel
// wide) coloured by the air temperature along them on the temperature legend's scale. One draw call. Subscribes to the results, view and document stores (no
// React render per change), rebuilds only when the result, the document, the selection or the direction
// changes, dims a stale result, disposes its GPU objects on unmount. Seeds and names come from the document
// the result was solved for.
import { useEffect, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import { Group } from 'three';
import { LineMaterial } from 'three/examples/jsm/lines/LineMaterial.js';
import { LineSegments2 } from 'three/examples/jsm/lines/LineSegments2.js';
import { LineSegmentsGeometry } from 'three/examples/jsm/lines/LineSegmentsGeometry.js';
import { sampleColormap } from '../../../workers/colormap';
import { useViewStore } from '../app/view-store';
import { useDocumentStore } from '../document/context';
import { useEngine } from '../solver/engine-context';
import { colourScale, scaleT } from './air-ranges';
import { STALE_OPACITY } from './air-slice-layer';
import { selectedStreams } from './air-streamlines';
import { writeLinear } from './colours';

/** sRGB grey of a point without a temperature. */
const NO_DATA_GREY = 0.6;
/** Line width, CSS pixels. */
const STREAM_WIDTH = 2.5;

export function AirStreamsLayer() {
  const groupRef = useRef<Group>(null);
  const store = useDocumentStore();
  const { results } = useEngine();
  const view = useViewStore();
  const invalidate = useThree((s) => s.invalidate);
  const size = useThree((s) => s.size);
  const materialRef = useRef<LineMaterial | null>(null);

  useEffect(() => {
    materialRef.current?.resolution.set(size.width, size.height);
    invalidate();
  }, [size, invalidate]);

  useEffect(() => {
    const parent = groupRef.current!;
    const material = new LineMaterial({ linewidth: STREAM_WIDTH, vertexColors: true, transparent: true, worldUnits: false, toneMapped: false });
    material.resolution.set(size.width, size.height);
    materialRef.current = material;
    let lines: LineSegments2 | null = null;
    let last: unknown[] = [];
    const drop = () => {
      if (!lines) return;
      parent.remove(lines);
      lines.geometry.dispose();
      lines = null;
    };
    const sync = () => {
      const air = results.getState().air;
      const s = view.getState().air;
      // the document the result was solved for (seeds and names match the flow, and an edit in progress
      // does not re-trace; a stale result is dimmed)
      const doc = air.doc ?? store.getState().doc;
      const selection = store.getState().selection;
      const result = air.result;
      const show = s.shown && s.streams && result !== null;
      const next = [show, result, doc, selection, s.streamFrom, air.stale, s.range, s.quantity];
      if (next.every((v, i) => Object.is(v, last[i]))) return;
      last = next;
      drop();
      if (!show) { invalidate(); return; }
      const streams = selectedStreams(result.fields, doc, selection, s.streamFrom);
      let segments = 0;
      for (const st of streams) for (const l of st.lines) segments += Math.max(0, l.count - 1);
      if (segments === 0) { invalidate(); return; }
      const pos = new Float32Array(6 * segments), col = new Float32Array(6 * segments);
      const scale = colourScale(result, 'temperature', s);
      const rgb: [number, number, number] = [0, 0, 0];
      let o = 0;
      const put = (p: Float32Array, q: number, t: number) => {
        pos[o] = p[3 * q]; pos[o + 1] = p[3 * q + 2]; pos[o + 2] = -p[3 * q + 1]; // model (x, y, z) → scene (x, z, −y)
        if (Number.isFinite(t)) sampleColormap(scale.map, scaleT(t, scale), rgb);
        else rgb[0] = rgb[1] = rgb[2] = NO_DATA_GREY; // no temperature there: grey, not a colour of the scale
        writeLinear(col, o, rgb[0], rgb[1], rgb[2]);
        o += 3;
      };
      for (const st of streams) {
        for (const l of st.lines) {
          for (let q = 0; q + 1 < l.count; q++) { put(l.points, q, l.temps[q]); put(l.points, q + 1, l.temps[q + 1]); }
        }
      }
      const geometry = new LineSegmentsGeometry();
      geometry.setPositions(pos);
      geometry.setColors(col);
      lines = new LineSegments2(geometry, material);
      lines.name = 'air-streams';
      lines.frustumCulled = false;
      lines.renderOrder = 3;
      material.opacity = air.stale ? STALE_OPACITY : 1;
      parent.add(lines);
      invalidate();
    };
    sync();
    const unsubs = [results.subscribe(sync), view.subscribe(sync), store.subscribe(sync)];
    return () => {
      for (const u of unsubs) u();
      drop();
      material.dispose();
      materialRef.current = null;
    };
    // size: only for the initial resolution (the effect above follows resizes)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [results, view, store, invalidate]);

  return <group ref={groupRef} name="air-streams-layer" />;
}
