// Sorting of the per-rack loop table: natural name order, numbers both ways, missing values last.
import { describe, expect, it } from 'vitest';
import type { RackLoopResult } from '../../../workers/loop';
import { rackRows, sortRackRows } from '../../../renderer/src/panels/loop/rack-table';
import { windowRange } from '../../../renderer/src/panels/loop/virtual';

const rack = (id: string, p: Partial<RackLoopResult>): RackLoopResult => ({
  id, cduId: 'C', liquidHeat: 1e5, designFlow: 1e-3, flow: 1e-3, flowPerPower: 1e-8, flowShare: 1, branchPressureDrop: 1e5,
  coldPlatePressureDrop: 5e4, supplyT: 40, returnT: 50, caseT: 60, caseMargin: 10,
  ok: { flowShare: true, flowPerPower: true, caseTemp: true, returnTemp: true, all: true }, ...p,
});

const racks = [
  rack('r10', { flowShare: 0.8, caseMargin: 2 }),
  rack('r2', { flowShare: 1.2, caseMargin: null, caseT: null, returnT: null }),
  rack('r1', { flowShare: 1.0, caseMargin: 5 }),
];
const names = new Map([['r10', 'R-A10'], ['r2', 'R-A2'], ['r1', 'R-A1']]);
const rows = rackRows(racks, names);
const ids = (r: { id: string }[]) => r.map((x) => x.id);

describe('rack table sorting', () => {
  it('sorts names naturally (R-A2 before R-A10), both ways', () => {
    expect(ids(sortRackRows(rows, 'name', 'asc'))).toEqual(['r1', 'r2', 'r10']);
    expect(ids(sortRackRows(rows, 'name', 'desc'))).toEqual(['r10', 'r2', 'r1']);
  });
  it('sorts numbers ascending and descending', () => {
    expect(ids(sortRackRows(rows, 'flowShare', 'asc'))).toEqual(['r10', 'r1', 'r2']);
    expect(ids(sortRackRows(rows, 'flowShare', 'desc'))).toEqual(['r2', 'r1', 'r10']);
  });
  it('puts missing values last whatever the direction', () => {
    expect(ids(sortRackRows(rows, 'caseMargin', 'asc'))).toEqual(['r10', 'r1', 'r2']);
    expect(ids(sortRackRows(rows, 'caseMargin', 'desc'))).toEqual(['r1', 'r10', 'r2']);
  });
  it('does not mutate its input and falls back to ids for unnamed racks', () => {
    const before = ids(rows);
    sortRackRows(rows, 'flowShare', 'asc');
    expect(ids(rows)).toEqual(before);
    expect(rackRows([rack('x', {})], new Map())[0].name).toBe('x');
  });
  it('windows 5,000 rows to the ones in view', () => {
    expect(windowRange(5000, 22, 330, 0)).toEqual({ start: 0, end: 23 });
    const w = windowRange(5000, 22, 330, 22 * 2500);
    expect(w.start).toBe(2492);
    expect(w.end - w.start).toBeLessThan(40);
    const past = windowRange(5000, 22, 330, 1e9); // a stale offset beyond the list
    expect(past.end).toBe(5000);
    expect(past.end - past.start).toBeGreaterThan(15);
  });
});
