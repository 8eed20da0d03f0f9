// Review comment pins in the 3D view: one InstancedMesh (one draw call whatever the number of comments) of
// a merged cone + ball, tip on the anchor (top of the object, or the clicked point); orange = open,
// green = resolved, blue = the comment focused in the list. Follows document edits through a direct store
// subscription (no React render per drag frame); sized with the hall so pins stay visible from the overview.
// Geometry, material and mesh are disposed on unmount.
import { useEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { Color, ConeGeometry, InstancedMesh, Matrix4, MeshLambertMaterial, SphereGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { useDocumentStore } from '../document/context';
import { useReview } from '../review/use-review';
import { pinPosition } from '../review/annotation-edits';

const OPEN = new Color('#e8590c');
const RESOLVED = new Color('#2f9e44');
const FOCUSED = new Color('#1f6feb');
const CAPACITY = 256;

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
  const invalidate = useThree((s) => s.invalidate);
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
        m4.makeScale(s, s, s).setPosition(x, z, -y);
        mesh.setMatrixAt(i, m4);
        mesh.setColorAt(i, list[i].id === focus ? FOCUSED : list[i].status === 'open' ? OPEN : RESOLVED);
      }
      mesh.count = n;
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

  useEffect(() => () => {
    mesh.dispose();
    geometry.dispose();
    material.dispose();
  }, [mesh, geometry, material]);

  return <primitive object={mesh} />;
}
