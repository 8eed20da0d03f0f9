// Referential checks of a schema-valid document, reported as load errors (the file is refused):
// ids unique across all objects, rack.rowId → an existing row, cdu.rackIds → existing racks, walls and
// containment of non-zero length. Paths as in issues.ts: "racks[3] (R-A07).rowId". Lengths in m.
import type { HallDocument } from './schema';
import type { LoadError } from './issues';

/** Below this a length counts as zero (m). */
const ZERO_LENGTH = 1e-6;

interface Identified { id: string }

function collections(doc: HallDocument): [string, readonly Identified[]][] {
  return [
    ['envelope.walls', doc.envelope.walls], ['envelope.columns', doc.envelope.columns], ['rows', doc.rows],
    ['racks', doc.racks], ['coolingUnits', doc.coolingUnits], ['cdus', doc.cdus], ['tiles', doc.tiles],
    ['containment', doc.containment], ['scenarios', doc.scenarios], ['viewpoints', doc.viewpoints],
    ['annotations', doc.annotations],
  ];
}

const at = (coll: string, i: number, id: string) => `${coll}[${i}] (${id})`;

export function referentialErrors(doc: HallDocument): LoadError[] {
  const errors: LoadError[] = [];
  const firstUse = new Map<string, string>();
  for (const [coll, list] of collections(doc)) {
    list.forEach((o, i) => {
      const where = at(coll, i, o.id);
      const prev = firstUse.get(o.id);
      if (prev !== undefined) errors.push({ path: `${where}.id`, message: `duplicate id '${o.id}' (also used by ${prev})` });
      else firstUse.set(o.id, where);
    });
  }
  const rowIds = new Set(doc.rows.map((r) => r.id));
  doc.racks.forEach((r, i) => {
    if (r.rowId !== null && !rowIds.has(r.rowId)) errors.push({ path: `${at('racks', i, r.id)}.rowId`, message: `refers to row '${r.rowId}', which does not exist` });
  });
  const rackIds = new Set(doc.racks.map((r) => r.id));
  doc.cdus.forEach((c, i) => {
    c.rackIds.forEach((rid, k) => {
      if (!rackIds.has(rid)) errors.push({ path: `${at('cdus', i, c.id)}.rackIds[${k}]`, message: `refers to rack '${rid}', which does not exist` });
    });
  });
  doc.envelope.walls.forEach((w, i) => {
    if (Math.hypot(w.x1 - w.x0, w.y1 - w.y0) < ZERO_LENGTH) errors.push({ path: at('envelope.walls', i, w.id), message: 'has zero length (start and end points coincide)' });
  });
  doc.containment.forEach((c, i) => {
    if (Math.abs(c.x1 - c.x0) < ZERO_LENGTH || Math.abs(c.y1 - c.y0) < ZERO_LENGTH) {
      errors.push({ path: at('containment', i, c.id), message: 'has zero length or width (x0 = x1 or y0 = y1)' });
    }
  });
  return errors;
}
