// Debug hook for tests and benchmarks: window.__hallflowScene reports the last frame's draw calls,
// triangles and CPU time of the render call, and can render synchronously. The scene renders through
// renderFrame() (HallScene's frame callback), with gl.info.autoReset off and a reset per frame, so the
// counters are per frame whatever else calls gl.render.
// The Window typing of the hook lives with the app's debug hook (app/debug-hook.ts).
import type { Camera, Scene, WebGLRenderer } from 'three';
import type { SceneDebugHook as AppSceneDebugHook } from '../app/debug-hook';

export interface SceneDebugHook extends AppSceneDebugHook {
  /** Milliseconds of CPU time of the last render (gl.render call, main thread). */
  frame(): number;
  /** Renders a frame now, synchronously. */
  renderNow(): void;
  /** Frames rendered since mount. */
  frames(): number;
}

export class FrameStats {
  lastMs = 0;
  calls = 0;
  triangles = 0;
  count = 0;

  render(gl: WebGLRenderer, scene: Scene, camera: Camera): void {
    const t0 = performance.now();
    gl.info.reset();
    gl.render(scene, camera);
    this.lastMs = performance.now() - t0;
    this.calls = gl.info.render.calls;
    this.triangles = gl.info.render.triangles;
    this.count++;
  }
}

export function installSceneDebugHook(stats: FrameStats, renderNow: () => void): () => void {
  const hook: SceneDebugHook = {
    drawCalls: () => stats.calls,
    triangles: () => stats.triangles,
    frame: () => stats.lastMs,
    renderNow,
    frames: () => stats.count,
  };
  window.__hallflowScene = hook;
  return () => {
    if (window.__hallflowScene === hook) delete window.__hallflowScene;
  };
}
