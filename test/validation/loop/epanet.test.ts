// The generated networks of the default sample hall, exported by workers/loop/to-inp.ts and solved by
// EPANET 2.3 itself (epanet-js): same flows (0.1 %) and heads (0.01 m) as Hallflow's solver on the
// same network. Both at one uniform viscosity (EPANET has one per network): PG25 at the TCS design
// mean temperature, water at the FWS's. Cold plates (n = 1.85) go to EPANET as GPVs with a
// 121-point head-loss curve, n = 2 components and Kv resistances as TCVs (exact).
import { describe, expect, it } from 'vitest';
import { coolantProperties } from '../../../workers/fluids';
import { HydraulicSolver } from '../../../workers/hydraulics';
import { buildLoopPlan, loopToInp, resolveInputs, type LoopPlan } from '../../../workers/loop';
import { epanetSnapshot } from '../epanet/oracle';
import { sample } from '../../unit/loop/fixtures';

function plan(): LoopPlan {
  const doc = sample('ai-hall-mixed');
  const inputs = resolveInputs(doc, {}, 30);
  if (typeof inputs === 'string') throw new Error(inputs);
  const p = buildLoopPlan(doc, inputs);
  if ('ok' in p) throw new Error(JSON.stringify(p.errors));
  return p;
}

describe.each([
  ['TCS', 'tcs', 'PG25', 41 + 5],
  ['FWS', 'fws', 'water', 37 + 5],
] as const)('%s of the default sample vs EPANET (epanet-js)', (_name, side, coolant, T) => {
  it('same flows (0.1 %) and heads (0.01 m)', async () => {
    const p = plan()[side]!;
    const props = coolantProperties(coolant, T);
    const nu = props.mu / props.rho;
    const net = p.network;
    const solver = new HydraulicSolver(net);
    for (let k = 0; k < net.nLinks; k++) solver.setLinkViscosity(k, nu);
    const out = solver.solve();
    expect(out.ok).toBe(true);
    const exp = loopToInp(p.model, nu);
    const ref = await epanetSnapshot(exp.inp);
    let qmax = 0;
    for (let k = 0; k < net.nLinks; k++) qmax = Math.max(qmax, Math.abs(solver.flow(k)));
    let worstQ = 0;
    let worstH = 0;
    let worstLink = '';
    for (let k = 0; k < net.nLinks; k++) {
      const id = net.linkIds[k];
      if (p.model.links[p.modelLink[k]].kind === 'tank-connection') continue; // ~0 by continuity in both
      const q = solver.flow(k);
      const qe = ref.links[exp.linkIds.get(id)!].flow / 1000; // L/s → m³/s
      const rel = Math.abs(q - qe) / Math.max(Math.abs(qe), 1e-3 * qmax);
      if (rel > worstQ) { worstQ = rel; worstLink = id; }
    }
    for (let i = 0; i < net.nNodes; i++) {
      const he = ref.nodes[exp.nodeIds.get(net.nodeIds[i])!].head;
      worstH = Math.max(worstH, Math.abs(solver.head(i) - he));
    }
    console.log(`${side}: ${net.nLinks} links, worst flow difference ${(worstQ * 100).toFixed(4)} % (${worstLink}), worst head difference ${worstH.toFixed(5)} m; iterations ours ${out.iterations}, EPANET ${ref.iterations}`);
    expect(worstQ).toBeLessThan(1e-3);
    expect(worstH).toBeLessThan(0.01);
  });
});
