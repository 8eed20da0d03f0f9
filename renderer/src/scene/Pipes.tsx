// The liquid-loop pipes of the latest result in the 3D scene: every pipe polyline as instanced
// cylinders (pipe-mesh.ts, one draw call), radius from the bore with a visible minimum, coloured by the
// view's pipe mode (pipe-colours.ts), semi-transparent while the result is stale. Reads the ResultsStore
// and the view store by subscription (no React render per result) and invalidates the demand frame
// loop on change. PipeLegend is its HTML legend (mounted outside the Canvas).
import { useEffect, useMemo, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import type { Group } from 'three';
import type { LoopResult } from '../../../workers/loop';
import { displayUnit, formatQuantity, toDisplay } from '../../../workers/units';
import { useViewState, useViewStore } from '../app/view-store';
import { useDocumentState } from '../document/context';
import { useEngine, useResults } from '../solver/engine-context';
import { okabeIto } from '../../../workers/colormap';
import { pipeScale } from './pipe-colours';
import { ScaleLegend } from './pipe-legend';
import { PipeMesh } from './pipe-mesh';

/** Smallest drawn radius, m: hoses and thin drops stay visible at hall scale. */
export const PIPE_MIN_RADIUS = 0.025;
/** Velocity limit when no document is attached to the result (schema default), m/s. */
const DEFAULT_MAX_VELOCITY = 2;

export function Pipes() {
  const groupRef = useRef<Group>(null);
  const { results } = useEngine();
  const view = useViewStore();
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    const parent = groupRef.current!;
    const drawing = new PipeMesh('pipes');
    parent.add(drawing.group);
    let result: LoopResult | null = null;
    let mode = view.getState().pipes;
    let stale: boolean | null = null;
    const sync = () => {
      const loop = results.getState().loop;
      const nextMode = view.getState().pipes;
      let recolour = false;
      let changed = false;
      if (loop.result !== result) {
        result = loop.result;
        drawing.setPipes(result?.pipes ?? [], PIPE_MIN_RADIUS);
        recolour = changed = true;
      }
      if (nextMode !== mode) {
        mode = nextMode;
        recolour = changed = true;
      }
      if (loop.stale !== stale) {
        stale = loop.stale;
        drawing.setStale(stale);
        changed = true;
      }
      if (recolour && result && mode !== 'off') {
        drawing.colour(pipeScale(mode, result.pipes, loop.doc?.criteria.maxPipeVelocity ?? DEFAULT_MAX_VELOCITY), result.pipes);
      }
      drawing.group.visible = mode !== 'off' && result !== null && drawing.count > 0;
      if (changed) invalidate();
    };
    sync();
    const unsubResults = results.subscribe(sync);
    const unsubView = view.subscribe(sync);
    return () => {
      unsubResults();
      unsubView();
      parent.remove(drawing.group);
      drawing.dispose();
    };
  }, [results, view, invalidate]);

  return <group ref={groupRef} name="pipes" />;
}

const VERMILLION = okabeIto('vermillion').hex;

/** Legend of the pipe colour mode (bottom right of the viewport); nothing when pipes are off or unsolved, or
 *  when the hall has no pipes (an air-cooled hall: a legend of an empty range would colour nothing). */
export function PipeLegend() {
  const mode = useViewState((s) => s.pipes);
  const result = useResults((s) => s.loop.result);
  const stale = useResults((s) => s.loop.stale);
  const vmax = useResults((s) => s.loop.doc?.criteria.maxPipeVelocity ?? DEFAULT_MAX_VELOCITY);
  const system = useDocumentState((s) => s.doc.unitSystem);
  const scale = useMemo(() => (mode === 'off' || !result || result.pipes.length === 0 ? null : pipeScale(mode, result.pipes, vmax)), [mode, result, vmax]);
  if (!scale) return null;
  const d = (v: number) => toDisplay(v, scale.quantity, system);
  return (
    <ScaleLegend
      testId="pipe-legend"
      title={scale.title}
      unit={displayUnit(scale.quantity, system)}
      sample={scale.sample}
      min={d(scale.min)}
      max={d(scale.max)}
      marker={scale.limit !== null ? { value: d(scale.limit), label: `limit ${formatQuantity(scale.limit, scale.quantity, system)}` } : undefined}
      swatch={scale.limit !== null ? { color: VERMILLION, label: 'above the limit' } : undefined}
      note={stale ? 'Faded: result out of date' : 'Grey: no flow or no value'}
      style={{ right: 12 }}
    />
  );
}
