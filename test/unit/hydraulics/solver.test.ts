// The solver's SI API: analytic checks, per-link viscosity, typed failures and bad-input messages.
import { describe, expect, it } from 'vitest';
import { HydraulicSolver, NetworkBuilder, colebrook, type BuildResult } from '../../../workers/hydraulics';

function built(r: BuildResult): Extract<BuildResult, { ok: true }> {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r;
}

describe('HydraulicSolver (SI)', () => {
  it('a k·Q² component between two fixed heads carries Q = √(Δh/k)', () => {
    const b = new NetworkBuilder({ headloss: 'D-W' })
      .addReservoir('A', { head: 12 }).addReservoir('B', { head: 2 }).addJunction('J', { elevation: 0 })
      .addComponent('CP', 'A', 'J', { coefficient: 4e5, exponent: 2 })
      .addComponent('CP2', 'J', 'B', { coefficient: 6e5, exponent: 2 });
    const { network } = built(b.build());
    const s = new HydraulicSolver(network);
    const out = s.solve();
    expect(out.ok).toBe(true);
    const q = Math.sqrt(10 / 1e6);
    expect(s.flow(network.linkIndex.get('CP') as number)).toBeCloseTo(q, 8);
    expect(s.head(network.nodeIndex.get('J') as number)).toBeCloseTo(12 - 4e5 * q * q, 4);
  });

  it('a D-W pipe matches Darcy–Weisbach with Swamee–Jain friction (EPANET) within Colebrook accuracy', () => {
    const L = 100, D = 0.05, eps = 4.5e-5, dh = 5, nu = 1.0e-6;
    const b = new NetworkBuilder({ headloss: 'D-W', viscosity: nu, accuracy: 1e-5 })
      .addReservoir('A', { head: 10 + dh }).addReservoir('B', { head: 10 }).addJunction('J', { elevation: 0 })
      .addPipe('P1', 'A', 'J', { length: L / 2, diameter: D, roughness: eps })
      .addPipe('P2', 'J', 'B', { length: L / 2, diameter: D, roughness: eps });
    const { network } = built(b.build());
    const s = new HydraulicSolver(network);
    expect(s.solve().ok).toBe(true);
    const q = s.flow(0);
    const v = q / (Math.PI * D * D / 4);
    const f = colebrook(v * D / nu, eps / D);
    const hf = f * (L / D) * v * v / (2 * 9.80665);
    expect(hf).toBeCloseTo(dh, 1); // EPANET's g = 32.2 ft/s² and Swamee–Jain differ slightly
  });

  it('per-link viscosity (e.g. a colder coolant) reduces laminar flow in proportion', () => {
    const b = new NetworkBuilder({ headloss: 'D-W', viscosity: 1e-6 })
      .addReservoir('A', { head: 1.001 }).addReservoir('B', { head: 1 }).addJunction('J', { elevation: 0 })
      .addPipe('P1', 'A', 'J', { length: 10, diameter: 0.004, roughness: 1e-6 })
      .addPipe('P2', 'J', 'B', { length: 10, diameter: 0.004, roughness: 1e-6 });
    const { network } = built(b.build());
    const s = new HydraulicSolver(network);
    expect(s.solve().ok).toBe(true);
    const q1 = s.flow(0);
    s.setLinkViscosity(0, 3e-6);
    s.setLinkViscosity(1, 3e-6);
    expect(s.solve().ok).toBe(true);
    expect(s.flow(0)).toBeCloseTo(q1 / 3, 12);
  });

  it('several solvers share one network without interfering', () => {
    const b = new NetworkBuilder().addReservoir('R', { head: 20 }).addJunction('J', { elevation: 0, demand: 0.002 })
      .addPipe('P', 'R', 'J', { length: 50, diameter: 0.05, roughness: 1e-5 });
    const { network } = built(b.build());
    const a = new HydraulicSolver(network);
    const c = new HydraulicSolver(network);
    c.setDemand(0, 0.004);
    a.solve();
    c.solve();
    expect(a.flow(0)).toBeCloseTo(0.002, 10);
    expect(c.flow(0)).toBeCloseTo(0.004, 10);
  });

  it('a closed loop without a fixed-head node fails naming a node (no pressure reference)', () => {
    const b = new NetworkBuilder().addJunction('A', { elevation: 0 }).addJunction('B', { elevation: 0 })
      .addReservoir('R', { head: 5 }).addJunction('C', { elevation: 0 })
      .addPipe('P1', 'A', 'B', { length: 1, diameter: 0.02, roughness: 1e-5 })
      .addPump('PU', 'B', 'A', { curve: [[0.001, 10]] })
      .addPipe('P3', 'R', 'C', { length: 1, diameter: 0.02, roughness: 1e-5 });
    const { network } = built(b.build());
    const out = new HydraulicSolver(network).solve();
    expect(out.ok).toBe(false);
    expect(out.failure?.reason).toBe('no-pressure-reference');
    expect(['A', 'B']).toContain(out.failure?.elementId);
  });

  it('a junction cut off by closed links fails as a singular system naming it', () => {
    const b = new NetworkBuilder().addReservoir('R', { head: 5 }).addJunction('A', { elevation: 0 })
      .addJunction('B', { elevation: 0, demand: 0.001 })
      .addPipe('P1', 'R', 'A', { length: 10, diameter: 0.05, roughness: 1e-5 })
      .addValve('V', 'A', 'B', { type: 'TCV', diameter: 0.05, status: 'closed' });
    const { network } = built(b.build());
    const out = new HydraulicSolver(network).solve();
    // EPANET keeps a closed link as a 1e-8 conductance: solvable but the head is meaningless.
    if (out.ok) expect(out.warnings.map((w) => w.code)).toContain('isolated-by-closed-links');
    else expect(out.failure?.elementId).toBe('B');
  });

  it('reports non-convergence as a typed result with iterations and residual', () => {
    const b = new NetworkBuilder({ maxIterations: 1 }).addReservoir('R', { head: 20 })
      .addJunction('J', { elevation: 0, demand: 0.002 }).addJunction('K', { elevation: 0, demand: 0.001 })
      .addPipe('P', 'R', 'J', { length: 50, diameter: 0.05, roughness: 1e-5 })
      .addPipe('Q', 'J', 'K', { length: 50, diameter: 0.03, roughness: 1e-5 });
    const out = new HydraulicSolver(built(b.build()).network).solve();
    expect(out.ok).toBe(false);
    expect(out.failure?.reason).toBe('not-converged');
    expect(out.iterations).toBe(1);
    expect(Number.isFinite(out.relativeError)).toBe(true);
  });

  it('flags cavitation risk below a vapour-pressure head', () => {
    const b = new NetworkBuilder().addReservoir('R', { head: 2 }).addJunction('J', { elevation: 10, demand: 0.001 })
      .addPipe('P', 'R', 'J', { length: 50, diameter: 0.05, roughness: 1e-5 });
    const out = new HydraulicSolver(built(b.build()).network).solve({ vapourPressureHead: -5 });
    expect(out.warnings.some((w) => w.code === 'cavitation-risk' && w.elementId === 'J')).toBe(true);
  });
});

describe('bad input names the element and the reason', () => {
  const issues = (b: NetworkBuilder): string[] => {
    const r = b.build();
    return r.ok ? [] : r.issues.map((i) => `${i.element}: ${i.message}`);
  };
  const base = (): NetworkBuilder => new NetworkBuilder().addReservoir('R', { head: 10 }).addJunction('J', { elevation: 0 });

  it('zero or negative diameter', () => {
    expect(issues(base().addPipe('P', 'R', 'J', { length: 1, diameter: 0, roughness: 1e-5 }))[0]).toMatch(/^P: diameter must be positive/);
    expect(issues(base().addValve('V', 'R', 'J', { type: 'TCV', diameter: -1, setting: 2 }))[0]).toMatch(/^V: diameter/);
  });
  it('a pump curve that rises', () => {
    expect(issues(base().addPump('PU', 'R', 'J', { curve: [[0, 10], [0.01, 12], [0.02, 5]] })).join()).toMatch(/PU: pump curve/);
    expect(issues(base().addPump('PU', 'R', 'J', { curve: [[0.01, 10], [0.02, 11], [0.03, 5], [0.04, 1]] })).join()).toMatch(/PU: pump curve must have strictly falling head/);
  });
  it('a valve without a setting', () => {
    expect(issues(base().addJunction('K', { elevation: 0 }).addValve('V', 'J', 'K', { type: 'PRV', diameter: 0.1 }))[0]).toMatch(/^V: PRV valve needs a setting/);
  });
  it('broken references and duplicates', () => {
    expect(issues(base().addPipe('P', 'R', 'X', { length: 1, diameter: 0.1, roughness: 1e-5 }))[0]).toMatch(/^P: end node X does not exist/);
    expect(issues(base().addJunction('J', { elevation: 1 }))[0]).toMatch(/^J: duplicate node ID/);
  });
  it('illegal valve connections (EPANET rules)', () => {
    expect(issues(base().addValve('V', 'R', 'J', { type: 'PRV', diameter: 0.1, setting: 5 })).join()).toMatch(/V: PRV cannot be connected to a reservoir or tank/);
  });
  it('an unconnected junction', () => {
    expect(issues(base().addJunction('K', { elevation: 0 }).addPipe('P', 'R', 'J', { length: 1, diameter: 0.1, roughness: 1e-5 })).join()).toMatch(/K: junction is not connected/);
  });
});
