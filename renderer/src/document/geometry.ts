// Plan geometry of placed objects (racks, cooling units, CDUs, tiles, columns, containment):
// lookup by id, rotated footprints, snapping to the tile grid. Conventions: workers/model/schema.ts header.
import type { HallDocument } from '../../../workers/model/schema';

export type Collection = 'racks' | 'coolingUnits' | 'cdus' | 'tiles' | 'columns' | 'containment' | 'walls' | 'rows';

export interface Placed {
  id: string;
  x: number;
  y: number;
  rotationDeg: number;
  width: number;
  depth: number;
}

export interface Found {
  collection: Collection;
  index: number;
  object: { id: string } & Record<string, unknown>;
}

/** Finds any document object by id. */
export function findObject(doc: HallDocument, id: string): Found | null {
  const lists: [Collection, readonly { id: string }[]][] = [
    ['racks', doc.racks], ['coolingUnits', doc.coolingUnits], ['cdus', doc.cdus], ['tiles', doc.tiles],
    ['columns', doc.envelope.columns], ['containment', doc.containment], ['walls', doc.envelope.walls], ['rows', doc.rows],
  ];
  for (const [collection, list] of lists) {
    const index = list.findIndex((o) => o.id === id);
    if (index >= 0) return { collection, index, object: list[index] as Found['object'] };
  }
  return null;
}

/** Plan footprint of an object as a placed rectangle (tiles use the grid size; containment its corners). */
export function footprintOf(doc: HallDocument, f: Found): Placed | null {
  const o = f.object as Record<string, number> & { id: string };
  switch (f.collection) {
    case 'racks': case 'coolingUnits': case 'cdus':
      return { id: o.id, x: o.x, y: o.y, rotationDeg: o.rotationDeg, width: o.width, depth: o.depth };
    case 'tiles': {
      const t = tileSize(doc);
      return { id: o.id, x: o.x, y: o.y, rotationDeg: 0, width: t, depth: t };
    }
    case 'columns':
      return { id: o.id, x: o.x, y: o.y, rotationDeg: 0, width: o.width, depth: o.depth };
    case 'containment':
      return {
        id: o.id, x: (o.x0 + o.x1) / 2, y: (o.y0 + o.y1) / 2, rotationDeg: 0,
        width: Math.abs(o.x1 - o.x0), depth: Math.abs(o.y1 - o.y0),
      };
    default:
      return null;
  }
}

export function tileSize(doc: HallDocument): number {
  return doc.envelope.floor.kind === 'raised' ? doc.envelope.floor.tileSize : doc.envelope.gridSize;
}

/** Half extents along plan x and y of a rotated rectangle (axis-aligned bounding box). */
export function halfExtents(p: Pick<Placed, 'rotationDeg' | 'width' | 'depth'>): [number, number] {
  const t = (p.rotationDeg * Math.PI) / 180;
  const c = Math.abs(Math.cos(t));
  const s = Math.abs(Math.sin(t));
  return [(p.width * c + p.depth * s) / 2, (p.width * s + p.depth * c) / 2];
}

/** Snaps a centre so that the object's bounding box starts on the grid (racks sit on whole tiles). */
export function snapCentre(x: number, y: number, p: Pick<Placed, 'rotationDeg' | 'width' | 'depth'>, grid: number): [number, number] {
  if (!(grid > 0)) return [x, y];
  const [hx, hy] = halfExtents(p);
  const sx = Math.round((x - hx) / grid) * grid + hx;
  const sy = Math.round((y - hy) / grid) * grid + hy;
  return [round6(sx), round6(sy)];
}

export function round6(v: number): number {
  return Math.round(v * 1e6) / 1e6 + 0; // + 0 turns −0 into 0
}

/** Front normal of an object at a rotation (front faces −y at 0°, counter-clockwise positive). */
export function frontNormal(rotationDeg: number): [number, number] {
  const t = (rotationDeg * Math.PI) / 180;
  return [round6(Math.sin(t)), round6(-Math.cos(t))];
}

/** Normalises an angle to [0, 360). */
export function normAngle(deg: number): number {
  const a = deg % 360;
  return a < 0 ? a + 360 : a;
}
