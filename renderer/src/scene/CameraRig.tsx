// Cameras and controls from view state `camera`: 'orbit' = perspective + drei OrbitControls (left rotate,
// right pan, wheel zoom to cursor); 'plan' = orthographic top view (model +y up the screen), pan with the
// right or middle button, wheel zoom, no rotation (the left button belongs to selection, Interaction.tsx).
// Frames the hall on mount, on a mode switch, when a file is opened and when view state `fitRequest` changes.
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { OrbitControls, OrthographicCamera, PerspectiveCamera } from '@react-three/drei';
import { MOUSE, type OrthographicCamera as OrthoCam, type PerspectiveCamera as PerspCam, type Vector3 } from 'three';
import { useViewState } from '../app/view-store';
import { useDocumentState, useDocumentStore } from '../document/context';
import { fitOrbit, fitPlan } from './camera-fit';

const FOV = 40;

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

  useEffect(() => {
    const { camera, controls, size, invalidate } = get();
    const { envelope } = store.getState().doc;
    const f =
      mode === 'orbit'
        ? fitOrbit(envelope.length, envelope.width, envelope.ceilingHeight, FOV, size.width / Math.max(1, size.height))
        : fitPlan(envelope.length, envelope.width, size.width, size.height, envelope.ceilingHeight);
    camera.up.set(...f.up);
    camera.position.set(...f.position);
    if ((camera as OrthoCam).isOrthographicCamera) (camera as OrthoCam).zoom = f.zoom;
    camera.lookAt(...f.target);
    (camera as PerspCam | OrthoCam).updateProjectionMatrix();
    const oc = controls as unknown as Controls | null;
    if (oc?.target) {
      oc.target.set(...f.target);
      oc.update();
    }
    invalidate();
  }, [mode, fitRequest, fileKey, get, store, controls]);

  return (
    <>
      {mode === 'orbit' ? (
        <PerspectiveCamera key="persp" makeDefault fov={FOV} near={0.05} far={5000} position={[0, 30, 30]} />
      ) : (
        <OrthographicCamera key="ortho" makeDefault near={0.1} far={5000} up={[0, 0, -1]} position={[0, 100, 0]} />
      )}
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
    </>
  );
}
