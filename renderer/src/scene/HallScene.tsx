// The 3D editor scene of the open hall: floor, envelope, racks, cooling equipment, tiles, containment,
// selection outlines, camera modes, pointer interaction and the colour legend. Reads the document and view
// stores from their React contexts (DocumentStoreProvider, ViewStoreContext). Renders on demand
// (frameloop="demand"); document edits reach the GPU through instance buffers, not React renders.
// Liquid-loop pipes of the latest result (Pipes.tsx) with their own legend at the bottom right.
// Room-air result layers (air-layers.tsx: slice, intake faces, arrows) with their legend at the top left.
import { useEffect, useMemo, useSyncExternalStore, type CSSProperties } from 'react';
import { Canvas, useFrame, useThree } from '@react-three/fiber';
import { useViewState } from '../app/view-store';
import { CameraRig } from './CameraRig';
import { COLOUR_MODES } from './colours';
import { Containment } from './Containment';
import { EquipmentInstances } from './EquipmentInstances';
import { Floor } from './Floor';
import { Interaction } from './Interaction';
import { Legend } from './Legend';
import { displayUnit, formatQuantity, toDisplay } from '../../../workers/units';
import { useResults } from '../solver/engine-context';
import { PipeLegend, Pipes } from './Pipes';
import { AirLayers, AirLegend } from './air-layers';
import { ScaleLegend } from './pipe-legend';
import { useDocumentState } from '../document/context';
import { RackInstances } from './RackInstances';
import { SceneBus, SceneContext, useSceneBus } from './scene-context';
import { FrameStats, installSceneDebugHook } from './scene-debug';
import { Selection } from './Selection';
import { SelectionLabel } from './SelectionLabel';
import { Walls } from './Walls';
import { ReviewCamera } from './review-camera';
import { ReviewWalk } from './review-walk';
import { ReviewMeasure } from './review-measure';
import { ReviewPins } from './review-pins';
import { ReviewOverlay } from '../review/ReviewOverlay';
import { SceneExportBridge } from './export-bridge';

export interface HallSceneProps {
  className?: string;
  style?: CSSProperties;
  /** Show the rack colour legend (default true). */
  legend?: boolean;
  /** Formats legend tick values (already in the legend's unit, kW for loads). */
  legendFormat?: (value: number) => string;
}

export const SCENE_BACKGROUND = '#eef1f4';

export function HallScene({ className, style, legend = true, legendFormat }: HallSceneProps) {
  const bus = useMemo(() => new SceneBus(), []);
  return (
    <div className={className} style={{ position: 'relative', width: '100%', height: '100%', overflow: 'hidden', ...style }} data-testid="hall-scene">
      <SceneContext.Provider value={bus}>
        <Canvas
          frameloop="demand"
          flat
          dpr={[1, 2]}
          gl={{ preserveDrawingBuffer: true, antialias: true }}
          style={{ position: 'absolute', inset: 0 }}
        >
          <color attach="background" args={[SCENE_BACKGROUND]} />
          {/* three.js lights are physical (Lambert BRDF = albedo/π): intensities × π so that a top face
              lit by both shows its albedo (rack colours then match the legend in plan view). */}
          <hemisphereLight args={['#ffffff', '#8d96a0', 0.62 * Math.PI]} />
          <directionalLight position={[-12, 34, 17]} intensity={0.45 * Math.PI} />
          <CameraRig />
          <Floor />
          <Walls />
          <RackInstances />
          <EquipmentInstances />
          <Containment />
          <Pipes />
          <AirLayers />
          <Selection />
          <SelectionLabel />
          <Interaction />
          <ReviewCamera />
          <ReviewWalk />
          <ReviewMeasure />
          <ReviewPins />
          <SceneExportBridge />
          <FrameDriver />
        </Canvas>
        {legend && <RackLegend format={legendFormat} />}
        {legend && <PipeLegend />}
        {legend && <AirLegend />}
        <ReviewOverlay />
      </SceneContext.Provider>
    </div>
  );
}

/** Renders each demanded frame itself (priority 1) to time it and count per-frame draw calls. */
function FrameDriver() {
  const get = useThree((s) => s.get);
  const stats = useMemo(() => new FrameStats(), []);
  useFrame(({ gl, scene, camera }) => stats.render(gl, scene, camera), 1);
  useEffect(() => {
    const { gl } = get();
    gl.info.autoReset = false;
    return installSceneDebugHook(stats, () => {
      const s = get();
      stats.render(s.gl, s.scene, s.camera);
    });
  }, [get, stats]);
  return null;
}

function RackLegend({ format }: { format?: (v: number) => string }) {
  const bus = useSceneBus();
  const colorBy = useViewState((s) => s.colorBy);
  const anyFlagged = useViewState((s) => s.flagged.size > 0);
  const range = useSyncExternalStore(bus.subscribeRange, bus.getRange);
  const mode = COLOUR_MODES[colorBy];
  const system = useDocumentState((s) => s.doc.unitSystem);
  const criteria = useDocumentState((s) => s.doc.criteria);
  const stale = useResults((s) => s.loop.stale || s.loop.result === null);
  const note = anyFlagged ? 'Hatched / outlined red: design issue' : undefined;
  if (mode.kind === 'result') {
    const d = (v: number) => toDisplay(v, mode.quantity, system);
    const m = mode.marker?.(criteria);
    return (
      <ScaleLegend
        testId="legend"
        title={mode.title}
        unit={displayUnit(mode.quantity, system)}
        sample={mode.sample}
        min={d(range.min)}
        max={d(range.max)}
        marker={m ? { value: d(m.value), label: `${m.label} ${formatQuantity(m.value, mode.quantity, system)}` } : undefined}
        note={[stale ? 'Loop result missing or out of date' : 'Grey: no loop result', note].filter(Boolean).join('\n')}
        style={{ left: 12 }}
      />
    );
  }
  if (mode.kind === 'categorical') {
    return <Legend kind="categorical" title={mode.title} items={mode.categories.map((c) => ({ label: c.label, color: c.hex }))} note={note} />;
  }
  return (
    <Legend
      kind="sequential"
      title={mode.title}
      unit={displayUnit('power', system)}
      colormap={mode.colormap}
      min={toDisplay(range.min, 'power', system)}
      max={toDisplay(range.max, 'power', system)}
      format={format}
      note={note}
    />
  );
}
