// Aisle containment: translucent panels around each contained aisle rectangle (x0..x1 × y0..y1, up to the
// panel height) with a roof when `roof`, tinted warm for hot aisles and cool for cold aisles, plus a thin
// frame. All containments are merged into one mesh and one line set (two draw calls), rebuilt when the
// containment list changes; a face → id table makes them pickable.
import { useEffect, useMemo } from 'react';
import { BufferGeometry, Float32BufferAttribute, LineBasicMaterial, MeshBasicMaterial, DoubleSide } from 'three';
import type { ContainmentT } from '../../../workers/model/schema';
import { useDocumentState } from '../document/context';
import { hexToRgb, srgbToLinear } from './colours';
import { useSceneBus } from './scene-context';

const HOT = hexToRgb('#d55e00');
const COLD = hexToRgb('#56b4e9');
/** Panels sit this far inside the aisle so they do not z-fight with the rack faces. */
const INSET = 0.015;

export interface ContainmentGeometry {
  panels: BufferGeometry;
  frame: BufferGeometry;
  /** Triangle index → containment id. */
  faceOwner: string[];
}

export function buildContainment(list: readonly ContainmentT[]): ContainmentGeometry {
  const pos: number[] = [];
  const col: number[] = [];
  const lines: number[] = [];
  const faceOwner: string[] = [];
  for (const c of list) {
    const x0 = Math.min(c.x0, c.x1) + INSET;
    const x1 = Math.max(c.x0, c.x1) - INSET;
    const y0 = Math.min(c.y0, c.y1) + INSET;
    const y1 = Math.max(c.y0, c.y1) - INSET;
    const h = c.height;
    const rgb = (c.kind === 'hotAisle' ? HOT : COLD).map(srgbToLinear);
    const quad = (a: number[], b: number[], cc: number[], d: number[]) => {
      for (const p of [a, b, cc, a, cc, d]) {
        pos.push(p[0], p[2], -p[1]);
        col.push(rgb[0], rgb[1], rgb[2]);
      }
      faceOwner.push(c.id, c.id);
    };
    const P = (x: number, y: number, z: number) => [x, y, z];
    quad(P(x0, y0, 0), P(x1, y0, 0), P(x1, y0, h), P(x0, y0, h));
    quad(P(x1, y0, 0), P(x1, y1, 0), P(x1, y1, h), P(x1, y0, h));
    quad(P(x1, y1, 0), P(x0, y1, 0), P(x0, y1, h), P(x1, y1, h));
    quad(P(x0, y1, 0), P(x0, y0, 0), P(x0, y0, h), P(x0, y1, h));
    if (c.roof) quad(P(x0, y0, h), P(x1, y0, h), P(x1, y1, h), P(x0, y1, h));
    const corners = [[x0, y0], [x1, y0], [x1, y1], [x0, y1]];
    for (let i = 0; i < 4; i++) {
      const [ax, ay] = corners[i];
      const [bx, by] = corners[(i + 1) % 4];
      lines.push(ax, h, -ay, bx, h, -by, ax, 0, -ay, ax, h, -ay);
    }
  }
  const panels = new BufferGeometry();
  panels.setAttribute('position', new Float32BufferAttribute(pos, 3));
  panels.setAttribute('color', new Float32BufferAttribute(col, 3));
  panels.computeBoundingSphere();
  const frame = new BufferGeometry();
  frame.setAttribute('position', new Float32BufferAttribute(lines, 3));
  return { panels, frame, faceOwner };
}

export function Containment() {
  const list = useDocumentState((s) => s.doc.containment);
  const bus = useSceneBus();
  const geo = useMemo(() => buildContainment(list), [list]);
  const mat = useMemo(
    () => ({
      panel: new MeshBasicMaterial({ vertexColors: true, transparent: true, opacity: 0.16, depthWrite: false, side: DoubleSide }),
      frame: new LineBasicMaterial({ color: '#6b7480', transparent: true, opacity: 0.8 }),
    }),
    [],
  );
  useEffect(() => () => { geo.panels.dispose(); geo.frame.dispose(); }, [geo]);
  useEffect(() => () => { mat.panel.dispose(); mat.frame.dispose(); }, [mat]);

  return (
    <group name="containment">
      <mesh
        geometry={geo.panels}
        material={mat.panel}
        renderOrder={3}
        ref={(mesh) => {
          if (!mesh) return;
          return bus.addPickable({
            object: mesh,
            idAt: (hit) => (hit.object === mesh && hit.faceIndex != null ? (geo.faceOwner[hit.faceIndex] ?? null) : null),
          });
        }}
      />
      <lineSegments geometry={geo.frame} material={mat.frame} />
    </group>
  );
}
