// Cameras and controls from view state `camera`: 'orbit' = perspective + drei OrbitControls (left rotate,
// right pan, wheel zoom to cursor); 'plan' = orthographic top view (model +y up the screen), pan with the
// right or middle button, wheel zoom, no rotation (the left button belongs to selection, Interaction.tsx);
// 'walk' = first-person perspective at eye height, no orbit controls (scene/review-walk.tsx drives it).
// Frames the hall on mount, on a mode switch, when a file is opened and when view state `fitRequest` changes;
// after the first frame every change is an animated transition (review store tween, ~0.6 s,
// scene/review-camera.tsx). A review flight goal (viewpoint) switches mode if needed and flies to its pose.
import { useEffect, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import { OrbitControls, OrthographicCamera, PerspectiveCamera } from '@react-three/drei';
import { MOUSE, type Camera, type OrthographicCamera as OrthoCam, type PerspectiveCamera as PerspCam, type Vector3 } from 'three';
import { useViewState, useViewStore } from '../app/view-store';
import { useDocumentState, useDocumentStore } from '../document/context';
import { fitOrbit, fitPlan } from './camera-fit';
import { useReviewState } from '../review/review-store';
import type { Pose } from '../review/camera-tween';
import { placeWalker, walkerFromPose } from '../review/walk-start';
import { walkerPose } from '../review/walker';
import { applyPose, poseOfCamera } from './review-camera';

const FOV = 40;
const WALK_FOV = 60;

/** The part of the controls the rig touches. */
interface Controls {
  target: Vector3;
  update(): void;
}

export function CameraRig() {
  const mode = useViewState((s) => s.camera);
  const fitRequest = useViewState((s) => s.fitRequest);
  const fileKey = useDocumentState((s) => `${s.path ?? ''}|${s.fileName}`);
  const get = useThree((s) => s.get);
  // the controls are recreated per mode: fit once they exist (their creation resets the camera's target)
  const controls = useThree((s) => s.controls);
  const store = useDocumentStore();
  const view = useViewStore();
  const review = view.review;
  const goalSeq = useReviewState(review, (s) => s.goalSeq);
  const last = useRef<{ camera: Camera; controls: Controls | null } | null>(null);
  const lastKey = useRef('');
  const lastPose = useRef<Pose | null>(null);

  useEffect(() => {
    const key = `${mode}|${fitRequest}|${fileKey}|${goalSeq}`;
    if (lastKey.current === key) {
      // only the controls were recreated (after a mode switch): point them at the pose being shown
      const oc = mode === 'walk' ? null : (get().controls as unknown as Controls | null);
      if (oc?.target && lastPose.current) {
        oc.target.set(...lastPose.current.target);
        oc.update();
        get().invalidate();
      }
      return;
    }
    lastKey.current = key;
    const goal = review.peekGoal();
    if (goal && goal.mode !== mode) {
      lastKey.current = '';
      view.set({ camera: goal.mode }); // this effect runs again in the goal's mode
      return;
    }
    review.takeGoal();
    const { camera, controls, size, invalidate } = get();
    const doc = store.getState().doc;
    const { envelope } = doc;
    const prev = last.current;
    const from: Pose | null = prev ? poseOfCamera(prev.camera, prev.controls, size.height) : null;
    let f: Pose & { up: readonly [number, number, number] };
    if (mode === 'walk') {
      if (goal) walkerFromPose(goal.pose, review.walker);
      else if (!review.walkerPlaced || prev?.camera !== camera) placeWalker(doc, review.walker);
      review.walkerPlaced = true;
      review.walkerMoved();
      f = { ...walkerPose(review.walker), up: [0, 1, 0] };
    } else if (mode === 'orbit') {
      f = goal
        ? { ...goal.pose, up: [0, 1, 0] }
        : fitOrbit(envelope.length, envelope.width, envelope.ceilingHeight, FOV, size.width / Math.max(1, size.height));
    } else f = fitPlan(envelope.length, envelope.width, size.width, size.height, envelope.ceilingHeight);
    camera.up.set(...f.up);
    const oc = mode === 'walk' ? null : (controls as unknown as Controls | null);
    if (from && prev) {
      // start where the previous camera was (orthographic: the zoom that matches its view), then fly
      const start = { ...from, zoom: (camera as OrthoCam).isOrthographicCamera ? from.zoom : 1 };
      review.tween.start(start, f);
      applyPose(camera, oc, start);
    } else {
      review.tween.cancel();
      applyPose(camera, oc, f);
    }
    (camera as PerspCam | OrthoCam).updateProjectionMatrix();
    last.current = { camera, controls: oc };
    lastPose.current = f;
    invalidate();
  }, [mode, fitRequest, fileKey, goalSeq, get, store, controls, review, view]);

  return (
    <>
      {mode === 'orbit' && <PerspectiveCamera key="persp" makeDefault fov={FOV} near={0.05} far={5000} position={[0, 30, 30]} />}
      {mode === 'plan' && <OrthographicCamera key="ortho" makeDefault near={0.1} far={5000} up={[0, 0, -1]} position={[0, 100, 0]} />}
      {mode === 'walk' && <PerspectiveCamera key="walk" makeDefault fov={WALK_FOV} near={0.05} far={5000} position={[0, 1.7, 0]} />}
      {mode !== 'walk' && (
        <OrbitControls
          key={mode}
          makeDefault
          enableDamping={false}
          enableRotate={mode === 'orbit'}
          screenSpacePanning
          zoomToCursor
          maxPolarAngle={mode === 'orbit' ? Math.PI / 2 - 0.02 : Math.PI}
          mouseButtons={
            mode === 'orbit'
              ? { LEFT: MOUSE.ROTATE, MIDDLE: MOUSE.DOLLY, RIGHT: MOUSE.PAN }
              : { LEFT: MOUSE.PAN, MIDDLE: MOUSE.PAN, RIGHT: MOUSE.PAN }
          }
        />
      )}
    </>
  );
}
