// Turns the builder's records into the typed-array HydraulicNetwork: resolves references,
// checks EPANET's topological rules (unlinked junctions, illegal valve connections — input2.c
// valvecheck() errors 219/220), fits pump curves (validate.c) and builds the symbolic sparse
// structure of the head equations once per topology. Units: internal ft, cfs.

import { buildSymmetricPattern, ldlSymbolic } from '../linalg';
import {
  CMS_PER_CFS, DEFAULT_CHECKFREQ, DEFAULT_HACC, DEFAULT_HTOL, DEFAULT_MAXCHECK, DEFAULT_MAXITER,
  DEFAULT_QTOL, DEFAULT_RQTOL, HeadlossFormula, LinkKind, M_PER_FT, MISSING, PumpCurveKind, Status,
  VISCOS_WATER_FT2S, type LinkKindCode, type StatusCode,
} from './constants';
import { pipeResistance } from './friction';
import type { Curve, HydraulicNetwork, PressureControl } from './network';
import { powerFitForPoints } from './pump-curves';
import type { InputIssue, NetworkOptions, PressureControlSpec } from './specs';
import type { BuildResult } from './builder';
import type { IdIndex } from './id-index';
import { grownF64, grownI32, grownU8 } from './grow';

export interface PumpRecord { link: number; curveQ: number[]; curveH: number[]; horsepower: number }

/** The builder's nodes as columns (struct of arrays), in input order. */
export class NodeTable {
  n = 0;
  /** Allocated at the capacity and filled by index (rows [0, n) are set). */
  readonly ids: string[];
  fixed: Uint8Array;
  elevation: Float64Array;
  demand: Float64Array;
  emitter: Float64Array;
  head: Float64Array;
  minHead: Float64Array;
  maxHead: Float64Array;
  canOverflow: Uint8Array;
  constructor(capacity: number) {
    const c = Math.max(capacity, 8);
    this.ids = new Array<string>(c);
    this.fixed = new Uint8Array(c);
    this.elevation = new Float64Array(c);
    this.demand = new Float64Array(c);
    this.emitter = new Float64Array(c);
    this.head = new Float64Array(c);
    this.minHead = new Float64Array(c).fill(NaN);
    this.maxHead = new Float64Array(c).fill(NaN);
    this.canOverflow = new Uint8Array(c);
  }
  /** Appends a node with zero values (min/max head NaN); returns its index. */
  add(id: string, fixed: boolean, elevation: number): number {
    const i = this.n;
    if (i === this.fixed.length) this.grow(2 * i);
    this.ids[i] = id;
    this.fixed[i] = fixed ? 1 : 0;
    this.elevation[i] = elevation;
    this.n = i + 1;
    return i;
  }
  private grow(c: number): void {
    this.fixed = grownU8(this.fixed, c);
    this.elevation = grownF64(this.elevation, c);
    this.demand = grownF64(this.demand, c);
    this.emitter = grownF64(this.emitter, c);
    this.head = grownF64(this.head, c);
    this.minHead = grownF64(this.minHead, c, NaN);
    this.maxHead = grownF64(this.maxHead, c, NaN);
    this.canOverflow = grownU8(this.canOverflow, c);
  }
}

/** The builder's links as columns (struct of arrays), in input order. */
export class LinkTable {
  n = 0;
  /** Allocated at the capacity and filled by index (rows [0, n) are set). */
  readonly ids: string[];
  readonly from: string[];
  readonly to: string[];
  /** Node-table row of each end when the builder was given it by number (-1: resolve the id). */
  fromRow: Int32Array;
  toRow: Int32Array;
  kind: Uint8Array;
  initStatus: Uint8Array;
  checkValve: Uint8Array;
  setting: Float64Array;
  diameter: Float64Array;
  length: Float64Array;
  roughness: Float64Array;
  minorLoss: Float64Array;
  viscosity: Float64Array;
  resistance: Float64Array;
  exponent: Float64Array;
  /** GPV / PCV curves by link index (rare). */
  readonly curve = new Map<number, { x: number[]; y: number[] }>();
  constructor(capacity: number) {
    const c = Math.max(capacity, 8);
    this.ids = new Array<string>(c);
    this.from = new Array<string>(c);
    this.to = new Array<string>(c);
    this.fromRow = new Int32Array(c);
    this.toRow = new Int32Array(c);
    this.kind = new Uint8Array(c);
    this.initStatus = new Uint8Array(c);
    this.checkValve = new Uint8Array(c);
    this.setting = new Float64Array(c).fill(MISSING);
    this.diameter = new Float64Array(c);
    this.length = new Float64Array(c);
    this.roughness = new Float64Array(c);
    this.minorLoss = new Float64Array(c);
    this.viscosity = new Float64Array(c).fill(NaN);
    this.resistance = new Float64Array(c);
    this.exponent = new Float64Array(c).fill(2);
  }
  /** Appends a link with the defaults (no setting, zero sizes, network viscosity, exponent 2); returns its index. */
  add(id: string, from: string, to: string, kind: LinkKindCode, initStatus: StatusCode, fromRow = -1, toRow = -1): number {
    const k = this.n;
    if (k === this.kind.length) this.grow(2 * k);
    this.ids[k] = id;
    this.from[k] = from;
    this.to[k] = to;
    this.fromRow[k] = fromRow;
    this.toRow[k] = toRow;
    this.kind[k] = kind;
    this.initStatus[k] = initStatus;
    this.n = k + 1;
    return k;
  }
  private grow(c: number): void {
    this.fromRow = grownI32(this.fromRow, c);
    this.toRow = grownI32(this.toRow, c);
    this.kind = grownU8(this.kind, c);
    this.initStatus = grownU8(this.initStatus, c);
    this.checkValve = grownU8(this.checkValve, c);
    this.setting = grownF64(this.setting, c, MISSING);
    this.diameter = grownF64(this.diameter, c);
    this.length = grownF64(this.length, c);
    this.roughness = grownF64(this.roughness, c);
    this.minorLoss = grownF64(this.minorLoss, c);
    this.viscosity = grownF64(this.viscosity, c, NaN);
    this.resistance = grownF64(this.resistance, c);
    this.exponent = grownF64(this.exponent, c, 2);
  }
}

const FT = 1 / M_PER_FT;

export function assembleNetwork(
  nodes: NodeTable,
  links: LinkTable,
  /** Node id → input index (re-numbered here in network order and then used as nodeIndex). */
  nodeIds: IdIndex,
  /** Link id → input index (= network index; used as linkIndex). */
  linkIds: IdIndex,
  pumpRecs: readonly PumpRecord[],
  controlSpecs: readonly PressureControlSpec[],
  opts: NetworkOptions,
  reuse?: HydraulicNetwork,
): BuildResult {
  const issues: InputIssue[] = [];
  const bad = (element: string, kind: InputIssue['kind'], message: string): void => {
    issues.push({ element, kind, message });
  };
  // Network order of the nodes: junctions first, then fixed-head nodes, each in input order.
  const nN = nodes.n;
  const nL = links.n;
  const ordered = new Int32Array(nN);
  let nJ = 0;
  for (let i = 0; i < nN; i++) if (!nodes.fixed[i]) ordered[nJ++] = i;
  for (let i = 0, j = nJ; i < nN; i++) if (nodes.fixed[i]) ordered[j++] = i;
  const same = reuse !== undefined && sameTopology(reuse, nodes, ordered, nJ, links) ? reuse : null;
  let nodeIndex: ReadonlyMap<string, number>;
  let linkIndex: ReadonlyMap<string, number>;
  if (same) {
    nodeIndex = same.nodeIndex;
    linkIndex = same.linkIndex;
  } else {
    for (let i = 0; i < nN; i++) nodeIds.set(nodes.ids[ordered[i]], i);
    nodeIndex = nodeIds;
    linkIndex = linkIds;
  }
  if (nN < 2) bad('network', 'network', 'a network needs at least two nodes');

  const formula = opts.headloss === 'H-W' ? HeadlossFormula.HW : opts.headloss === 'C-M' ? HeadlossFormula.CM : HeadlossFormula.DW;
  const hexp = formula === HeadlossFormula.HW ? 1.852 : 2.0;
  const viscosity = (opts.viscosity ?? VISCOS_WATER_FT2S * M_PER_FT * M_PER_FT) * FT * FT;

  let from: Int32Array;
  let to: Int32Array;
  if (same) {
    from = same.from;
    to = same.to;
  } else {
    from = new Int32Array(nL);
    to = new Int32Array(nL);
    const degree = new Int32Array(nN);
    // Network index of each node-table row (ends given by row skip the id lookup).
    const netOfRow = new Int32Array(nN);
    for (let i = 0; i < nN; i++) netOfRow[ordered[i]] = i;
    const { fromRow, toRow } = links;
    for (let k = 0; k < nL; k++) {
      const a = fromRow[k] >= 0 ? netOfRow[fromRow[k]] : nodeIndex.get(links.from[k]);
      const b = toRow[k] >= 0 ? netOfRow[toRow[k]] : nodeIndex.get(links.to[k]);
      if (a === undefined) bad(links.ids[k], 'link', `start node ${links.from[k]} does not exist`);
      if (b === undefined) bad(links.ids[k], 'link', `end node ${links.to[k]} does not exist`);
      from[k] = a ?? 0;
      to[k] = b ?? 0;
      if (a !== undefined && b !== undefined) {
        degree[a]++;
        degree[b]++;
      }
    }
    if (issues.length > 0) return { ok: false, issues };
    for (let i = 0; i < nJ; i++) if (degree[i] === 0) bad(nodes.ids[ordered[i]], 'node', 'junction is not connected to any link');
    checkValveConnections(links, from, to, nJ, bad);
  }

  const kind = links.kind.slice(0, nL);
  const diameter = links.diameter.slice(0, nL);
  const length = links.length.slice(0, nL);
  const roughness = links.roughness.slice(0, nL);
  const minorLoss = links.minorLoss.slice(0, nL);
  const resistance = links.resistance.slice(0, nL);
  const exponent = links.exponent.slice(0, nL);
  const checkValve = links.checkValve.slice(0, nL);
  const linkViscosity = links.viscosity.slice(0, nL);
  const initStatus = links.initStatus.slice(0, nL);
  const initSetting = links.setting.slice(0, nL);
  const valveCurve: (Curve | null)[] = new Array<Curve | null>(nL).fill(null);
  const { CVPIPE, PIPE } = LinkKind;
  for (let k = 0; k < nL; k++) {
    const t = kind[k];
    if (t === CVPIPE) checkValve[k] = 1;
    if (Number.isNaN(linkViscosity[k])) linkViscosity[k] = viscosity;
    if (t === PIPE || t === CVPIPE) resistance[k] = pipeResistance(formula, length[k], diameter[k], roughness[k], hexp);
  }
  for (const [k, c] of links.curve) valveCurve[k] = checkCurve(links.ids[k], c.x, c.y, bad);
  const nP = pumpRecs.length;
  const pumpOfLink = new Int32Array(nL).fill(-1);
  const pumpLink = new Int32Array(nP);
  const pumpKind = new Uint8Array(nP);
  const pumpH0 = new Float64Array(nP);
  const pumpR = new Float64Array(nP);
  const pumpN = new Float64Array(nP);
  const pumpQ0 = new Float64Array(nP);
  const pumpQmax = new Float64Array(nP);
  const pumpHmax = new Float64Array(nP);
  const pumpCurve: (Curve | null)[] = [];
  pumpRecs.forEach((p, i) => {
    const id = links.ids[p.link];
    pumpOfLink[p.link] = i;
    pumpLink[i] = p.link;
    pumpCurve.push(null);
    if (p.curveQ.length === 0) { // constant power (validate.c constpowerpump())
      pumpKind[i] = PumpCurveKind.CONST_HP;
      pumpR[i] = -8.814 * p.horsepower;
      pumpN[i] = -1;
      pumpHmax[i] = 1e10;
      pumpQmax[i] = 1e10;
      pumpQ0[i] = 1;
      return;
    }
    const fit = powerFitForPoints(p.curveQ, p.curveH);
    if (fit === 'custom') {
      const curve = checkCurve(id, p.curveQ, p.curveH, bad);
      for (let m = 1; m < p.curveH.length; m++) {
        if (p.curveH[m] >= p.curveH[m - 1]) {
          bad(id, 'link', 'pump curve must have strictly falling head with rising flow');
          break;
        }
      }
      pumpKind[i] = PumpCurveKind.CUSTOM;
      pumpCurve[i] = curve;
      pumpQmax[i] = p.curveQ[p.curveQ.length - 1];
      pumpQ0[i] = (p.curveQ[0] + pumpQmax[i]) / 2;
      pumpHmax[i] = p.curveH[0];
    } else if (fit === null) {
      bad(id, 'link', 'pump curve cannot be fitted: heads must fall and flows rise (power function h = a − b·qᶜ)');
    } else {
      pumpKind[i] = PumpCurveKind.POWER_FUNC;
      pumpH0[i] = -fit.a;
      pumpR[i] = -fit.b; // head loss form h = H0 + R·qⁿ with H0 < 0, R > 0
      pumpN[i] = fit.c;
      pumpQ0[i] = fit.q1;
      pumpQmax[i] = fit.qmax;
      pumpHmax[i] = fit.a;
    }
  });

  const elevation = new Float64Array(nN);
  const demand = new Float64Array(nJ);
  const emitterKe = new Float64Array(nJ);
  const fixedHead = new Float64Array(nN);
  const tankMinHead = new Float64Array(nN).fill(NaN);
  const tankMaxHead = new Float64Array(nN).fill(NaN);
  const tankCanOverflow = new Uint8Array(nN);
  const qexp = 1 / (opts.emitterExponent ?? 0.5);
  for (let i = 0; i < nN; i++) {
    const n = ordered[i];
    elevation[i] = nodes.elevation[n];
    if (i < nJ) {
      demand[i] = nodes.demand[n];
      // q[m³/s] = C·p[m]ᵞ  →  h[ft] = Ke·q[cfs]^Qexp (input1.c convertunits())
      const emitter = nodes.emitter[n];
      if (emitter > 0) emitterKe[i] = Math.pow(CMS_PER_CFS / emitter, qexp) / M_PER_FT;
    } else {
      fixedHead[i] = nodes.head[n];
      tankMinHead[i] = nodes.minHead[n];
      tankMaxHead[i] = nodes.maxHead[n];
      tankCanOverflow[i] = nodes.canOverflow[n];
    }
  }

  const pressureControls = resolveControls(controlSpecs, nodeIndex, linkIndex, kind, elevation, nJ, bad);
  if (issues.length > 0) return { ok: false, issues };

  const structure = same ?? sparseStructure(nJ, nL, from, to, kind, checkValve);

  const network: HydraulicNetwork = {
    nodeIds: same ? same.nodeIds : orderedIds(nodes, ordered), linkIds: same ? same.linkIds : links.ids.slice(0, nL), nodeIndex, linkIndex,
    nJunctions: nJ, nNodes: nN, nLinks: nL, headloss: formula, hexp, viscosity,
    specificGravity: opts.specificGravity ?? 1,
    elevation, demand, emitterKe, fixedHead, tankMinHead, tankMaxHead, tankCanOverflow,
    kind, from, to, diameter, length, roughness, minorLoss, resistance, exponent, checkValve, linkViscosity,
    initStatus, initSetting, valveCurve,
    pumpOfLink, pumpLink, pumpKind, pumpH0, pumpR, pumpN, pumpQ0, pumpQmax, pumpHmax, pumpCurve,
    pressureControls,
    options: {
      accuracy: Math.min(Math.max(opts.accuracy ?? DEFAULT_HACC, 1e-5), 1e-1),
      maxIterations: opts.maxIterations ?? DEFAULT_MAXITER,
      extraIterations: opts.extraIterations ?? -1,
      checkFrequency: opts.checkFrequency ?? DEFAULT_CHECKFREQ,
      maxCheck: opts.maxCheck ?? DEFAULT_MAXCHECK,
      dampLimit: opts.dampLimit ?? 0,
      headTolerance: DEFAULT_HTOL,
      flowTolerance: DEFAULT_QTOL,
      lowFlowResistanceTolerance: DEFAULT_RQTOL,
      headErrorLimit: (opts.headErrorLimit ?? 0) * FT,
      flowChangeLimit: (opts.flowChangeLimit ?? 0) / CMS_PER_CFS,
      emitterExponent: qexp,
      emitterBackflow: opts.emitterBackflow ?? true,
    },
    pattern: structure.pattern, symbolic: structure.symbolic, linkSlot: structure.linkSlot,
    valveLinks: structure.valveLinks, statusLinks: structure.statusLinks,
  };
  return { ok: true, network, warnings: [] };
}

function orderedIds(nodes: NodeTable, ordered: Int32Array): string[] {
  const ids = new Array<string>(ordered.length);
  for (let i = 0; i < ordered.length; i++) ids[i] = nodes.ids[ordered[i]];
  return ids;
}

type SparseStructure = Pick<HydraulicNetwork, 'pattern' | 'symbolic' | 'linkSlot' | 'valveLinks' | 'statusLinks'>;

/** Symbolic work of a topology: junction-matrix pattern, fill-reducing ordering, elimination tree. */
function sparseStructure(nJ: number, nL: number, from: Int32Array, to: Int32Array, kind: Uint8Array, checkValve: Uint8Array): SparseStructure {
  // Off-diagonal matrix entries: links joining two junctions.
  let nE = 0;
  for (let k = 0; k < nL; k++) if (from[k] < nJ && to[k] < nJ) nE++;
  const ei = new Int32Array(nE);
  const ej = new Int32Array(nE);
  const edgeLink = new Int32Array(nE);
  nE = 0;
  for (let k = 0; k < nL; k++) {
    if (from[k] < nJ && to[k] < nJ) { ei[nE] = from[k]; ej[nE] = to[k]; edgeLink[nE++] = k; }
  }
  const pattern = buildSymmetricPattern(nJ, ei, ej);
  const linkSlot = new Int32Array(nL).fill(-1);
  for (let e = 0; e < nE; e++) linkSlot[edgeLink[e]] = pattern.edgeSlot[e];
  const valveLinks: number[] = [];
  const statusLinks: number[] = [];
  for (let k = 0; k < nL; k++) {
    const t = kind[k];
    if (t >= LinkKind.PRV && t <= LinkKind.PCV) valveLinks.push(k);
    if (checkValve[k] || t === LinkKind.PUMP || t === LinkKind.FCV || from[k] >= nJ || to[k] >= nJ) statusLinks.push(k);
  }
  return { pattern, symbolic: ldlSymbolic(pattern), linkSlot, valveLinks: Int32Array.from(valveLinks), statusLinks: Int32Array.from(statusLinks) };
}

/**
 * Same topology as `net`: the same node ids in the same order (junctions first), the same link ids,
 * ends and kinds (so pattern, ordering, valve and status lists carry over). O(nodes + links) string
 * comparisons; ids built from the same parts compare equal even as distinct string objects.
 */
function sameTopology(net: HydraulicNetwork, nodes: NodeTable, ordered: Int32Array, nJ: number, links: LinkTable): boolean {
  if (net.nNodes !== ordered.length || net.nJunctions !== nJ || net.nLinks !== links.n) return false;
  const ids = net.nodeIds;
  for (let i = 0; i < ordered.length; i++) if (ids[i] !== nodes.ids[ordered[i]]) return false;
  const lids = net.linkIds;
  for (let k = 0; k < links.n; k++) {
    const t = links.kind[k];
    if (lids[k] !== links.ids[k] || net.kind[k] !== t || ids[net.from[k]] !== links.from[k] || ids[net.to[k]] !== links.to[k]) return false;
    if ((net.checkValve[k] === 1) !== (t === LinkKind.CVPIPE || links.checkValve[k] === 1)) return false;
  }
  return true;
}

function checkCurve(id: string, x: number[], y: number[], bad: (e: string, k: InputIssue['kind'], m: string) => void): Curve {
  for (let i = 1; i < x.length; i++) {
    if (!(x[i] > x[i - 1])) {
      bad(id, 'curve', 'curve x values must be strictly increasing');
      break;
    }
  }
  return { x: Float64Array.from(x), y: Float64Array.from(y) };
}

/** EPANET valvecheck(): PRV/PSV/FCV cannot touch fixed-head nodes nor share nodes illegally. */
function checkValveConnections(
  links: LinkTable, from: Int32Array, to: Int32Array, nJ: number,
  bad: (e: string, k: InputIssue['kind'], m: string) => void,
): void {
  const { PRV, PSV, FCV } = LinkKind;
  const seen: number[] = [];
  for (let k = 0; k < links.n; k++) {
    const kindK = links.kind[k];
    if (kindK !== PRV && kindK !== PSV && kindK !== FCV) continue;
    const l = { id: links.ids[k], kind: kindK };
    const j1 = from[k];
    const j2 = to[k];
    if (j1 >= nJ || j2 >= nJ) {
      bad(l.id, 'link', `${l.kind === PRV ? 'PRV' : l.kind === PSV ? 'PSV' : 'FCV'} cannot be connected to a reservoir or tank`);
      continue;
    }
    for (const v of seen) {
      const t = links.kind[v];
      const v1 = from[v];
      const v2 = to[v];
      const clash =
        (t === PRV && l.kind === PRV && (v2 === j2 || v2 === j1 || v1 === j2)) ||
        (t === PSV && l.kind === PSV && (v1 === j1 || v1 === j2 || v2 === j1)) ||
        (t === PSV && l.kind === PRV && v1 === j2) || (t === PRV && l.kind === PSV && v2 === j1) ||
        (t === FCV && l.kind === PSV && v2 === j1) || (t === FCV && l.kind === PRV && v1 === j2) ||
        (t === PSV && l.kind === FCV && v1 === j2) || (t === PRV && l.kind === FCV && v2 === j1);
      if (clash) bad(l.id, 'link', `illegal valve connection with ${links.ids[v]} (shared or series pressure/flow control valves)`);
    }
    seen.push(k);
  }
}

function resolveControls(
  specs: readonly PressureControlSpec[], nodeIndex: ReadonlyMap<string, number>,
  linkIndex: ReadonlyMap<string, number>, kind: Uint8Array, elevation: Float64Array, nJ: number,
  bad: (e: string, k: InputIssue['kind'], m: string) => void,
): PressureControl[] {
  const out: PressureControl[] = [];
  for (const c of specs) {
    const link = linkIndex.get(c.link);
    const node = nodeIndex.get(c.node);
    if (link === undefined) { bad(c.link, 'control', 'control refers to a link that does not exist'); continue; }
    if (node === undefined || node >= nJ) { bad(c.node, 'control', 'pressure control node must be an existing junction'); continue; }
    const k = kind[link];
    let setting = MISSING;
    if (c.setting !== undefined) {
      setting = c.setting;
      if (k === LinkKind.PRV || k === LinkKind.PSV || k === LinkKind.PBV) setting = c.setting * FT;
      else if (k === LinkKind.FCV) setting = c.setting / CMS_PER_CFS;
    } else if (k === LinkKind.PUMP) setting = c.status === 'closed' ? 0 : 1;
    const status = c.status === 'closed' ? Status.CLOSED : c.status === 'open' ? Status.OPEN : Status.ACTIVE;
    out.push({ link, node, above: c.above, grade: elevation[node] + c.pressure * FT, status, setting });
  }
  return out;
}
