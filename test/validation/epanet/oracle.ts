// Reference answers from EPANET itself (epanet-js: EPANET 2.3 compiled to WebAssembly) for an
// .inp text at time zero, in the same shape as Hallflow's snapshot, and the comparison used by
// the validation tests: max flow difference relative to the largest flow, max head difference.

import { AnalysisStatistic, CountType, LinkProperty, NodeProperty, Project, Workspace } from 'epanet-js';
import type { Snapshot } from '../../../workers/epanet';

let workspace: Workspace | null = null;

async function ws(): Promise<Workspace> {
  if (workspace === null) {
    const w = new Workspace();
    await w.loadModule();
    workspace = w;
  }
  return workspace;
}

export interface OracleResult {
  readonly nodes: Record<string, { head: number; pressure: number }>;
  readonly links: Record<string, { flow: number; status: 'open' | 'closed' }>;
  readonly ms: number;
  readonly iterations: number;
}

export async function epanetSnapshot(inp: string): Promise<OracleResult> {
  const w = await ws();
  const p = new Project(w);
  w.writeFile('net.inp', inp);
  p.open('net.inp', 'net.rpt', '');
  const t0 = performance.now();
  p.openH();
  p.initH(0);
  p.runH();
  const ms = performance.now() - t0;
  const iterations = p.getStatistic(AnalysisStatistic.Iterations);
  const nodes: OracleResult['nodes'] = {};
  const links: OracleResult['links'] = {};
  const nn = p.getCount(CountType.NodeCount);
  const nl = p.getCount(CountType.LinkCount);
  for (let i = 1; i <= nn; i++) {
    nodes[p.getNodeId(i)] = { head: p.getNodeValue(i, NodeProperty.Head), pressure: p.getNodeValue(i, NodeProperty.Pressure) };
  }
  for (let k = 1; k <= nl; k++) {
    links[p.getLinkId(k)] = {
      flow: p.getLinkValue(k, LinkProperty.Flow),
      status: p.getLinkValue(k, LinkProperty.Status) === 0 ? 'closed' : 'open',
    };
  }
  p.closeH();
  p.close();
  return { nodes, links, ms, iterations };
}

export interface Comparison {
  readonly maxFlowDiff: number;
  readonly maxFlow: number;
  readonly relFlowDiff: number;
  readonly maxHeadDiff: number;
  readonly maxPressureDiff: number;
  readonly statusMismatches: readonly string[];
  readonly worstLink: string;
  readonly worstNode: string;
}

export function compare(ours: Snapshot, ref: OracleResult): Comparison {
  let maxFlow = 0;
  let maxFlowDiff = 0;
  let worstLink = '';
  const statusMismatches: string[] = [];
  for (const [id, r] of Object.entries(ref.links)) {
    const o = ours.links[id];
    if (o === undefined) throw new Error(`link ${id} missing from our results`);
    maxFlow = Math.max(maxFlow, Math.abs(r.flow));
    const d = Math.abs(o.flow - r.flow);
    if (d > maxFlowDiff) { maxFlowDiff = d; worstLink = id; }
    if (o.status !== r.status) statusMismatches.push(id);
  }
  let maxHeadDiff = 0;
  let maxPressureDiff = 0;
  let worstNode = '';
  for (const [id, r] of Object.entries(ref.nodes)) {
    const o = ours.nodes[id];
    if (o === undefined) throw new Error(`node ${id} missing from our results`);
    const d = Math.abs(o.head - r.head);
    if (d > maxHeadDiff) { maxHeadDiff = d; worstNode = id; }
    maxPressureDiff = Math.max(maxPressureDiff, Math.abs(o.pressure - r.pressure));
  }
  return {
    maxFlowDiff, maxFlow, relFlowDiff: maxFlow > 0 ? maxFlowDiff / maxFlow : maxFlowDiff, maxHeadDiff,
    maxPressureDiff, statusMismatches, worstLink, worstNode,
  };
}
