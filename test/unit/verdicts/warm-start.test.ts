// The N+1 batch solves each failure case's air from rest by default, as the same scenario solved alone, so
// its result does not depend on how the design case was obtained (solved by the batch, with its solver
// state, or taken from the app's current results, without): test 3. With RedundancyOptions.warmStart it
// starts from the design's converged field, and a warm start must change where the solver starts, not
// where it ends:
// 1. On a flow with a true steady state (constant ν_t, first-order advection, no averaging: the steady
//    configuration of test/validation/airflow/hall.test.ts), failing one of two cooling units and solving
//    from rest or from the design field gives the same rack intakes and unit returns within the solver's
//    own steady-state tolerance on those monitors (DEFAULT_SOLVER_OPTIONS.tolMonitor, 0.1 K).
// 2. With warmStart, the batch's failure case is exactly that warm-started solve (same inputs, so the same
//    numbers).
// (The default model's fast mode is unsteady and averaged: there warm and cold starts differ by the
// averaging's own scatter, measured in bench/redundancy.bench.ts.)
import { describe, expect, it } from 'vitest';
import { solveAir } from '../../../workers/airflow';
import { buildHallProblem } from '../../../workers/airflow/hall-problem';
import { DEFAULT_SOLVER_OPTIONS, solveSteady } from '../../../workers/airflow/solver';
import { voxelise } from '../../../workers/airflow/voxelise';
import type { HallDocument } from '../../../workers/model/schema';
import { applyToDocument, DESIGN_INPUTS, testHall } from '../../../workers/scenarios';
import { failureCases, redundancyDesignFrom, runRedundancyCase, solveRedundancyDesign } from '../../../workers/verdicts';
import { solveScenario } from '../../../workers/scenarios';
import { sample, sampleRack } from './fixtures';

/** The 3-rack test row of the default sample with a second, identical unit on the opposite wall. */
function twoUnitRow(): HallDocument {
  const doc = sample('ai-hall-mixed');
  const hall = testHall(doc, sampleRack(doc, 'air'));
  const u = hall.coolingUnits[0];
  hall.coolingUnits = [u, { ...u, id: 'T-U2', name: 'T-U2', x: hall.envelope.length - u.x, rotationDeg: 270 }];
  return hall;
}

const CELL = 0.4;
function steadySolve(doc: HallDocument, warm: Parameters<typeof solveSteady>[2]) {
  const vox = voxelise(doc, CELL, 1e9);
  if ('kind' in vox) throw new Error(vox.message);
  const built = buildHallProblem(doc, vox, 1);
  if ('kind' in built) throw new Error(built.message);
  const p = built.problem;
  p.physics.turbulence = { kind: 'constant', nut: 0.02 };
  const s = solveSteady(p, { ...DEFAULT_SOLVER_OPTIONS, maxSteps: 1500, tolMomentum: 1e-4, tolEnergy: 1e-4, averageSteps: 0, maccormack: false }, warm);
  if ('kind' in s) throw new Error(s.message);
  return { s, monitors: [...s.couplings.rackIntakeT, ...s.couplings.unitReturnT] };
}

describe('warm start of the failure cases from the design field', () => {
  const hall = twoUnitRow();
  const failed = applyToDocument(hall, { ...DESIGN_INPUTS, failed: ['T-U1'] });

  it('reaches the cold start\'s steady state within the solver\'s monitor tolerance', () => {
    const design = steadySolve(hall, null);
    const cold = steadySolve(failed, null);
    const warm = steadySolve(failed, design.s.fields);
    expect(design.s.stats.converged && cold.s.stats.converged && warm.s.stats.converged).toBe(true);
    expect(cold.s.stats.averagedSteps + warm.s.stats.averagedSteps).toBe(0); // true steady states, no averaging
    // the failure moves the monitors by far more than the tolerance (otherwise the check proves nothing)
    const moved = Math.max(...cold.monitors.map((t, i) => Math.abs(t - design.monitors[i])));
    expect(moved).toBeGreaterThan(10 * DEFAULT_SOLVER_OPTIONS.tolMonitor);
    const diff = Math.max(...cold.monitors.map((t, i) => Math.abs(t - warm.monitors[i])));
    console.log(`warm vs cold start after failing T-U1: ${warm.s.stats.steps} vs ${cold.s.stats.steps} steps, largest monitor difference ${diff.toFixed(4)} K (failure moved them by up to ${moved.toFixed(2)} K)`);
    expect(diff).toBeLessThan(DEFAULT_SOLVER_OPTIONS.tolMonitor);
  }, 120_000);

  it('with warmStart the batch\'s failure case is that warm-started solve, the unchanged liquid side the design\'s result', () => {
    const o = { air: 'fast' as const, cellSize: CELL, warmStart: true };
    const { base } = solveRedundancyDesign(hall, o);
    const crah = failureCases(hall).find((c) => c.id === 'T-U1')!;
    const r = runRedundancyCase(hall, crah, o, base);
    expect(r.source).toEqual({ air: 'solved (warm start from design)', loops: 'design result (same solver inputs)' });
    const warmFrom = base.air && base.air.ok && 'state' in base.air ? base.air : null;
    expect(warmFrom).not.toBeNull(); // the batch's own design solve keeps the solver state
    const direct = solveAir(failed, { mode: 'fast', cellSize: CELL, warmStart: warmFrom });
    if (!direct.ok) throw new Error(direct.error.message);
    expect(r.airSteps).toBe(direct.convergence.steps);
    const inlet = new Map(r.racks.map((v) => [v.rackId, v.checks.find((c) => c.id === 'inlet-allowable')!.value]));
    for (const rack of direct.racks) expect(inlet.get(rack.id)).toBe(rack.intakeMax);
    // a stale base (another document) is ignored: both sides solved from rest
    const other = structuredClone(hall);
    other.racks[0].itLoad *= 1.1;
    expect(runRedundancyCase(other, crah, o, base).source).toEqual({ air: 'solved', loops: 'solved' });
  }, 120_000);

  it('by default a failure case is the scenario solved alone, from rest, whichever way the design case was obtained', () => {
    const o = { air: 'fast' as const, cellSize: CELL };
    const crah = failureCases(hall).find((c) => c.id === 'T-U1')!;
    const alone = solveScenario(hall, { ...DESIGN_INPUTS, failed: ['T-U1'] }, { air: 'fast', cellSize: CELL });
    if (!alone.air?.ok) throw new Error('scenario air solve failed');
    const aloneInlet = new Map(alone.air.racks.map((x) => [x.id, x.intakeMax]));
    // the batch's own design solve (a base with the solver state) and the app's current results (without)
    const solved = solveRedundancyDesign(hall, o).base;
    const current = redundancyDesignFrom(hall, o, solved.air && solved.air.ok ? { ok: true, racks: solved.air.racks, units: solved.air.units, energy: solved.air.energy } : null, solved.loops).base;
    for (const base of [solved, current]) {
      const r = runRedundancyCase(hall, crah, o, base);
      expect(r.source.air).toBe('solved');
      expect(r.airSteps).toBe(alone.air.convergence.steps);
      for (const v of r.racks) expect(v.checks.find((c) => c.id === 'inlet-allowable')!.value).toBe(aloneInlet.get(v.rackId));
    }
  }, 120_000);
});
