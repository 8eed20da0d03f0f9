// The hot-air isosurface of the latest room-air result: a translucent surface around the air at or above
// the chosen temperature (default: the ASHRAE recommended maximum inlet of the project's class), from
// workers/airflow/isosurface.ts (marching tetrahedra over the cell centres; solid cells count as cold).
// Model (x, y, z) → scene (x, z, −y) is a proper rotation, so the triangles keep their winding (normals
// from hot into cold air). Subscribes to the results, view and document stores (no React render per
// change), rebuilds only when the result, the level or the visibility changes, dims a stale result,
// disposes its GPU objects on unmount.
import { useEffect, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import { BufferGeometry, DoubleSide, Float32BufferAttribute, Group, Mesh, MeshLambertMaterial } from 'three';
import { isosurface } from '../../../workers/airflow/isosurface';
import { criteriaFromDocument } from '../../../workers/verdicts/criteria';
import type { HallDocument } from '../../../workers/model/schema';
import type { AirLayerSettings } from './air-layer-settings';
import { useViewStore } from '../app/view-store';
import { useDocumentStore } from '../document/context';
import { useEngine } from '../solver/engine-context';

/** Surface colour (sRGB): a warm orange that reads against both the viridis slice and grey racks. */
export const ISO_COLOUR = '#f76707';
/** Opacity of the surface (half the stale slice's dimming when out of date). */
const ISO_OPACITY = 0.42;
/** Triangle budget: ≈ 72 MB of positions at most (a 1M-cell hall with a very ragged surface). */
const MAX_TRIANGLES = 2_000_000;

/** The isosurface temperature, °C: the user's level or the class's recommended maximum inlet. */
export function isoLevelOf(s: AirLayerSettings, doc: HallDocument): number {
  return s.isoLevel ?? criteriaFromDocument(doc).inletRecommendedMax;
}

export function AirIsoLayer() {
  const groupRef = useRef<Group>(null);
  const store = useDocumentStore();
  const { results } = useEngine();
  const view = useViewStore();
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    const parent = groupRef.current!;
    const material = new MeshLambertMaterial({ color: ISO_COLOUR, transparent: true, opacity: ISO_OPACITY, side: DoubleSide, depthWrite: false });
    material.forceSinglePass = true; // one draw call (no depth writes: the blend does not depend on the order)
    let mesh: Mesh | null = null;
    let last: unknown[] = [];
    const drop = () => {
      if (!mesh) return;
      parent.remove(mesh);
      mesh.geometry.dispose();
      mesh = null;
    };
    const sync = () => {
      const air = results.getState().air;
      const s = view.getState().air;
      const result = air.result;
      const show = s.shown && s.iso && result !== null;
      const level = show ? isoLevelOf(s, store.getState().doc) : NaN;
      const next = [show, result, level, air.stale];
      if (next.every((v, i) => Object.is(v, last[i]))) return;
      const rebuild = next[0] !== last[0] || next[1] !== last[1] || !Object.is(next[2], last[2]);
      last = next;
      if (!show) { drop(); invalidate(); return; }
      if (rebuild) {
        drop();
        const f = result.fields;
        const iso = isosurface(f.grid, f.t, f.solid, level, MAX_TRIANGLES);
        const p = iso.positions;
        // model (x, y, z) → scene (x, z, −y) in place
        for (let v = 0; v < p.length; v += 3) { const y = p[v + 1]; p[v + 1] = p[v + 2]; p[v + 2] = -y; }
        const geometry = new BufferGeometry();
        geometry.setAttribute('position', new Float32BufferAttribute(p, 3));
        geometry.computeVertexNormals();
        mesh = new Mesh(geometry, material);
        mesh.name = 'air-isosurface';
        mesh.renderOrder = 2; // after the opaque scene and the slice
        mesh.userData.triangles = iso.triangles;
        mesh.userData.level = level;
        parent.add(mesh);
      }
      material.opacity = air.stale ? ISO_OPACITY / 2 : ISO_OPACITY;
      invalidate();
    };
    sync();
    const unsubs = [store.subscribe(sync), results.subscribe(sync), view.subscribe(sync)];
    return () => {
      for (const u of unsubs) u();
      drop();
      material.dispose();
    };
  }, [store, results, view, invalidate]);

  return <group ref={groupRef} name="air-isosurface" />;
}
