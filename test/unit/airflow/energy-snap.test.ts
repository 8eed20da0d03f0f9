// The accurate mode's steady energy solve during the march (SolverOptions.energySnapStep, index.ts
// ENERGY_SNAP_STEP): at that step of a solve from rest the energy is solved steady on the step's flow, so the
// room's heat balance closes there instead of over the dozens of steps the pseudo-transient energy takes; it
// is not taken after a warm start nor by the fast mode. Whether it keeps the stated accuracy is asserted hall
// by hall in test/validation/airflow/openfoam.test.ts; its symmetry on a mirror-symmetric hall in
// test/validation/airflow/hall.test.ts.
import { describe, expect, it } from 'vitest';
import { smallHall } from '../../validation/airflow/openfoam/fixture';
import { voxelise } from '../../../workers/airflow/voxelise';
import { buildHallProblem } from '../../../workers/airflow/hall-problem';
import { solveSteady } from '../../../workers/airflow/solver';
import { solveAir, solverOptionsFor, type AirResult } from '../../../workers/airflow/index';

/** The small OpenFOAM reference hall's problem at 0.2 m, marched for 22 steps with the snap at `snap`. */
function march(snap: number) {
  const doc = smallHall();
  const vox = voxelise(doc, 0.2, 1e9);
  if ('kind' in vox) throw new Error(vox.message);
  const built = buildHallProblem(doc, vox, 1);
  if ('kind' in built) throw new Error(built.message);
  const s = solveSteady(built.problem, { ...solverOptionsFor('accurate'), maxSteps: 22, energySnapStep: snap, captureSweeps: 0 }, null);
  if ('kind' in s) throw new Error(s.message);
  return s.stats;
}

const solved = (r: ReturnType<typeof solveAir>): AirResult => {
  if (!r.ok) throw new Error(r.error.message);
  return r;
};

describe('the steady energy solve during the march', () => {
  it('closes the room heat balance at its step, which the march alone has not done by then', () => {
    const without = march(0), withSnap = march(20);
    expect(without.snapEnergySweeps).toBe(0);
    expect(withSnap.snapEnergySweeps).toBeGreaterThan(0);
    // history[19]: the residuals of step 20, whose monitors and balance are read after the snap
    expect(Math.abs(without.history[19].balance)).toBeGreaterThan(0.02);
    expect(Math.abs(withSnap.history[19].balance)).toBeLessThan(1e-3);
    // the steps before it are the same march
    expect(withSnap.history[18].balance).toBe(without.history[18].balance);
  });

  it('the accurate mode takes it at step 20 from rest, not after a warm start; the fast mode never', () => {
    expect(solverOptionsFor('accurate').energySnapStep).toBe(20);
    expect(solverOptionsFor('fast').energySnapStep).toBe(0);
    const short = { maxSteps: 25, minSteps: 20 };
    const rest = solved(solveAir(smallHall(), { mode: 'accurate', solver: short }));
    expect(rest.convergence.snapEnergySweeps).toBeGreaterThan(0);
    const warm = solved(solveAir(smallHall(), { mode: 'accurate', solver: short, warmStart: rest }));
    expect(warm.convergence.snapEnergySweeps).toBe(0);
    const fast = solved(solveAir(smallHall(), { mode: 'fast' }));
    expect(fast.convergence.snapEnergySweeps).toBe(0);
  });

  it('refuses a step that is not a whole number ≥ 0, naming the option', () => {
    for (const bad of [-1, 2.5, Number.NaN]) {
      const r = solveAir(smallHall(), { mode: 'accurate', solver: { energySnapStep: bad } });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(/^solver\.energySnapStep is /);
    }
  });
});
