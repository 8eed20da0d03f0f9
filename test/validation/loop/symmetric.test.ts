// Hand-checkable loop: one CDU, N identical racks in parallel on a reverse-return row. With the
// headers, mains, drops, hoses and pump pipes made negligible (1 m bore via overrides), every rack
// branch is the same series of components, so the flows are equal and the operating point is the
// intersection of the pump curve and the system curve, written out here from the inputs:
//   pumps: 2 in parallel, each h = 1.33334·H1 − 0.33334·H1·(q/q1)²   (EPANET one-point, REFERENCE.md §5)
//   HX secondary 70 kPa and strainer 15 kPa at 2·q1, ∝ Q²            (labelled assumptions, constants.ts)
//   per rack: 2 quick disconnects ΔP[bar] = SG·(Q[m³/h]/Kv)²          (REFERENCE.md §2)
//             cold plate ΔP = ΔP_d·(q/q_d)^1.85, q_d = itLoad·capture·flowPerPowerTarget
//             balancing valve K_open·v²/2g at the drop bore
import { describe, expect, it } from 'vitest';
import { coolantProperties } from '../../../workers/fluids';
import { buildLoopPlan, resolveInputs, solveLoops, type ComponentOverride, type LoopResult } from '../../../workers/loop';
import { BALANCING_VALVE_OPEN_K } from '../../../workers/loop/constants';
import { oneRowHall } from '../../unit/loop/fixtures';

const g = 9.80665;
const N = 6;

function ok(r: ReturnType<typeof solveLoops>): LoopResult {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
}

describe('one CDU, N identical racks, reverse return', () => {
  const doc = oneRowHall(N, 'reverse');
  const plan = buildLoopPlan(doc, resolveInputs(doc, {}, 30) as Exclude<ReturnType<typeof resolveInputs>, string>);
  if ('ok' in plan) throw new Error('build');
  const overrides: Record<string, ComponentOverride> = {};
  for (const l of plan.tcs!.model.links) {
    if (l.spec.type === 'pipe' && l.kind !== 'tank-connection') overrides[l.id] = { diameter: 1, minorLoss: 0 };
  }
  const valveD = plan.tcs!.model.links.find((l) => l.kind === 'balancing-valve')!.spec;
  const r = ok(solveLoops(doc, { overrides }));

  it('gives equal rack flows', () => {
    const q = r.racks.map((x) => x.flow);
    const mean = q.reduce((a, b) => a + b, 0) / N;
    expect((Math.max(...q) - Math.min(...q)) / mean).toBeLessThan(1e-5);
  });

  it('flow = pump curve ∩ system curve (by hand)', () => {
    const cdu = doc.cdus[0];
    const rack = doc.racks[0];
    const cp = rack.coldPlate!;
    const rho = coolantProperties('PG25', cdu.secondarySupplySetpoint + doc.criteria.coolantDeltaT / 2).rho;
    const q1 = cdu.pumps.ratedFlow;
    const H1 = cdu.pumps.ratedHead / (rho * g);
    const qd = rack.itLoad * rack.liquidCaptureFraction * doc.criteria.flowPerPowerTarget;
    const Qd = 2 * q1;
    const kv = doc.piping.quickDisconnectKv;
    const D = valveD.type === 'tcv' ? valveD.diameter : NaN;
    const pump = (Q: number) => H1 * (1.33334 - 0.33334 * (Q / 2 / q1) ** 2);
    const system = (Q: number) => {
      const q = Q / N;
      const qdisc = 2 * (1e5 / (1000 * g)) * ((q * 3600) / kv) ** 2;
      const plate = (cp.designPressureDrop / (rho * g)) * (q / qd) ** cp.pressureExponent;
      const v = q / ((Math.PI * D * D) / 4);
      const valve = (BALANCING_VALVE_OPEN_K * v * v) / (2 * g);
      return ((70e3 + 15e3) / (rho * g)) * (Q / Qd) ** 2 + qdisc + plate + valve;
    };
    let lo = 0;
    let hi = 4 * q1;
    for (let i = 0; i < 100; i++) {
      const mid = (lo + hi) / 2;
      if (pump(mid) > system(mid)) lo = mid; else hi = mid;
    }
    const Q = (lo + hi) / 2;
    const c = r.cdus[0];
    expect(Math.abs(c.secondaryFlow - Q) / Q).toBeLessThan(1e-3);
    expect(Math.abs(c.pumps.headM - pump(Q)) / pump(Q)).toBeLessThan(1e-3);
    for (const x of r.racks) expect(Math.abs(x.flow - Q / N) / (Q / N)).toBeLessThan(1e-3);
  });

  it('with the real pipes, reverse return balances better than direct return', () => {
    const spread = (x: LoopResult) => {
      const q = x.racks.map((k) => k.flow);
      return (Math.max(...q) - Math.min(...q)) / Math.max(...q);
    };
    const rev = ok(solveLoops(oneRowHall(N, 'reverse')));
    const dir = ok(solveLoops(oneRowHall(N, 'direct')));
    expect(spread(rev)).toBeLessThan(0.02);
    expect(spread(dir)).toBeGreaterThan(spread(rev));
    // direct return: the rack nearest the CDU gets the most flow
    expect(dir.racks[0].flow).toBe(Math.max(...dir.racks.map((k) => k.flow)));
  });
});
