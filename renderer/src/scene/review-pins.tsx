// Review comment pins in the 3D view: one InstancedMesh (one draw call whatever the number of comments) of
// a merged cone + ball, tip on the anchor (top of the object, or the clicked point); orange = open,
// green = resolved, blue = the comment focused in the list. Follows document edits through a direct store
// subscription (no React render per drag frame); sized with the hall so pins stay visible from the overview.
// Clicking a pin focuses its comment and opens it in the Review tab's list (review store revealAnnotation):
// a window capture listener sees the press before the selection tool, the camera controls and the walk
// look-drag (Interaction.tsx, OrbitControls, review-walk.tsx) and takes it only when the ray hits a pin
// (not while a floor pick — measure, comment placing — is active); the cursor turns into a pointer
// over a pin. The focused pin is drawn 30 % larger. Geometry, material and mesh are disposed on unmount.
import { useEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { Color, ConeGeometry, InstancedMesh, Matrix4, MeshLambertMaterial, Raycaster, SphereGeometry, Vector2, type Intersection } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { useDocumentStore } from '../document/context';
import { useViewStore } from '../app/view-store';
import { useReview } from '../review/use-review';
import { pinPosition } from '../review/annotation-edits';

const OPEN = new Color('#e8590c');
const RESOLVED = new Color('#2f9e44');
const FOCUSED = new Color('#1f6feb');
const CAPACITY = 256;
const FOCUS_SCALE = 1.3;
const CLICK_PX = 6;

function pinGeometry() {
  const cone = new ConeGeometry(0.12, 0.45, 12).rotateX(Math.PI).translate(0, 0.225, 0);
  const ball = new SphereGeometry(0.17, 14, 10).translate(0, 0.5, 0);
  const g = mergeGeometries([cone.toNonIndexed(), ball.toNonIndexed()]);
  cone.dispose();
  ball.dispose();
  return g;
}

export function ReviewPins() {
  const store = useDocumentStore();
  const review = useReview();
  const view = useViewStore();
  const invalidate = useThree((s) => s.invalidate);
  const get = useThree((s) => s.get);
  const geometry = useMemo(pinGeometry, []);
  const material = useMemo(() => new MeshLambertMaterial(), []);
  const mesh = useMemo(() => {
    const m = new InstancedMesh(geometry, material, CAPACITY);
    m.count = 0;
    m.frustumCulled = false;
    m.name = 'review-pins';
    m.instanceMatrix.needsUpdate = true;
    return m;
  }, [geometry, material]);

  useEffect(() => {
    const m4 = new Matrix4();
    let lastDoc: unknown = null;
    let lastFocus: string | null | undefined;
    const write = () => {
      const doc = store.getState().doc;
      const focus = review.getState().focusedAnnotation;
      if (doc === lastDoc && focus === lastFocus) return;
      lastDoc = doc;
      lastFocus = focus;
      const list = doc.annotations;
      const n = Math.min(list.length, CAPACITY);
      const s = Math.max(1, Math.max(doc.envelope.length, doc.envelope.width) / 30);
      for (let i = 0; i < n; i++) {
        const [x, y, z] = pinPosition(doc, list[i]);
        const k = list[i].id === focus ? s * FOCUS_SCALE : s;
        m4.makeScale(k, k, k).setPosition(x, z, -y);
        mesh.setMatrixAt(i, m4);
        mesh.setColorAt(i, list[i].id === focus ? FOCUSED : list[i].status === 'open' ? OPEN : RESOLVED);
      }
      mesh.count = n;
      mesh.boundingSphere = null; // recomputed from the instances by the next raycast (pin clicks)
      mesh.instanceMatrix.needsUpdate = true;
      if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
      invalidate();
    };
    write();
    const a = store.subscribe(write);
    const b = review.subscribe(write);
    return () => {
      a();
      b();
    };
  }, [store, review, mesh, invalidate]);

  useEffect(() => {
    const raycaster = new Raycaster();
    const ndc = new Vector2();
    const hits: Intersection[] = [];
    let press: { id: string; x: number; y: number } | null = null;
    let hover = false;
    /** On the 3D view: the canvas or an HTML label drawn over it (drei Html, e.g. the selection label), not a control. */
    const onCanvas = (e: Event) => {
      const t = e.target as HTMLElement | null;
      const layer = get().gl.domElement.parentElement;
      return !!t && !!layer && layer.contains(t) && !t.closest('button, input, select, textarea, a');
    };
    /** The comment whose pin is under the pointer, or null. */
    const pinAt = (cx: number, cy: number): string | null => {
      if (mesh.count === 0) return null;
      const { camera, gl } = get();
      const r = gl.domElement.getBoundingClientRect();
      ndc.set(((cx - r.left) / r.width) * 2 - 1, -((cy - r.top) / r.height) * 2 + 1);
      raycaster.setFromCamera(ndc, camera);
      hits.length = 0;
      raycaster.intersectObject(mesh, false, hits);
      const i = hits[0]?.instanceId;
      return i === undefined ? null : store.getState().doc.annotations[i]?.id ?? null;
    };
    const onDown = (e: PointerEvent) => {
      if (e.button !== 0 || !onCanvas(e) || view.getState().floorPick) return;
      const id = pinAt(e.clientX, e.clientY);
      if (!id) return;
      e.stopPropagation();
      e.preventDefault();
      press = { id, x: e.clientX, y: e.clientY };
    };
    const onUp = (e: PointerEvent) => {
      const p = press;
      if (!p) return;
      press = null;
      e.stopPropagation();
      if (Math.hypot(e.clientX - p.x, e.clientY - p.y) <= CLICK_PX) review.revealAnnotation(p.id);
    };
    const onMove = (e: PointerEvent) => {
      if (e.buttons !== 0 || !onCanvas(e)) return;
      const over = !view.getState().floorPick && pinAt(e.clientX, e.clientY) !== null;
      if (over === hover) return;
      hover = over;
      get().gl.domElement.style.cursor = over ? 'pointer' : '';
    };
    window.addEventListener('pointerdown', onDown, { capture: true });
    window.addEventListener('pointerup', onUp, { capture: true });
    window.addEventListener('pointermove', onMove);
    return () => {
      window.removeEventListener('pointerdown', onDown, { capture: true });
      window.removeEventListener('pointerup', onUp, { capture: true });
      window.removeEventListener('pointermove', onMove);
    };
  }, [get, mesh, store, view, review]);

  useEffect(() => () => {
    mesh.dispose();
    geometry.dispose();
    material.dispose();
  }, [mesh, geometry, material]);

  return <primitive object={mesh} />;
}
