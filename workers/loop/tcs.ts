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
import { polylineLength, route, type LinkKind, type LinkSpec, type ModelLink, type ModelNode, type Vec3 } from './model';
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

export class ModelSink {
  readonly nodes: ModelNode[] = [];
  readonly links: ModelLink[] = [];
  constructor(private readonly side: 'tcs' | 'fws') {}
  node(id: string, cduId: string | null, p: Vec3, fixedPressure: number | null = null): string {
    this.nodes.push({ id, side: this.side, cduId, x: p[0], y: p[1], z: p[2], fixedPressure });
    return id;
  }
  link(id: string, kind: LinkKind, from: string, to: string, spec: LinkSpec, points: readonly Vec3[],
    o: { cduId: string | null; rackId?: string | null; designFlow: number; heat?: number; status?: 'open' | 'closed' }): void {
    this.links.push({
      id, side: this.side, kind, from, to, spec, status: o.status ?? 'open', cduId: o.cduId, rackId: o.rackId ?? null,
      points, designFlow: o.designFlow, heat: o.heat ?? 0,
    });
  }
  pipe(id: string, kind: LinkKind, from: string, to: string, points: readonly Vec3[], designFlow: number, vmax: number,
    o: { cduId: string | null; rackId?: string | null; minorLoss?: number; diameter?: number; roughness?: number; length?: number }): void {
    const diameter = o.diameter ?? suggestSize(designFlow, vmax).id;
    const length = o.length ?? Math.max(polylineLength(points), 0.1);
    this.link(id, kind, from, to, { type: 'pipe', length, diameter, roughness: o.roughness ?? STEEL_ROUGHNESS, minorLoss: o.minorLoss ?? 0 },
      points, { cduId: o.cduId, rackId: o.rackId, designFlow });
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
  const own = { cduId: c };

  // Skid: tank → suction → pumps → discharge → HX secondary → supply port; return port → strainer → suction.
  const exp = sink.node(`${c}/EXP`, c, at(0.6), cdu.expansionTankPressure + ATMOSPHERIC);
  const suc = sink.node(`${c}/SUC`, c, at(-0.6));
  const dis = sink.node(`${c}/DIS`, c, at(-0.2));
  const hxo = sink.node(`${c}/HXO`, c, port);
  const ret = sink.node(`${c}/RET`, c, [cdu.x, cdu.y + 0.01, port[2]]);
  sink.pipe(`${c}/tank`, 'tank-connection', exp, suc, [at(0.6), at(-0.6)], q, vmax,
    { ...own, minorLoss: TANK_CONNECTION_K, diameter: suggestSize(0, vmax).id, length: SKID_PIPE_LENGTH });
  for (const p of pumpPlan(c, cdu.pumps, failed)) {
    const out = sink.node(`${p.id}/out`, c, at(-0.4));
    sink.link(p.id, 'pump', suc, out,
      { type: 'pump', ratedFlow: cdu.pumps.ratedFlow, ratedHead: cdu.pumps.ratedHead, ratedPower: cdu.pumps.ratedPower, speed: 1 },
      [at(-0.6), at(-0.4)], { ...own, designFlow: cdu.pumps.ratedFlow, status: p.running ? 'open' : 'closed' });
    sink.pipe(`${p.id}/discharge`, 'pump-discharge', out, dis, [at(-0.4), at(-0.2)], cdu.pumps.ratedFlow, vmax,
      { ...own, minorLoss: 2 * ELBOW_K, length: SKID_PIPE_LENGTH });
  }
  sink.link(`${c}/hx-s`, 'hx-secondary', dis, hxo,
    { type: 'component', designPressureDrop: HX_SECONDARY_DP, designFlow: q, exponent: TURBULENT_EXPONENT }, [at(-0.2), port], { ...own, designFlow: q });
  sink.link(`${c}/strainer`, 'strainer', ret, suc,
    { type: 'component', designPressureDrop: STRAINER_DP, designFlow: q, exponent: TURBULENT_EXPONENT }, [port, at(-0.6)], { ...own, designFlow: q });

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
    sink.pipe(`${pre}/main-s`, 'main', hxo, S[0], route(port, run.supplyTaps[0], zH), total, vmax, { ...own, minorLoss: 4 * ELBOW_K });
    // Supply header: segment i carries racks i..n (flow away from the CDU).
    let down = total;
    for (let i = 1; i < n; i++) {
      down -= design[i - 1];
      sink.pipe(`${pre}/hs${i + 1}`, 'header', S[i - 1], S[i], [run.supplyTaps[i - 1], run.supplyTaps[i]], down, vmax, { ...own, minorLoss: TEE_RUN_K });
    }
    if (doc.piping.returnLayout === 'direct') {
      // Return header flows back toward the CDU: segment (i+1 → i) carries racks i+1..n.
      let up = total;
      for (let i = 0; i < n - 1; i++) {
        up -= design[i];
        sink.pipe(`${pre}/hr${i + 1}`, 'header', R[i + 1], R[i], [run.returnTaps[i + 1], run.returnTaps[i]], up, vmax, { ...own, minorLoss: TEE_RUN_K });
      }
      sink.pipe(`${pre}/main-r`, 'main', R[0], ret, route(run.returnTaps[0], port, zH), total, vmax, { ...own, minorLoss: 4 * ELBOW_K });
    } else {
      // Reverse return: header flows away from the CDU (segment i → i+1 carries racks 1..i+1),
      // then a return main runs from the far end back along the row to the CDU.
      let acc = 0;
      for (let i = 0; i < n - 1; i++) {
        acc += design[i];
        sink.pipe(`${pre}/hr${i + 1}`, 'header', R[i], R[i + 1], [run.returnTaps[i], run.returnTaps[i + 1]], acc, vmax, { ...own, minorLoss: TEE_RUN_K });
      }
      const far = run.returnTaps[n - 1];
      const near = run.returnTaps[0];
      const off = 0.3;
      const farO: Vec3 = [far[0] + run.rear[0] * off, far[1] + run.rear[1] * off, zH];
      const nearO: Vec3 = [near[0] + run.rear[0] * off, near[1] + run.rear[1] * off, zH];
      const pts = [far, farO, nearO, ...route(nearO, port, zH).slice(1)];
      sink.pipe(`${pre}/main-r`, 'main', R[n - 1], ret, pts, total, vmax, { ...own, minorLoss: 6 * ELBOW_K });
    }
    run.racks.forEach((rack, i) => addRackBranch(sink, doc, c, rack, S[i], R[i], run.supplyTaps[i], run.returnTaps[i], design[i], heatOf.get(rack.id) ?? 0));
  }
}

function addRackBranch(sink: ModelSink, doc: HallDocument, c: string, rack: ServedRack['rack'], s: string, r: string,
  sTap: Vec3, rTap: Vec3, qd: number, heat: number): void {
  const vmax = doc.piping.maxVelocity;
  const cp = rack.coldPlate!;
  const id = rack.id;
  const over = doc.piping.routing === 'overhead';
  const zTop = over ? rack.height : 0;
  const cx = rack.x;
  const cy = rack.y;
  const pIn: Vec3 = [cx, cy, zTop];
  const pMid: Vec3 = [cx, cy, rack.height / 2];
  const own = { cduId: c, rackId: id };
  const n = (suffix: string, p: Vec3) => sink.node(`${id}/${suffix}`, c, p);
  const a = n('in', pIn);
  const b = n('qd1', pMid);
  const d = n('cp1', pMid);
  const e = n('cp2', pMid);
  const f = n('qd2', pMid);
  const g = n('out', pIn);
  const h = n('v', pIn);
  const drop = suggestSize(qd, vmax).id;
  sink.pipe(`${id}/drop-s`, 'drop', s, a, [sTap, [sTap[0], sTap[1], zTop], pIn], qd, vmax, { ...own, minorLoss: TEE_BRANCH_K + 2 * ELBOW_K, diameter: drop });
  const hose = { ...own, diameter: doc.piping.hoseDiameter, length: doc.piping.hoseLength, roughness: HOSE_ROUGHNESS };
  sink.pipe(`${id}/hose-s`, 'hose', a, b, [pIn, pMid], qd, vmax, hose);
  sink.link(`${id}/qd-s`, 'quick-disconnect', b, d, { type: 'kv', kv: doc.piping.quickDisconnectKv }, [pMid, pMid], { ...own, designFlow: qd });
  sink.link(`${id}/cold-plate`, 'cold-plate', d, e,
    { type: 'component', designPressureDrop: cp.designPressureDrop, designFlow: qd, exponent: cp.pressureExponent },
    [pMid, pMid], { ...own, designFlow: qd, heat });
  sink.link(`${id}/qd-r`, 'quick-disconnect', e, f, { type: 'kv', kv: doc.piping.quickDisconnectKv }, [pMid, pMid], { ...own, designFlow: qd });
  sink.pipe(`${id}/hose-r`, 'hose', f, g, [pMid, pIn], qd, vmax, hose);
  sink.link(`${id}/valve`, 'balancing-valve', g, h, { type: 'tcv', diameter: drop, setting: BALANCING_VALVE_OPEN_K }, [pIn, pIn], { ...own, designFlow: qd });
  sink.pipe(`${id}/drop-r`, 'drop', h, r, [pIn, [rTap[0], rTap[1], zTop], rTap], qd, vmax, { ...own, minorLoss: TEE_BRANCH_K + 2 * ELBOW_K, diameter: drop });
}
