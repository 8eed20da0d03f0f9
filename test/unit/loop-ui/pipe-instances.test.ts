// Pipe polylines → instance matrices: a unit cylinder (along local Y, radius 1) placed on each segment in
// scene coordinates (x, z, −y), orthogonal axes, radius with a visible minimum, zero-length segments skipped.
import { describe, expect, it } from 'vitest';
import { countSegments, drawnRadius, writePipeSegments, type DrawnPipe } from '../../../renderer/src/scene/pipe-instances';
import { applyMatrix, planToScene } from '../../../renderer/src/scene/coords';
import { pipeScale, writePipeColours } from '../../../renderer/src/scene/pipe-colours';

const pipes: DrawnPipe[] = [
  { points: [[0, 0, 3], [4, 0, 3], [4, 2, 3], [4, 2, 1]], diameter: 0.1 }, // x run, y run, vertical drop
  { points: [[1, 1, 1], [1, 1, 1]], diameter: null }, // a component at a point
  { points: [[0, 0, 0], [1, 2, 2]], diameter: 0.01 }, // oblique, thin
];

function build() {
  const n = countSegments(pipes);
  const m = new Float32Array(16 * n);
  const of = new Int32Array(n);
  return { n, written: writePipeSegments(pipes, 0.02, m, of), m, of };
}

const close = (a: number[], b: number[]) => a.forEach((v, i) => expect(v).toBeCloseTo(b[i], 5));

describe('pipe instances', () => {
  it('counts drawable segments and maps each to its pipe', () => {
    const { n, written, of } = build();
    expect(n).toBe(4);
    expect(written).toBe(4);
    expect([...of]).toEqual([0, 0, 0, 2]);
  });

  it('puts the cylinder ends on the segment ends (scene coordinates)', () => {
    const { m } = build();
    const segs: [number[], number[]][] = [
      [[0, 0, 3], [4, 0, 3]], [[4, 0, 3], [4, 2, 3]], [[4, 2, 3], [4, 2, 1]], [[0, 0, 0], [1, 2, 2]],
    ];
    segs.forEach(([a, b], i) => {
      close(applyMatrix(m, 16 * i, 0, -0.5, 0), planToScene(a[0], a[1], a[2]));
      close(applyMatrix(m, 16 * i, 0, 0.5, 0), planToScene(b[0], b[1], b[2]));
    });
  });

  it('scales across the segment by the radius, orthogonal to it, right-handed', () => {
    const { m } = build();
    for (let i = 0; i < 4; i++) {
      const o = 16 * i;
      const X = [m[o], m[o + 1], m[o + 2]];
      const Y = [m[o + 4], m[o + 5], m[o + 6]];
      const Z = [m[o + 8], m[o + 9], m[o + 10]];
      const dot = (a: number[], b: number[]) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
      expect(dot(X, Y)).toBeCloseTo(0, 6);
      expect(dot(Y, Z)).toBeCloseTo(0, 6);
      expect(dot(X, Z)).toBeCloseTo(0, 6);
      const r = i < 3 ? 0.05 : 0.02;
      expect(Math.hypot(...X)).toBeCloseTo(r, 6);
      expect(Math.hypot(...Z)).toBeCloseTo(r, 6);
      const cross = [X[1] * Y[2] - X[2] * Y[1], X[2] * Y[0] - X[0] * Y[2], X[0] * Y[1] - X[1] * Y[0]];
      expect(dot(cross, Z)).toBeGreaterThan(0);
    }
  });

  it('never draws below the minimum radius', () => {
    expect(drawnRadius(0.2, 0.025)).toBe(0.1);
    expect(drawnRadius(0.01, 0.025)).toBe(0.025);
    expect(drawnRadius(null, 0.025)).toBe(0.025);
  });

  it('colours velocity above the limit in the warning colour, missing values grey', () => {
    const values = [{ temperature: 40, velocity: 1, flow: 0.01 }, { temperature: 45, velocity: 3, flow: 0.02 }, { temperature: null, velocity: null, flow: 0 }];
    const scale = pipeScale('velocity', values, 2);
    const out = new Float32Array(9);
    writePipeColours(scale, values, Int32Array.from([0, 1, 2]), 3, out);
    expect(out[3]).toBeGreaterThan(0.5); // vermillion: strong red
    expect(out[5]).toBeLessThan(0.05);
    expect(out[6]).toBeCloseTo(out[7], 1); // grey
    const t = pipeScale('temperature', values, 2);
    expect([t.min, t.max]).toEqual([40, 45]);
  });
});
