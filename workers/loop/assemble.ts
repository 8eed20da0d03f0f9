// Results of a converged coupled solve: per rack, per CDU, the plant, every link (pipe or
// component, with its polyline) and every node, plus the energy balances. Values with no physical
// meaning (temperatures of loops without circulation or heat rejection) are null, never NaN.
import type { HallDocument } from '../model/schema';
import type { LoopPlan } from './build';
import { G } from './constants';
import type { CduState, CoupledSolution, SideState } from './coupled';
import { polylineLength, SpecType } from './model';
import { pumpPower } from './plant';
import type { CduLoopResult, NodeLoopResult, PipeLoopResult, PlantLoopResult, PumpSetResult, RackLoopResult } from './results';
import { RETURN_TEMPERATURE_LIMIT } from './constants';

const NO_FLOW = 1e-9;

function pumpSet(s: SideState | null, ids: readonly string[], installed: number, standby: number, failed: string[]): PumpSetResult {
  let flow = 0;
  let head = 0;
  let headM = 0;
  let power = 0;
  let efficiency = 0;
  if (s) {
    const net = s.plan.network;
    for (const id of ids) {
      const k = s.link(id);
      if (k < 0) continue;
      const m = s.plan.model;
      const i = s.plan.modelLink[k];
      const q = s.flow[k];
      const h = s.solver.head(net.to[k]) - s.solver.head(net.from[k]);
      const dp = h * s.rhoHead[k] * G;
      flow += q;
      headM = h;
      head = dp;
      if (m.specType[i] === SpecType.pump) {
        const p = pumpPower(q, dp, m.p0[i], m.p1[i], m.p2[i]);
        power += p.power;
        efficiency = p.efficiency;
      }
    }
  }
  return { installed, standby, running: ids.length, failed, flow, head, headM, flowPerPump: ids.length > 0 ? flow / ids.length : 0, power, efficiency };
}

export function rackResults(doc: HallDocument, plan: LoopPlan, sol: CoupledSolution): RackLoopResult[] {
  const out: RackLoopResult[] = [];
  const { criteria } = doc;
  const tcs = sol.tcs;
  for (const c of sol.cdus) {
    for (const { rack, liquidHeat } of c.plan.racks) {
      const cp = rack.coldPlate!;
      const designFlow = liquidHeat * criteria.flowPerPowerTarget;
      const k = tcs ? tcs.link(`${rack.id}/cold-plate`) : -1;
      if (!tcs || k < 0) continue;
      const net = tcs.plan.network;
      const rg = tcs.rhoHead[k] * G;
      const flow = Math.max(tcs.flow[k], 0);
      const ds = tcs.link(`${rack.id}/drop-s`);
      const dr = tcs.link(`${rack.id}/drop-r`);
      const branchPressureDrop = (tcs.solver.head(net.from[ds]) - tcs.solver.head(net.to[dr])) * rg;
      const coldPlatePressureDrop = (tcs.solver.head(net.from[k]) - tcs.solver.head(net.to[k])) * rg;
      // Without facility water the loop has no heat sink and no steady state: no temperatures (the
      // 'no-primary-flow' warning names the CDU), never the diverging values of the last iteration.
      const live = c.op !== null && c.primaryFlowing && flow > NO_FLOW;
      const supplyT = live ? tcs.table.temperature(tcs.sweep.linkHin[k]) : null;
      const returnT = live ? tcs.table.temperature(tcs.sweep.linkHout[k]) : null;
      const maxCase = Math.min(cp.maxCaseTemp, criteria.maxCaseTemp);
      // Labelled assumption (schema): R = R_design·(Q/Q_design)^(−m), T_case = T_mean + q·R.
      const caseT = supplyT !== null && returnT !== null
        ? 0.5 * (supplyT + returnT) + liquidHeat * cp.thermalResistance * Math.pow(flow / designFlow, -cp.resistanceExponent) : null;
      const fpp = flow / liquidHeat;
      const share = flow / designFlow;
      const okShare = share >= criteria.minFlowShare;
      const okFpp = fpp >= criteria.flowPerPowerMin;
      const okCase = caseT !== null && caseT <= maxCase;
      const okReturn = returnT !== null && returnT <= RETURN_TEMPERATURE_LIMIT;
      out.push({
        id: rack.id, cduId: c.plan.cdu.id, liquidHeat, designFlow, flow, flowPerPower: fpp, flowShare: share,
        branchPressureDrop, coldPlatePressureDrop, supplyT, returnT, caseT, caseMargin: caseT === null ? null : maxCase - caseT,
        ok: { flowShare: okShare, flowPerPower: okFpp, caseTemp: okCase, returnTemp: okReturn, all: okShare && okFpp && okCase && okReturn },
      });
    }
  }
  for (const u of plan.assignment.unserved) {
    out.push({
      id: u.rack.id, cduId: null, liquidHeat: u.liquidHeat, designFlow: u.liquidHeat * criteria.flowPerPowerTarget, flow: 0, flowPerPower: 0,
      flowShare: 0, branchPressureDrop: 0, coldPlatePressureDrop: 0, supplyT: null, returnT: null, caseT: null, caseMargin: null,
      ok: { flowShare: false, flowPerPower: false, caseTemp: false, returnTemp: false, all: false },
    });
  }
  return out;
}

export function cduResults(doc: HallDocument, plan: LoopPlan, sol: CoupledSolution, control: boolean): CduLoopResult[] {
  const out: CduLoopResult[] = [];
  const tPlant = plan.facilitySupplyT;
  for (const c of sol.cdus) out.push(cduResult(c, sol, tPlant, control));
  for (const cdu of doc.cdus) {
    if (!plan.assignment.offline.has(cdu.id)) continue;
    const p = cdu.pumps;
    out.push({
      id: cdu.id, online: false, rackIds: plan.assignment.unserved.filter((u) => cdu.rackIds.includes(u.rack.id)).map((u) => u.rack.id),
      load: 0, capacity: cdu.capacity, utilisation: 0, hxHeat: 0, secondaryFlow: 0, primaryFlow: 0, primaryHxFlow: 0, valvePosition: 0,
      supplyT: null, returnT: null, primarySupplyT: tPlant, primaryReturnT: null, approach: null, ua: 0, effectiveness: 0, ntu: 0,
      setpoint: cdu.secondarySupplySetpoint, setpointHeld: control ? false : null,
      pumps: { installed: p.count, standby: p.standby, running: 0, failed: [], flow: 0, head: 0, headM: 0, flowPerPump: 0, power: 0, efficiency: 0 },
    });
  }
  return out;
}

function cduResult(c: CduState, sol: CoupledSolution, tPlant: number, control: boolean): CduLoopResult {
  const { cdu, racks, load, ua } = c.plan;
  const fws = sol.fws;
  const hxp = fws ? c.hxpLink : -1;
  const pout = fws ? c.poutNode : -1;
  const primaryFlow = fws && hxp >= 0 ? Math.max(fws.flow[hxp], 0) : 0;
  const live = c.op !== null && c.primaryFlowing;
  const fraction = c.op?.fraction ?? 0;
  return {
    id: cdu.id, online: true, rackIds: racks.map((r) => r.rack.id), load, capacity: cdu.capacity, utilisation: load / cdu.capacity,
    hxHeat: c.hxHeat, secondaryFlow: sol.tcs && c.hxLink >= 0 ? Math.max(sol.tcs.flow[c.hxLink], 0) : 0,
    primaryFlow, primaryHxFlow: primaryFlow * fraction, valvePosition: fraction,
    supplyT: live ? c.tSecOut : null, returnT: live ? c.tSecIn : null, primarySupplyT: tPlant,
    primaryReturnT: live && fws && pout >= 0 ? fws.nodeT[pout] : null, approach: live ? c.tSecOut - tPlant : null,
    ua, effectiveness: c.op?.effectiveness ?? 0, ntu: c.op?.ntu ?? 0, setpoint: cdu.secondarySupplySetpoint,
    setpointHeld: control ? (c.op?.held ?? false) : null,
    pumps: pumpSet(sol.tcs, c.plan.runningPumps, cdu.pumps.count, cdu.pumps.standby, c.plan.failedPumps),
  };
}

export function plantResult(doc: HallDocument, plan: LoopPlan, sol: CoupledSolution): PlantLoopResult | null {
  const fws = sol.fws;
  if (!fws) return null;
  const k = fws.link('plant/cooler');
  const flow = Math.max(fws.flow[k], 0);
  const live = flow > NO_FLOW;
  const p = doc.plant;
  return {
    supplyT: plan.facilitySupplyT, returnT: live ? fws.table.temperature(fws.sweep.linkHin[k]) : null, flow,
    heatRejected: live ? fws.rho[k] * flow * (fws.sweep.linkHin[k] - fws.sweep.linkHout[k]) : 0,
    capacity: Math.max(p.units - p.redundantUnits, 0) * p.unitCapacity,
    pumps: pumpSet(fws, plan.plantRunning, p.pumps.count, p.pumps.standby, plan.plantFailed),
  };
}

export function linkResults(sol: CoupledSolution): { pipes: PipeLoopResult[]; nodes: NodeLoopResult[] } {
  let nPipes = 0;
  let nNodes = 0;
  for (const s of [sol.tcs, sol.fws]) if (s) { nPipes += s.plan.network.nLinks; nNodes += s.plan.network.nNodes; }
  const pipes = new Array<PipeLoopResult>(nPipes);
  const nodes = new Array<NodeLoopResult>(nNodes);
  let ip = 0;
  let iN = 0;
  const dead = new Set<string>();
  for (const c of sol.cdus) if (c.op === null) dead.add(c.plan.cdu.id);
  const fwsDead = !sol.fws || sol.fws.plan.network.nLinks === 0 || !(Math.abs(sol.fws.flow[sol.fws.link('plant/cooler')]) > NO_FLOW);
  for (const s of [sol.tcs, sol.fws]) {
    if (!s) continue;
    const net = s.plan.network;
    const m = s.plan.model;
    const fws = m.side === 'fws';
    const side = m.side;
    const { modelLink, modelNode } = s.plan;
    const { flow, linkT, nodeT, rhoHead, solver, table } = s;
    const from = net.from;
    const to = net.to;
    for (let k = 0; k < net.nLinks; k++) {
      const i = modelLink[k];
      const t = m.specType[i];
      const q = flow[k];
      // Pipes (length p0, diameter p1) and balancing valves (diameter p0) have a bore.
      const d = t === SpecType.pipe ? m.p1[i] : t === SpecType.tcv ? m.p0[i] : null;
      const v = d !== null ? Math.abs(q) / (Math.PI * d * d * 0.25) : null;
      const T = linkT[k];
      const hl = solver.head(from[k]) - solver.head(to[k]);
      const cduId = m.linkCdu[i];
      const points = m.points[i];
      pipes[ip++] = {
        id: m.linkId[i], side, kind: m.kind[i], cduId, rackId: m.rackId[i], from: m.nodeId[m.from[i]], to: m.nodeId[m.to[i]], points,
        diameter: d, length: t === SpecType.pipe ? m.p0[i] : polylineLength(points), designFlow: m.designFlow[i], flow: q,
        velocity: v, reynolds: v !== null && d !== null ? (v * d) / table.viscosity(T) : null, headLoss: hl, pressureDrop: hl * rhoHead[k] * G,
        temperature: (fws ? fwsDead : dead.has(cduId ?? '')) ? null : T, status: solver.isClosed(k) ? 'closed' : 'open',
      };
    }
    let lastZone: string | null | undefined;
    let rho = 1000;
    for (let n = 0; n < net.nNodes; n++) {
      const i = modelNode[n];
      const cduId = m.nodeCdu[i];
      if (cduId !== lastZone) { lastZone = cduId; rho = m.density.get(fws ? '' : (cduId ?? '')) ?? 1000; }
      const head = solver.head(n);
      const z = m.nodeZ[i];
      nodes[iN++] = {
        id: m.nodeId[i], side, x: m.nodeX[i], y: m.nodeY[i], z, temperature: (fws ? fwsDead : dead.has(cduId ?? '')) ? null : nodeT[n],
        head, pressure: (head - z) * rho * G,
      };
    }
  }
  return { pipes, nodes };
}
