// Where a diverged solve failed, in the hall's own terms: the element of the document (rack, cooling
// unit, CDU, column, wall, containment panels, perforated tile) nearest to the failing cell, for the
// failure's message and objectId. solver.ts knows grid cells only; this reads the document geometry.
import type { HallDocument } from '../model/schema';
import { footprintAxes, type Footprint } from '../model/footprint';
import { round, type AirNumericalFailure } from './errors';
import type { GridSpec } from './grid';
import type { SolverFailure } from './solver';

export interface NearestElement {
  id: string;
  /** "rack A3", "cooling unit CRAH-1", … */
  label: string;
  /** Distance (m) from the point to the element's box (0 inside it). */
  distance: number;
}

/** Distance from a point to a rotated plan rectangle extruded over [z0, z1]. */
function boxDistance(f: Footprint, z0: number, z1: number, [px, py, pz]: readonly [number, number, number]): number {
  const [ux, uy, vx, vy] = footprintAxes(f);
  const dx = px - f.x, dy = py - f.y;
  const a = Math.max(0, Math.abs(dx * ux + dy * uy) - f.width / 2);
  const b = Math.max(0, Math.abs(dx * vx + dy * vy) - f.depth / 2);
  const c = Math.max(0, z0 - pz, pz - z1);
  return Math.hypot(a, b, c);
}

/** A wall segment (or a containment side) of some thickness as a footprint. */
function segment(x0: number, y0: number, x1: number, y1: number, thickness: number): Footprint {
  return { x: (x0 + x1) / 2, y: (y0 + y1) / 2, rotationDeg: (Math.atan2(y1 - y0, x1 - x0) * 180) / Math.PI, width: Math.hypot(x1 - x0, y1 - y0), depth: thickness };
}

/** Within this distance (m) of a point an element is named rather than a nearer wall: the hall's
 *  perimeter walls are next to every cell along its edge and say less about the place than equipment. */
const PREFER_EQUIPMENT = 1;

/** The element of the hall nearest to a point (m; z above the finished floor), or null in an empty hall.
 *  A wall only when no other element is within PREFER_EQUIPMENT and the wall is nearer. On a tie the
 *  first of racks, cooling units, CDUs, columns, containment, tiles wins. */
export function nearestElement(doc: HallDocument, point: readonly [number, number, number]): NearestElement | null {
  let best: NearestElement | null = null;
  const consider = (id: string, label: string, distance: number) => {
    if (Number.isFinite(distance) && (best === null || distance < best.distance)) best = { id, label, distance };
  };
  const H = doc.envelope.ceilingHeight;
  for (const r of doc.racks) consider(r.id, `rack ${r.id}`, boxDistance(r, 0, r.height, point));
  for (const u of doc.coolingUnits) consider(u.id, `cooling unit ${u.id}`, boxDistance(u, 0, u.height, point));
  for (const c of doc.cdus) consider(c.id, `CDU ${c.id}`, boxDistance(c, 0, c.height, point));
  for (const c of doc.envelope.columns) consider(c.id, `column ${c.id}`, boxDistance({ ...c, rotationDeg: 0 }, 0, H, point));
  for (const c of doc.containment) {
    // the panels around the aisle (a point inside the aisle is near the panels, not in them)
    const xa = Math.min(c.x0, c.x1), xb = Math.max(c.x0, c.x1), ya = Math.min(c.y0, c.y1), yb = Math.max(c.y0, c.y1);
    const sides = [segment(xa, ya, xb, ya, 0), segment(xa, yb, xb, yb, 0), segment(xa, ya, xa, yb, 0), segment(xb, ya, xb, yb, 0)];
    consider(c.id, `containment ${c.id}`, Math.min(...sides.map((s) => boxDistance(s, 0, c.height, point))));
  }
  if (doc.envelope.floor.kind === 'raised') {
    const s = doc.envelope.floor.tileSize;
    for (const t of doc.tiles) consider(t.id, `tile ${t.id}`, boxDistance({ x: t.x, y: t.y, rotationDeg: 0, width: s, depth: s }, 0, 0, point));
  }
  const equipment = best as NearestElement | null; // set in consider()
  if (equipment !== null && equipment.distance <= PREFER_EQUIPMENT) return equipment;
  for (const w of doc.envelope.walls) consider(w.id, `wall ${w.id}`, boxDistance(segment(w.x0, w.y0, w.x1, w.y1, w.thickness), 0, w.height, point));
  return best;
}

/** The solver's divergence as the engine's failure: the world position of the failing cell's centre and,
 *  in the message and objectId, the nearest element ("… at step 12, near rack A3 (cell 12, 4, 7 at
 *  x 2.5 m, y 0.9 m, z 1.5 m)"). */
export function divergedFailure(f: SolverFailure, doc: HallDocument, g: Pick<GridSpec, 'dx' | 'dy' | 'dz'>): AirNumericalFailure {
  const [i, j, k] = f.cell;
  const position: [number, number, number] = [(i + 0.5) * g.dx, (j + 0.5) * g.dy, (k + 0.5) * g.dz];
  const near = nearestElement(doc, position);
  const where = `cell ${i}, ${j}, ${k} at x ${round(position[0])} m, y ${round(position[1])} m, z ${round(position[2])} m`;
  // solver.ts ends its message with ", near cell (i, j, k)": replaced by the element and the place
  const what = f.message.replace(/,? near cell \([^)]*\)$/, '');
  const message = near ? `${what}, near ${near.label} (${where})` : `${what}, in ${where}`;
  return { ...f, position, message, ...(near ? { objectId: near.id } : {}) };
}
