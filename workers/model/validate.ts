// Design issues of a valid hall document, computed live by the editor and attached as warnings on
// load: objects outside the hall, overlapping footprints (racks, cooling units, CDUs, columns; spatial
// hash, fine for 5,000 racks), unknown template ids, liquid-capture inconsistencies, liquid racks
// without a CDU, aisles narrower than criteria.minAisleWidth. Lengths in m.
import type { HallDocument } from './schema';
import type { DesignIssue } from './issues';
import { boundingBox, corners, overlappingPairs, type Footprint } from './footprint';
import { templateIds } from './library';
import { aisleIssues } from './aisles';

export type { DesignIssue } from './issues';

/** Tolerance for "outside the hall" (m). */
const OUTSIDE_TOLERANCE = 1e-3;

interface Placed extends Footprint { id: string; label: string }

function placedObjects(doc: HallDocument): Placed[] {
  return [
    ...doc.racks.map((r) => ({ ...pick(r), label: `Rack ${r.name || r.id}` })),
    ...doc.coolingUnits.map((u) => ({ ...pick(u), label: `Cooling unit ${u.name || u.id}` })),
    ...doc.cdus.map((c) => ({ ...pick(c), label: `CDU ${c.name || c.id}` })),
    ...doc.envelope.columns.map((c) => ({ id: c.id, x: c.x, y: c.y, rotationDeg: 0, width: c.width, depth: c.depth, label: `Column ${c.id}` })),
  ];
}

function pick(o: { id: string; x: number; y: number; rotationDeg: number; width: number; depth: number }) {
  return { id: o.id, x: o.x, y: o.y, rotationDeg: o.rotationDeg, width: o.width, depth: o.depth };
}

function outsideIssues(doc: HallDocument, objects: readonly Placed[], out: DesignIssue[]): void {
  const L = doc.envelope.length;
  const W = doc.envelope.width;
  const t = OUTSIDE_TOLERANCE;
  for (const o of objects) {
    const b = boundingBox(o);
    if (b.minX >= -t && b.minY >= -t && b.maxX <= L + t && b.maxY <= W + t) continue;
    // the bounding box pokes out: confirm with the corners (a rotated box is tighter than its bounds)
    if (corners(o).every(([x, y]) => x >= -t && y >= -t && x <= L + t && y <= W + t)) continue;
    out.push({ severity: 'warning', objectId: o.id, message: `${o.label} is outside the hall (0–${L} m × 0–${W} m)` });
  }
  doc.tiles.forEach((tile) => {
    if (tile.x < 0 || tile.y < 0 || tile.x > L || tile.y > W) {
      out.push({ severity: 'warning', objectId: tile.id, message: `Tile ${tile.id} is outside the hall` });
    }
  });
}

function templateIssues(doc: HallDocument, out: DesignIssue[]): void {
  const racks = templateIds('racks');
  const units = templateIds('coolingUnits');
  const cdus = templateIds('cdus');
  const doors = templateIds('rearDoors');
  const unknown = (id: string, t: string, field: string) => out.push({ severity: 'warning', objectId: id, field, message: `${id}: template '${t}' is not in the equipment library` });
  for (const r of doc.racks) {
    if (r.templateId !== null && !racks.has(r.templateId)) unknown(r.id, r.templateId, 'templateId');
    if (r.rearDoor?.templateId != null && !doors.has(r.rearDoor.templateId)) unknown(r.id, r.rearDoor.templateId, 'rearDoor.templateId');
  }
  for (const u of doc.coolingUnits) if (u.templateId !== null && !units.has(u.templateId)) unknown(u.id, u.templateId, 'templateId');
  for (const c of doc.cdus) if (c.templateId !== null && !cdus.has(c.templateId)) unknown(c.id, c.templateId, 'templateId');
}

function coolingIssues(doc: HallDocument, out: DesignIssue[]): void {
  const hasCdu = doc.cdus.length > 0;
  for (const r of doc.racks) {
    const liquid = r.cooling !== 'air';
    if (liquid && r.liquidCaptureFraction === 0) {
      out.push({ severity: 'warning', objectId: r.id, field: 'liquidCaptureFraction', message: `${r.id}: ${r.cooling} rack with liquid capture 0 %` });
    }
    if (!liquid && r.liquidCaptureFraction > 0) {
      out.push({ severity: 'warning', objectId: r.id, field: 'liquidCaptureFraction', message: `${r.id}: air-cooled rack with liquid capture ${Math.round(r.liquidCaptureFraction * 100)} % (ignored)` });
    }
    if (liquid && r.liquidCaptureFraction > 0 && !hasCdu) {
      out.push({ severity: 'error', objectId: r.id, field: 'cooling', message: `${r.id}: liquid-cooled rack but the hall has no CDU` });
    }
    if (r.cooling === 'dlc' && r.coldPlate === null) {
      out.push({ severity: 'warning', objectId: r.id, field: 'coldPlate', message: `${r.id}: DLC rack without cold-plate data` });
    }
  }
}

export function designIssues(doc: HallDocument): DesignIssue[] {
  const out: DesignIssue[] = [];
  const objects = placedObjects(doc);
  outsideIssues(doc, objects, out);
  for (const [i, j] of overlappingPairs(objects)) {
    out.push({ severity: 'warning', objectId: objects[j].id, message: `${objects[j].label} overlaps ${objects[i].label}` });
  }
  templateIssues(doc, out);
  coolingIssues(doc, out);
  out.push(...aisleIssues(doc));
  return out;
}
