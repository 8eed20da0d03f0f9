// Engineering diagnostics around a hydraulic solve: parts of the network with no pressure
// reference (graph check before solving), parts cut off by closed links, pumps driven past
// their curve (head above shutoff → XHEAD, or flow beyond the curve's last point), control
// valves that cannot hold their setting, and junctions below a vapour-pressure head
// (cavitation risk). Each diagnostic names its element. Units reported: m, m³/s.

import { CMS_PER_CFS, LinkKind, M_PER_FT, PumpCurveKind, Status } from './constants';
import type { HydraulicNetwork } from './network';
import type { SolverState } from './state';

export type DiagnosticCode =
  | 'isolated-by-closed-links'
  | 'pump-above-shutoff'
  | 'pump-beyond-curve'
  | 'valve-cannot-deliver'
  | 'cavitation-risk';

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly elementKind: 'node' | 'link';
  readonly elementId: string;
  readonly message: string;
}

/** Union–find labels of nodes over the links for which `use(k)` holds. */
function components(net: HydraulicNetwork, use: (k: number) => boolean): Int32Array {
  const parent = new Int32Array(net.nNodes);
  for (let i = 0; i < net.nNodes; i++) parent[i] = i;
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  for (let k = 0; k < net.nLinks; k++) {
    if (!use(k)) continue;
    const a = find(net.from[k]);
    const b = find(net.to[k]);
    if (a !== b) parent[a] = b;
  }
  for (let i = 0; i < net.nNodes; i++) parent[i] = find(i);
  return parent;
}

/** First junction of a connected part that contains no fixed-head node, or −1. */
export function findUnreferencedParts(net: HydraulicNetwork): number {
  const root = components(net, () => true);
  const referenced = new Uint8Array(net.nNodes);
  for (let i = net.nJunctions; i < net.nNodes; i++) referenced[root[i]] = 1;
  for (let i = 0; i < net.nJunctions; i++) if (!referenced[root[i]]) return i;
  return -1;
}

export interface SolverView {
  readonly network: HydraulicNetwork;
}

export function collectWarnings(view: SolverView, st: SolverState, vapourPressureHead?: number): Diagnostic[] {
  const net = view.network;
  const out: Diagnostic[] = [];
  let anyClosed = false;
  for (let k = 0; k < net.nLinks && !anyClosed; k++) anyClosed = st.status[k] <= Status.CLOSED;
  // Without closed links every part has a reference (checked before solving): skip the graph work.
  const open = anyClosed ? components(net, (k) => st.status[k] > Status.CLOSED) : new Int32Array(net.nNodes);
  const referenced = new Uint8Array(net.nNodes);
  if (anyClosed) for (let i = net.nJunctions; i < net.nNodes; i++) referenced[open[i]] = 1;
  else referenced[0] = 1;
  const reported = new Uint8Array(net.nNodes);
  for (let i = 0; i < net.nJunctions && anyClosed; i++) {
    const r = open[i];
    if (referenced[r] || reported[r]) continue;
    reported[r] = 1;
    out.push({
      code: 'isolated-by-closed-links', elementKind: 'node', elementId: net.nodeIds[i],
      message: `node ${net.nodeIds[i]} is cut off from every reservoir and tank by closed links; its head is not meaningful`,
    });
  }
  for (let p = 0; p < net.pumpLink.length; p++) {
    const k = net.pumpLink[p];
    const id = net.linkIds[k];
    const speed = st.setting[k];
    if (st.status[k] === Status.XHEAD) {
      const gain = (st.head[net.to[k]] - st.head[net.from[k]]) * M_PER_FT;
      out.push({
        code: 'pump-above-shutoff', elementKind: 'link', elementId: id,
        message: `pump ${id} cannot deliver the required head ${gain.toFixed(2)} m (shutoff ${(net.pumpHmax[p] * speed * speed * M_PER_FT).toFixed(2)} m): closed`,
      });
    } else if (st.status[k] > Status.CLOSED && net.pumpKind[p] !== PumpCurveKind.CONST_HP) {
      const qmax = net.pumpQmax[p] * speed;
      if (st.flow[k] > qmax) {
        out.push({
          code: 'pump-beyond-curve', elementKind: 'link', elementId: id,
          message: `pump ${id} runs at ${(st.flow[k] * CMS_PER_CFS).toExponential(3)} m³/s, beyond its curve's maximum ${(qmax * CMS_PER_CFS).toExponential(3)} m³/s`,
        });
      }
    }
  }
  for (let k = 0; k < net.nLinks; k++) {
    const s = st.status[k];
    if ((s === Status.XPRESSURE || s === Status.XFCV) && net.kind[k] >= LinkKind.PRV && net.kind[k] <= LinkKind.FCV) {
      const id = net.linkIds[k];
      out.push({
        code: 'valve-cannot-deliver', elementKind: 'link', elementId: id,
        message: `valve ${id} is open but cannot deliver its ${s === Status.XFCV ? 'flow' : 'pressure'} setting`,
      });
    }
  }
  if (vapourPressureHead !== undefined) {
    for (let i = 0; i < net.nJunctions; i++) {
      const p = (st.head[i] - net.elevation[i]) * M_PER_FT;
      if (p < vapourPressureHead && !reported[open[i]] && referenced[open[i]]) {
        out.push({
          code: 'cavitation-risk', elementKind: 'node', elementId: net.nodeIds[i],
          message: `node ${net.nodeIds[i]} pressure head ${p.toFixed(2)} m is below the vapour-pressure head ${vapourPressureHead.toFixed(2)} m`,
        });
      }
    }
  }
  return out;
}
