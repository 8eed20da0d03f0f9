// Lid-driven cavity, Re 100 (Ghia, Ghia & Shin 1982, J. Comput. Phys. 48:387): u on the vertical
// centreline against the published table [REFERENCE.md §9]. 2D in the x–z plane (one free-slip cell in
// y), 32 × 32 cells, pseudo-time marched to a steady state. Measured max |Δu| 0.0047 (U = 1) on this grid
// with the sources split along the trajectory (SolverOptions.trajectorySources); 0.0145 with every source
// at the arrival point (2026-11-26).
import { describe, expect, it } from 'vitest';
import { lidCavity } from './cases';
import { DEFAULT_SOLVER_OPTIONS, solveSteady } from '../../../workers/airflow/solver';
import { sample } from '../../../workers/airflow/advect';

const GHIA_RE100: [number, number][] = [
  [0.9766, 0.84123], [0.9531, 0.68717], [0.8516, 0.23151], [0.7344, 0.00332], [0.6172, -0.13641], [0.5, -0.20581],
  [0.4531, -0.2109], [0.2813, -0.15662], [0.1719, -0.1015], [0.1016, -0.06434], [0.0625, -0.04192],
];

const n = 32;
/** The steady Re 100 cavity at Courant number cfl. */
function cavity(cfl: number, trajectorySources = true) {
  const r = solveSteady(lidCavity(n, 100), { ...DEFAULT_SOLVER_OPTIONS, trajectorySources, maxSteps: 2000, cfl, dtMax: 10, tolMomentum: 1e-4, tolEnergy: Infinity, finalEnergySweeps: 0, averageSteps: 0 }, null);
  if ('kind' in r) throw new Error(r.message);
  expect(r.stats.converged).toBe(true);
  return r;
}
/** u on the vertical centreline at the cell centres. */
const centreline = (u: Float64Array) => Array.from({ length: n }, (_, k) => sample(u, n + 1, 1, n, 0.5 * n, 0, k));
const maxDiff = (a: number[], b: number[]) => Math.max(...a.map((x, i) => Math.abs(x - b[i])));

describe('lid-driven cavity vs Ghia et al. 1982', () => {
  it('Re 100: centreline u within 0.01 of Ghia at every tabulated point', () => {
    const r = cavity(2);
    let maxErr = 0;
    for (const [z, ref] of GHIA_RE100) {
      const u = sample(r.fields.u, n + 1, 1, n, 0.5 * n, 0, z * n - 0.5);
      maxErr = Math.max(maxErr, Math.abs(u - ref));
    }
    console.log(`Ghia Re 100, 32²: max |u − u_Ghia| = ${maxErr.toFixed(4)} after ${r.stats.steps} steps`);
    expect(maxErr).toBeLessThan(0.01);
    // the minimum of u (the vortex core) sits near z ≈ 0.45 with u ≈ −0.21
    const uMid = sample(r.fields.u, n + 1, 1, n, 0.5 * n, 0, 0.4531 * n - 0.5);
    expect(uMid).toBeLessThan(-0.19);
  }, 120_000);

  // A steady state should not depend on the pseudo-time step that marched to it. With every source at the
  // arrival point it does, to first order (the centreline moves by 0.0178 from Courant 1 to 4); split along
  // the trajectory by 0.0048 (measured 2026-11-26).
  it('the steady flow hardly depends on the step: Courant 1 and 4 agree within 0.008, < 0.4× the unsplit scheme', () => {
    const split = maxDiff(centreline(cavity(1).fields.u), centreline(cavity(4).fields.u));
    const unsplit = maxDiff(centreline(cavity(1, false).fields.u), centreline(cavity(4, false).fields.u));
    console.log(`Ghia cavity, Courant 1 vs 4: max |Δu| ${split.toFixed(4)} split along the trajectory, ${unsplit.toFixed(4)} at the arrival point`);
    expect(split).toBeLessThan(0.008);
    expect(split).toBeLessThan(0.4 * unsplit);
  }, 120_000);
});
