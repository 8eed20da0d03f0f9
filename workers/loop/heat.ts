// Energy balance along the flow on a solved network: nodes in topological order of the flow
// directions (Kahn), mixing at junctions by mass-weighted enthalpy (Σṁ·h / Σṁ, = Σṁ·cp·T / Σṁ·cp
// for constant cp), heat added in links (cold plates: h_out = h_in + q/ṁ). "Cut" links (the CDU
// plate HX, the plant cooler) close the loops: their outlet enthalpy is given. Nodes without
// inflow take a fallback enthalpy; nodes on a directed flow cycle (if any) are relaxed by
// Gauss–Seidel. Typed arrays in network order; allocation once per topology.
import type { HydraulicNetwork } from '../hydraulics';

/** Flows below this are treated as stagnant, m³/s. */
const Q_STAGNANT = 1e-12;

export class HeatSweep {
  readonly nodeH: Float64Array;
  readonly linkHin: Float64Array;
  readonly linkHout: Float64Array;
  private readonly adjStart: Int32Array;
  private readonly adjLink: Int32Array;
  private readonly indeg: Int32Array;
  private readonly sumM: Float64Array;
  private readonly sumMH: Float64Array;
  private readonly queue: Int32Array;
  private readonly done: Uint8Array;

  constructor(private readonly net: HydraulicNetwork) {
    const n = net.nNodes;
    const deg = new Int32Array(n + 1);
    for (let k = 0; k < net.nLinks; k++) { deg[net.from[k] + 1]++; deg[net.to[k] + 1]++; }
    for (let i = 0; i < n; i++) deg[i + 1] += deg[i];
    this.adjStart = deg;
    this.adjLink = new Int32Array(2 * net.nLinks);
    const fill = deg.slice(0, n);
    for (let k = 0; k < net.nLinks; k++) { this.adjLink[fill[net.from[k]]++] = k; this.adjLink[fill[net.to[k]]++] = k; }
    this.nodeH = new Float64Array(n);
    this.linkHin = new Float64Array(net.nLinks);
    this.linkHout = new Float64Array(net.nLinks);
    this.indeg = new Int32Array(n);
    this.sumM = new Float64Array(n);
    this.sumMH = new Float64Array(n);
    this.queue = new Int32Array(n);
    this.done = new Uint8Array(n);
  }

  /**
   * flow: m³/s per link (sign = direction from→to); rho: kg/m³ per link (ṁ = ρ·Q); heat: W per link;
   * cutH: outlet enthalpy (J/kg) of cut links, NaN for others; fallbackH: per node.
   * Returns the number of nodes that needed the cycle relaxation.
   */
  run(flow: Float64Array, rho: Float64Array, heat: Float64Array, cutH: Float64Array, fallbackH: Float64Array): number {
    const net = this.net;
    const { indeg, sumM, sumMH, queue, done, nodeH, linkHin, linkHout, adjStart, adjLink } = this;
    indeg.fill(0); sumM.fill(0); sumMH.fill(0); done.fill(0);
    for (let k = 0; k < net.nLinks; k++) {
      const q = flow[k];
      if (!(Math.abs(q) > Q_STAGNANT)) continue;
      const dn = q > 0 ? net.to[k] : net.from[k];
      if (cutH[k] === cutH[k]) { // not NaN: a cut link feeds its outlet node with a given enthalpy
        const m = rho[k] * Math.abs(q);
        sumM[dn] += m; sumMH[dn] += m * cutH[k];
      } else indeg[dn]++;
    }
    let head = 0;
    let tail = 0;
    for (let i = 0; i < net.nNodes; i++) if (indeg[i] === 0) queue[tail++] = i;
    while (head < tail) {
      const i = queue[head++];
      const h = sumM[i] > 0 ? sumMH[i] / sumM[i] : fallbackH[i];
      nodeH[i] = h;
      done[i] = 1;
      for (let a = adjStart[i]; a < adjStart[i + 1]; a++) {
        const k = adjLink[a];
        const q = flow[k];
        if (!(Math.abs(q) > Q_STAGNANT) || (q > 0 ? net.from[k] : net.to[k]) !== i || cutH[k] === cutH[k]) continue;
        const m = rho[k] * Math.abs(q);
        const dn = q > 0 ? net.to[k] : net.from[k];
        sumM[dn] += m; sumMH[dn] += m * (h + heat[k] / m);
        if (--indeg[dn] === 0) queue[tail++] = dn;
      }
    }
    const leftover = net.nNodes - tail;
    if (leftover > 0) this.relaxCycles(flow, rho, heat, cutH, fallbackH);
    for (let k = 0; k < net.nLinks; k++) {
      const q = flow[k];
      const up = q >= 0 ? net.from[k] : net.to[k];
      const hin = nodeH[up];
      linkHin[k] = hin;
      const m = rho[k] * Math.abs(q);
      linkHout[k] = cutH[k] === cutH[k] ? cutH[k] : m > 0 && Math.abs(q) > Q_STAGNANT ? hin + heat[k] / m : hin;
    }
    return leftover;
  }

  private relaxCycles(flow: Float64Array, rho: Float64Array, heat: Float64Array, cutH: Float64Array, fallbackH: Float64Array): void {
    const net = this.net;
    const { done, nodeH, adjStart, adjLink } = this;
    for (let i = 0; i < net.nNodes; i++) if (!done[i]) nodeH[i] = fallbackH[i];
    for (let pass = 0; pass < 500; pass++) {
      let change = 0;
      for (let i = 0; i < net.nNodes; i++) {
        if (done[i]) continue;
        let sm = 0;
        let smh = 0;
        for (let a = adjStart[i]; a < adjStart[i + 1]; a++) {
          const k = adjLink[a];
          const q = flow[k];
          if (!(Math.abs(q) > Q_STAGNANT) || (q > 0 ? net.to[k] : net.from[k]) !== i) continue;
          const m = rho[k] * Math.abs(q);
          const up = q > 0 ? net.from[k] : net.to[k];
          sm += m;
          smh += m * (cutH[k] === cutH[k] ? cutH[k] : nodeH[up] + heat[k] / m);
        }
        const h = sm > 0 ? smh / sm : fallbackH[i];
        change = Math.max(change, Math.abs(h - nodeH[i]));
        nodeH[i] = h;
      }
      if (change < 1e-6) break;
    }
  }
}
