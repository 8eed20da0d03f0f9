// Small test problems built directly on the solver's problem type (no hall document): lid-driven cavity,
// differentially heated cavity, 1D channel. Shared by validation tests and the benchmark.
import { makeGrid, type Grid } from '../../../workers/airflow/grid';
import { openBox, wallSide, type AirProblem, type SideBC } from '../../../workers/airflow/problem';

export function sides(): SideBC[] {
  return [wallSide(), wallSide(), wallSide(), wallSide(), wallSide(), wallSide()];
}

function base(g: Grid, s: SideBC[], nu: number, gBeta: number, t0: number, scales: AirProblem['scales']): AirProblem {
  return {
    grid: g, ...openBox(g), sides: s, patches: [], patchT: new Float64Array(0), racks: [], units: [], plenum: null,
    physics: { nu, prandtl: 0.71, turbulence: { kind: 'none' }, gBeta, tRef: t0, density: 1, cp: 1 },
    scales, t0,
  };
}

/** Unit square cavity in the x–z plane (one cell thick in y, free-slip), lid u = 1 at z = 1, ν = 1/Re. */
export function lidCavity(n: number, re: number): AirProblem {
  const g = makeGrid({ nx: n, ny: 1, nz: n, dx: 1 / n, dy: 1 / n, dz: 1 / n, x0: 0, y0: 0, z0: 0 });
  const s = sides();
  s[2].slip = true; s[3].slip = true;
  s[5].velocity = [1, 0, 0];
  return base(g, s, 1 / re, 0, 0, { velocity: 1, length: 1, flow: 1 / n });
}

/**
 * de Vahl Davis square cavity in the x–z plane: hot wall x = 0 at +0.5, cold x = 1 at −0.5, Pr 0.71,
 * scaled so that α = 1 with L = 1: ν = Pr, gβ = Ra·Pr (ΔT = 1).
 */
export function heatedCavity(n: number, ra: number): AirProblem {
  const g = makeGrid({ nx: n, ny: 1, nz: n, dx: 1 / n, dy: 1 / n, dz: 1 / n, x0: 0, y0: 0, z0: 0 });
  const s = sides();
  s[2].slip = true; s[3].slip = true;
  s[0].temperature = 0.5; s[1].temperature = -0.5;
  const pr = 0.71;
  const p = base(g, s, pr, ra * pr, 0, { velocity: Math.sqrt(ra * pr) * 0.2, length: 1, flow: Math.sqrt(ra * pr) * 0.2 / n });
  p.physics.prandtl = pr;
  return p;
}
