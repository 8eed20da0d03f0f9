// Velocity arrows on the current air slice: one instanced mesh (shaft + head, one draw call), each arrow
// at a lattice point of the slice (air-arrows.ts), pointing along the 3D air velocity, length ∝ speed
// (the scale's maximum speed spans 1.5 lattice spacings), coloured by speed (cividis, the speed legend).
// Subscribes to the results and view stores, rewrites instance buffers only on change, dims a stale
// result, disposes on unmount.
import { useEffect, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import { ConeGeometry, CylinderGeometry, Group, InstancedBufferAttribute, InstancedMesh, Matrix4, MeshBasicMaterial, Quaternion, Vector3 } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { sampleColormap } from '../../../workers/colormap';
import type { AirView } from '../../../workers/api';
import { useViewStore } from '../app/view-store';
import { useEngine } from '../solver/engine-context';
import type { AirLayerSettings } from './air-layer-settings';
import { arrowSamples } from './air-arrows';
import { colourScale, scaleT } from './air-ranges';
import { sliceLayout } from './air-slice';
import { sliceAt, STALE_OPACITY } from './air-slice-layer';
import { writeLinear } from './colours';

/** Arrow of unit length along +Y from the origin: shaft 0–0.65, head 0.65–1. */
function createArrowGeometry() {
  const shaft = new CylinderGeometry(0.05, 0.05, 0.65, 6).translate(0, 0.325, 0);
  const head = new ConeGeometry(0.16, 0.35, 8).translate(0, 0.825, 0);
  const g = mergeGeometries([shaft, head])!;
  shaft.dispose();
  head.dispose();
  return g;
}

export function AirArrowsLayer() {
  const groupRef = useRef<Group>(null);
  const { results } = useEngine();
  const view = useViewStore();
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    const parent = groupRef.current!;
    const geometry = createArrowGeometry();
    const material = new MeshBasicMaterial({ toneMapped: false, transparent: true });
    let mesh: InstancedMesh | null = null;
    const m4 = new Matrix4(), q = new Quaternion(), pos = new Vector3(), dir = new Vector3(), scl = new Vector3();
    const up = new Vector3(0, 1, 0);
    const rgb: [number, number, number] = [0, 0, 0];
    let lastResult: AirView | null = null, lastSettings: AirLayerSettings | null = null, lastStale: boolean | null = null;

    const sync = () => {
      const air = results.getState().air;
      const s = view.getState().air;
      if (air.result === lastResult && s === lastSettings && air.stale === lastStale) return;
      lastResult = air.result; lastSettings = s; lastStale = air.stale;
      const result = air.result;
      if (!s.shown || !s.arrows || s.slice === 'off' || !result) {
        if (mesh) mesh.visible = false;
        invalidate();
        return;
      }
      const f = result.fields;
      const a = arrowSamples(f, sliceLayout(f.grid, s.slice, sliceAt(s, result)));
      if (!mesh || mesh.instanceMatrix.count < a.count) {
        if (mesh) { parent.remove(mesh); mesh.dispose(); }
        const cap = Math.max(256, a.count);
        mesh = new InstancedMesh(geometry, material, cap);
        mesh.name = 'air-arrows';
        mesh.instanceColor = new InstancedBufferAttribute(new Float32Array(3 * cap), 3);
        mesh.frustumCulled = false;
        parent.add(mesh);
      }
      const scale = colourScale(result, 'speed', s);
      const unit = (1.5 * a.spacing) / Math.max(scale.max, 1e-6);
      const col = mesh.instanceColor!.array as Float32Array;
      for (let n = 0; n < a.count; n++) {
        const u = a.velocity[3 * n], v = a.velocity[3 * n + 1], w = a.velocity[3 * n + 2];
        const speed = Math.hypot(u, v, w);
        dir.set(u, w, -v).divideScalar(speed); // model (u, v, w) → scene (u, w, −v)
        q.setFromUnitVectors(up, dir);
        const len = Math.min(speed, scale.max) * unit;
        pos.set(a.position[3 * n], a.position[3 * n + 2], -a.position[3 * n + 1]);
        scl.set(a.spacing * 0.9, len, a.spacing * 0.9);
        mesh.setMatrixAt(n, m4.compose(pos, q, scl));
        sampleColormap(scale.map, scaleT(speed, scale), rgb);
        writeLinear(col, 3 * n, rgb[0], rgb[1], rgb[2]);
      }
      mesh.count = a.count;
      mesh.instanceMatrix.needsUpdate = true;
      mesh.instanceColor!.needsUpdate = true;
      material.opacity = air.stale ? STALE_OPACITY : 1;
      mesh.visible = a.count > 0;
      invalidate();
    };
    sync();
    const unsubs = [results.subscribe(sync), view.subscribe(sync)];
    return () => {
      for (const u of unsubs) u();
      if (mesh) { parent.remove(mesh); mesh.dispose(); }
      geometry.dispose();
      material.dispose();
    };
  }, [results, view, invalidate]);

  return <group ref={groupRef} name="air-arrows-layer" />;
}
