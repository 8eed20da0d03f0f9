// The one capture path of the 3D view as PNG (used by the review tools' "Screenshot", the Report tab's
// "Export PNG" and the report's viewpoint figures): render the scene once with the live camera — or a
// given one, e.g. a saved viewpoint's — into the canvas (which keeps its drawing buffer), snapshot the
// canvas (toBlob copies the bitmap synchronously, encodes later) and put the canvas back as it was.
// scale > 1 renders at a multiple of the canvas's pixel size (print quality) by raising the renderer's
// pixel ratio for that one frame (capped by the GPU's renderbuffer / viewport limits); `pixels` renders
// one frame at an exact size (report figures with a fixed aspect ratio, whatever the window's shape). Whatever the
// camera mode (orbit, plan, walk): the capture sees exactly what the scene holds, heatmap and pipe layers
// included (the HTML legends over the canvas are not part of it).
import { PerspectiveCamera, Vector2, type Camera, type Scene, type WebGLRenderer } from 'three';
import type { Pose } from '../review/camera-tween';

export interface CaptureTarget {
  gl: WebGLRenderer;
  scene: Scene;
  camera: Camera;
  invalidate?: () => void;
}

export interface CapturedPng {
  png: Uint8Array;
  /** Pixel size of the image. */
  width: number;
  height: number;
}

/** Canvas size in device pixels (what a 1× capture yields). */
export function canvasPixels(gl: WebGLRenderer): { width: number; height: number } {
  const s = gl.getDrawingBufferSize(new Vector2());
  return { width: Math.round(s.x), height: Math.round(s.y) };
}

/** The largest scale ≤ wanted that keeps the image within the GPU's limits. */
export function maxScale(gl: WebGLRenderer, wanted: number): number {
  const ctx = gl.getContext();
  const dims = ctx.getParameter(ctx.MAX_VIEWPORT_DIMS) as Int32Array | null;
  const limit = Math.min(Number(ctx.getParameter(ctx.MAX_RENDERBUFFER_SIZE)) || 4096, dims?.[0] ?? 4096, dims?.[1] ?? 4096, 8192);
  const { width, height } = canvasPixels(gl);
  return Math.max(1, Math.min(wanted, limit / Math.max(1, width, height)));
}

/** A perspective camera at a pose (scene coordinates) with the given aspect ratio (width / height). */
export function cameraAtPose(pose: Pose, fovDeg: number, aspect: number): PerspectiveCamera {
  const cam = new PerspectiveCamera(fovDeg, aspect, 0.05, 5000);
  cam.up.set(0, 1, 0);
  cam.position.set(...pose.position);
  cam.lookAt(...pose.target);
  cam.updateMatrixWorld();
  return cam;
}

/**
 * PNG of the scene seen by `camera` (default: the live one) at `scale` × the canvas's pixel size, or at
 * exactly `pixels` (device pixels; the camera should then have that aspect ratio); null if the canvas gave
 * no image. The canvas's own size and pixel ratio are restored before this returns.
 */
export async function capturePng(t: CaptureTarget, options: { scale?: number; camera?: Camera; pixels?: { width: number; height: number } } = {}): Promise<CapturedPng | null> {
  const { gl, scene } = t;
  const camera = options.camera ?? t.camera;
  const ratio = gl.getPixelRatio();
  const css = gl.getSize(new Vector2());
  const px = options.pixels;
  const scale = px ? 1 : maxScale(gl, options.scale ?? 1);
  const resized = px !== undefined || scale !== 1;
  if (px) {
    gl.setPixelRatio(1);
    gl.setSize(Math.round(px.width), Math.round(px.height), false);
  } else if (scale !== 1) gl.setPixelRatio(ratio * scale);
  let blob: Promise<Blob | null>;
  let width: number, height: number;
  try {
    gl.render(scene, camera);
    ({ width, height } = canvasPixels(gl));
    blob = new Promise<Blob | null>((r) => gl.domElement.toBlob(r, 'image/png'));
  } finally {
    if (resized) {
      gl.setPixelRatio(ratio);
      gl.setSize(css.x, css.y, false);
    }
    if (resized || camera !== t.camera) gl.render(scene, t.camera);
    t.invalidate?.();
  }
  const b = await blob;
  return b ? { png: new Uint8Array(await b.arrayBuffer()), width, height } : null;
}
