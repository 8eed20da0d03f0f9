// Verification of the hall model: mass and energy conservation, mirror symmetry of a symmetric hall,
// typed failures for bad input, warm start after moving one rack. Small halls (≤ 15k cells) keep it quick.
import { describe, expect, it } from 'vitest';
import { smallHall } from './openfoam/fixture';
import { solveAir, type AirResult } from '../../../workers/airflow/index';
import type { HallDocument } from '../../../workers/model/schema';
import { voxelise } from '../../../workers/airflow/voxelise';
import { buildHallProblem } from '../../../workers/airflow/hall-problem';
import { DEFAULT_SOLVER_OPTIONS, solveSteady } from '../../../workers/airflow/solver';

/** The reference hall made mirror-symmetric about x = 3.5 m: 7.0 m long, equal rack loads. */
function symmetricHall(): HallDocument {
  const doc = smallHall();
  doc.envelope.length = 7.0;
  doc.coolingUnits[1].x = 6.6;
  for (const r of doc.racks) r.itLoad = 4500;
  return doc;
}

function solved(doc: HallDocument, cellSize: number): AirResult {
  const r = solveAir(doc, { mode: 'accurate', cellSize });
  if (!r.ok) throw new Error(r.error.message);
  return r;
}

describe('hall airflow: conservation and symmetry', () => {
  const sym = solved(symmetricHall(), 0.2);

  it('conserves energy: rack heat = unit loads within 0.5 %', () => {
    expect(Math.abs(sym.energy.imbalance)).toBeLessThan(0.005);
    expect(sym.energy.rackHeat).toBeCloseTo(45000, 6);
  });

  it('conserves mass: Σ|cell divergence| below 0.1 % of the supply flow', () => {
    expect(sym.convergence.residuals.continuity).toBeLessThan(1e-3);
  });

  it('each rack returns its intake air heated by Q/(ρ·cp·V) (here its 12 K IT ΔT)', () => {
    for (const r of sym.racks) expect(r.exhaust - r.intakeMean).toBeCloseTo(12, 6);
  });

  const worstMirror = (t: Map<string, number>) => {
    let worst = 0;
    for (let i = 1; i <= 5; i++) {
      const m = 6 - i;
      worst = Math.max(worst, Math.abs(t.get(`A${i}`)! - t.get(`A${m}`)!), Math.abs(t.get(`B${i}`)! - t.get(`B${m}`)!));
    }
    return worst;
  };

  it('the discretisation is mirror-symmetric: a steady (constant ν_t, first-order advection) hall within 0.02 K', () => {
    const vox = voxelise(symmetricHall(), 0.2, 1e9);
    if ('kind' in vox) throw new Error(vox.message);
    const built = buildHallProblem(symmetricHall(), vox, 1);
    if ('kind' in built) throw new Error(built.message);
    const p = built.problem;
    p.physics.turbulence = { kind: 'constant', nut: 0.02 };
    // MacCormack's limiter keeps a small limit cycle (residual floor ≈ 4e-3); first-order tracing reaches a true steady state
    const s = solveSteady(p, { ...DEFAULT_SOLVER_OPTIONS, maxSteps: 600, tolMomentum: 1e-4, tolEnergy: 1e-4, averageSteps: 0, maccormack: false }, null);
    if ('kind' in s) throw new Error(s.message);
    expect(s.stats.converged).toBe(true);
    const worst = worstMirror(new Map(p.racks.map((r, i) => [r.id, s.couplings.rackIntakeT[i]])));
    console.log(`symmetry (steady, ν_t 0.02 m²/s, ${s.stats.steps} steps): worst mirrored intake difference ${worst.toFixed(4)} K`);
    expect(worst).toBeLessThan(0.02);
  }, 120_000);

  it('the default (unsteady, averaged) model keeps the symmetry within 0.5 K', () => {
    const worst = worstMirror(new Map(sym.racks.map((r) => [r.id, r.intakeMean])));
    console.log(`symmetry (default model, averaged): worst mirrored intake difference ${worst.toFixed(3)} K`);
    expect(worst).toBeLessThan(0.5);
    const [w, e] = sym.units;
    expect(Math.abs(w.returnT - e.returnT)).toBeLessThan(0.5);
  });

  it('fields are finite, sized to the grid, and metrics are in range', () => {
    const f = sym.fields;
    expect(f.t.length).toBe(f.grid.nx * f.grid.ny * f.grid.nz);
    expect(f.t.every(Number.isFinite) && f.speed.every(Number.isFinite)).toBe(true);
    expect(sym.metrics.shi).toBeGreaterThanOrEqual(0);
    expect(sym.metrics.shi).toBeLessThan(1);
    expect(sym.metrics.rciHi).toBeLessThanOrEqual(100);
  });
});

describe('hall airflow: typed failures for bad input', () => {
  it('a rack outside the hall', () => {
    const doc = smallHall();
    doc.racks[0].x = 20;
    const r = solveAir(doc, { mode: 'fast' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ kind: 'outsideHall', objectId: 'A1' });
  });
  it('a floor supply without a raised floor is a blocked supply', () => {
    const doc = smallHall();
    const u = doc.coolingUnits[0];
    if (u.kind === 'inRow') throw new Error('fixture');
    u.supply = 'floor';
    const r = solveAir(doc, { mode: 'fast' });
    expect(!r.ok && r.error.kind).toBe('blockedSupply');
  });
  it('a supply face covered by a rack is a blocked supply', () => {
    const doc = smallHall();
    doc.racks.push({ ...doc.racks[0], id: 'X', itLoad: 0, x: 1.1, y: 2.6, rotationDeg: 90, width: 1.2, depth: 0.6 });
    const r = solveAir(doc, { mode: 'accurate', cellSize: 0.2 });
    expect(!r.ok && r.error.kind).toBe('blockedSupply');
  });
  it('heat but no cooling airflow', () => {
    const doc = smallHall();
    for (const u of doc.coolingUnits) u.enabled = false;
    const r = solveAir(doc, { mode: 'fast' });
    expect(!r.ok && r.error.kind).toBe('zeroAirflow');
  });
  it('an enabled unit with no airflow is left out with a warning that names it; the other carries the heat', () => {
    const doc = smallHall();
    doc.coolingUnits[0].airflow = 0;
    const r = solveAir(doc, { mode: 'fast' });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.warnings.filter((w) => w.startsWith('cooling unit CRAH-W:') && w.includes('no airflow'))).toHaveLength(1);
    expect(r.units.map((u) => u.id)).toEqual(['CRAH-E']);
    expect(Math.abs(r.energy.imbalance)).toBeLessThan(0.005);
  });
  it('a supply setpoint below the chilled water is unphysical', () => {
    const doc = smallHall();
    doc.coolingUnits[0].supplySetpoint = 8;
    const r = solveAir(doc, { mode: 'fast' });
    expect(r.ok === false && r.error).toMatchObject({ kind: 'unphysicalSetpoint', objectId: 'CRAH-W' });
  });
  it('a grid too large for memory', () => {
    const r = solveAir(smallHall(), { mode: 'accurate', cellSize: 0.05, maxBytes: 50e6 });
    expect(!r.ok && r.error.kind).toBe('gridTooLarge');
  });
  it('an over-capacity unit warns and lets its supply temperature rise; the other picks up the rest', () => {
    const doc = smallHall();
    doc.coolingUnits[0].capacity = 15000;
    const r = solveAir(doc, { mode: 'fast' });
    if (!r.ok) throw new Error(r.error.message);
    const [w, e] = r.units;
    expect(w.overCapacity && w.supplyT > 20 && Math.abs(w.load - 15000) < 1).toBe(true);
    expect(e.overCapacity).toBe(false);
    expect(r.warnings.some((x) => x.includes('over capacity'))).toBe(true);
    expect(Math.abs(r.energy.imbalance)).toBeLessThan(0.005);
  });
  it('less cooling capacity than heat has no steady state: insufficientCooling', () => {
    const doc = smallHall();
    for (const u of doc.coolingUnits) u.capacity = 15000;
    const r = solveAir(doc, { mode: 'fast' });
    expect(!r.ok && r.error.kind).toBe('insufficientCooling');
  });
});

describe('hall airflow: fast mode with warm start', () => {
  it('after moving one rack, a warm-started solve needs fewer steps than a cold one', () => {
    const doc = smallHall();
    const first = solveAir(doc, { mode: 'fast', cellSize: 0.4 });
    if (!first.ok) throw new Error(first.error.message);
    const moved = smallHall();
    moved.racks[4].x = 5.3; // A5 moves one slot along the row
    const cold = solveAir(moved, { mode: 'fast', cellSize: 0.4 });
    const warm = solveAir(moved, { mode: 'fast', cellSize: 0.4, warmStart: first, warmAfterSmallEdit: true });
    if (!cold.ok || !warm.ok) throw new Error('solve failed');
    console.log(`warm start: ${warm.convergence.steps} steps (${warm.convergence.seconds.toFixed(2)} s) vs cold ${cold.convergence.steps} (${cold.convergence.seconds.toFixed(2)} s)`);
    expect(warm.convergence.steps).toBeLessThan(cold.convergence.steps);
    const diff = Math.max(...warm.racks.map((r, i) => Math.abs(r.intakeMean - cold.racks[i].intakeMean)));
    expect(diff).toBeLessThan(1.0);
  });
});
