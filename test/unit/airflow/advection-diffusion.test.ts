// 1D steady advection–diffusion against its analytic solution: u·T' = α·T'', T(0) = 1, T(L) = 0 →
// T(x) = (e^Pe − e^(Pe·x/L)) / (e^Pe − 1), Pe = uL/α. Exercises energy.ts (hybrid scheme, FIXED inflow and
// outflow faces on isothermal sides) in a channel of 40 cells, one cell across.
import { describe, expect, it } from 'vitest';
import { cellIndex, makeGrid, uIndex } from '../../../workers/airflow/grid';
import { diffuseColour } from '../../../workers/airflow/diffuse';
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

// The departure-point half of the step (phases.ts departure, SolverOptions.trajectorySources) uses the
// implicit diffusion's stencil explicitly: out = x + dt·ν·∇²x − gs·∇φ. On a field quadratic in x the
// discrete Laplacian is exact (2 per unit x²), on a linear φ so is the gradient.
describe('explicit diffusion with the pressure gradient (departure point)', () => {
  it('u = x², φ = 3x: out = x² + 2ν·dt − 3·gs on every interior u face, the walls untouched', () => {
    const n = 8, h = 0.25, nu = 0.1, dt = 0.3, gs = 0.5;
    const g = makeGrid({ nx: n, ny: 3, nz: 3, dx: h, dy: h, dz: h, x0: 0, y0: 0, z0: 0 });
    const box = openBox(g);
    // free slip on the y and z sides so a field that varies only in x sees no wall there
    const sides = [wallSide(), wallSide(), wallSide(), wallSide(), wallSide(), wallSide()];
    for (const s of sides.slice(2)) s.slip = true;
    const u = new Float64Array(g.nU), out = new Float64Array(g.nU).fill(NaN), phi = new Float64Array(g.nCells);
    for (let k = 0; k < g.nz; k++) for (let j = 0; j < g.ny; j++) {
      for (let i = 0; i <= n; i++) u[uIndex(g, i, j, k)] = (i * h) ** 2;
      for (let i = 0; i < n; i++) phi[cellIndex(g, i, j, k)] = 3 * (i + 0.5) * h;
    }
    diffuseColour(g, 0, box.uState, u, u, new Float64Array(g.nCells), nu, dt, sides, 0, 0, g.nz, out, phi, gs);
    for (let k = 0; k < g.nz; k++) for (let j = 0; j < g.ny; j++) {
      for (let i = 1; i < n; i++) expect(out[uIndex(g, i, j, k)]).toBeCloseTo((i * h) ** 2 + 2 * nu * dt - 3 * gs, 12);
      expect(out[uIndex(g, 0, j, k)]).toBe(u[uIndex(g, 0, j, k)]);
      expect(out[uIndex(g, n, j, k)]).toBe(u[uIndex(g, n, j, k)]);
    }
  });
});
