// Builds everything a loop solve needs from the hall: rack assignment, the TCS model (all online
// CDUs with racks, one network with one expansion tank per CDU) and the FWS model, overrides
// applied, reference densities, HX ratings (UA) and the solver networks. Bad input comes back as a
// LoopFailure naming the component (never thrown).
import type { HydraulicNetwork } from '../hydraulics';
import { coolantProperties } from '../fluids';
import type { CduT, HallDocument } from '../model/schema';
import { assignRacks, type Assignment, type ServedRack } from './assign';
import type { LoopCache } from './cache';
import { FACILITY_COOLANT } from './constants';
import { addFacilityLoop, primaryDesignFlow } from './fws';
import { ratedUa, type HxRating } from './hx';
import { LoopModel, SpecType } from './model';
import { buildNetwork } from './network';
import type { ResolvedInputs } from './options';
import { applyOverrides, type OverrideNote } from './overrides';
import { facilitySupplyTemperature } from './plant';
import type { LoopFailure } from './results';
import { addCduLoop, cduDesignFlow, ModelSink, pumpPlan } from './tcs';

export interface CduPlan {
  readonly cdu: CduT;
  readonly racks: ServedRack[];
  readonly load: number;
  readonly rating: HxRating;
  /** UA in use (rating or override), W/K. */
  readonly ua: number;
  runningPumps: string[];
  readonly failedPumps: string[];
}

export interface SidePlan {
  readonly model: LoopModel;
  readonly network: HydraulicNetwork;
  /** Model link index of each network link (network order). */
  readonly modelLink: Int32Array;
  /** Model node index of each network node (network order: junctions first). */
  readonly modelNode: Int32Array;
}

export interface LoopPlan {
  readonly assignment: Assignment;
  readonly cdus: CduPlan[];
  readonly tcs: SidePlan | null;
  readonly fws: SidePlan | null;
  readonly facilitySupplyT: number;
  readonly overrideNotes: OverrideNote[];
  readonly plantRunning: string[];
  readonly plantFailed: string[];
}

function side(model: LoopModel, viscosity: number, cache: LoopCache | undefined): SidePlan | LoopFailure {
  const prev = cache?.sides[model.side] ?? null;
  const built = buildNetwork(model, viscosity, prev ?? undefined);
  if (!built.ok) {
    return { ok: false, stage: 'build', warnings: [], errors: built.issues.map((i) => ({ elementId: i.element, message: `${i.element}: ${i.message}` })) };
  }
  const net = built.network;
  // Same topology as the cached network (the builder shared its ids): same model ↔ network maps.
  const reused = prev !== null && net.linkIds === prev.network.linkIds ? prev : null;
  if (cache) {
    if (reused) cache.hits++; else cache.misses++;
    if (built.patched) cache.patched++;
  }
  const maps = reused ?? modelMaps(model, net);
  if (cache) {
    cache.sides[model.side] = { network: net, model, viscosity, density: new Map(model.density), modelNode: maps.modelNode, modelLink: maps.modelLink };
  }
  return { model, network: net, modelNode: maps.modelNode, modelLink: maps.modelLink };
}

function modelMaps(model: LoopModel, net: HydraulicNetwork): { modelNode: Int32Array; modelLink: Int32Array } {
  // network.ts adds links in model order and the builder puts junctions first, fixed-pressure nodes
  // after, each in model order: check that by id (the same string objects) and fall back to lookups.
  const modelLink = new Int32Array(net.nLinks).fill(-1);
  const modelNode = new Int32Array(net.nNodes).fill(-1);
  let inOrder = model.nLinks === net.nLinks && model.nNodes === net.nNodes;
  for (let k = 0; inOrder && k < net.nLinks; k++) {
    if (net.linkIds[k] === model.linkId[k]) modelLink[k] = k; else inOrder = false;
  }
  let j = 0;
  for (let pass = 0; pass < 2 && inOrder; pass++) {
    for (let i = 0; i < model.nNodes && inOrder; i++) {
      if ((model.nodeFixed[i] === 1) !== (pass === 1)) continue;
      if (net.nodeIds[j] === model.nodeId[i]) modelNode[j++] = i; else inOrder = false;
    }
  }
  if (inOrder) return { modelNode, modelLink };
  modelLink.fill(-1);
  modelNode.fill(-1);
  for (let i = 0; i < model.nLinks; i++) {
    const k = net.linkIndex.get(model.linkId[i]);
    if (k !== undefined) modelLink[k] = i;
  }
  for (let i = 0; i < model.nNodes; i++) {
    const n = net.nodeIndex.get(model.nodeId[i]);
    if (n !== undefined) modelNode[n] = i;
  }
  return { modelNode, modelLink };
}

/** Adds one CDU's TCS model to `sink`: generated, or the cached one when none of its inputs changed. */
function cduModel(sink: ModelSink, doc: HallDocument, cdu: CduT, racks: readonly ServedRack[], failed: ReadonlySet<string>, cache: LoopCache | undefined): void {
  if (!cache) {
    addCduLoop(sink, doc, cdu, racks, failed);
    return;
  }
  const failedKey = pumpPlan(cdu.id, cdu.pumps, failed).map((p) => (p.running ? '1' : '0')).join('');
  const hit = cache.cduModels.get(cdu.id);
  const same = hit !== undefined && hit.cdu === cdu && hit.piping === doc.piping && hit.envelope === doc.envelope &&
    hit.criteria === doc.criteria && hit.failedKey === failedKey && hit.racks.length === racks.length &&
    racks.every((r, i) => hit.racks[i] === r.rack && hit.heats[i] === r.liquidHeat);
  if (same) {
    sink.model.appendPart(hit.part);
    return;
  }
  const m = sink.model;
  const n0 = m.nNodes;
  const l0 = m.nLinks;
  addCduLoop(sink, doc, cdu, racks, failed);
  cache.cduModels.set(cdu.id, {
    cdu, piping: doc.piping, envelope: doc.envelope, criteria: doc.criteria, racks: racks.map((r) => r.rack), heats: racks.map((r) => r.liquidHeat),
    failedKey, part: m.extract(n0, m.nNodes, l0, m.nLinks),
  });
}

/** `cache`: networks and CDU models of an earlier solve to re-use when unchanged (cache.ts). */
export function buildLoopPlan(doc: HallDocument, inputs: ResolvedInputs, cache?: LoopCache): LoopPlan | LoopFailure {
  const { coolant, coolantDeltaT: dT } = doc.criteria;
  const assignment = assignRacks(doc, inputs.failed, inputs.loadFactor);
  const facilitySupplyT = facilitySupplyTemperature(doc.plant, inputs.ambientDryBulb, inputs.facilitySupplyTemp);

  // Pre-sized for the generated loops (about 10 links and 9 nodes per rack with the headers; any size works).
  const nRacks = doc.racks.length;
  const tcsModel = new LoopModel('tcs', 10 * nRacks + 64, 11 * nRacks + 64);
  const tcsSink = new ModelSink(tcsModel);
  const tcsDensity = new Map<string, number>();
  const cdus: CduPlan[] = [];
  for (const { cdu, racks } of assignment.loops) {
    const tMean = cdu.secondarySupplySetpoint + dT / 2;
    const ps = coolantProperties(coolant, tMean);
    tcsDensity.set(cdu.id, ps.rho);
    if (racks.length > 0) cduModel(tcsSink, doc, cdu, racks, inputs.failed, cache);
    // HX rating: capacity at the rated approach, design secondary and primary flows.
    const pw = coolantProperties(FACILITY_COOLANT, cdu.secondarySupplySetpoint - cdu.approach + dT / 2);
    const rating = ratedUa(cdu.capacity, cdu.approach, ps.rho * ps.cp * cduDesignFlow(cdu), pw.rho * pw.cp * primaryDesignFlow(cdu));
    const plan = pumpPlan(cdu.id, cdu.pumps, inputs.failed);
    cdus.push({
      cdu, racks, load: racks.reduce((s, r) => s + r.liquidHeat, 0), rating,
      ua: inputs.overrides[`${cdu.id}/hx`]?.ua ?? rating.ua,
      runningPumps: plan.filter((p) => p.running).map((p) => p.id),
      failedPumps: plan.filter((p) => inputs.failed.has(p.id)).map((p) => p.id),
    });
  }
  if (cache) {
    const live = new Set(assignment.loops.filter((l) => l.racks.length > 0).map((l) => l.cdu.id));
    for (const id of [...cache.cduModels.keys()]) if (!live.has(id)) cache.cduModels.delete(id);
  }
  const fwsModel = new LoopModel('fws', 8 * assignment.loops.length + 32, 8 * assignment.loops.length + 32);
  const fwsSink = new ModelSink(fwsModel);
  const online = assignment.loops.map((l) => l.cdu);
  if (online.length > 0) addFacilityLoop(fwsSink, doc, online, inputs.failed);
  const pw = coolantProperties(FACILITY_COOLANT, facilitySupplyT + dT / 2);
  tcsModel.density = tcsDensity;
  fwsModel.density = new Map([['', pw.rho]]);
  const overrideNotes = applyOverrides([tcsModel, fwsModel], inputs.overrides);
  for (const [id, o] of Object.entries(inputs.overrides)) {
    if (!id.endsWith('/hx')) continue;
    if (!cdus.some((c) => `${c.cdu.id}/hx` === id)) overrideNotes.push({ id, message: `override ${id}: no such CDU heat exchanger (ignored)` });
    else if (o.ua !== undefined && !(o.ua > 0)) {
      return { ok: false, stage: 'build', warnings: [], errors: [{ elementId: id, message: `${id}: UA must be positive (got ${o.ua})` }] };
    }
  }
  // Running pumps after overrides: open and at a positive speed.
  const running = (m: LoopModel, k: number) => m.closed[k] === 0 && m.specType[k] === SpecType.pump && m.p3[k] > 0;
  const runningBy = new Map<string, string[]>();
  for (let k = 0; k < tcsModel.nLinks; k++) {
    if (tcsModel.kind[k] !== 'pump' || !running(tcsModel, k)) continue;
    const zone = tcsModel.linkCdu[k] ?? '';
    const list = runningBy.get(zone);
    if (list) list.push(tcsModel.linkId[k]); else runningBy.set(zone, [tcsModel.linkId[k]]);
  }
  for (const c of cdus) c.runningPumps = runningBy.get(c.cdu.id) ?? [];
  const nuT = coolantProperties(coolant, doc.criteria.coolantDeltaT / 2 + (cdus[0]?.cdu.secondarySupplySetpoint ?? 40));
  const tcs = tcsModel.nLinks > 0 ? side(tcsModel, nuT.mu / nuT.rho, cache) : null;
  if (tcs !== null && 'ok' in tcs) return tcs;
  const fws = fwsModel.nLinks > 0 ? side(fwsModel, pw.mu / pw.rho, cache) : null;
  if (fws !== null && 'ok' in fws) return fws;
  const plantPlan = pumpPlan('plant', doc.plant.pumps, inputs.failed);
  const plantRunning: string[] = [];
  for (let k = 0; k < fwsModel.nLinks; k++) if (fwsModel.kind[k] === 'plant-pump' && running(fwsModel, k)) plantRunning.push(fwsModel.linkId[k]);
  return {
    assignment, cdus, tcs, fws, facilitySupplyT, overrideNotes, plantRunning,
    plantFailed: plantPlan.filter((p) => inputs.failed.has(p.id)).map((p) => p.id),
  };
}
