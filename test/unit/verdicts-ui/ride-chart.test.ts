// Ride-through chart geometry: limits stay inside the plotted range, polylines are thinned and keep ends.
import { describe, expect, it } from 'vitest';
import { chartScales, polyline, rangeOf } from '../../../renderer/src/panels/verdicts/ride-chart';

describe('ride-through chart', () => {
  const box = { width: 200, height: 100, left: 10, right: 10, top: 10, bottom: 10 };
  it('includes the limit line in the range and maps t = 0 to the left edge', () => {
    const r = rangeOf([Float64Array.of(40, 45, 50)], [85]);
    expect(r).toEqual({ min: 40, max: 85 });
    const s = chartScales(box, 300, r.min, r.max);
    expect(s.x(0)).toBe(10);
    expect(s.x(300)).toBe(190);
    expect(s.y(85)).toBeGreaterThanOrEqual(10);
    expect(s.y(40)).toBeLessThanOrEqual(90);
    expect(s.y(85)).toBeLessThan(s.y(40));
  });
  it('thins a long series to about maxPoints and keeps its last point', () => {
    const n = 1001;
    const t = Float64Array.from({ length: n }, (_, i) => i);
    const s = chartScales(box, n - 1, 0, 1000);
    const pts = polyline(t, t, s, 100).split(' ');
    expect(pts.length).toBeLessThanOrEqual(102);
    expect(pts[pts.length - 1]).toBe(`${s.x(1000).toFixed(1)},${s.y(1000).toFixed(1)}`);
  });
});
