// After a warm start across a small edit (the app's solve after an edit, AirOptions.warmAfterSmallEdit) the
// fast mode develops for at most warmDevelopSteps (10) before it averages: the small OpenFOAM reference hall, whose fast-mode flow stays unsteady, develops
// for its full developSteps (30) from rest. The accurate mode keeps its development after a warm start
// (warmDevelopSteps = developSteps). Whether the shorter development keeps the stated accuracy is asserted
// hall by hall in test/validation/airflow/openfoam.test.ts (warm-started from an edited hall).
import { describe, expect, it } from 'vitest';
import { solveAir, solverOptionsFor, type AirResult } from '../../../workers/airflow/index';
import { smallHall } from '../../validation/airflow/openfoam/fixture';

const solved = (r: ReturnType<typeof solveAir>): AirResult => {
  if (!r.ok) throw new Error(r.error.message);
  return r;
};
/** Steps before the average began. */
const development = (r: AirResult) => r.convergence.steps - r.convergence.averagedSteps;

describe('development after a warm start', () => {
  it('the fast mode averages after at most 10 steps when warm-started, after 30 from rest', () => {
    const edited = smallHall();
    edited.racks[0].itLoad *= 1.5;
    const rest = solved(solveAir(edited, { mode: 'fast' }));
    // from rest: an unsteady flow (averaged), which never got calm, so it developed for developSteps
    expect(rest.convergence.averagedSteps).toBeGreaterThan(0);
    expect(development(rest)).toBeGreaterThanOrEqual(solverOptionsFor('fast').developSteps - 1);
    const warm = solved(solveAir(smallHall(), { mode: 'fast', warmStart: rest, warmAfterSmallEdit: true }));
    expect(warm.accuracy.basis).toContain('this solve was warm-started');
    expect(warm.convergence.averagedSteps).toBeGreaterThan(0);
    expect(warm.convergence.converged).toBe(true);
    expect(solverOptionsFor('fast').warmDevelopSteps).toBe(10);
    expect(development(warm)).toBeLessThanOrEqual(10);
    // the option is what shortens it: with warmDevelopSteps = developSteps the warm start develops as long
    const long = solved(solveAir(smallHall(), { mode: 'fast', warmStart: rest, warmAfterSmallEdit: true, solver: { warmDevelopSteps: 30 } }));
    expect(development(long)).toBeGreaterThan(10);
    // and only after a small edit (the caller says so): a warm start across a large change, as the N+1 batch
    // may make, develops as from rest
    const large = solved(solveAir(smallHall(), { mode: 'fast', warmStart: rest }));
    expect(development(large)).toBeGreaterThan(10);
  });

  it('the accurate mode keeps its development after a warm start', () => {
    const o = solverOptionsFor('accurate');
    expect(o.warmDevelopSteps).toBe(o.developSteps);
  });

  it('a warmDevelopSteps that is not a whole number ≥ 0 is a named error', () => {
    const r = solveAir(smallHall(), { mode: 'fast', solver: { warmDevelopSteps: -1 } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('warmDevelopSteps');
  });
});
