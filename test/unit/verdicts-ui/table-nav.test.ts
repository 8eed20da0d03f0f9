// Verdict table: filter by name/id text and result, keyboard targets, and the scroll position that shows
// a row (hand-computed with 22 px rows under a 23 px header in a 300 px viewport: 277 px of body).
import { describe, expect, it } from 'vitest';
import type { RackVerdict } from '../../../workers/verdicts';
import { filterRows, keyTarget, scrollToRow } from '../../../renderer/src/panels/verdicts/table-nav';
import { rowWindow } from '../../../renderer/src/panels/air/virtual-window';

const row = (rackId: string, name: string, status: RackVerdict['status']) => ({
  name, verdict: { rackId, mode: 'air', verdict: 'air', status, governing: null, governingMargin: null, checks: [], reasons: [], undecided: false } as RackVerdict,
});

describe('verdict table filter', () => {
  const rows = [row('r1', 'A-01', 'pass'), row('r2', 'A-02', 'fail'), row('x9', 'B-01', 'fail'), row('r4', 'B-02', 'incomplete')];
  it('keeps every row without a filter (the same array)', () => {
    expect(filterRows(rows, { text: '', status: 'all' })).toBe(rows);
  });
  it('matches name or id, case-insensitively, and the result', () => {
    expect(filterRows(rows, { text: 'a-', status: 'all' }).map((r) => r.name)).toEqual(['A-01', 'A-02']);
    expect(filterRows(rows, { text: 'X9', status: 'all' }).map((r) => r.name)).toEqual(['B-01']);
    expect(filterRows(rows, { text: '', status: 'fail' }).map((r) => r.name)).toEqual(['A-02', 'B-01']);
    expect(filterRows(rows, { text: 'b', status: 'fail' }).map((r) => r.name)).toEqual(['B-01']);
  });
});

describe('verdict table keyboard', () => {
  it('moves by one, by a page, to the ends; clamps; starts at the top', () => {
    expect(keyTarget('ArrowDown', -1, 5000, 11)).toBe(0);
    expect(keyTarget('ArrowDown', 10, 5000, 11)).toBe(11);
    expect(keyTarget('ArrowDown', 4999, 5000, 11)).toBe(4999);
    expect(keyTarget('ArrowUp', 0, 5000, 11)).toBe(0);
    expect(keyTarget('PageDown', 10, 5000, 11)).toBe(21);
    expect(keyTarget('PageUp', 5, 5000, 11)).toBe(0);
    expect(keyTarget('End', 3, 5000, 11)).toBe(4999);
    expect(keyTarget('Home', 3, 5000, 11)).toBe(0);
    expect(keyTarget('a', 3, 5000, 11)).toBeNull();
    expect(keyTarget('ArrowDown', -1, 0, 11)).toBeNull();
  });
  it('scrolls just enough to show a row', () => {
    expect(scrollToRow(0, 500, 22, 23, 300)).toBe(0); // above: its top at the top
    expect(scrollToRow(4999, 0, 22, 23, 300)).toBe(5000 * 22 - 277); // below: its bottom at the bottom
    expect(scrollToRow(30, 600, 22, 23, 300)).toBe(600); // rows 27…39 are visible at 600 px
  });
  it('the window at the end of 5,000 rows contains the last row and stays small', () => {
    const top = scrollToRow(4999, 0, 22, 23, 300);
    const w = rowWindow(top, 277, 22, 5000);
    expect(w.end).toBe(5000);
    expect(w.end - w.start).toBeLessThan(30);
    expect(w.padTop + (w.end - w.start) * 22 + w.padBottom).toBe(5000 * 22);
  });
});
