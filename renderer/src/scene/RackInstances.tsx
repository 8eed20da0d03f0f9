// All racks as ONE InstancedMesh (draw calls do not grow with the rack count): box with a dark front
// (intake) face and front strip on top, colour from the colour mode, selection lightened and flagged racks
// hatched (state bits, box-material.ts). Subscribes to the stores directly: a rack move rewrites only the
// changed instances (identity diff, instance-layer.ts); React never re-renders for document edits.
// Loop-result colour modes read the latest liquid-loop result from the ResultsStore (subscribe) and
// recolour when a new result lands; racks without a result are neutral grey.
import { useEffect, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import type { Group } from 'three';
import type { RackT } from '../../../workers/model/schema';
import type { RackLoopResult } from '../../../workers/loop';
import { useEngine } from '../solver/engine-context';
import { NO_RESULT_RGB } from './pipe-colormap';
import { sampleColormap } from '../../../workers/colormap';
import { useDocumentStore } from '../document/context';
import { useViewStore } from '../app/view-store';
import { createFrontBoxGeometry } from './box-geometry';
import { createBoxMaterial, STATE_FLAGGED, STATE_SELECTED } from './box-material';
import { COLOUR_MODES, writeLinear, type ColourMode } from './colours';
import { writeBoxMatrix } from './coords';
import { InstanceLayer } from './instance-layer';
import { useSceneBus } from './scene-context';

/** Visual gap between neighbouring racks (m): rows read as individual cabinets. */
const SIDE_GAP = 0.02;

export function RackInstances() {
  const groupRef = useRef<Group>(null);
  const store = useDocumentStore();
  const view = useViewStore();
  const bus = useSceneBus();
  const { results } = useEngine();
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    const parent = groupRef.current!;
    const material = createBoxMaterial();
    let mode: ColourMode = COLOUR_MODES[view.getState().colorBy];
    let min = 0;
    let max = 0;
    const rgb: [number, number, number] = [0, 0, 0];
    let loopResult = results.getState().loop.result;
    let resultById = new Map<string, RackLoopResult>((loopResult?.racks ?? []).map((x) => [x.id, x]));
    const layer = new InstanceLayer<RackT>(() => createFrontBoxGeometry(), material, {
      matrix: (r, m, o) => writeBoxMatrix(m, o, r.x, r.y, 0, r.rotationDeg, Math.max(0.05, r.width - SIDE_GAP), r.height, r.depth - SIDE_GAP / 2),
      colour: (r, c, o) => {
        if (mode.kind === 'categorical') {
          const k = mode.categories[mode.categoryOf(r, view.getState())].rgb;
          writeLinear(c, o, k[0], k[1], k[2]);
        } else if (mode.kind === 'result') {
          const res = resultById.get(r.id);
          const v = res ? mode.value(res) : null;
          if (v === null || !Number.isFinite(v)) writeLinear(c, o, NO_RESULT_RGB[0], NO_RESULT_RGB[1], NO_RESULT_RGB[2]);
          else {
            mode.sample(max > min ? (v - min) / (max - min) : 0.5, rgb);
            writeLinear(c, o, rgb[0], rgb[1], rgb[2]);
          }
        } else {
          const t = max > min ? (mode.value(r) - min) / (max - min) : 0.5;
          sampleColormap(mode.colormap, t, rgb);
          writeLinear(c, o, rgb[0], rgb[1], rgb[2]);
        }
      },
    }, 'racks');
    parent.add(layer.group);

    const updateRange = (racks: readonly RackT[]): boolean => {
      let lo = 0; // loads are coloured from zero (valueRange in colours.ts)
      let hi = 0;
      if (mode.kind === 'result') {
        const values: number[] = [];
        for (const r of racks) {
          const res = resultById.get(r.id);
          const v = res ? mode.value(res) : null;
          if (v !== null && Number.isFinite(v)) values.push(v);
        }
        ({ min: lo, max: hi } = mode.range(values, store.getState().doc.criteria));
      }
      if (mode.kind === 'sequential') {
        for (let i = 0; i < racks.length; i++) {
          const v = mode.value(racks[i]);
          if (v > hi) hi = v;
        }
      }
      const changed = lo !== min || hi !== max;
      min = lo;
      max = hi;
      bus.setRange(min, max);
      return changed;
    };

    let selection: readonly string[] | null = null;
    let flagged = view.getState().flagged;
    const writeStates = () => {
      const sel = new Set(selection);
      layer.setStates((id) => (flagged.has(id) ? STATE_FLAGGED : 0) + (sel.has(id) ? STATE_SELECTED : 0));
    };

    const onDoc = () => {
      const s = store.getState();
      const written = layer.sync(s.doc.racks);
      let dirty = written !== 'none';
      if (dirty && mode.kind !== 'categorical' && updateRange(s.doc.racks)) layer.recolour();
      if (written === 'all' || s.selection !== selection) {
        selection = s.selection;
        writeStates();
        dirty = true;
      }
      if (dirty) invalidate();
    };
    let colorBy = view.getState().colorBy;
    let verdicts = view.getState().verdicts;
    const onView = () => {
      const v = view.getState();
      if (v.colorBy !== colorBy) {
        colorBy = v.colorBy;
        mode = COLOUR_MODES[colorBy];
        updateRange(store.getState().doc.racks);
        layer.recolour();
        invalidate();
      }
      if (v.verdicts !== verdicts) {
        verdicts = v.verdicts; // result-based categories (colour by verdict) follow the latest verdicts
        if (colorBy === 'verdict') {
          layer.recolour();
          invalidate();
        }
      }
      if (v.flagged !== flagged) {
        flagged = v.flagged;
        writeStates();
        invalidate();
      }
    };
    const onResults = () => {
      const next = results.getState().loop.result;
      if (next === loopResult) return;
      loopResult = next;
      resultById = new Map((next?.racks ?? []).map((x) => [x.id, x]));
      if (mode.kind !== 'result') return;
      updateRange(store.getState().doc.racks);
      layer.recolour();
      invalidate();
    };
    updateRange(store.getState().doc.racks);
    onDoc();
    const unsubResults = results.subscribe(onResults);
    const unsubDoc = store.subscribe(onDoc);
    const unsubView = view.subscribe(onView);
    const unpick = bus.addPickable({
      object: layer.group,
      idAt: (hit) => (hit.object === layer.mesh && hit.instanceId != null ? (layer.ids[hit.instanceId] ?? null) : null),
    });
    return () => {
      unsubDoc();
      unsubView();
      unsubResults();
      unpick();
      parent.remove(layer.group);
      layer.dispose();
      material.dispose();
    };
  }, [store, view, bus, invalidate, results]);

  return <group ref={groupRef} name="rack-instances" />;
}
