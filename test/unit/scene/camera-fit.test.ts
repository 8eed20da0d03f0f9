// Camera framing: plan view straight down with model +y up the screen; orbit view sees the whole hall.
import { describe, expect, it } from 'vitest';
import { OrthographicCamera, PerspectiveCamera, Vector3 } from 'three';
import { fitOrbit, fitPlan } from '../../../renderer/src/scene/camera-fit';
import { planToScene } from '../../../renderer/src/scene/coords';

describe('fitPlan', () => {
  it('looks straight down at the hall centre with model +y up the screen and fits the hall', () => {
    const f = fitPlan(30, 20, 1200, 800);
    const cam = new OrthographicCamera(-600, 600, 400, -400, 0.1, 1000);
    cam.up.set(...f.up);
    cam.position.set(...f.position);
    cam.zoom = f.zoom;
    cam.lookAt(...f.target);
    cam.updateProjectionMatrix();
    cam.updateMatrixWorld();
    const p = (x: number, y: number) => new Vector3(...planToScene(x, y)).project(cam);
    const c = p(15, 10);
    expect(c.x).toBeCloseTo(0, 6);
    expect(c.y).toBeCloseTo(0, 6);
    expect(p(15, 15).y).toBeGreaterThan(0); // +y is up on screen
    expect(p(20, 10).x).toBeGreaterThan(0); // +x is right
    for (const [x, y] of [[0, 0], [30, 0], [0, 20], [30, 20]]) {
      const q = p(x, y);
      expect(Math.abs(q.x)).toBeLessThanOrEqual(1);
      expect(Math.abs(q.y)).toBeLessThanOrEqual(1);
    }
  });
});

describe('fitOrbit', () => {
  it('keeps every corner of the hall (floor and ceiling) in view', () => {
    for (const aspect of [0.6, 1.6, 3]) {
      const f = fitOrbit(40, 25, 5, 40, aspect);
      const cam = new PerspectiveCamera(40, aspect, 0.05, 5000);
      cam.position.set(...f.position);
      cam.lookAt(...f.target);
      cam.updateMatrixWorld();
      for (const x of [0, 40]) for (const y of [0, 25]) for (const z of [0, 5]) {
        const q = new Vector3(...planToScene(x, y, z)).project(cam);
        expect(Math.abs(q.x)).toBeLessThanOrEqual(1);
        expect(Math.abs(q.y)).toBeLessThanOrEqual(1);
      }
      expect(f.position[1]).toBeGreaterThan(5); // above the ceiling line
      expect(f.position[2]).toBeGreaterThan(0); // from the front (model −y side)
    }
  });
});
