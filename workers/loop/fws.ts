// Facility water (FWS) model: plant pressurisation (fixed pressure via a tank line on the plant
// pump suction), plant pumps (duty open, standby/failed closed), the heat-rejection coil, the
// supply run to the hall (piping length plant.pipeLength), a supply header visiting the online CDUs
// (nearest-neighbour order from the hall entry), each CDU's primary branch (drop, plate-HX primary
// pass, 3-way control valve as a Kv, drop) and a direct-return header back to the plant.
// ASSUMPTION: the FWS enters the hall at the west wall (x = 0) level with the CDUs' mean y; the
// plant run is drawn as a 3 m stub (its length field carries plant.pipeLength).
import type { CduT, HallDocument } from '../model/schema';
import {
  ATMOSPHERIC, CDU_PRIMARY_DP, ELBOW_K, PLANT_COOLER_DP, PLANT_STATIC_PRESSURE, SKID_PIPE_LENGTH,
  TANK_CONNECTION_K, TEE_BRANCH_K, TEE_RUN_K, TURBULENT_EXPONENT,
} from './constants';
import { route, type Vec3 } from './model';
import { suggestSize } from './pipe-sizes';
import { cduDesignFlow, ModelSink, pumpPlan } from './tcs';
import { headerZ } from './rows';

/** FWS design flow of a CDU branch: primaryDesignFlow, or the secondary design flow when unset (0). */
export function primaryDesignFlow(cdu: CduT): number {
  return cdu.primaryDesignFlow > 0 ? cdu.primaryDesignFlow : cduDesignFlow(cdu);
}

/** Kv (m³/h at 1 bar) that passes `flow` (m³/s) at `dp` (Pa) [REFERENCE.md §2 Kv definition]. */
export function kvFor(flow: number, dp: number): number {
  return (flow * 3600) / Math.sqrt(dp / 1e5);
}

export function addFacilityLoop(sink: ModelSink, doc: HallDocument, cdus: readonly CduT[], failed: ReadonlySet<string>): void {
  const vmax = doc.piping.maxVelocity;
  const plant = doc.plant;
  const zH = headerZ(doc);
  const meanY = cdus.length > 0 ? cdus.reduce((s, c) => s + c.y, 0) / cdus.length : 0;
  const entry: Vec3 = [0, meanY, zH];
  const entryR: Vec3 = [0, meanY + 0.3, zH];
  const px = -3;
  const P = (dy: number, z: number): Vec3 => [px, meanY + dy, z];
  const plantFlow = Math.max(plant.pumps.count - plant.pumps.standby, 1) * plant.pumps.ratedFlow;

  const exp = sink.node('plant/EXP', null, P(-0.5, 1.5), PLANT_STATIC_PRESSURE + ATMOSPHERIC);
  const suc = sink.node('plant/SUC', null, P(-0.5, 0.5));
  const dis = sink.node('plant/DIS', null, P(0, 0.5));
  const co = sink.node('plant/CO', null, P(0, zH));
  const rin = sink.node('plant/RIN', null, P(0.3, zH));
  sink.pipe('plant/tank', 'tank-connection', exp, suc, [P(-0.5, 1.5), P(-0.5, 0.5)], 0, vmax, null, null, TANK_CONNECTION_K, suggestSize(0, vmax).id, undefined, SKID_PIPE_LENGTH);
  const pumps = plant.pumps;
  for (const p of pumpPlan('plant', pumps, failed)) {
    const out = sink.node(`${p.id}/out`, null, P(-0.2, 0.5));
    sink.pump(p.id, 'plant-pump', suc, out, pumps.ratedFlow, pumps.ratedHead, pumps.ratedPower, [P(-0.5, 0.5), P(-0.2, 0.5)], null, pumps.ratedFlow, !p.running);
    sink.pipe(`${p.id}/discharge`, 'pump-discharge', out, dis, [P(-0.2, 0.5), P(0, 0.5)], pumps.ratedFlow, vmax, null, null, 2 * ELBOW_K, undefined, undefined, SKID_PIPE_LENGTH);
  }
  sink.component('plant/cooler', 'plant-cooler', dis, co, PLANT_COOLER_DP, plantFlow, TURBULENT_EXPONENT, [P(0, 0.5), P(0, zH)], null, null, plantFlow);

  // Order the CDUs along the header: nearest neighbour from the entry point.
  const left = [...cdus];
  const order: CduT[] = [];
  let cur: Vec3 = entry;
  while (left.length > 0) {
    let bi = 0;
    let bd = Infinity;
    left.forEach((c, i) => {
      const d = Math.abs(c.x - cur[0]) + Math.abs(c.y - cur[1]);
      if (d < bd) { bd = d; bi = i; }
    });
    const c = left.splice(bi, 1)[0];
    order.push(c);
    cur = [c.x, c.y, zH];
  }
  const flows = order.map(primaryDesignFlow);
  const total = flows.reduce((a, b) => a + b, 0);
  const s0 = sink.node('fws/S0', null, entry);
  const r0 = sink.node('fws/R0', null, entryR);
  sink.pipe('plant/run-s', 'plant-run', co, s0, [P(0, zH), entry], total, vmax, null, null, 4 * ELBOW_K, undefined, undefined, plant.pipeLength);
  sink.pipe('plant/run-r', 'plant-run', r0, rin, [entryR, P(0.3, zH)], total, vmax, null, null, 4 * ELBOW_K, undefined, undefined, plant.pipeLength);
  sink.pipe('plant/return', 'pump-discharge', rin, suc, [P(0.3, zH), P(-0.5, 0.5)], total, vmax, null, null, 2 * ELBOW_K);

  let prevS = s0;
  let prevR = r0;
  let prevSP: Vec3 = entry;
  let prevRP: Vec3 = entryR;
  let down = total;
  order.forEach((c, i) => {
    const sp: Vec3 = [c.x - 0.15, c.y, zH];
    const rp: Vec3 = [c.x + 0.15, c.y, zH];
    const s = sink.node(`fws/S${i + 1}`, null, sp);
    const r = sink.node(`fws/R${i + 1}`, null, rp);
    sink.pipe(`fws/hs${i + 1}`, 'fws-header', prevS, s, route(prevSP, sp, zH), down, vmax, null, null, TEE_RUN_K);
    sink.pipe(`fws/hr${i + 1}`, 'fws-header', r, prevR, route(rp, prevRP, zH), down, vmax, null, null, TEE_RUN_K);
    down -= flows[i];
    const q = flows[i];
    const top: Vec3 = [c.x, c.y, c.height];
    const pin = sink.node(`${c.id}/PIN`, c.id, [c.x - 0.15, c.y, c.height]);
    const pout = sink.node(`${c.id}/POUT`, c.id, [c.x, c.y, c.height * 0.5]);
    const pv = sink.node(`${c.id}/PV`, c.id, [c.x + 0.15, c.y, c.height]);
    const brK = TEE_BRANCH_K + 2 * ELBOW_K;
    sink.pipe(`${c.id}/fws-s`, 'fws-branch', s, pin, [sp, [sp[0], sp[1], top[2]]], q, vmax, c.id, null, brK);
    sink.component(`${c.id}/hx-p`, 'hx-primary', pin, pout, CDU_PRIMARY_DP / 2, q, TURBULENT_EXPONENT,
      [[c.x - 0.15, c.y, c.height], [c.x, c.y, c.height * 0.5]], c.id, null, q);
    sink.kv(`${c.id}/valve-p`, 'three-way-valve', pout, pv, kvFor(q, CDU_PRIMARY_DP / 2),
      [[c.x, c.y, c.height * 0.5], [c.x + 0.15, c.y, c.height]], c.id, null, q);
    sink.pipe(`${c.id}/fws-r`, 'fws-branch', pv, r, [[rp[0], rp[1], top[2]], rp], q, vmax, c.id, null, brK);
    prevS = s; prevR = r; prevSP = sp; prevRP = rp;
  });
}
