// Mini-map transform: the hall fits inside the canvas with its margin, plan +y points up, and the inverse
// maps pixels back to plan points.
import { describe, expect, it } from 'vitest';
import { fitMinimap, fromMinimap, toMinimap } from '../../../renderer/src/review/minimap';

describe('minimap transform', () => {
  it('fits a 40 × 20 m hall in 200 × 200 px with +y up, centred', () => {
    const t = fitMinimap(40, 20, 200, 200, 6);
    expect(t.scale).toBeCloseTo(188 / 40, 12);
    const [ax, ay] = toMinimap(t, 0, 0);
    const [bx, by] = toMinimap(t, 40, 20);
    expect(ax).toBeCloseTo(6, 9);
    expect(bx).toBeCloseTo(194, 9);
    expect(ay).toBeGreaterThan(by); // north is up
    expect((ay + by) / 2).toBeCloseTo(100, 9);
  });

  it('inverts', () => {
    const t = fitMinimap(15.6, 16.2, 200, 180);
    const [px, py] = toMinimap(t, 3.2, 7.9);
    const [x, y] = fromMinimap(t, px, py);
    expect(x).toBeCloseTo(3.2, 9);
    expect(y).toBeCloseTo(7.9, 9);
  });
});
