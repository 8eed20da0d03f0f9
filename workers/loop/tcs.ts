// Technology cooling system (TCS) model of one CDU: expansion tank (pressure reference) on the pump
// suction, the pump set (duty pumps open, standby and failed pumps closed), plate-HX secondary pass,
// return strainer, a supply and a return main per rack row, row headers (direct or reverse return),
// and per rack: drop, supply hose, quick disconnect, cold-plate circuit, quick disconnect, return
// hose, balancing valve (TCV, open K by default), return drop. Pipes sized to piping.maxVelocity
// (Schedule 40, pipe-sizes.ts). Ids: "<cduId>/…" for CDU and header parts, "<rackId>/…" for racks.
import type { CduT, HallDocument } from '../model/schema';
import type { ServedRack } from './assign';
import {
  ATMOSPHERIC, BALANCING_VALVE_OPEN_K, ELBOW_K, HOSE_ROUGHNESS, HX_SECONDARY_DP, SKID_PIPE_LENGTH,
  STEEL_ROUGHNESS, STRAINER_DP, TANK_CONNECTION_K, TEE_BRANCH_K, TEE_RUN_K, TURBULENT_EXPONENT,
} from './constants';
import { polylineLength, route, SpecType, type LinkKind, type LoopModel, type Vec3 } from './model';
import { suggestSize } from './pipe-sizes';
import { cduPort, headerZ, rowRuns } from './rows';

/** Pump ids of a CDU and which of them run: the first (count − standby) pumps not failed. */
export function pumpPlan(prefix: string, pumps: CduT['pumps'], failed: ReadonlySet<string>): { id: string; running: boolean }[] {
  const duty = pumps.count - pumps.standby;
  let running = 0;
  const out: { id: string; running: boolean }[] = [];
  for (let k = 1; k <= pumps.count; k++) {
    const id = `${prefix}/pump${k}`;
    const run = !failed.has(id) && running < duty;
    if (run) running++;
    out.push({ id, running: run });
  }
  return out;
}

/** Design secondary flow of a CDU: its duty pumps at rated flow, m³/s. */
export function cduDesignFlow(cdu: CduT): number {
  return Math.max(cdu.pumps.count - cdu.pumps.standby, 1) * cdu.pumps.ratedFlow;
}

/** Writes generated nodes and links into a column model (model.ts); nodes are referred to by index. */
export class ModelSink {
  constructor(readonly model: LoopModel) {}
  node(id: string, cduId: string | null, p: Vec3, fixedPressure: number | null = null): number {
    return this.model.addNode(id, cduId, p[0], p[1], p[2], fixedPressure);
  }
  pump(id: string, kind: LinkKind, from: number, to: number, ratedFlow: number, ratedHead: number, ratedPower: number,
    points: readonly Vec3[], cduId: string | null, designFlow: number, closed: boolean): void {
    this.model.addLink(id, kind, from, to, SpecType.pump, ratedFlow, ratedHead, ratedPower, 1, points, cduId, null, designFlow, 0, closed);
  }
  /** Power-law component ΔP = ΔP_d·(Q/Q_d)ⁿ. */
  component(id: string, kind: LinkKind, from: number, to: number, designPressureDrop: number, specFlow: number, exponent: number,
    points: readonly Vec3[], cduId: string | null, rackId: string | null, designFlow: number, heat = 0): void {
    this.model.addLink(id, kind, from, to, SpecType.component, designPressureDrop, specFlow, exponent, 0, points, cduId, rackId, designFlow, heat, false);
  }
  kv(id: string, kind: LinkKind, from: number, to: number, kv: number, points: readonly Vec3[], cduId: string | null, rackId: string | null, designFlow: number): void {
    this.model.addLink(id, kind, from, to, SpecType.kv, kv, 0, 0, 0, points, cduId, rackId, designFlow, 0, false);
  }
  tcv(id: string, kind: LinkKind, from: number, to: number, diameter: number, setting: number, points: readonly Vec3[], cduId: string | null,
    rackId: string | null, designFlow: number): void {
    this.model.addLink(id, kind, from, to, SpecType.tcv, diameter, setting, 0, 0, points, cduId, rackId, designFlow, 0, false);
  }
  /** A pipe sized for designFlow at vmax unless a diameter is given; length from the polyline (≥ 0.1 m) unless given. */
  pipe(id: string, kind: LinkKind, from: number, to: number, points: readonly Vec3[], designFlow: number, vmax: number,
    cduId: string | null, rackId: string | null, minorLoss: number, diameter?: number, roughness?: number, length?: number): void {
    const d = diameter ?? suggestSize(designFlow, vmax).id;
    const len = length ?? Math.max(polylineLength(points), 0.1);
    this.model.addLink(id, kind, from, to, SpecType.pipe, len, d, roughness ?? STEEL_ROUGHNESS, minorLoss, points, cduId, rackId, designFlow, 0, false);
  }
}

/** Adds one CDU's TCS to `sink`. flowPerPower: criteria.flowPerPowerTarget, m³/s per W. */
export function addCduLoop(sink: ModelSink, doc: HallDocument, cdu: CduT, racks: readonly ServedRack[], failed: ReadonlySet<string>): void {
  const c = cdu.id;
  const vmax = doc.piping.maxVelocity;
  const q = cduDesignFlow(cdu);
  const port = cduPort(doc, cdu);
  const zMid = cdu.height / 2;
  const at = (dz: number): Vec3 => [cdu.x, cdu.y, Math.min(cdu.height, Math.max(0, zMid + dz))];

  // Skid: tank → suction → pumps → discharge → HX secondary → supply port; return port → strainer → suction.
  const exp = sink.node(`${c}/EXP`, c, at(0.6), cdu.expansionTankPressure + ATMOSPHERIC);
  const suc = sink.node(`${c}/SUC`, c, at(-0.6));
  const dis = sink.node(`${c}/DIS`, c, at(-0.2));
  const hxo = sink.node(`${c}/HXO`, c, port);
  const ret = sink.node(`${c}/RET`, c, [cdu.x, cdu.y + 0.01, port[2]]);
  sink.pipe(`${c}/tank`, 'tank-connection', exp, suc, [at(0.6), at(-0.6)], q, vmax, c, null, TANK_CONNECTION_K, suggestSize(0, vmax).id, undefined, SKID_PIPE_LENGTH);
  const pumps = cdu.pumps;
  for (const p of pumpPlan(c, pumps, failed)) {
    const out = sink.node(`${p.id}/out`, c, at(-0.4));
    sink.pump(p.id, 'pump', suc, out, pumps.ratedFlow, pumps.ratedHead, pumps.ratedPower, [at(-0.6), at(-0.4)], c, pumps.ratedFlow, !p.running);
    sink.pipe(`${p.id}/discharge`, 'pump-discharge', out, dis, [at(-0.4), at(-0.2)], pumps.ratedFlow, vmax, c, null, 2 * ELBOW_K, undefined, undefined, SKID_PIPE_LENGTH);
  }
  sink.component(`${c}/hx-s`, 'hx-secondary', dis, hxo, HX_SECONDARY_DP, q, TURBULENT_EXPONENT, [at(-0.2), port], c, null, q);
  sink.component(`${c}/strainer`, 'strainer', ret, suc, STRAINER_DP, q, TURBULENT_EXPONENT, [port, at(-0.6)], c, null, q);

  const zH = headerZ(doc);
  const fpp = doc.criteria.flowPerPowerTarget;
  const heatOf = new Map(racks.map((r) => [r.rack.id, r.liquidHeat]));
  for (const run of rowRuns(doc, cdu, racks.map((r) => r.rack))) {
    const n = run.racks.length;
    const design = run.racks.map((r) => (heatOf.get(r.id) ?? 0) * fpp);
    const total = design.reduce((a, b) => a + b, 0);
    const pre = `${c}/${run.key}`;
    const S = run.supplyTaps.map((p, i) => sink.node(`${pre}/S${i + 1}`, c, p));
    const R = run.returnTaps.map((p, i) => sink.node(`${pre}/R${i + 1}`, c, p));
    sink.pipe(`${pre}/main-s`, 'main', hxo, S[0], route(port, run.supplyTaps[0], zH), total, vmax, c, null, 4 * ELBOW_K);
    // Supply header: segment i carries racks i..n (flow away from the CDU).
    let down = total;
    for (let i = 1; i < n; i++) {
      down -= design[i - 1];
      sink.pipe(`${pre}/hs${i + 1}`, 'header', S[i - 1], S[i], [run.supplyTaps[i - 1], run.supplyTaps[i]], down, vmax, c, null, TEE_RUN_K);
    }
    if (doc.piping.returnLayout === 'direct') {
      // Return header flows back toward the CDU: segment (i+1 → i) carries racks i+1..n.
      let up = total;
      for (let i = 0; i < n - 1; i++) {
        up -= design[i];
        sink.pipe(`${pre}/hr${i + 1}`, 'header', R[i + 1], R[i], [run.returnTaps[i + 1], run.returnTaps[i]], up, vmax, c, null, TEE_RUN_K);
      }
      sink.pipe(`${pre}/main-r`, 'main', R[0], ret, route(run.returnTaps[0], port, zH), total, vmax, c, null, 4 * ELBOW_K);
    } else {
      // Reverse return: header flows away from the CDU (segment i → i+1 carries racks 1..i+1),
      // then a return main runs from the far end back along the row to the CDU.
      let acc = 0;
      for (let i = 0; i < n - 1; i++) {
        acc += design[i];
        sink.pipe(`${pre}/hr${i + 1}`, 'header', R[i], R[i + 1], [run.returnTaps[i], run.returnTaps[i + 1]], acc, vmax, c, null, TEE_RUN_K);
      }
      const far = run.returnTaps[n - 1];
      const near = run.returnTaps[0];
      const off = 0.3;
      const farO: Vec3 = [far[0] + run.rear[0] * off, far[1] + run.rear[1] * off, zH];
      const nearO: Vec3 = [near[0] + run.rear[0] * off, near[1] + run.rear[1] * off, zH];
      const pts = [far, farO, nearO, ...route(nearO, port, zH).slice(1)];
      sink.pipe(`${pre}/main-r`, 'main', R[n - 1], ret, pts, total, vmax, c, null, 6 * ELBOW_K);
    }
    for (let i = 0; i < n; i++) {
      const rack = run.racks[i];
      addRackBranch(sink, doc, c, rack, S[i], R[i], run.supplyTaps[i], run.returnTaps[i], design[i], heatOf.get(rack.id) ?? 0);
    }
  }
}

function addRackBranch(sink: ModelSink, doc: HallDocument, c: string, rack: ServedRack['rack'], s: number, r: number,
  sTap: Vec3, rTap: Vec3, qd: number, heat: number): void {
  const piping = doc.piping;
  const vmax = piping.maxVelocity;
  const cp = rack.coldPlate!;
  const id = rack.id;
  const zTop = piping.routing === 'overhead' ? rack.height : 0;
  const pIn: Vec3 = [rack.x, rack.y, zTop];
  const pMid: Vec3 = [rack.x, rack.y, rack.height / 2];
  const a = sink.node(`${id}/in`, c, pIn);
  const b = sink.node(`${id}/qd1`, c, pMid);
  const d = sink.node(`${id}/cp1`, c, pMid);
  const e = sink.node(`${id}/cp2`, c, pMid);
  const f = sink.node(`${id}/qd2`, c, pMid);
  const g = sink.node(`${id}/out`, c, pIn);
  const h = sink.node(`${id}/v`, c, pIn);
  const drop = suggestSize(qd, vmax).id;
  const dropK = TEE_BRANCH_K + 2 * ELBOW_K;
  const toIn: readonly Vec3[] = [pIn, pMid];
  const toOut: readonly Vec3[] = [pMid, pIn];
  const mid: readonly Vec3[] = [pMid, pMid];
  sink.pipe(`${id}/drop-s`, 'drop', s, a, [sTap, [sTap[0], sTap[1], zTop], pIn], qd, vmax, c, id, dropK, drop);
  sink.pipe(`${id}/hose-s`, 'hose', a, b, toIn, qd, vmax, c, id, 0, piping.hoseDiameter, HOSE_ROUGHNESS, piping.hoseLength);
  sink.kv(`${id}/qd-s`, 'quick-disconnect', b, d, piping.quickDisconnectKv, mid, c, id, qd);
  sink.component(`${id}/cold-plate`, 'cold-plate', d, e, cp.designPressureDrop, qd, cp.pressureExponent, mid, c, id, qd, heat);
  sink.kv(`${id}/qd-r`, 'quick-disconnect', e, f, piping.quickDisconnectKv, mid, c, id, qd);
  sink.pipe(`${id}/hose-r`, 'hose', f, g, toOut, qd, vmax, c, id, 0, piping.hoseDiameter, HOSE_ROUGHNESS, piping.hoseLength);
  sink.tcv(`${id}/valve`, 'balancing-valve', g, h, drop, BALANCING_VALVE_OPEN_K, [pIn, pIn], c, id, qd);
  sink.pipe(`${id}/drop-r`, 'drop', h, r, [pIn, [rTap[0], rTap[1], zTop], rTap], qd, vmax, c, id, dropK, drop);
}
