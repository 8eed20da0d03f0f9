// Loop model → solver network. Pressures in Pa become metres of head with the zone's reference
// density (ρ of the coolant at the CDU's design mean temperature; FWS: water at the plant's);
// power-law components get h = k·Qⁿ with k = (ΔP_d/ρg)/Q_dⁿ; pumps a 3-point curve through
// (0, 1.33334·H), (Q, H), (2Q, 0) — EPANET's one-point convention [REFERENCE.md §5].
import { NetworkBuilder, patchNetwork, type BuildResult, type HydraulicNetwork } from '../hydraulics';
import { G, MAX_FLOW_FACTOR, SHUTOFF_FACTOR } from './constants';
import { zoneOf, type LoopModel, type ModelLink, type ModelNode } from './model';

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
  readonly links: readonly ModelLink[];
  readonly nodes: readonly ModelNode[];
  readonly viscosity: number;
  readonly density: ReadonlyMap<string, number>;
  readonly modelNode: Int32Array;
}

/** Below this share of regenerated links a cached network is patched rather than rebuilt. */
const PATCH_SHARE = 0.25;

/**
 * The solver network of a loop model. `reuse`: an earlier network of the same side. When only a few
 * links are new objects (an edit regenerated one CDU's loop) the earlier network is patched with just
 * those links, converted and validated by NetworkBuilder; otherwise the whole model is built, sharing
 * the earlier network's symbolic structure when the topology is unchanged.
 */
export function buildNetwork(model: LoopModel, viscosity: number, reuse?: NetworkReuse): BuildResult & { readonly patched?: boolean } {
  if (reuse) {
    const p = patchedNetwork(model, viscosity, reuse);
    if (p) return p;
  }
  const b = builder(viscosity, model.nodes.length, model.links.length);
  const { nodes, links } = model;
  for (let i = 0; i < nodes.length; i++) addNode(b, model, nodes[i]);
  for (let k = 0; k < links.length; k++) addLink(b, model, links[k]);
  return b.build(reuse?.network);
}

function builder(viscosity: number, nodes = 16, links = 16): NetworkBuilder {
  return new NetworkBuilder({ headloss: 'D-W', viscosity, accuracy: LOOP_ACCURACY, maxIterations: 200 }, { nodes, links });
}

function patchedNetwork(model: LoopModel, viscosity: number, reuse: NetworkReuse): (BuildResult & { readonly patched: true }) | null {
  const net = reuse.network;
  const { links, nodes } = model;
  if (viscosity !== reuse.viscosity || links.length !== reuse.links.length || nodes.length !== reuse.nodes.length) return null;
  if (links.length !== net.nLinks || nodes.length !== net.nNodes || model.density.size !== reuse.density.size) return null;
  for (const [z, r] of model.density) if (reuse.density.get(z) !== r) return null;
  const changed: number[] = [];
  for (let k = 0; k < links.length; k++) if (links[k] !== reuse.links[k]) changed.push(k);
  if (changed.length > PATCH_SHARE * links.length) return null;
  // The nodes the part needs: the ends of the new links and any node that is a new object.
  const need = new Uint8Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    if (nodes[i] !== reuse.nodes[i]) {
      if (nodes[i].id !== reuse.nodes[i].id) return null;
      need[i] = 1;
    }
  }
  for (const k of changed) {
    const l = links[k];
    if (l.id !== reuse.links[k].id) return null;
    for (const end of [l.from, l.to]) {
      const j = net.nodeIndex.get(end);
      const i = j === undefined ? -1 : reuse.modelNode[j];
      if (i < 0 || nodes[i].id !== end) return null;
      need[i] = 1;
    }
  }
  // Nothing regenerated (an edit elsewhere in the hall): the cached network is this model's network.
  if (changed.length === 0 && !need.includes(1)) return { ok: true, network: net, warnings: [], patched: true };
  const b = builder(viscosity);
  const nodeMap: number[] = [];
  for (let i = 0; i < nodes.length; i++) {
    if (!need[i]) continue;
    addNode(b, model, nodes[i]);
  }
  for (const k of changed) addLink(b, model, links[k]);
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

function addNode(b: NetworkBuilder, model: LoopModel, n: ModelNode): void {
  if (n.fixedPressure !== null) b.addReservoir(n.id, { head: n.z + headOf(n.fixedPressure, densityOf(model, n)) });
  else b.addJunction(n.id, { elevation: n.z });
}

function addLink(b: NetworkBuilder, model: LoopModel, l: ModelLink): void {
  const rho = densityOf(model, l);
  const s = l.spec;
  const status = l.status;
  switch (s.type) {
    case 'pipe':
      b.addPipe(l.id, l.from, l.to, { length: s.length, diameter: s.diameter, roughness: s.roughness, minorLoss: s.minorLoss, status });
      break;
    case 'component': {
      const k = componentCoefficient(s, rho);
      if (!(s.designFlow > 0)) b.reportIssue({ element: l.id, kind: 'link', message: `design flow must be positive (got ${s.designFlow})` });
      else if (!(s.designPressureDrop > 0)) b.reportIssue({ element: l.id, kind: 'link', message: `design pressure drop must be positive (got ${s.designPressureDrop})` });
      else b.addComponent(l.id, l.from, l.to, { coefficient: k, exponent: s.exponent, status });
      break;
    }
    case 'kv':
      b.addKvResistance(l.id, l.from, l.to, { kv: s.kv, status });
      break;
    case 'tcv':
      if (!(s.setting >= 0)) b.reportIssue({ element: l.id, kind: 'link', message: `valve loss coefficient must not be negative (got ${s.setting})` });
      b.addValve(l.id, l.from, l.to, status === 'closed' ? { type: 'TCV', diameter: s.diameter, status } : { type: 'TCV', diameter: s.diameter, setting: s.setting });
      break;
    case 'pump':
      if (!(s.ratedFlow > 0) || !(s.ratedHead > 0)) {
        b.reportIssue({ element: l.id, kind: 'link', message: `pump rated flow and head must be positive (got ${s.ratedFlow} m³/s, ${s.ratedHead} Pa)` });
        break;
      }
      b.addPump(l.id, l.from, l.to, { curve: pumpCurve(s.ratedFlow, headOf(s.ratedHead, rho)), speed: status === 'closed' ? 0 : s.speed });
      break;
  }
}
