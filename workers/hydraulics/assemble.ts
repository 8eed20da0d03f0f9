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

export interface NodeRecord {
  id: string; fixed: boolean; elevation: number; demand: number; emitter: number; head: number;
  minHead: number; maxHead: number; canOverflow: boolean;
}
export interface LinkRecord {
  id: string; from: string; to: string; kind: LinkKindCode; initStatus: StatusCode; setting: number;
  diameter: number; length: number; roughness: number; minorLoss: number; viscosity: number;
  resistance: number; exponent: number; curve: { x: number[]; y: number[] } | null; checkValve: boolean;
}
export interface PumpRecord { link: number; curveQ: number[]; curveH: number[]; horsepower: number }

const FT = 1 / M_PER_FT;

export function assembleNetwork(
  nodeRecs: readonly NodeRecord[],
  linkRecs: readonly LinkRecord[],
  pumpRecs: readonly PumpRecord[],
  controlSpecs: readonly PressureControlSpec[],
  opts: NetworkOptions,
  reuse?: HydraulicNetwork,
): BuildResult {
  const issues: InputIssue[] = [];
  const bad = (element: string, kind: InputIssue['kind'], message: string): void => {
    issues.push({ element, kind, message });
  };
  const ordered: NodeRecord[] = [];
  for (const n of nodeRecs) if (!n.fixed) ordered.push(n);
  const nJ = ordered.length;
  for (const n of nodeRecs) if (n.fixed) ordered.push(n);
  const nN = ordered.length;
  const nL = linkRecs.length;
  const same = reuse !== undefined && sameTopology(reuse, ordered, nJ, linkRecs) ? reuse : null;
  let nodeIndex: ReadonlyMap<string, number>;
  let linkIndex: ReadonlyMap<string, number>;
  if (same) {
    nodeIndex = same.nodeIndex;
    linkIndex = same.linkIndex;
  } else {
    const ni = new Map<string, number>();
    for (let i = 0; i < nN; i++) ni.set(ordered[i].id, i);
    const li = new Map<string, number>();
    for (let k = 0; k < nL; k++) li.set(linkRecs[k].id, k);
    nodeIndex = ni;
    linkIndex = li;
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
    for (let k = 0; k < nL; k++) {
      const l = linkRecs[k];
      const a = nodeIndex.get(l.from);
      const b = nodeIndex.get(l.to);
      if (a === undefined) bad(l.id, 'link', `start node ${l.from} does not exist`);
      if (b === undefined) bad(l.id, 'link', `end node ${l.to} does not exist`);
      from[k] = a ?? 0;
      to[k] = b ?? 0;
      if (a !== undefined && b !== undefined) {
        degree[a]++;
        degree[b]++;
      }
    }
    if (issues.length > 0) return { ok: false, issues };
    for (let i = 0; i < nJ; i++) if (degree[i] === 0) bad(ordered[i].id, 'node', 'junction is not connected to any link');
    checkValveConnections(linkRecs, from, to, nJ, bad);
  }

  const kind = new Uint8Array(nL);
  const diameter = new Float64Array(nL);
  const length = new Float64Array(nL);
  const roughness = new Float64Array(nL);
  const minorLoss = new Float64Array(nL);
  const resistance = new Float64Array(nL);
  const exponent = new Float64Array(nL);
  const checkValve = new Uint8Array(nL);
  const linkViscosity = new Float64Array(nL);
  const initStatus = new Uint8Array(nL);
  const initSetting = new Float64Array(nL);
  const valveCurve: (Curve | null)[] = new Array<Curve | null>(nL);
  for (let k = 0; k < nL; k++) {
    const l = linkRecs[k];
    kind[k] = l.kind;
    diameter[k] = l.diameter;
    length[k] = l.length;
    roughness[k] = l.roughness;
    minorLoss[k] = l.minorLoss;
    exponent[k] = l.exponent;
    checkValve[k] = l.kind === LinkKind.CVPIPE || l.checkValve ? 1 : 0;
    linkViscosity[k] = Number.isNaN(l.viscosity) ? viscosity : l.viscosity;
    initStatus[k] = l.initStatus;
    initSetting[k] = l.setting;
    resistance[k] = l.kind === LinkKind.PIPE || l.kind === LinkKind.CVPIPE
      ? pipeResistance(formula, l.length, l.diameter, l.roughness, hexp)
      : l.resistance;
    valveCurve[k] = l.curve ? checkCurve(l.id, l.curve.x, l.curve.y, bad) : null;
  }
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
    const id = linkRecs[p.link].id;
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
    elevation[i] = n.elevation;
    if (i < nJ) {
      demand[i] = n.demand;
      // q[m³/s] = C·p[m]ᵞ  →  h[ft] = Ke·q[cfs]^Qexp (input1.c convertunits())
      if (n.emitter > 0) emitterKe[i] = Math.pow(CMS_PER_CFS / n.emitter, qexp) / M_PER_FT;
    } else {
      fixedHead[i] = n.head;
      tankMinHead[i] = n.minHead;
      tankMaxHead[i] = n.maxHead;
      tankCanOverflow[i] = n.canOverflow ? 1 : 0;
    }
  }

  const pressureControls = resolveControls(controlSpecs, nodeIndex, linkIndex, kind, elevation, nJ, bad);
  if (issues.length > 0) return { ok: false, issues };

  const structure = same ?? sparseStructure(nJ, nL, from, to, kind, checkValve);

  const network: HydraulicNetwork = {
    nodeIds: same ? same.nodeIds : ordered.map((n) => n.id), linkIds: same ? same.linkIds : linkRecs.map((l) => l.id), nodeIndex, linkIndex,
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
function sameTopology(net: HydraulicNetwork, ordered: readonly NodeRecord[], nJ: number, links: readonly LinkRecord[]): boolean {
  if (net.nNodes !== ordered.length || net.nJunctions !== nJ || net.nLinks !== links.length) return false;
  const ids = net.nodeIds;
  for (let i = 0; i < ordered.length; i++) if (ids[i] !== ordered[i].id) return false;
  const lids = net.linkIds;
  for (let k = 0; k < links.length; k++) {
    const l = links[k];
    if (lids[k] !== l.id || net.kind[k] !== l.kind || ids[net.from[k]] !== l.from || ids[net.to[k]] !== l.to) return false;
    if ((net.checkValve[k] === 1) !== (l.kind === LinkKind.CVPIPE || l.checkValve)) return false;
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
  links: readonly LinkRecord[], from: Int32Array, to: Int32Array, nJ: number,
  bad: (e: string, k: InputIssue['kind'], m: string) => void,
): void {
  const { PRV, PSV, FCV } = LinkKind;
  const seen: number[] = [];
  links.forEach((l, k) => {
    if (l.kind !== PRV && l.kind !== PSV && l.kind !== FCV) return;
    const j1 = from[k];
    const j2 = to[k];
    if (j1 >= nJ || j2 >= nJ) {
      bad(l.id, 'link', `${l.kind === PRV ? 'PRV' : l.kind === PSV ? 'PSV' : 'FCV'} cannot be connected to a reservoir or tank`);
      return;
    }
    for (const v of seen) {
      const t = links[v].kind;
      const v1 = from[v];
      const v2 = to[v];
      const clash =
        (t === PRV && l.kind === PRV && (v2 === j2 || v2 === j1 || v1 === j2)) ||
        (t === PSV && l.kind === PSV && (v1 === j1 || v1 === j2 || v2 === j1)) ||
        (t === PSV && l.kind === PRV && v1 === j2) || (t === PRV && l.kind === PSV && v2 === j1) ||
        (t === FCV && l.kind === PSV && v2 === j1) || (t === FCV && l.kind === PRV && v1 === j2) ||
        (t === PSV && l.kind === FCV && v1 === j2) || (t === PRV && l.kind === FCV && v2 === j1);
      if (clash) bad(l.id, 'link', `illegal valve connection with ${links[v].id} (shared or series pressure/flow control valves)`);
    }
    seen.push(k);
  });
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
