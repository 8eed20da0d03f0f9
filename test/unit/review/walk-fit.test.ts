import { describe, expect, it } from 'vitest';
import { fitIsWalkStand, MIN_STAND, standFacingPoint, standInFront } from '../../../renderer/src/review/walk-fit';
import { buildObstacles, isFree, WALKER_RADIUS } from '../../../renderer/src/review/walk-collision';
import type { Walker } from '../../../renderer/src/review/walker';
import { hallWith } from './fixtures';

const walker = (x = 10, y = 10): Walker => ({ x, y, yaw: 0, pitch: 0 });

describe('Fit in walk mode (standInFront)', () => {
  it('stands in front of a lone rack, facing its intake, at eye height looking slightly down', () => {
    // rotation 0: the front faces −y
    const doc = hallWith([{ id: 'R1', x: 10, y: 10 }]);
    const w = walker(2, 18);
    expect(standInFront(doc, ['R1'], w)).toBe(true);
    expect(w.x).toBeCloseTo(10, 6);
    expect(w.y).toBeLessThan(10 - 0.6 - MIN_STAND + 1e-9); // at least MIN_STAND in front of the face
    expect(w.yaw).toBeCloseTo(Math.PI / 2, 6); // looking north, at the rack
    expect(w.pitch).toBeLessThan(0);
    expect(isFree(buildObstacles(doc), w.x, w.y, WALKER_RADIUS)).toBe(true);
  });

  it('follows the rotation: a rack turned 90° is approached from +x', () => {
    const doc = hallWith([{ id: 'R1', x: 10, y: 10, rotationDeg: 90 }]);
    const w = walker();
    standInFront(doc, ['R1'], w);
    expect(w.x).toBeGreaterThan(10.6);
    expect(w.y).toBeCloseTo(10, 6);
    expect(Math.cos(w.yaw)).toBeCloseTo(-1, 6);
  });

  it('comes closer in a narrow aisle instead of standing behind the facing row', () => {
    // rows face each other across a 1.0 m aisle: R1 front at y = 9.4, R2 (rotated 180°) front at y = 8.4
    const doc = hallWith([{ id: 'R1', x: 10, y: 10 }, { id: 'R2', x: 10, y: 7.8, rotationDeg: 180 }]);
    const w = walker(2, 2);
    standInFront(doc, ['R1'], w);
    expect(w.y).toBeGreaterThan(8.4 + WALKER_RADIUS - 1e-9);
    expect(w.y).toBeLessThan(9.4 - WALKER_RADIUS + 1e-9);
    expect(isFree(buildObstacles(doc), w.x, w.y, WALKER_RADIUS)).toBe(true);
  });

  it('backs off to see a whole row of racks, facing its middle', () => {
    const racks = Array.from({ length: 10 }, (_, i) => ({ id: `R${i}`, x: 5 + i * 0.6, y: 15 }));
    const doc = hallWith(racks, 20, 20);
    const one = walker(), row = walker();
    standInFront(doc, ['R0'], one);
    standInFront(doc, racks.map((r) => r.id), row);
    expect(row.x).toBeCloseTo(5 + 4.5 * 0.6, 6);
    expect(15 - row.y).toBeGreaterThan(15 - one.y); // farther away for a wider selection
  });

  it('tries the back when the front is walled off, and reports nothing to stand for an unknown id', () => {
    const doc = hallWith([{ id: 'R1', x: 10, y: 0.95 }], 20, 20); // front face at y = 0.35: no room for the walker
    const w = walker();
    standInFront(doc, ['R1'], w);
    expect(w.y).toBeGreaterThan(1.55);
    expect(Math.sin(w.yaw)).toBeCloseTo(-1, 6);
    expect(standInFront(doc, ['nope'], w)).toBe(false);
  });

  it('Fit stands the walker only in walk mode with a selection', () => {
    expect(fitIsWalkStand('walk', true)).toBe(true);
    expect(fitIsWalkStand('walk', false)).toBe(false);
    expect(fitIsWalkStand('orbit', true)).toBe(false);
  });

  it('faces a floor point (comment pinned to a point) from the walker\'s side, on a free spot', () => {
    const doc = hallWith([{ id: 'R1', x: 10, y: 10 }]);
    const w = walker(2, 4);
    standFacingPoint(doc, 8, 4, w);
    expect(w.x).toBeLessThan(8 - MIN_STAND + 1e-9);
    expect(w.y).toBeCloseTo(4, 6);
    expect(Math.cos(w.yaw)).toBeCloseTo(1, 6);
    expect(isFree(buildObstacles(doc), w.x, w.y, WALKER_RADIUS)).toBe(true);
  });
});
