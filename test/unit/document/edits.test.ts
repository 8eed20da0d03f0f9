import { describe, expect, it } from 'vitest';
import {
  addRowOfRacks, deleteObjects, duplicateObjects, insertCopies, moveObjects, rotateObjects, setField,
} from '../../../renderer/src/document/edits';
import { frontNormal, halfExtents, snapCentre } from '../../../renderer/src/document/geometry';
import { HallDocumentShape } from '../../../workers/model/schema';
import { rack, smallHall } from './fixture';

describe('geometry', () => {
  it('front normal follows the schema convention (−y at 0°, CCW positive)', () => {
    expect(frontNormal(0)).toEqual([0, -1]);
    expect(frontNormal(90)).toEqual([1, 0]);
    expect(frontNormal(180)).toEqual([0, 1]);
    expect(frontNormal(270)).toEqual([-1, 0]);
  });
  it('half extents swap at 90°', () => {
    const [hx, hy] = halfExtents({ rotationDeg: 90, width: 0.6, depth: 1.2 });
    expect(hx).toBeCloseTo(0.6, 12);
    expect(hy).toBeCloseTo(0.3, 12);
  });
  it('snaps the footprint corner to the tile grid', () => {
    // 0.6 × 1.2 rack: corner at x − 0.3 and y − 0.6 must land on multiples of 0.6.
    const [x, y] = snapCentre(3.41, 4.05, { rotationDeg: 0, width: 0.6, depth: 1.2 }, 0.6);
    expect(x).toBeCloseTo(3.3, 9);
    expect(y).toBeCloseTo(4.2, 9);
  });
});

describe('edits', () => {
  it('moves with structural sharing: untouched racks keep their identity', () => {
    const d = smallHall();
    const n = moveObjects(d, ['R-2'], 1.2, 0, 0.6);
    expect(n.racks[0]).toBe(d.racks[0]);
    expect(n.racks[1]).not.toBe(d.racks[1]);
    expect(n.racks[1].x).toBeCloseTo(5.1, 9);
    expect(n.coolingUnits).toBe(d.coolingUnits);
  });
  it('rotates about the centre, normalised to [0, 360)', () => {
    const n = rotateObjects(smallHall(), ['R-1'], -90);
    expect(n.racks[0].rotationDeg).toBe(270);
  });
  it('delete removes references from CDUs and annotations', () => {
    const d = smallHall();
    const withCdu = {
      ...d,
      annotations: [{ id: 'A1', author: 'me', created: '', text: 'check', status: 'open' as const, objectId: 'R-1', point: [0, 0, 0] as [number, number, number], replies: [] }],
    };
    const n = deleteObjects(withCdu, ['R-1']);
    expect(n.racks.map((r) => r.id)).not.toContain('R-1');
    expect(n.annotations[0].objectId).toBeNull();
  });
  it('duplicate gives fresh unique ids and names, and a schema-valid document', () => {
    const d = smallHall();
    const r = duplicateObjects(d, ['R-1', 'R-2'], 2.4, 0);
    expect(r.ids).toHaveLength(2);
    const ids = r.doc.racks.map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    const names = r.doc.racks.map((x) => x.name);
    expect(new Set(names).size).toBe(names.length);
    expect(HallDocumentShape.safeParse(r.doc).success).toBe(true);
  });
  it('paste of copied items never reuses an id', () => {
    const d = smallHall();
    const items = [{ collection: 'racks' as const, object: { ...d.racks[0] } }];
    const a = insertCopies(d, items, 1, 0);
    const b = insertCopies(a.doc, items, 2, 0);
    const ids = b.doc.racks.map((x) => x.id);
    expect(new Set(ids).size).toBe(6);
  });
  it('array tool places N racks at the rack-width pitch along +x on the grid', () => {
    const d = smallHall();
    const { id: _id, name: _n, x: _x, y: _y, rowId: _r, ...tmpl } = rack('t', 0, 0);
    const r = addRowOfRacks(d, { rack: tmpl, count: 12, x: 2.1, y: 7.8, directionDeg: 0, rowName: 'B', namePrefix: 'B-', grid: 0.6 });
    expect(r.ids).toHaveLength(12);
    const placed = r.doc.racks.filter((x) => r.ids.includes(x.id));
    for (let i = 1; i < placed.length; i++) expect(placed[i].x - placed[i - 1].x).toBeCloseTo(0.6, 9);
    expect(new Set(placed.map((p) => p.rowId)).size).toBe(1);
    expect(placed[0].name).toBe('B-01');
    expect(HallDocumentShape.safeParse(r.doc).success).toBe(true);
  });
  it('setField edits a nested path of one object only', () => {
    const d = smallHall();
    const n = setField(d, 'R-3', ['airflow', 'value'], 15);
    expect(n.racks[2].airflow).toEqual({ spec: 'deltaT', value: 15 });
    expect(n.racks[1]).toBe(d.racks[1]);
  });
});
