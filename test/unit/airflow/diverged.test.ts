// A diverged solve names the element of the hall nearest to the failing cell, not only the cell
// (nearest.ts, from the failure's cell and the document's geometry): "… near cooling unit CRAH-1 (cell
// 0, 0, 0 at x 0.2 m, y 0.2 m, z 0.19 m)", with objectId. The divergence is real: options that the
// options check accepts (every value finite and > 0) but that no flow survives: a step a million times
// the Courant limit with the pressure projection switched off by tolerances of 1e12.
import { describe, expect, it } from 'vitest';
import { solveAir } from '../../../workers/airflow/index';
import { divergedFailure, nearestElement } from '../../../workers/airflow/nearest';
import { benchHall } from '../../../workers/airflow/sample-halls';
import { emptyHall } from '../../../workers/model/defaults';
import type { HallDocument, RackT } from '../../../workers/model/schema';

describe('a diverged solve', () => {
  it('names the element nearest to the failing cell, and the cell with its rounded position', () => {
    const r = solveAir(benchHall(6, 4.8, 3), { mode: 'fast', cellSize: 0.4, solver: { cfl: 1e6, dtMax: 1e6, tolContinuity: 1e12, tolContinuityMarch: 1e12, maxSteps: 10 } });
    if (r.ok) throw new Error('solved; expected a divergence');
    const e = r.error;
    if (e.kind !== 'diverged') throw new Error(`${e.kind}: ${e.message}`);
    // the velocity runs away while finite: the failing cell is where |w| is largest (solver.ts worstCell), not
    // the first cell of the array; CRAH-1 (against the west wall, front at x 0.9 m) is the nearest element
    const [i, j, k] = e.cell;
    expect(i + j + k).toBeGreaterThan(0);
    const h = [0.4, 0.4, 3 / Math.round(3 / 0.4)];
    expect(e.position).toEqual([(i + 0.5) * h[0], (j + 0.5) * h[1], (k + 0.5) * h[2]].map((x) => expect.closeTo(x, 9) as unknown as number));
    const fmt = (x: number) => String(Math.round(x * 100) / 100);
    expect(e.message).toBe(`velocity became non-finite or unbounded at step ${e.step}, near cooling unit CRAH-1 (cell ${i}, ${j}, ${k} at x ${fmt(e.position[0])} m, y ${fmt(e.position[1])} m, z ${fmt(e.position[2])} m)`);
    expect(e.objectId).toBe('CRAH-1');
  });
});

function hall(): HallDocument {
  const doc = emptyHall('nearest', '2026-01-01T00:00:00.000Z');
  const rack: RackT = {
    id: 'A3', name: 'A3', rowId: null, templateId: null, x: 5, y: 4, rotationDeg: 90, width: 0.6, depth: 1.2, height: 2, itLoad: 8000,
    cooling: 'air', liquidCaptureFraction: 0, airflow: { spec: 'perPower', value: 5.66337e-5 }, rearDoor: null, coldPlate: null,
  };
  doc.racks = [rack];
  doc.envelope.columns = [{ id: 'C1', x: 10, y: 10, width: 0.5, depth: 0.5 }];
  return doc;
}

describe('nearestElement', () => {
  it('measures to the rotated footprint and the height of an element', () => {
    const doc = hall();
    // rotated 90°: the rack's 1.2 m depth runs along x (4.4–5.6), its 0.6 m width along y (3.7–4.3)
    expect(nearestElement(doc, [5.5, 4, 1])).toMatchObject({ id: 'A3', label: 'rack A3', distance: 0 });
    expect(nearestElement(doc, [6.1, 4, 1])!.distance).toBeCloseTo(0.5, 12);
    expect(nearestElement(doc, [5, 4, 3])!.distance).toBeCloseTo(1, 12);
    expect(nearestElement(doc, [10.5, 10, 4])).toMatchObject({ id: 'C1', label: 'column C1' });
  });

  it('names a wall only when no element is within 1 m', () => {
    const doc = hall();
    expect(nearestElement(doc, [4.2, 0.3, 1])!.label).toBe('wall wall-s');
    expect(nearestElement(doc, [4.2, 3.2, 1])!.label).toBe('rack A3'); // wall-s is farther: the rack
    doc.racks[0].y = 1.2; // the rack 0.6 m from the point, the wall 0.15 m: the rack is named
    expect(nearestElement(doc, [5, 0.3, 1])!.label).toBe('rack A3');
    expect(nearestElement({ ...doc, racks: [], envelope: { ...doc.envelope, walls: [], columns: [] } }, [1, 1, 1])).toBeNull();
  });

  it('builds the failure message from the solver\'s, with the rounded position', () => {
    const f = divergedFailure({ kind: 'diverged', equation: 'energy', step: 7, cell: [12, 9, 3], message: 'temperature became non-finite at step 7, near cell (12, 9, 3)' },
      hall(), { dx: 0.4, dy: 1 / 3, dz: 0.3 });
    expect(f.message).toBe('temperature became non-finite at step 7, near rack A3 (cell 12, 9, 3 at x 5 m, y 3.17 m, z 1.05 m)');
    expect(f).toMatchObject({ kind: 'diverged', equation: 'energy', step: 7, cell: [12, 9, 3], objectId: 'A3' });
    expect(f.position[1]).toBeCloseTo(9.5 / 3, 12);
  });
});
