// Box selection: footprint centres of every movable object and the screen-rectangle test.
import { describe, expect, it } from 'vitest';
import type { HallDocument } from '../../../workers/model/schema';
import { footprintCentres, idsInScreenRect } from '../../../renderer/src/scene/BoxSelect';

const doc = {
  racks: [{ id: 'R1', x: 1, y: 1 }, { id: 'R2', x: 5, y: 1 }],
  coolingUnits: [{ id: 'CU', x: 9, y: 9 }],
  cdus: [{ id: 'CDU', x: 2, y: 8 }],
  tiles: [{ id: 'T1', x: 1.5, y: 2.1 }],
  containment: [{ id: 'C1', x0: 0, y0: 0, x1: 4, y1: 2 }],
  envelope: { columns: [{ id: 'COL', x: 6, y: 6 }], walls: [{ id: 'W' }] },
} as unknown as HallDocument;

describe('footprintCentres', () => {
  it('lists racks, units, CDUs, tiles, columns and containment centres (not walls)', () => {
    const c = footprintCentres(doc);
    expect(c.map((p) => p.id).sort()).toEqual(['C1', 'CDU', 'COL', 'CU', 'R1', 'R2', 'T1']);
    expect(c.find((p) => p.id === 'C1')).toEqual({ id: 'C1', x: 2, y: 1 });
  });
});

describe('idsInScreenRect', () => {
  // a plan view: 10 px per metre, model +y up the screen, origin at the bottom-left of a 100 px view
  const project = (x: number, y: number, out: [number, number]) => {
    out[0] = x * 10;
    out[1] = 100 - y * 10;
    return true;
  };

  it('selects the objects whose centre lies inside, in any drag direction', () => {
    const pts = footprintCentres(doc);
    const a = idsInScreenRect(pts, { x0: 0, y0: 100, x1: 30, y1: 70 }, project).sort();
    const b = idsInScreenRect(pts, { x0: 30, y0: 70, x1: 0, y1: 100 }, project).sort();
    expect(a).toEqual(['C1', 'R1', 'T1']);
    expect(b).toEqual(a);
  });

  it('skips points behind the camera', () => {
    const pts = footprintCentres(doc);
    expect(idsInScreenRect(pts, { x0: -1e9, y0: -1e9, x1: 1e9, y1: 1e9 }, () => false)).toEqual([]);
  });
});
