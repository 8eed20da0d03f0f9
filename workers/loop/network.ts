// Loop model → solver network. Pressures in Pa become metres of head with the zone's reference
// density (ρ of the coolant at the CDU's design mean temperature; FWS: water at the plant's);
// power-law components get h = k·Qⁿ with k = (ΔP_d/ρg)/Q_dⁿ; pumps a 3-point curve through
// (0, 1.33334·H), (Q, H), (2Q, 0) — EPANET's one-point convention [REFERENCE.md §5].
import { NetworkBuilder, patchNetwork, type BuildResult, type HydraulicNetwork, type NodeRef } from '../hydraulics';
import { G, MAX_FLOW_FACTOR, SHUTOFF_FACTOR } from './constants';
import { SpecType, zoneOf, type LoopModel, type ModelLink } from './model';

/** Solver accuracy Σ|dq|/Σ|q| (EPANET default 0.001, tightened ×10 for heat balances). */
export const LOOP_ACCURACY = 1e-4;

export function headOf(pa: number, rho: number): number { return pa / (rho * G); }

export function pumpCurve(ratedFlow: number, ratedHeadM: number): [number, number][] {
  return [[0, SHUTOFF_FACTOR * ratedHeadM], [ratedFlow, ratedHeadM], [MAX_FLOW_FACTOR * ratedFlow, 0]];
}

/** Head-loss coefficient k of h[m] = k·Q[m³/s]ⁿ for a power-law component. */
export function componentCoefficient(spec: Extract<ModelLink['spec'], { type: 'component' }>, rho: number): number {
  return headOf(spec.designPressureDrop, rho) / Math.pow(spec.designFlow, spec.exponent);
}

export function densityOf(model: LoopModel, x: { cduId: string | null; side: 'tcs' | 'fws' }): number {
  return model.density.get(zoneOf(x)) ?? 1000;
}

/** An earlier network and the model it was built from (cache.ts SideCache). */
export interface NetworkReuse {
  readonly network: HydraulicNetwork;
  readonly model: LoopModel;
  readonly viscosity: number;
  readonly density: ReadonlyMap<string, number>;
  readonly modelNode: Int32Array;
}

/** Below this share of regenerated links a cached network is patched rather than rebuilt. */
const PATCH_SHARE = 0.25;

/**
 * The solver network of a loop model. `reuse`: an earlier network of the same side. When only a few
 * links are new (an edit regenerated one CDU's loop, or an override) the earlier network is patched
 * with just those links, converted and validated by NetworkBuilder; otherwise the whole model is
 * built, sharing the earlier network's symbolic structure when the topology is unchanged.
 */
export function buildNetwork(model: LoopModel, viscosity: number, reuse?: NetworkReuse): BuildResult & { readonly patched?: boolean } {
  if (reuse) {
    const p = patchedNetwork(model, viscosity, reuse);
    if (p) return p;
  }
  const b = builder(viscosity, model.nNodes, model.nLinks);
  const zoneRho = zoneDensities(model);
  for (let i = 0; i < model.nNodes; i++) addNode(b, model, i, zoneRho);
  // Ends by node number (= model node index: every node was added above, in model order).
  for (let k = 0; k < model.nLinks; k++) addLink(b, model, k, zoneRho, model.from[k], model.to[k]);
  return b.build(reuse?.network);
}

/** Reference density per zone name, looked up once per zone (not per element). */
function zoneDensities(model: LoopModel): (zone: string) => number {
  let lastZone: string | null = null;
  let lastRho = 1000;
  return (zone) => {
    if (zone !== lastZone) { lastZone = zone; lastRho = model.density.get(zone) ?? 1000; }
    return lastRho;
  };
}

function builder(viscosity: number, nodes = 16, links = 16): NetworkBuilder {
  return new NetworkBuilder({ headloss: 'D-W', viscosity, accuracy: LOOP_ACCURACY, maxIterations: 200 }, { nodes, links });
}

/** A link is new since the cached model when it came from another generated part, or either was overridden. */
function linkChanged(model: LoopModel, prev: LoopModel, k: number): boolean {
  const o = model.origin[k];
  return o === null || o !== prev.origin[k] || model.overridden[k] === 1 || prev.overridden[k] === 1;
}

function patchedNetwork(model: LoopModel, viscosity: number, reuse: NetworkReuse): (BuildResult & { readonly patched: true }) | null {
  const net = reuse.network;
  const prev = reuse.model;
  const nL = model.nLinks;
  const nN = model.nNodes;
  if (viscosity !== reuse.viscosity || nL !== prev.nLinks || nN !== prev.nNodes) return null;
  if (nL !== net.nLinks || nN !== net.nNodes || model.density.size !== reuse.density.size) return null;
  for (const [z, r] of model.density) if (reuse.density.get(z) !== r) return null;
  const changed: number[] = [];
  for (let k = 0; k < nL; k++) {
    if (!linkChanged(model, prev, k)) continue;
    changed.push(k);
    if (changed.length > PATCH_SHARE * nL) return null;
  }
  // The nodes the part needs: the ends of the new links and any node that is new.
  const need = new Uint8Array(nN);
  for (let i = 0; i < nN; i++) {
    const o = model.nodeOrigin[i];
    if (o === null || o !== prev.nodeOrigin[i]) {
      if (model.nodeId[i] !== prev.nodeId[i]) return null;
      need[i] = 1;
    }
  }
  for (const k of changed) {
    if (model.linkId[k] !== prev.linkId[k]) return null;
    for (const i of [model.from[k], model.to[k]]) {
      // The end must be the same node (by id) at the same model index as in the cached model.
      if (model.nodeId[i] !== prev.nodeId[i]) return null;
      need[i] = 1;
    }
  }
  // Nothing regenerated (an edit elsewhere in the hall): the cached network is this model's network.
  if (changed.length === 0 && !need.includes(1)) return { ok: true, network: net, warnings: [], patched: true };
  const b = builder(viscosity);
  const zoneRho = zoneDensities(model);
  const nodeMap: number[] = [];
  for (let i = 0; i < nN; i++) {
    if (!need[i]) continue;
    addNode(b, model, i, zoneRho);
  }
  for (const k of changed) addLink(b, model, k, zoneRho, model.nodeId[model.from[k]], model.nodeId[model.to[k]]);
  const part = b.build();
  if (!part.ok) return null; // the full build names the issues
  for (let i = 0; i < part.network.nNodes; i++) {
    const j = net.nodeIndex.get(part.network.nodeIds[i]);
    if (j === undefined) return null;
    nodeMap.push(j);
  }
  const linkMap = Int32Array.from(changed);
  const patched = patchNetwork(net, part.network, linkMap, Int32Array.from(nodeMap));
  return patched ? { ok: true, network: patched, warnings: [], patched: true } : null;
}

function addNode(b: NetworkBuilder, model: LoopModel, i: number, zoneRho: (zone: string) => number): void {
  const id = model.nodeId[i];
  const z = model.nodeZ[i];
  if (model.nodeFixed[i]) b.addReservoir(id, { head: z + headOf(model.nodePressure[i], zoneRho(model.nodeZone(i))) });
  else b.addJunction(id, { elevation: z });
}

function addLink(b: NetworkBuilder, model: LoopModel, k: number, zoneRho: (zone: string) => number, from: NodeRef, to: NodeRef): void {
  const rho = zoneRho(model.linkZone(k));
  const id = model.linkId[k];
  const status = model.status(k);
  const a = model.p0[k];
  const c = model.p1[k];
  const e = model.p2[k];
  switch (model.specType[k]) {
    case SpecType.pipe:
      b.addPipe(id, from, to, { length: a, diameter: c, roughness: e, minorLoss: model.p3[k], status });
      break;
    case SpecType.component: {
      // a: design pressure drop, c: design flow, e: exponent
      if (!(c > 0)) b.reportIssue({ element: id, kind: 'link', message: `design flow must be positive (got ${c})` });
      else if (!(a > 0)) b.reportIssue({ element: id, kind: 'link', message: `design pressure drop must be positive (got ${a})` });
      else b.addComponent(id, from, to, { coefficient: headOf(a, rho) / Math.pow(c, e), exponent: e, status });
      break;
    }
    case SpecType.kv:
      b.addKvResistance(id, from, to, { kv: a, status });
      break;
    case SpecType.tcv:
      // a: diameter, c: setting (loss coefficient K)
      if (!(c >= 0)) b.reportIssue({ element: id, kind: 'link', message: `valve loss coefficient must not be negative (got ${c})` });
      b.addValve(id, from, to, status === 'closed' ? { type: 'TCV', diameter: a, status } : { type: 'TCV', diameter: a, setting: c });
      break;
    case SpecType.pump:
      // a: rated flow, c: rated head (Pa), p3: speed
      if (!(a > 0) || !(c > 0)) {
        b.reportIssue({ element: id, kind: 'link', message: `pump rated flow and head must be positive (got ${a} m³/s, ${c} Pa)` });
        break;
      }
      b.addPump(id, from, to, { curve: pumpCurve(a, headOf(c, rho)), speed: status === 'closed' ? 0 : model.p3[k] });
      break;
  }
}
