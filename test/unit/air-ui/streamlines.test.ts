// Streamlines of the air result (renderer/src/scene/air-streamlines.ts) against flows whose paths are
// known exactly: a uniform stream (straight lines to the wall), a solid-body rotation (circles: RK4 on a
// field that trilinear interpolation reproduces exactly), the upstream trace (the same path reversed),
// a block in the stream (the line ends at its face and names it), still air, and the seed lattice.
import { describe, expect, it } from 'vitest';
import type { AirFields, GridDescription } from '../../../workers/airflow';
import { faceSeeds, traceStreamline, rackStreams, describeStreams, summariseStreams } from '../../../renderer/src/scene/air-streamlines';
import { emptyHall } from '../../../workers/model/defaults';
import type { RackT } from '../../../workers/model/schema';

function fields(nx: number, ny: number, nz: number, h: number, vel: (x: number, y: number, z: number) => [number, number, number], t = (x: number) => 20 + x): AirFields {
  const grid: GridDescription = { nx, ny, nz, dx: h, dy: h, dz: h, origin: [0, 0, 0] };
  const n = nx * ny * nz;
  const f: AirFields = { grid, solid: new Uint8Array(n), t: new Float32Array(n), speed: new Float32Array(n), u: new Float32Array(n), v: new Float32Array(n), w: new Float32Array(n) };
  for (let k = 0; k < nz; k++) for (let j = 0; j < ny; j++) for (let i = 0; i < nx; i++) {
    const c = i + nx * (j + ny * k), x = (i + 0.5) * h, y = (j + 0.5) * h, z = (k + 0.5) * h;
    const [u, v, w] = vel(x, y, z);
    f.u[c] = u; f.v[c] = v; f.w[c] = w; f.speed[c] = Math.hypot(u, v, w); f.t[c] = t(x);
  }
  return f;
}

describe('streamlines', () => {
  it('follow a uniform stream to the wall, straight, with the temperature along them', () => {
    const f = fields(20, 10, 5, 0.5, () => [0.8, 0, 0]);
    const l = traceStreamline(f, [1.1, 2.3, 1.2], 1);
    expect(l.end).toEqual({ kind: 'wall' });
    const last = l.count - 1;
    expect(l.points[3 * last]).toBeGreaterThan(10 - 0.5 / 3 - 1e-6); // the wall at x = 10, within a step
    for (let q = 0; q < l.count; q++) {
      expect(l.points[3 * q + 1]).toBeCloseTo(2.3, 5);
      expect(l.points[3 * q + 2]).toBeCloseTo(1.2, 5);
    }
    // t = 20 + x between the outermost centres (held beyond them)
    const mid = Math.floor(l.count / 2);
    expect(l.temps[mid]).toBeCloseTo(20 + l.points[3 * mid], 4);
    // upstream: the same line, the other way
    const back = traceStreamline(f, [1.1, 2.3, 1.2], -1);
    expect(back.points[3 * (back.count - 1)]).toBeLessThan(0.5 / 3 + 1e-6);
  });

  it('close a circle in a solid-body rotation (RK4, radius kept to 0.1 %)', () => {
    const c = 5, R = 3;
    const f = fields(40, 40, 2, 0.25, (x, y) => [-(y - c) * 0.5, (x - c) * 0.5, 0]);
    const l = traceStreamline(f, [c + R, c, 0.25], 1, [], null, 0.05, 2 * Math.PI * R);
    expect(l.end).toEqual({ kind: 'length' });
    let worst = 0;
    for (let q = 0; q < l.count; q++) worst = Math.max(worst, Math.abs(Math.hypot(l.points[3 * q] - c, l.points[3 * q + 1] - c) - R));
    expect(worst).toBeLessThan(0.001 * R);
    // one turn: back at the start, within a step
    const last = l.count - 1;
    expect(Math.hypot(l.points[3 * last] - (c + R), l.points[3 * last + 1] - c)).toBeLessThan(0.01);
    // counter-clockwise: the first step goes +y
    expect(l.points[4]).toBeGreaterThan(c);
  });

  it('end at a rack in the stream and name its face; stop in still air', () => {
    const f = fields(20, 10, 6, 0.5, (x) => [x < 6 ? 1 : 0, 0, 0]);
    // a rack block: cells with x ∈ [6, 7), y ∈ [2, 3), z < 2 (front faces −x at 270°)
    for (let k = 0; k < 4; k++) for (let j = 4; j < 6; j++) for (let i = 12; i < 14; i++) f.solid[i + 20 * (j + 10 * k)] = 1;
    const rack = { kind: 'rack' as const, id: 'R1', fp: { x: 6.5, y: 2.5, rotationDeg: 270, width: 1, depth: 1 }, height: 2 };
    const hit = traceStreamline(f, [1, 2.5, 1], 1, [rack]);
    expect(hit.end).toEqual({ kind: 'rack', id: 'R1', face: 'intake' });
    // above the rack the air stops at x = 6 (u = 0 beyond): still air
    const over = traceStreamline(f, [1, 2.5, 2.75], 1, [rack]);
    expect(over.end).toEqual({ kind: 'still' });
  });

  it('seed a rack face on a lattice just outside it', () => {
    const s = faceSeeds({ x: 2, y: 3, rotationDeg: 0, width: 0.6, depth: 1.2 }, 2, 'rear', 0.1);
    expect(s).toHaveLength(12);
    for (const p of s) expect(p[1]).toBeCloseTo(3 + 0.6 + 0.1, 9); // at 0° the rear faces +y
    expect(Math.min(...s.map((p) => p[0]))).toBeCloseTo(2 - 0.2, 9);
    expect(Math.max(...s.map((p) => p[2]))).toBeCloseTo(1.75, 9);
    const front = faceSeeds({ x: 2, y: 3, rotationDeg: 90, width: 0.6, depth: 1.2 }, 2, 'front', 0.1);
    for (const p of front) expect(p[0]).toBeCloseTo(2 + 0.7, 9); // at 90° the front faces +x
  });

  it('trace a rack of a document and say where its exhaust goes', () => {
    // a hall 10 × 5 × 3 m at 0.25 m: air moves +x everywhere; rack R1 at x = 3 faces −x (270°), R2 at x = 7
    // faces −x: R1's exhaust (its +x side) flows into R2's intake
    const doc = emptyHall('streams', '2026-01-01T00:00:00.000Z');
    const rack = (id: string, x: number): RackT => ({ id, name: id, rowId: null, templateId: null, x, y: 2.5, rotationDeg: 270, width: 1, depth: 1, height: 2,
      itLoad: 5000, cooling: 'air', liquidCaptureFraction: 0, airflow: { spec: 'deltaT', value: 12 }, rearDoor: null, coldPlate: null });
    doc.racks = [rack('R1', 3), rack('R2', 7)];
    const f = fields(40, 20, 12, 0.25, () => [0.5, 0, 0]);
    for (const x0 of [2.5, 6.5]) for (let k = 0; k < 8; k++) for (let j = 8; j < 12; j++) for (let i = x0 / 0.25; i < x0 / 0.25 + 4; i++) f.solid[i + 40 * (j + 20 * k)] = 1;
    const s = rackStreams(f, doc, 'R1', 'exhaust')!;
    expect(s.lines).toHaveLength(12);
    const m = summariseStreams(s);
    expect(m.intakes.get('R2')).toBe(12);
    expect(describeStreams(s)).toBe('R1, 12 lines from its exhaust: 12 enter rack intakes (R2 ×12).');
    const up = rackStreams(f, doc, 'R2', 'intake')!;
    expect(summariseStreams(up).exhausts.get('R1')).toBe(12);
    expect(rackStreams(f, doc, 'nope', 'intake')).toBeNull();
  });

  it('step seeds out of a staircase face; name the ceiling return and lines that run on', () => {
    const doc = emptyHall('steps', '2026-01-01T00:00:00.000Z');
    const rack = (id: string, x: number): RackT => ({ id, name: id, rowId: null, templateId: null, x, y: 2.5, rotationDeg: 270, width: 1, depth: 1, height: 2,
      itLoad: 5000, cooling: 'air', liquidCaptureFraction: 0, airflow: { spec: 'deltaT', value: 12 }, rearDoor: null, coldPlate: null });
    doc.racks = [rack('R1', 3), rack('R2', 7)];
    const f = fields(40, 20, 12, 0.25, () => [0.5, 0, 0]);
    // R1's block one cell deeper than its footprint behind the rear face (x 2.5–3.75): the first seed
    // position (0.15 m out) is solid, the next (0.3 m) is air
    for (let k = 0; k < 8; k++) for (let j = 8; j < 12; j++) { for (let i = 10; i < 15; i++) f.solid[i + 40 * (j + 20 * k)] = 1; for (let i = 26; i < 30; i++) f.solid[i + 40 * (j + 20 * k)] = 1; }
    const s = rackStreams(f, doc, 'R1', 'exhaust')!;
    expect(s.lines).toHaveLength(12);
    for (const l of s.lines) expect(l.points[0]).toBeGreaterThan(3.75);
    expect(describeStreams(s)).toBe('R1, 12 lines from its exhaust: 12 enter rack intakes (R2 ×12).');
    // rising air and a ceiling-return unit: the exhaust leaves through the ceiling
    const up = fields(40, 20, 12, 0.25, () => [0, 0, 0.5]);
    const crah = { id: 'CRAH-1', name: 'CRAH-1', templateId: null, x: 9, y: 0.5, rotationDeg: 0, width: 1, depth: 0.8, height: 2, capacity: 80000,
      airflow: 2, supplySetpoint: 20, fanPower: 1500, enabled: true, kind: 'crah' as const, supply: 'front' as const, return: 'ceiling' as 'ceiling' | 'top', waterSupplyTemp: 12 };
    doc.coolingUnits = [crah];
    expect(describeStreams(rackStreams(up, doc, 'R1', 'exhaust')!)).toBe('R1, 12 lines from its exhaust: 12 leave through the ceiling.');
    // without a ceiling return the ceiling is a wall
    crah.return = 'top';
    expect(describeStreams(rackStreams(up, doc, 'R1', 'exhaust')!)).toBe('R1, 12 lines from its exhaust: 12 end still air, a wall or the side of equipment.');
    // a closed loop (solid-body rotation about the rack): every line runs past the length limit
    const spin = fields(40, 20, 12, 0.25, (x, y) => [-(y - 2.5), x - 3, 0]);
    expect(describeStreams(rackStreams(spin, doc, 'R1', 'exhaust')!)).toMatch(/^R1, 12 lines from its exhaust: (\d+ [^;]+; )?\d+ run on for more than 80 m \(recirculating\)/);
  });

  it('trace an intake back to the floor tile below it (raised floor, rising air)', () => {
    const doc = emptyHall('tiles', '2026-01-01T00:00:00.000Z');
    doc.envelope.floor = { kind: 'raised', plenumDepth: 0.6, tileSize: 1.2 };
    doc.racks = [{ id: 'R1', name: 'R1', rowId: null, templateId: null, x: 3, y: 2.5, rotationDeg: 270, width: 1, depth: 1, height: 2,
      itLoad: 5000, cooling: 'air', liquidCaptureFraction: 0, airflow: { spec: 'deltaT', value: 12 }, rearDoor: null, coldPlate: null }];
    doc.tiles = [{ id: 'T1', x: 2.0, y: 2.5, openArea: 0.25 }];
    const f = fields(40, 20, 12, 0.25, () => [0, 0, 0.5]);
    for (let k = 0; k < 8; k++) for (let j = 8; j < 12; j++) for (let i = 10; i < 14; i++) f.solid[i + 40 * (j + 20 * k)] = 1;
    const up = rackStreams(f, doc, 'R1', 'intake')!;
    expect(describeStreams(up)).toBe('R1, 12 lines into its intake: 12 come from cooling air (floor tiles ×12).');
    // without the tile the same lines end at the floor: counted, not named
    doc.tiles = [];
    expect(describeStreams(rackStreams(f, doc, 'R1', 'intake')!)).toBe('R1, 12 lines into its intake: 12 trace back to still air, a wall or the side of equipment.');
  });
});
