// Rack intake faces coloured by the mean intake temperature of the latest room-air result: one instanced
// mesh (one draw call) of a thin quad just in front of each rack's front face plus a strip along the front
// edge of its top (visible in plan view). Same temperature scale as the slice (air-ranges.ts); racks
// without a result (added since the solve) are grey; a stale result is dimmed. Subscribes to the document,
// results and view stores (no React render per change), invalidates on change, disposes on unmount.
import { useEffect, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import { BufferGeometry, Float32BufferAttribute, Group, InstancedBufferAttribute, InstancedMesh, MeshBasicMaterial } from 'three';
import { NO_DATA, sampleColormap } from '../../../workers/colormap';
import type { RackT } from '../../../workers/model/schema';
import { useViewStore } from '../app/view-store';
import { useDocumentStore } from '../document/context';
import { useEngine } from '../solver/engine-context';
import { colourScale, scaleT } from './air-ranges';
import { writeLinear } from './colours';
import { writeBoxMatrix } from './coords';
import { STALE_OPACITY } from './air-slice-layer';

/** Share of the rack depth covered by the top strip. */
const TOP_STRIP = 0.18;
/** Offset of the faces outside the rack box (m): no z-fighting with the rack's own faces. */
const LIFT = 0.012;

/** Unit-box geometry (centred, front +Z): the front face quad at z = +½ and a top strip at y = +½. */
export function createIntakeFaceGeometry(): BufferGeometry {
  const z = 0.5, y = 0.5, zb = 0.5 - TOP_STRIP;
  const p = [
    -0.5, -0.5, z, 0.5, -0.5, z, 0.5, 0.5, z, -0.5, -0.5, z, 0.5, 0.5, z, -0.5, 0.5, z, // front, facing +Z
    -0.5, y, zb, -0.5, y, z, 0.5, y, z, -0.5, y, zb, 0.5, y, z, 0.5, y, zb, // top strip, facing +Y
  ];
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(p, 3));
  return g;
}

export function AirIntakeFaces() {
  const groupRef = useRef<Group>(null);
  const store = useDocumentStore();
  const { results } = useEngine();
  const view = useViewStore();
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    const parent = groupRef.current!;
    const geometry = createIntakeFaceGeometry();
    const material = new MeshBasicMaterial({ toneMapped: false, transparent: true });
    let mesh: InstancedMesh | null = null;
    const rgb: [number, number, number] = [0, 0, 0];
    let last: unknown[] = [];

    const ensure = (n: number): InstancedMesh => {
      if (mesh && mesh.instanceMatrix.count >= n) return mesh;
      if (mesh) { parent.remove(mesh); mesh.dispose(); }
      const cap = Math.max(64, 2 ** Math.ceil(Math.log2(n)));
      mesh = new InstancedMesh(geometry, material, cap);
      mesh.name = 'air-intake-faces';
      mesh.instanceColor = new InstancedBufferAttribute(new Float32Array(3 * cap), 3);
      mesh.frustumCulled = false;
      parent.add(mesh);
      return mesh;
    };

    const sync = () => {
      const racks = store.getState().doc.racks;
      const air = results.getState().air;
      const s = view.getState().air;
      const next = [racks, air.result, air.stale, s];
      if (next.every((v, i) => v === last[i])) return;
      last = next;
      const result = air.result;
      const show = s.shown && s.intakeFaces && result !== null && racks.length > 0;
      if (!show) {
        if (mesh) mesh.visible = false;
        invalidate();
        return;
      }
      const m = ensure(racks.length);
      const mat = m.instanceMatrix.array as Float32Array, col = m.instanceColor!.array as Float32Array;
      const scale = colourScale(result, 'temperature', s);
      const byId = new Map(result.racks.map((r) => [r.id, r.intakeMean]));
      racks.forEach((r: RackT, i) => {
        writeBoxMatrix(mat, 16 * i, r.x, r.y, -LIFT, r.rotationDeg, Math.max(0.05, r.width - 0.04), r.height + 2 * LIFT, r.depth + 2 * LIFT);
        const t = byId.get(r.id);
        if (t === undefined || !Number.isFinite(t)) writeLinear(col, 3 * i, NO_DATA[0], NO_DATA[1], NO_DATA[2]);
        else {
          sampleColormap(scale.map, scaleT(t, scale), rgb);
          writeLinear(col, 3 * i, rgb[0], rgb[1], rgb[2]);
        }
      });
      m.count = racks.length;
      m.instanceMatrix.needsUpdate = true;
      m.instanceColor!.needsUpdate = true;
      material.opacity = air.stale ? STALE_OPACITY : 1;
      m.visible = true;
      invalidate();
    };
    sync();
    const unsubs = [store.subscribe(sync), results.subscribe(sync), view.subscribe(sync)];
    return () => {
      for (const u of unsubs) u();
      if (mesh) { parent.remove(mesh); mesh.dispose(); }
      geometry.dispose();
      material.dispose();
    };
  }, [store, results, view, invalidate]);

  return <group ref={groupRef} name="air-intake-faces" />;
}
