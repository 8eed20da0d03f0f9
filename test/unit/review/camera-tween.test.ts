// Camera transitions: eased from the start pose to the end pose over the duration, ending exactly there;
// orthographic zoom changes at a constant rate.
import { describe, expect, it } from 'vitest';
import { CameraTween, easeInOutCubic, POSE_SIZE } from '../../../renderer/src/review/camera-tween';

describe('camera tween', () => {
  it('eases in and out', () => {
    expect(easeInOutCubic(0)).toBe(0);
    expect(easeInOutCubic(1)).toBe(1);
    expect(easeInOutCubic(0.5)).toBeCloseTo(0.5, 12);
    expect(easeInOutCubic(0.1)).toBeLessThan(0.1);
    expect(easeInOutCubic(2)).toBe(1);
  });

  it('moves from one pose to the other in 0.6 s and stops there', () => {
    const t = new CameraTween();
    const out = new Float64Array(POSE_SIZE);
    t.start({ position: [0, 10, 0], target: [0, 0, 0], zoom: 10 }, { position: [10, 2, -4], target: [5, 1, -5], zoom: 40 }, 0.6);
    expect(t.step(0.3, out)).toBe(true);
    expect(out[0]).toBeCloseTo(5, 9); // halfway in time = halfway in space (symmetric easing)
    expect(out[6]).toBeCloseTo(20, 9); // geometric mean of the zooms
    let guard = 0;
    while (t.step(0.1, out) && guard++ < 100);
    expect(t.active).toBe(false);
    expect([...out]).toEqual([10, 2, -4, 5, 1, -5, 40]);
    expect(t.step(0.1, out)).toBe(false);
  });
});
