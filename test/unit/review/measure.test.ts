// Measurement and aisle check: distances between floor picks, the two-click cycle, and aisles narrower than
// the criterion reported with their clearance rectangle (facing rows only; back-to-back rows are no aisle).
import { describe, expect, it } from 'vitest';
import { nextMeasure, planDistance } from '../../../renderer/src/review/measure';
import { narrowAisles } from '../../../renderer/src/review/aisle-check';
import { hallWith, type RackSpec } from './fixtures';

/** A row of n racks along x, 0.6 m wide, 1.2 m deep, centred at y (front facing ±y). */
function row(id: string, y: number, n = 4, rot = 0): RackSpec[] {
  return Array.from({ length: n }, (_, i) => ({ id: `${id}${i}`, x: 2 + 0.6 * i, y, rotationDeg: rot, rowId: id }));
}

describe('measure', () => {
  it('measures plan distances', () => {
    expect(planDistance([1, 1], [4, 5])).toBe(5);
  });
  it('starts on the first click, ends on the second, restarts on the third', () => {
    const a = nextMeasure(null, [1, 2]);
    expect(a).toEqual({ a: [1, 2], b: null });
    const b = nextMeasure(a, [3, 4]);
    expect(b).toEqual({ a: [1, 2], b: [3, 4] });
    expect(nextMeasure(b, [9, 9])).toEqual({ a: [9, 9], b: null });
  });
});

describe('aisle check', () => {
  it('reports a 0.9 m aisle below a 1.2 m minimum with its clearance rectangle', () => {
    // row A spans y 4.4..5.6, row B spans y 6.5..7.7 → 0.9 m
    const doc = hallWith([...row('A', 5), ...row('B', 7.1, 4, 180)]);
    const found = narrowAisles({ ...doc, criteria: { ...doc.criteria, minAisleWidth: 1.2 } });
    expect(found).toHaveLength(1);
    const a = found[0];
    expect(a.gap).toBeCloseTo(0.9, 9);
    expect(a.alongX).toBe(true);
    expect([a.x0, a.x1, a.y0, a.y1].map((v) => +v.toFixed(6))).toEqual([1.7, 4.1, 5.6, 6.5]);
  });
  it('accepts wide aisles and ignores back-to-back rows', () => {
    const doc = hallWith([...row('A', 5), ...row('B', 6.2, 4, 180), ...row('C', 8.9)]);
    expect(narrowAisles({ ...doc, criteria: { ...doc.criteria, minAisleWidth: 1.2 } })).toHaveLength(0);
  });
});
