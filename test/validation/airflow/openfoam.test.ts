// Rack mean intake temperatures of the small two-row hall (openfoam/fixture.ts) against OpenFOAM v1912
// (buoyantBoussinesqSimpleFoam, k-ε, same 0.2 m mesh, same compact rack model), stored in
// openfoam/reference.json by openfoam/make-reference.sh. OpenFOAM never runs here: only the JSON is read.
// Measured 2026-11-26 on the 2-core box: RMS 0.48–0.49 K, max 0.66–0.81 K with the earlier stop (169 steps);
// RMS 0.39 K, max 0.70 K since the solve stops on the batch-means test of the mean intakes (119 steps).
// The mean of an unsteady flow varies a little with the averaging window; goal RMS ≤ 1.0 K, max ≤ 2.5 K.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { denseHall, smallHall } from './openfoam/fixture';
import { solveAir } from '../../../workers/airflow/index';

interface Reference { racks: { id: string; intakeMean: number }[]; units: { id: string; returnT: number }[]; run: { wallSeconds: number } }
const ref = JSON.parse(readFileSync(join(import.meta.dirname, 'openfoam', 'reference.json'), 'utf8')) as Reference;

describe('small hall vs OpenFOAM (stored reference)', () => {
  const r = solveAir(smallHall(), { mode: 'accurate', cellSize: 0.2 });
  if (!r.ok) throw new Error(r.error.message);

  it('rack mean intake temperatures: RMS ≤ 0.75 K and max ≤ 1.2 K', () => {
    const byId = new Map(r.racks.map((x) => [x.id, x.intakeMean]));
    let sum = 0, max = 0;
    for (const x of ref.racks) {
      const d = byId.get(x.id)! - x.intakeMean;
      sum += d * d;
      max = Math.max(max, Math.abs(d));
    }
    const rms = Math.sqrt(sum / ref.racks.length);
    console.log(`OpenFOAM comparison: RMS ${rms.toFixed(3)} K, max ${max.toFixed(3)} K over ${ref.racks.length} racks; ` +
      `Hallflow ${r.convergence.seconds.toFixed(1)} s vs OpenFOAM ${ref.run.wallSeconds} s`);
    expect(rms).toBeLessThan(0.75);
    expect(max).toBeLessThan(1.2);
  });

  it('ranks the hottest and coolest rows of racks as OpenFOAM does (B5/B2 hot, A3 cool)', () => {
    const sorted = [...r.racks].sort((a, b) => a.intakeMean - b.intakeMean).map((x) => x.id);
    expect(sorted.slice(0, 3)).toContain('A3');
    expect(sorted.slice(-3)).toEqual(expect.arrayContaining(['B2']));
  });
});

// The dense, under-supplied hall (fixture.ts denseHall: 16 racks at 6–12 kW, CRAHs supplying 83 % of the
// rack airflow, unequal units), OpenFOAM reference-dense.json (31 cycles, 9,300 SIMPLE iterations, 635 s;
// the exhaust coupling still moved 0.19 K per cycle, and the CRAH returns carry 133.6 of the 144 kW of rack
// heat, as the small hall's carry 41.4 of 45 kW). Measured 2026-11-26: RMS 2.25 K, max 4.83 K (A6), bias
// +1.7 K (Hallflow hotter, the east end most) — OUTSIDE the goal (RMS ≤ 1.0 K, max ≤ 2.5 K). This test is
// a regression guard at the measured level, not a claim of accuracy; the gap is open work (issue 4 note).
describe('dense under-supplied hall vs OpenFOAM (stored reference; known gap)', () => {
  const dense = JSON.parse(readFileSync(join(import.meta.dirname, 'openfoam', 'reference-dense.json'), 'utf8')) as Reference;
  const r = solveAir(denseHall(), { mode: 'accurate', cellSize: 0.2 });
  if (!r.ok) throw new Error(r.error.message);

  it('rack mean intake temperatures: RMS ≤ 2.6 K and max ≤ 5.5 K (measured 2.25 / 4.83; goal 1.0 / 2.5 not met)', () => {
    const byId = new Map(r.racks.map((x) => [x.id, x.intakeMean]));
    let sum = 0, max = 0, bias = 0;
    for (const x of dense.racks) {
      const d = byId.get(x.id)! - x.intakeMean;
      sum += d * d; bias += d;
      max = Math.max(max, Math.abs(d));
    }
    const rms = Math.sqrt(sum / dense.racks.length);
    console.log(`OpenFOAM dense hall: RMS ${rms.toFixed(3)} K, max ${max.toFixed(3)} K, bias ${(bias / dense.racks.length).toFixed(2)} K over ${dense.racks.length} racks`);
    expect(rms).toBeLessThan(2.6);
    expect(max).toBeLessThan(5.5);
  });

  it('gets the hotter CRAH return right (west unit, the larger one) within 0.5 K', () => {
    const ours = r.units.find((u) => u.id === 'CRAH-W')!.returnT;
    const theirs = dense.units.find((u) => u.id === 'CRAH-W')!.returnT;
    expect(Math.abs(ours - theirs)).toBeLessThan(0.5);
  });
});
