// The hot-air isosurface (workers/airflow/isosurface.ts) against analytic surfaces: a sphere (vertices on
// the radius, area → 4πR², closed: every edge shared by exactly two triangles, normals outward from the
// hot core), a plane (exact for a linear field), solid cells count as cold, and the triangle budget.
import { describe, expect, it } from 'vitest';
import { isosurface } from '../../../workers/airflow/isosurface';
import type { GridDescription } from '../../../workers/airflow/results';

function grid(n: number, h: number): GridDescription {
  return { nx: n, ny: n, nz: n, dx: h, dy: h, dz: h, origin: [0, 0, 0] };
}

function field(g: GridDescription, f: (x: number, y: number, z: number) => number): Float32Array {
  const out = new Float32Array(g.nx * g.ny * g.nz);
  for (let k = 0; k < g.nz; k++) for (let j = 0; j < g.ny; j++) for (let i = 0; i < g.nx; i++) {
    out[i + g.nx * (j + g.ny * k)] = f((i + 0.5) * g.dx, (j + 0.5) * g.dy, (k + 0.5) * g.dz);
  }
  return out;
}

function area(p: Float32Array): number {
  let a = 0;
  for (let t = 0; t < p.length; t += 9) {
    const ux = p[t + 3] - p[t], uy = p[t + 4] - p[t + 1], uz = p[t + 5] - p[t + 2];
    const vx = p[t + 6] - p[t], vy = p[t + 7] - p[t + 1], vz = p[t + 8] - p[t + 2];
    a += 0.5 * Math.hypot(uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx);
  }
  return a;
}

describe('isosurface (marching tetrahedra)', () => {
  // "temperature" falls with the distance from the centre (1, 1, 1) of a 2 m box: hot core of radius R
  const g = grid(40, 0.05), R = 0.6;
  const t = field(g, (x, y, z) => 40 - 10 * Math.hypot(x - 1, y - 1, z - 1));
  const s = isosurface(g, t, null, 40 - 10 * R);

  it('puts every vertex of a sphere on its radius (linear interpolation error < h²/R)', () => {
    expect(s.triangles).toBeGreaterThan(1000);
    let worst = 0;
    for (let v = 0; v < s.positions.length; v += 3) {
      worst = Math.max(worst, Math.abs(Math.hypot(s.positions[v] - 1, s.positions[v + 1] - 1, s.positions[v + 2] - 1) - R));
    }
    expect(worst).toBeLessThan((0.05 * 0.05) / R);
  });

  it('has the sphere area 4πR² within 2 % and is closed (each edge in exactly two triangles)', () => {
    expect(Math.abs(area(s.positions) / (4 * Math.PI * R * R) - 1)).toBeLessThan(0.02);
    const key = (v: number) => `${s.positions[v].toFixed(5)},${s.positions[v + 1].toFixed(5)},${s.positions[v + 2].toFixed(5)}`;
    const edges = new Map<string, number>();
    for (let tri = 0; tri < s.positions.length; tri += 9) {
      const ks = [key(tri), key(tri + 3), key(tri + 6)];
      if (ks[0] === ks[1] || ks[1] === ks[2] || ks[0] === ks[2]) continue; // degenerate (vertex on a cell centre)
      for (let e = 0; e < 3; e++) {
        const a = ks[e], b = ks[(e + 1) % 3];
        const k = a < b ? `${a}|${b}` : `${b}|${a}`;
        edges.set(k, (edges.get(k) ?? 0) + 1);
      }
    }
    const counts = [...edges.values()];
    expect(counts.every((c) => c === 2)).toBe(true);
  });

  it('winds every triangle with its normal from the hot core outwards', () => {
    const p = s.positions;
    let inward = 0;
    for (let tri = 0; tri < p.length; tri += 9) {
      const ux = p[tri + 3] - p[tri], uy = p[tri + 4] - p[tri + 1], uz = p[tri + 5] - p[tri + 2];
      const vx = p[tri + 6] - p[tri], vy = p[tri + 7] - p[tri + 1], vz = p[tri + 8] - p[tri + 2];
      const n = [uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx];
      const c = [(p[tri] + p[tri + 3] + p[tri + 6]) / 3 - 1, (p[tri + 1] + p[tri + 4] + p[tri + 7]) / 3 - 1, (p[tri + 2] + p[tri + 5] + p[tri + 8]) / 3 - 1];
      if (n[0] * c[0] + n[1] * c[1] + n[2] * c[2] < 0) inward++;
    }
    expect(inward).toBe(0);
  });

  it('is exact for a linear field: the plane z = 0.83 m, area = the grid cross-section between centres', () => {
    const h = 0.1, n = 20, gz = grid(n, h);
    const lin = field(gz, (_x, _y, z) => 20 + 5 * z);
    const p = isosurface(gz, lin, null, 20 + 5 * 0.83);
    for (let v = 2; v < p.positions.length; v += 3) expect(p.positions[v]).toBeCloseTo(0.83, 5);
    const side = (n - 1) * h;
    expect(area(p.positions)).toBeCloseTo(side * side, 5);
  });

  it('treats solid cells as cold: a hot solid block makes no surface, hot air next to it stops on its face', () => {
    const h = 0.1, n = 10, gs = grid(n, h);
    const hot = new Float32Array(n * n * n).fill(20);
    const solid = new Uint8Array(n * n * n);
    // a hot solid block (i, j, k in 2..4): its own value does not count
    for (let k = 2; k < 5; k++) for (let j = 2; j < 5; j++) for (let i = 2; i < 5; i++) { const c = i + n * (j + n * k); solid[c] = 1; hot[c] = 90; }
    expect(isosurface(gs, hot, solid, 30).triangles).toBe(0);
    expect(isosurface(gs, hot, null, 30).triangles).toBeGreaterThan(0);
  });

  it('stops at the triangle budget and says so', () => {
    const small = isosurface(g, t, null, 40 - 10 * R, 100);
    expect(small.triangles).toBe(100);
    expect(small.truncated).toBe(true);
    expect(small.positions.length).toBe(900);
    expect(s.truncated).toBe(false);
  });
});
