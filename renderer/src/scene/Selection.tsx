// Selection and warning outlines for every object type, as ONE InstancedMesh: an inverted hull (a slightly
// larger box drawn from its back faces) in the selection accent, or in vermillion for flagged objects
// (view state `flagged`), so that both read in plan and in perspective. Its base sits just above the floor
// so the ring shows from above. Rebuilt from the document when the selection, the flagged set or the
// selected objects change (one pass over the document, no per-id searches).
import { useEffect, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import { BackSide, BoxGeometry, InstancedBufferAttribute, InstancedMesh, MeshBasicMaterial, type Group } from 'three';
import type { HallDocument } from '../../../workers/model/schema';
import { tileSize } from '../document/geometry';
import { useDocumentStore } from '../document/context';
import { useViewStore } from '../app/view-store';
import { SELECTION_HEX, WARNING_RGB, hexToRgb, writeLinear } from './colours';
import { writeBoxMatrix } from './coords';

const MARGIN = 0.05;
const SEL = hexToRgb(SELECTION_HEX);

/** Calls fn for every marked object with its box (plan centre, rotation, size, base height). */
export function forEachMarked(
  doc: HallDocument,
  marked: (id: string) => boolean,
  fn: (id: string, x: number, y: number, rot: number, w: number, h: number, d: number, z0: number) => void,
): void {
  for (const r of doc.racks) if (marked(r.id)) fn(r.id, r.x, r.y, r.rotationDeg, r.width, r.height, r.depth, 0);
  for (const u of doc.coolingUnits) if (marked(u.id)) fn(u.id, u.x, u.y, u.rotationDeg, u.width, u.height, u.depth, 0);
  for (const c of doc.cdus) if (marked(c.id)) fn(c.id, c.x, c.y, c.rotationDeg, c.width, c.height, c.depth, 0);
  const t = tileSize(doc);
  for (const p of doc.tiles) if (marked(p.id)) fn(p.id, p.x, p.y, 0, t, 0.02, t, 0);
  const ch = doc.envelope.ceilingHeight;
  for (const c of doc.envelope.columns) if (marked(c.id)) fn(c.id, c.x, c.y, 0, c.width, ch, c.depth, 0);
  for (const c of doc.containment) {
    if (marked(c.id)) fn(c.id, (c.x0 + c.x1) / 2, (c.y0 + c.y1) / 2, 0, Math.abs(c.x1 - c.x0), c.height, Math.abs(c.y1 - c.y0), 0);
  }
}

export function Selection() {
  const groupRef = useRef<Group>(null);
  const store = useDocumentStore();
  const view = useViewStore();
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    const parent = groupRef.current!;
    const geometry = new BoxGeometry(1, 1, 1);
    const material = new MeshBasicMaterial({ side: BackSide });
    let mesh: InstancedMesh | null = null;
    let capacity = 0;
    const ensure = (n: number): InstancedMesh => {
      if (mesh && n <= capacity) return mesh;
      if (mesh) {
        parent.remove(mesh);
        mesh.dispose();
      }
      capacity = Math.max(32, 2 ** Math.ceil(Math.log2(n)));
      mesh = new InstancedMesh(geometry, material, capacity);
      mesh.instanceColor = new InstancedBufferAttribute(new Float32Array(capacity * 3), 3);
      mesh.frustumCulled = false;
      mesh.name = 'selection-outline';
      mesh.raycast = () => {}; // outlines are not pickable
      parent.add(mesh);
      return mesh;
    };

    let last: { doc: HallDocument; sel: readonly string[]; flagged: ReadonlySet<string> } | null = null;
    let selSet = new Set<string>();
    const rebuild = () => {
      const { doc, selection } = store.getState();
      const { flagged } = view.getState();
      if (last && last.doc === doc && last.sel === selection && last.flagged === flagged) return;
      if (!last || last.sel !== selection) selSet = new Set(selection);
      last = { doc, sel: selection, flagged };
      const n0 = selSet.size + flagged.size;
      if (n0 === 0) {
        if (mesh && mesh.count > 0) {
          mesh.count = 0;
          invalidate();
        }
        return;
      }
      const m = ensure(Math.max(1, n0));
      const mat = m.instanceMatrix.array as Float32Array;
      const col = m.instanceColor!.array as Float32Array;
      let i = 0;
      forEachMarked(doc, (id) => selSet.has(id) || flagged.has(id), (id, x, y, rot, w, h, d, z0) => {
        if (i >= capacity) return;
        const zb = Math.max(z0, 0) + 0.006;
        writeBoxMatrix(mat, 16 * i, x, y, zb, rot, w + 2 * MARGIN, h + MARGIN - (zb - z0), d + 2 * MARGIN);
        if (selSet.has(id)) writeLinear(col, 3 * i, SEL[0], SEL[1], SEL[2]);
        else writeLinear(col, 3 * i, WARNING_RGB[0], WARNING_RGB[1], WARNING_RGB[2]);
        i++;
      });
      m.count = i;
      m.instanceMatrix.needsUpdate = true;
      m.instanceColor!.needsUpdate = true;
      invalidate();
    };
    rebuild();
    const unsubs = [store.subscribe(rebuild), view.subscribe(rebuild)];
    return () => {
      for (const u of unsubs) u();
      if (mesh) {
        parent.remove(mesh);
        mesh.dispose();
      }
      geometry.dispose();
      material.dispose();
    };
  }, [store, view, invalidate]);

  return <group ref={groupRef} name="selection" />;
}
