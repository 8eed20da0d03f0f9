// 1D steady advection–diffusion against its analytic solution: u·T' = α·T'', T(0) = 1, T(L) = 0 →
// T(x) = (e^Pe − e^(Pe·x/L)) / (e^Pe − 1), Pe = uL/α. Exercises energy.ts (hybrid scheme, FIXED inflow and
// outflow faces on isothermal sides) in a channel of 40 cells, one cell across.
import { describe, expect, it } from 'vitest';
import { makeGrid } from '../../../workers/airflow/grid';
import { allocEnergy, assembleEnergy, sweepEnergy } from '../../../workers/airflow/energy';
import { applyPatchVelocities, makePatch, openBox, wallSide, type AirProblem } from '../../../workers/airflow/problem';
import { fillInflow } from '../../../workers/airflow/couplings';

function channel(n: number, u: number, alpha: number): { p: AirProblem; uf: Float64Array } {
  const g = makeGrid({ nx: n, ny: 1, nz: 1, dx: 1 / n, dy: 0.1, dz: 0.1, x0: 0, y0: 0, z0: 0 });
  const sides = [wallSide(), wallSide(), wallSide(), wallSide(), wallSide(), wallSide()];
  sides[0].temperature = 1; sides[1].temperature = 0;
  const p: AirProblem = {
    grid: g, ...openBox(g), sides, patches: [], patchT: new Float64Array(2), racks: [], units: [], plenum: null,
    physics: { nu: alpha, prandtl: 1, turbulence: { kind: 'none' }, gBeta: 0, tRef: 0, density: 1, cp: 1 }, scales: { velocity: u, length: 1, flow: u * 0.01 }, t0: 0,
  };
  const q = u * g.dy * g.dz;
  p.patches.push(makePatch(p, 'in', [{ axis: 0, face: 0, cell: 0, inward: 1 }], q));
  p.patches.push(makePatch(p, 'out', [{ axis: 0, face: n, cell: n - 1, inward: -1 }], -q));
  p.patchT[0] = 1;
  const uf = new Float64Array(g.nU).fill(u);
  applyPatchVelocities(p, uf, new Float64Array(g.nV), new Float64Array(g.nW));
  return { p, uf };
}

describe('energy equation: 1D advection–diffusion', () => {
  it.each([[2], [5], [10]])('Pe = %i matches the analytic profile within 1 % of the range', (pe) => {
    const n = 40, u = 1, alpha = 1 / pe;
    const { p, uf } = channel(n, u, alpha);
    const g = p.grid;
    const e = allocEnergy(g.nCells);
    const t = new Float64Array(g.nCells);
    assembleEnergy(g, e, p.solid, uf, new Float64Array(g.nV), new Float64Array(g.nW), p.uState, p.vState, p.wState, alpha,
      new Float64Array(g.nCells), 1, p.sides, 0, t, 0, g.nz);
    fillInflow(p, e.bDyn);
    for (let s = 0; s < 4000; s++) { sweepEnergy(g, e, t, 1, 0, 1); sweepEnergy(g, e, t, -1, 0, 1); }
    let maxErr = 0;
    for (let i = 0; i < n; i++) {
      const x = (i + 0.5) / n;
      const exact = (Math.exp(pe) - Math.exp(pe * x)) / (Math.exp(pe) - 1);
      maxErr = Math.max(maxErr, Math.abs(t[i] - exact));
    }
    expect(maxErr).toBeLessThan(0.01);
  });

  it('conserves energy: advected in = advected out + diffused at the walls', () => {
    const { p, uf } = channel(20, 0.5, 0.05);
    const g = p.grid;
    const e = allocEnergy(g.nCells);
    const t = new Float64Array(g.nCells);
    assembleEnergy(g, e, p.solid, uf, new Float64Array(g.nV), new Float64Array(g.nW), p.uState, p.vState, p.wState, 0.05,
      new Float64Array(g.nCells), 1, p.sides, 0, t, 0, 1);
    fillInflow(p, e.bDyn);
    for (let s = 0; s < 3000; s++) { sweepEnergy(g, e, t, 1, 0, 1); sweepEnergy(g, e, t, -1, 0, 1); }
    const A = g.dy * g.dz, F = 0.5 * A, D = (0.05 * A) / (g.dx / 2);
    const inflow = F * 1 + D * (1 - t[0]);
    const outflow = F * 0 + D * (t[g.nx - 1] - 0);
    expect(Math.abs(inflow - outflow) / inflow).toBeLessThan(1e-9);
  });
});
