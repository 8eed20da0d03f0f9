// Solve an .inp file at time zero and report in the file's units, as EPANET reports them:
// heads in ft or m, pressures in psi or m (EPANET's default pressure units for the unit system),
// flows in the file's flow units, closed links with zero flow; an active valve counts as open,
// a pump shut off (XHEAD, closed, temporarily closed) as closed.

import { HydraulicSolver, type SolveOutcome } from '../hydraulics';
import type { InpError } from './inp-sections';
import { readInp } from './inp-reader';
import type { FlowUnits } from './units';

export interface SnapshotUnits {
  readonly flow: FlowUnits;
  readonly head: 'm' | 'ft';
  readonly pressure: 'm' | 'psi';
}

export interface Snapshot {
  readonly units: SnapshotUnits;
  readonly nodes: Record<string, { head: number; pressure: number }>;
  readonly links: Record<string, { flow: number; status: 'open' | 'closed' }>;
}

export type SnapshotResult =
  | { readonly ok: true; readonly snapshot: Snapshot; readonly outcome: SolveOutcome; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly errors: readonly InpError[]; readonly outcome?: SolveOutcome; readonly snapshot?: Snapshot };

export function solveInp(text: string): SnapshotResult {
  const read = readInp(text);
  if (!read.ok) return read;
  const { network: net, units: u } = read;
  const solver = new HydraulicSolver(net);
  const outcome = solver.solve({ actions: read.actions });
  if (outcome.failure && outcome.failure.reason !== 'not-converged') {
    return { ok: false, errors: [{ element: outcome.failure.elementId, message: outcome.failure.message }], outcome };
  }
  const nodes: Snapshot['nodes'] = {};
  for (let i = 0; i < net.nNodes; i++) {
    nodes[net.nodeIds[i]] = { head: u.lengthOut(solver.head(i)), pressure: u.pressureOut(solver.pressureHead(i)) };
  }
  const links: Snapshot['links'] = {};
  for (let k = 0; k < net.nLinks; k++) {
    links[net.linkIds[k]] = { flow: u.flowOut(solver.flow(k)), status: solver.isClosed(k) ? 'closed' : 'open' };
  }
  const snapshot: Snapshot = { units: { flow: u.flowUnits, head: u.headLabel, pressure: u.pressureLabel }, nodes, links };
  const warnings = [...read.warnings, ...outcome.warnings.map((w) => w.message)];
  if (!outcome.ok) return { ok: false, errors: [{ element: outcome.failure?.elementId, message: outcome.failure?.message ?? 'not converged' }], outcome, snapshot };
  return { ok: true, snapshot, outcome, warnings };
}
