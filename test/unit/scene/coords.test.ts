// Plan ↔ scene mapping: right-handedness, rotation sense and the front direction agree with the document
// conventions (workers/model/schema.ts; frontNormal in renderer/src/document/geometry.ts).
import { describe, expect, it } from 'vitest';
import { Matrix4, Object3D, Vector3 } from 'three';
import { applyMatrix, planToScene, rotationToScene, sceneToPlan, writeBoxMatrix, writeHiddenMatrix } from '../../../renderer/src/scene/coords';
import { frontNormal } from '../../../renderer/src/document/geometry';

describe('planToScene / sceneToPlan', () => {
  it('maps x → X, z → Y (up), y → −Z and back', () => {
    expect(planToScene(1, 2, 3)).toEqual([1, 3, -2]);
    expect(sceneToPlan(1, 3, -2)).toEqual([1, 2, 3]);
  });

  it('is a proper rotation (keeps right-handedness)', () => {
    const ex = new Vector3(...planToScene(1, 0, 0));
    const ey = new Vector3(...planToScene(0, 1, 0));
    const ez = new Vector3(...planToScene(0, 0, 1));
    expect(new Matrix4().makeBasis(ex, ey, ez).determinant()).toBe(1);
    expect(ex.clone().cross(ey).equals(ez)).toBe(true); // x × y = z in the model, and in the scene
  });
});

describe('writeBoxMatrix', () => {
  it('matches three.js compose(position, rotation about Y, scale)', () => {
    const m = new Float32Array(16);
    writeBoxMatrix(m, 0, 4, 7, 0.1, 30, 0.6, 2.2, 1.2);
    const o = new Object3D();
    o.position.set(4, 0.1 + 1.1, -7);
    o.rotation.y = rotationToScene(30);
    o.scale.set(0.6, 2.2, 1.2);
    o.updateMatrix();
    for (let i = 0; i < 16; i++) expect(m[i]).toBeCloseTo(o.matrix.elements[i], 6);
  });

  it('puts the local front (+Z) on the model front normal at every rotation', () => {
    const m = new Float32Array(16);
    for (const deg of [0, 45, 90, 180, 270, -30]) {
      writeBoxMatrix(m, 0, 10, 20, 0, deg, 1, 1, 1);
      const c = applyMatrix(m, 0, 0, 0, 0);
      const f = applyMatrix(m, 0, 0, 0, 0.5);
      const [px, py] = sceneToPlan(f[0] - c[0], f[1] - c[1], f[2] - c[2]);
      const [nx, ny] = frontNormal(deg);
      expect(px / 0.5).toBeCloseTo(nx, 5);
      expect(py / 0.5).toBeCloseTo(ny, 5);
    }
  });

  it('sits the box on its base height with the footprint centre at (x, y)', () => {
    const m = new Float32Array(32);
    writeBoxMatrix(m, 16, 3, 5, 0, 90, 0.6, 2, 1.2);
    expect(applyMatrix(m, 16, 0, -0.5, 0)).toEqual([3, 0, -5]);
    // rotated 90°: width now runs along plan y, depth along plan x
    const corner = applyMatrix(m, 16, 0.5, -0.5, 0.5);
    const [x, y] = sceneToPlan(...corner);
    expect(x).toBeCloseTo(3 + 0.6, 6);
    expect(y).toBeCloseTo(5 + 0.3, 6);
  });

  it('hides an instance with a zero matrix', () => {
    const m = new Float32Array(16).fill(1);
    writeHiddenMatrix(m, 0);
    expect(Array.from(m)).toEqual(new Array(16).fill(0));
  });
});
