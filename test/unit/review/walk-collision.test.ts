// Walkthrough collision: the walker (a circle) stops at racks and walls, slides along them, never tunnels
// through thin walls at speed, stays in the hall, and a free start spot is found next to an obstacle.
import { describe, expect, it } from 'vitest';
import { buildObstacles, findFreeSpot, isFree, moveWalker, resolveCircle } from '../../../renderer/src/review/walk-collision';
import { hallWith } from './fixtures';

const R = 0.3;

describe('walk collision', () => {
  it('stops in front of a rack (0.6 m wide) walking along +x', () => {
    const obs = buildObstacles(hallWith([{ id: 'R1', x: 10, y: 10 }]));
    const out: [number, number] = [0, 0];
    const hit = moveWalker(obs, 5, 10, 10, 0, R, out);
    expect(hit).toBe(true);
    expect(out[0]).toBeCloseTo(10 - 0.3 - R, 6);
    expect(out[1]).toBeCloseTo(10, 6);
  });

  it('uses the rotation: a rack at 90° is 1.2 m deep along x', () => {
    const obs = buildObstacles(hallWith([{ id: 'R1', x: 10, y: 10, rotationDeg: 90 }]));
    const out: [number, number] = [0, 0];
    moveWalker(obs, 5, 10, 10, 0, R, out);
    expect(out[0]).toBeCloseTo(10 - 0.6 - R, 6);
  });

  it('slides along a rack face when walking diagonally into it', () => {
    const obs = buildObstacles(hallWith([{ id: 'R1', x: 10, y: 10, width: 0.6, depth: 10 }]));
    const out: [number, number] = [0, 0];
    moveWalker(obs, 8, 8, 4, 1, R, out);
    expect(out[0]).toBeCloseTo(9.7 - R, 6);
    expect(out[1]).toBeCloseTo(9, 6);
  });

  it('does not tunnel through a 10 cm wall in one large step', () => {
    const base = hallWith([]);
    const doc = { ...base, envelope: { ...base.envelope, walls: [{ id: 'W', x0: 10, y0: 0, x1: 10, y1: 20, thickness: 0.1, height: 4 }] } };
    const out: [number, number] = [0, 0];
    moveWalker(buildObstacles(doc), 8, 5, 5, 0, R, out);
    expect(out[0]).toBeCloseTo(10 - 0.05 - R, 6);
  });

  it('keeps the walker inside the envelope', () => {
    const out: [number, number] = [0, 0];
    resolveCircle(buildObstacles(hallWith([], 20, 10)), -3, 12, R, out);
    expect(out).toEqual([R, 10 - R]);
  });

  it('finds the nearest free spot next to a rack', () => {
    const obs = buildObstacles(hallWith([{ id: 'R1', x: 10, y: 10 }]));
    expect(isFree(obs, 10, 10, R)).toBe(false);
    const [x, y] = findFreeSpot(obs, 10, 10, R);
    expect(isFree(obs, x, y, R)).toBe(true);
    expect(Math.hypot(x - 10, y - 10)).toBeLessThan(1.3);
  });
});
