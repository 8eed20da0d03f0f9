// Lends the UI outside the canvas (Report tab) the exports of this window's 3D view while the scene is
// mounted: PNG of the current view at a scale of the canvas size, PNGs of the saved viewpoints (for the
// report), and the hall as binary glTF. Registered per window's ViewStore (one scene per window), so
// panels reach it with useSceneExport(); null while no scene is mounted. All captures go through
// export-capture.ts (the same path as the review tools' screenshot).
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import type { HallDocument, ViewpointT } from '../../../workers/model/schema';
import { useViewStore, type ViewStore } from '../app/view-store';
import { useDocumentStore } from '../document/context';
import { useEngine } from '../solver/engine-context';
import { poseOfViewpoint } from '../review/viewpoint-edits';
import { cameraAtPose, canvasPixels, capturePng, maxScale, type CapturedPng } from './export-capture';
import { buildExportScene, toGlb } from './export-gltf';

/** Field of view of replayed viewpoints: orbit camera 40°, walk camera 60° (CameraRig.tsx). */
const VIEW_FOV = { orbit: 40, plan: 40, walk: 60 } as const;

export interface SceneExport {
  /** Device-pixel size of the canvas (a 1× PNG) and the largest scale the GPU allows up to 4. */
  size(): { width: number; height: number; maxScale: number };
  /** The current view as PNG at scale × the canvas size. */
  png(scale: number): Promise<CapturedPng | null>;
  /** Each viewpoint rendered with its camera as a PNG of `pixels` (the live view is left as it is). */
  viewpoints(viewpoints: readonly ViewpointT[], pixels: { width: number; height: number }): Promise<({ viewpoint: ViewpointT } & CapturedPng)[]>;
  /** The hall as binary glTF (.glb) and the document it was built from. */
  glb(): Promise<{ bytes: Uint8Array; doc: HallDocument }>;
}

const registry = new WeakMap<ViewStore, SceneExport>();

/** The scene exports of this window, or null while no 3D view is mounted. */
export function useSceneExport(): () => SceneExport | null {
  const view = useViewStore();
  return () => registry.get(view) ?? null;
}

export function SceneExportBridge() {
  const get = useThree((s) => s.get);
  const view = useViewStore();
  const store = useDocumentStore();
  const { results } = useEngine();
  useEffect(() => {
    const target = () => {
      const s = get();
      return { gl: s.gl, scene: s.scene, camera: s.camera, invalidate: s.invalidate };
    };
    const exporter: SceneExport = {
      size() {
        const { gl } = get();
        return { ...canvasPixels(gl), maxScale: maxScale(gl, 4) };
      },
      png: (scale) => capturePng(target(), { scale }),
      async viewpoints(list, pixels) {
        const out: ({ viewpoint: ViewpointT } & CapturedPng)[] = [];
        for (const v of list) {
          const { pose, mode } = poseOfViewpoint(v);
          const shot = await capturePng(target(), { pixels, camera: cameraAtPose(pose, VIEW_FOV[mode], pixels.width / pixels.height) });
          if (shot) out.push({ viewpoint: v, ...shot });
        }
        return out;
      },
      async glb() {
        const doc = store.getState().doc;
        const built = buildExportScene(get().scene, doc, results.getState().loop.result);
        try {
          return { bytes: await toGlb(built.root), doc };
        } finally {
          built.dispose();
        }
      },
    };
    registry.set(view, exporter);
    return () => {
      if (registry.get(view) === exporter) registry.delete(view);
    };
  }, [get, view, store, results]);
  return null;
}
