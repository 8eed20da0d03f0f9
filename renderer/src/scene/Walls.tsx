// The envelope: walls (boundary and interior) as translucent full-height panels with solid outlines and a
// dark wall footprint on the floor (reads like a plan cut), columns as solid merged boxes, and the ceiling
// height as a faint outline box (no lid that hides the view). Each part is one merged geometry (one draw
// call), rebuilt when the envelope changes; all of it is disposed on change and unmount.
import { useEffect, useMemo } from 'react';
import {
  BoxGeometry, BufferGeometry, EdgesGeometry, Float32BufferAttribute, LineBasicMaterial, MeshBasicMaterial,
  MeshLambertMaterial, Matrix4, Quaternion, Vector3,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { HallDocument } from '../../../workers/model/schema';
import { useDocumentState } from '../document/context';

type Envelope = HallDocument['envelope'];

/** One box per wall (length along the wall, thickness across, height up), in scene coordinates. */
function wallBoxes(env: Envelope, heightOf: (h: number) => number, y0: number): BufferGeometry | null {
  const parts: BufferGeometry[] = [];
  const m = new Matrix4();
  const q = new Quaternion();
  const up = new Vector3(0, 1, 0);
  for (const w of env.walls) {
    const dx = w.x1 - w.x0;
    const dy = w.y1 - w.y0;
    const len = Math.hypot(dx, dy);
    if (len < 1e-6) continue;
    const h = heightOf(w.height);
    q.setFromAxisAngle(up, Math.atan2(dy, dx));
    m.compose(new Vector3((w.x0 + w.x1) / 2, y0 + h / 2, -(w.y0 + w.y1) / 2), q, new Vector3(len + w.thickness, h, w.thickness));
    parts.push(new BoxGeometry(1, 1, 1).applyMatrix4(m));
  }
  const merged = parts.length ? mergeGeometries(parts) : null;
  for (const p of parts) p.dispose();
  return merged;
}

function columnBoxes(env: Envelope): BufferGeometry | null {
  const parts = env.columns.map((c) =>
    new BoxGeometry(c.width, env.ceilingHeight, c.depth).translate(c.x, env.ceilingHeight / 2, -c.y),
  );
  const merged = parts.length ? mergeGeometries(parts) : null;
  for (const p of parts) p.dispose();
  return merged;
}

function ceilingOutline(env: Envelope): BufferGeometry {
  const L = env.length;
  const W = -env.width;
  const H = env.ceilingHeight;
  const corners: [number, number][] = [[0, 0], [L, 0], [L, W], [0, W]];
  const pts: number[] = [];
  for (let i = 0; i < 4; i++) {
    const [ax, az] = corners[i];
    const [bx, bz] = corners[(i + 1) % 4];
    pts.push(ax, H, az, bx, H, bz); // ceiling edge
    pts.push(ax, 0, az, ax, H, az); // vertical corner
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(pts, 3));
  return g;
}

export function Walls() {
  const env = useDocumentState((s) => s.doc.envelope);
  const geo = useMemo(() => {
    const panels = wallBoxes(env, (h) => h, 0);
    return {
      panels,
      edges: panels ? new EdgesGeometry(panels, 30) : null,
      footprint: wallBoxes(env, () => 0.02, 0),
      columns: columnBoxes(env),
      ceiling: ceilingOutline(env),
    };
  }, [env]);
  useEffect(() => () => Object.values(geo).forEach((g) => g?.dispose()), [geo]);

  const mat = useMemo(
    () => ({
      panel: new MeshLambertMaterial({ color: '#9aa6b2', transparent: true, opacity: 0.22, depthWrite: false }),
      edge: new LineBasicMaterial({ color: '#5f6b78' }),
      footprint: new MeshBasicMaterial({ color: '#4a5360' }),
      column: new MeshLambertMaterial({ color: '#b8bec5' }),
      ceiling: new LineBasicMaterial({ color: '#7d8996', transparent: true, opacity: 0.45 }),
    }),
    [],
  );
  useEffect(() => () => Object.values(mat).forEach((m) => m.dispose()), [mat]);

  return (
    <group name="envelope">
      {geo.footprint && <mesh geometry={geo.footprint} material={mat.footprint} renderOrder={-1} />}
      {geo.panels && <mesh geometry={geo.panels} material={mat.panel} renderOrder={2} />}
      {geo.edges && <lineSegments geometry={geo.edges} material={mat.edge} />}
      {geo.columns && <mesh geometry={geo.columns} material={mat.column} />}
      <lineSegments geometry={geo.ceiling} material={mat.ceiling} />
    </group>
  );
}
