// Camera transitions and bridges for the review tools: advances the review store's tween each frame
// (only while one runs: invalidate() keeps the demand frameloop going until it ends), and lends the review
// store the live camera pose (saving viewpoints) and a PNG capture of the canvas (screenshots, through
// export-capture.ts, the one capture path shared with the Report tab's PNG export). Pose helpers shared with CameraRig.
import { useEffect, useMemo } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Vector3, type Camera, type OrthographicCamera, type PerspectiveCamera } from 'three';
import { POSE_SIZE, type Pose } from '../review/camera-tween';
import { useReview } from '../review/use-review';
import { useViewStore } from '../app/view-store';
import { capturePng } from './export-capture';

interface Controls {
  target: Vector3;
  update(): void;
}

/** Pose of a camera: its controls' target, or 10 m along its view. Perspective → the equivalent ortho zoom. */
export function poseOfCamera(camera: Camera, controls: Controls | null, viewHeight: number): Pose {
  const p = camera.position;
  let t: Vector3;
  if (controls?.target) t = controls.target.clone();
  else t = camera.getWorldDirection(new Vector3()).multiplyScalar(10).add(p);
  const ortho = camera as OrthographicCamera;
  let zoom = 1;
  if (ortho.isOrthographicCamera) zoom = ortho.zoom;
  else {
    const fov = ((camera as PerspectiveCamera).fov ?? 40) * (Math.PI / 180);
    zoom = viewHeight / (2 * Math.max(0.1, p.distanceTo(t)) * Math.tan(fov / 2));
  }
  return { position: [p.x, p.y, p.z], target: [t.x, t.y, t.z], zoom };
}

export function applyPose(camera: Camera, controls: Controls | null, pose: Pose): void {
  camera.position.set(...pose.position);
  camera.lookAt(...pose.target);
  const ortho = camera as OrthographicCamera;
  if (ortho.isOrthographicCamera && pose.zoom) {
    ortho.zoom = pose.zoom;
    ortho.updateProjectionMatrix();
  }
  if (controls?.target) {
    controls.target.set(...pose.target);
    controls.update();
  }
}

export function ReviewCamera() {
  const review = useReview();
  const view = useViewStore();
  const get = useThree((s) => s.get);
  const buf = useMemo(() => new Float64Array(POSE_SIZE), []);
  const pose = useMemo<{ position: [number, number, number]; target: [number, number, number]; zoom: number }>(
    () => ({ position: [0, 0, 0], target: [0, 0, 0], zoom: 1 }), []);

  useFrame((s, delta) => {
    if (!review.tween.active) return;
    const running = review.tween.step(Math.min(delta, 0.1), buf);
    pose.position[0] = buf[0]; pose.position[1] = buf[1]; pose.position[2] = buf[2];
    pose.target[0] = buf[3]; pose.target[1] = buf[4]; pose.target[2] = buf[5];
    pose.zoom = buf[6];
    const walking = view.getState().camera === 'walk';
    applyPose(s.camera, walking ? null : (s.controls as unknown as Controls | null), pose);
    s.invalidate();
    if (!running) review.walkerMoved();
  });

  useEffect(() => {
    review.currentPose = () => {
      const s = get();
      const walking = view.getState().camera === 'walk';
      return poseOfCamera(s.camera, walking ? null : (s.controls as unknown as Controls | null), s.size.height);
    };
    review.capture = async () => {
      const s = get();
      return (await capturePng({ gl: s.gl, scene: s.scene, camera: s.camera }))?.png ?? null;
    };
    review.screenOf = (x, y, z = 0) => {
      const s = get();
      const v = new Vector3(x, z, -y).project(s.camera);
      if (v.z > 1) return null;
      const r = s.gl.domElement.getBoundingClientRect();
      return [r.left + ((v.x + 1) / 2) * r.width, r.top + ((1 - v.y) / 2) * r.height];
    };
    return () => {
      review.screenOf = null;
      review.currentPose = null;
      review.capture = null;
    };
  }, [review, view, get]);

  return null;
}
