// HydraulicSolver: EPANET's Todini–Pilati Global Gradient Algorithm (hydraul.c inithyd(),
// hydsolver.c hydsolve()) on one immutable HydraulicNetwork. The instance owns every mutable
// array (no module-level state); the numeric loop reuses them and never allocates. Scenario
// inputs and results are SI (m, m³/s, m²/s); internals are EPANET's ft/cfs [REFERENCE.md §5].
// Expected failures (singular matrix, no pressure reference, non-convergence, non-finite values)
// come back as a typed SolveOutcome naming the element — never a throw, never NaN results.

import {
  CBIG, CMS_PER_CFS, CSMALL, LinkKind, M_PER_FT, MISSING, PumpCurveKind, QZERO, Status,
} from './constants';
import { collectWarnings, findUnreferencedParts, type Diagnostic } from './diagnostics';
import { headlossCoefficients } from './link-coefficients';
import { emitterHeadloss, matrixCoefficients } from './matrix-coefficients';
import type { HydraulicNetwork } from './network';
import { interpolate } from './pump-curves';
import { SolverState } from './state';
import { badValve, linkStatus, pressureSwitch, valveStatus } from './status';

export type FailureReason = 'singular-matrix' | 'no-pressure-reference' | 'not-converged' | 'non-finite';

export interface SolveOutcome {
  readonly ok: boolean;
  readonly converged: boolean;
  readonly iterations: number;
  /** Σ|dq| / Σ|q| of the last iteration. */
  readonly relativeError: number;
  readonly failure?: {
    readonly reason: FailureReason;
    readonly elementKind: 'node' | 'link' | 'network';
    readonly elementId: string;
    readonly message: string;
  };
  readonly warnings: readonly Diagnostic[];
}

/** A link change applied at time zero before solving (EPANET demands()/controls() at t = 0). */
export interface InitialAction {
  readonly link: number;
  /** 'control': status + setting as a simple control; 'speed': a pump pattern multiplier. */
  readonly type: 'control' | 'speed';
  readonly status: number;
  readonly setting: number; // internal units, MISSING if none
}

export interface SolveOptions {
  /** Keep the flows of the previous solve as the starting point. */
  readonly warmStart?: boolean;
  readonly actions?: readonly InitialAction[];
  /** Flag junctions whose pressure head (m, gauge) falls below this value. */
  readonly vapourPressureHead?: number;
}

export class HydraulicSolver {
  readonly network: HydraulicNetwork;
  private readonly st: SolverState;
  private readonly floatingPart: number;
  private solved = false;

  constructor(network: HydraulicNetwork) {
    this.network = network;
    this.st = new SolverState(network);
    this.floatingPart = findUnreferencedParts(network);
  }

  // ---- Scenario inputs (SI) ----
  setDemand(node: number, m3s: number): void { this.st.demand[node] = m3s / CMS_PER_CFS; }
  setFixedHead(node: number, m: number): void { this.st.fixedHead[node] = m / M_PER_FT; }
  /** Per-link kinematic viscosity (m²/s), e.g. from the coolant temperature; D-W pipes only. */
  setLinkViscosity(link: number, m2s: number): void { this.st.viscosity[link] = m2s / (M_PER_FT * M_PER_FT); }
  setLinkStatus(link: number, status: 'open' | 'closed'): void {
    const st = this.st;
    const kind = this.network.kind[link];
    st.initStatus[link] = status === 'closed' ? Status.CLOSED : Status.OPEN;
    if (kind === LinkKind.PUMP) st.initSetting[link] = status === 'closed' ? 0 : Math.max(st.initSetting[link], 1);
    else if (kind >= LinkKind.PRV && kind <= LinkKind.PCV && kind !== LinkKind.GPV) st.initSetting[link] = MISSING;
  }
  setPumpSpeed(link: number, speed: number): void {
    this.st.initSetting[link] = speed;
    this.st.initStatus[link] = speed > 0 ? Status.OPEN : Status.CLOSED;
  }

  solve(options: SolveOptions = {}): SolveOutcome {
    const net = this.network;
    if (this.floatingPart >= 0) {
      return this.fail('no-pressure-reference', 'node', net.nodeIds[this.floatingPart], 0, 0,
        'is in a part of the network with no reservoir or tank: heads have no reference (add an expansion tank or fixed-head node)');
    }
    this.initialise(options.warmStart === true && this.solved);
    for (const a of options.actions ?? []) this.applyAction(a);
    this.solved = true;
    return this.iterate(options);
  }

  // ---- Results (SI) ----
  /** Hydraulic head, m. */
  head(node: number): number { return this.st.head[node] * M_PER_FT; }
  /** Pressure head above the node's elevation, m. */
  pressureHead(node: number): number { return (this.st.head[node] - this.network.elevation[node]) * M_PER_FT; }
  /** Flow, m³/s (0 for closed links, as EPANET reports). */
  flow(link: number): number { return this.isClosed(link) ? 0 : this.st.flow[link] * CMS_PER_CFS; }
  isClosed(link: number): boolean { return this.st.status[link] <= Status.CLOSED; }
  /** EPANET's internal status code (constants.ts Status). */
  statusCode(link: number): number { return this.st.status[link]; }
  /** Net inflow into a fixed-head node, m³/s (positive = filling). */
  fixedNodeInflow(node: number): number { return this.st.fixedInflow[node] * CMS_PER_CFS; }
  /** Internal state arrays in ft/cfs, read-only use (unit conversion at the edges). */
  get internal(): Readonly<Pick<SolverState, 'head' | 'flow' | 'status' | 'setting'>> { return this.st; }

  private initialise(warm: boolean): void {
    const net = this.network;
    const st = this.st;
    for (let i = net.nJunctions; i < net.nNodes; i++) {
      st.head[i] = st.fixedHead[i];
      st.fixedInflow[i] = 0;
    }
    for (let i = 0; i < net.nJunctions; i++) {
      st.emitterFlow[i] = net.emitterKe[i] > 0 ? 1.0 : 0.0;
      st.demandFlow[i] = st.demand[i];
    }
    for (let k = 0; k < net.nLinks; k++) {
      const kind = net.kind[k];
      st.status[k] = st.initStatus[k];
      st.setting[k] = st.initSetting[k];
      if (kind === LinkKind.PCV) st.pcvResistance[k] = pcvLossCoeff(net, k, st.setting[k]);
      if ((kind === LinkKind.PRV || kind === LinkKind.PSV || kind === LinkKind.FCV) && st.setting[k] !== MISSING) {
        st.status[k] = Status.ACTIVE;
      }
      if (st.status[k] <= Status.CLOSED) st.flow[k] = QZERO;
      else if (!warm || Math.abs(st.flow[k]) <= QZERO) st.flow[k] = initialFlow(net, k, st.setting[k]);
    }
  }

  private applyAction(a: InitialAction): void {
    const st = this.st;
    const net = this.network;
    const k = a.link;
    const isPump = net.kind[k] === LinkKind.PUMP;
    const resetPump = (): void => {
      const p = net.pumpOfLink[k];
      if (net.pumpKind[p] === PumpCurveKind.CONST_HP) st.flow[k] = net.pumpQ0[p];
    };
    if (a.type === 'speed') { // setlinksetting() for a pump
      st.setting[k] = a.setting;
      if (a.setting > 0 && st.status[k] <= Status.CLOSED) {
        resetPump();
        st.status[k] = Status.OPEN;
      }
      if (a.setting === 0 && st.status[k] > Status.CLOSED) st.status[k] = Status.CLOSED;
      return;
    }
    const s1 = st.status[k] <= Status.CLOSED ? Status.CLOSED : Status.OPEN;
    const k1 = st.setting[k];
    const k2 = net.kind[k] === LinkKind.PIPE || net.kind[k] === LinkKind.CVPIPE ? k1 : a.setting;
    if (isPump && s1 === Status.CLOSED && a.status === Status.OPEN) resetPump();
    if (s1 !== a.status || k1 !== k2) {
      st.status[k] = a.status;
      st.setting[k] = k2;
      if (net.kind[k] === LinkKind.PCV) st.pcvResistance[k] = pcvLossCoeff(net, k, k2);
    }
  }

  private iterate(options: SolveOptions): SolveOutcome {
    const net = this.network;
    const st = this.st;
    const o = net.options;
    const maxTrials = o.maxIterations + (o.extraIterations > 0 ? o.extraIterations : 0);
    let nextCheck = o.checkFrequency;
    let iter = 1;
    let relerr = 0;
    let converged = false;
    st.relaxFactor = 1.0;
    while (iter <= maxTrials) {
      headlossCoefficients(st);
      matrixCoefficients(st);
      const bad = st.factor.factor(st.values);
      if (bad >= 0) {
        const node = net.pattern.ordering.perm[bad];
        if (badValve(st, node)) continue;
        return this.fail('singular-matrix', 'node', net.nodeIds[node], iter, relerr,
          'makes the head equations singular (ill-conditioned): is it isolated by closed links or valves with inconsistent settings?');
      }
      st.factor.solve(st.rhs);
      for (let i = 0; i < net.nJunctions; i++) st.head[i] = st.rhs[st.row[i]];
      relerr = this.newFlows();
      st.relaxFactor = 1.0;
      let valveChange = false;
      if (o.dampLimit > 0.0) {
        if (relerr <= o.dampLimit) {
          st.relaxFactor = 0.6;
          valveChange = valveStatus(st);
        }
      } else valveChange = valveStatus(st);
      if (this.hasConverged(relerr)) {
        if (iter > o.maxIterations) { converged = true; break; }
        const a = linkStatus(st);
        const b = pressureSwitch(st);
        if (!valveChange && !a && !b) { converged = true; break; }
        nextCheck = iter + o.checkFrequency;
      } else if (iter <= o.maxCheck && iter === nextCheck) {
        linkStatus(st);
        nextCheck += o.checkFrequency;
      }
      iter++;
    }
    const iterations = Math.min(iter, maxTrials);
    const nonFinite = this.firstNonFinite();
    if (nonFinite) return this.fail('non-finite', nonFinite.kind, nonFinite.id, iterations, relerr, 'has a non-finite head or flow');
    const warnings = collectWarnings(this, st, options.vapourPressureHead);
    if (!converged) {
      const worst = this.largestFlowChangeLink();
      return {
        ok: false, converged: false, iterations, relativeError: relerr, warnings,
        failure: {
          reason: 'not-converged', elementKind: 'link', elementId: net.linkIds[worst],
          message: `network unbalanced after ${iterations} trials (relative flow change ${relerr.toExponential(3)}); largest flow change in link ${net.linkIds[worst]}`,
        },
      };
    }
    return { ok: true, converged: true, iterations, relativeError: relerr, warnings };
  }

  private newFlows(): number {
    const net = this.network;
    const st = this.st;
    const { from, to, kind, nJunctions: nJ, nLinks: nL } = net;
    const { flow, head, p, y, status, fixedInflow } = st;
    const relax = st.relaxFactor;
    let qsum = 0.0;
    let dqsum = 0.0;
    let maxdq = 0.0;
    for (let i = nJ; i < net.nNodes; i++) fixedInflow[i] = 0.0;
    for (let k = 0; k < nL; k++) {
      const n1 = from[k];
      const n2 = to[k];
      let dq = (y[k] - p[k] * (head[n1] - head[n2])) * relax;
      if (kind[k] === LinkKind.PUMP && net.pumpKind[net.pumpOfLink[k]] === PumpCurveKind.CONST_HP && dq > flow[k]) {
        dq = flow[k] / 2.0;
      }
      const q = flow[k] - dq;
      flow[k] = q;
      qsum += Math.abs(q);
      const adq = Math.abs(dq);
      dqsum += adq;
      if (adq > maxdq) maxdq = adq;
      if (status[k] > Status.CLOSED) {
        if (n1 >= nJ) fixedInflow[n1] -= q;
        if (n2 >= nJ) fixedInflow[n2] += q;
      }
    }
    const ke = net.emitterKe;
    for (let i = 0; i < nJ; i++) {
      if (ke[i] === 0.0) continue;
      emitterHeadloss(st, i);
      const dq = ((st.seg[0] - (head[i] - net.elevation[i])) / st.seg[1]) * relax;
      st.emitterFlow[i] -= dq;
      qsum += Math.abs(st.emitterFlow[i]);
      dqsum += Math.abs(dq);
      if (Math.abs(dq) > maxdq) maxdq = Math.abs(dq);
    }
    st.maxFlowChange = maxdq;
    return qsum > net.options.accuracy ? dqsum / qsum : dqsum;
  }

  private hasConverged(relerr: number): boolean {
    const o = this.network.options;
    if (relerr > o.accuracy) return false;
    if (o.flowChangeLimit > 0 && this.st.maxFlowChange > o.flowChangeLimit) return false;
    if (o.headErrorLimit > 0 && this.maxHeadError() > o.headErrorLimit) return false;
    return true;
  }

  /** EPANET checkhydbalance(): largest |Δh − h(q)| over open links. */
  private maxHeadError(): number {
    const net = this.network;
    const st = this.st;
    headlossCoefficients(st);
    let worst = 0;
    for (let k = 0; k < net.nLinks; k++) {
      if (st.status[k] <= Status.CLOSED || st.p[k] === 0.0) continue;
      const err = Math.abs(st.head[net.from[k]] - st.head[net.to[k]] - st.y[k] / st.p[k]);
      if (err > worst) worst = err;
    }
    return worst;
  }

  private largestFlowChangeLink(): number {
    const st = this.st;
    const net = this.network;
    let worst = 0;
    let best = -1;
    for (let k = 0; k < net.nLinks; k++) {
      const dq = Math.abs(st.y[k] - st.p[k] * (st.head[net.from[k]] - st.head[net.to[k]]));
      if (dq > best) { best = dq; worst = k; }
    }
    return worst;
  }

  private firstNonFinite(): { kind: 'node' | 'link'; id: string } | null {
    const net = this.network;
    for (let i = 0; i < net.nNodes; i++) if (!Number.isFinite(this.st.head[i])) return { kind: 'node', id: net.nodeIds[i] };
    for (let k = 0; k < net.nLinks; k++) if (!Number.isFinite(this.st.flow[k])) return { kind: 'link', id: net.linkIds[k] };
    return null;
  }

  private fail(reason: FailureReason, elementKind: 'node' | 'link', elementId: string, iterations: number,
    relativeError: number, message: string): SolveOutcome {
    return {
      ok: false, converged: false, iterations, relativeError, warnings: [],
      failure: { reason, elementKind, elementId, message: `${elementKind} ${elementId} ${message}` },
    };
  }
}

/** EPANET initlinkflow(): pumps at speed·Q0, other links at 1 ft/s (components: 1 ft head). */
function initialFlow(net: HydraulicNetwork, k: number, setting: number): number {
  const kind = net.kind[k];
  if (kind === LinkKind.PUMP) return setting * net.pumpQ0[net.pumpOfLink[k]];
  if (kind === LinkKind.COMPONENT) return Math.pow(1 / net.resistance[k], 1 / net.exponent[k]);
  const d = net.diameter[k];
  return (Math.PI * d * d) / 4.0;
}

/** EPANET pcvlosscoeff(): PCV loss coefficient from its % open setting and Kv curve. */
function pcvLossCoeff(net: HydraulicNetwork, k: number, s: number): number {
  if (s === MISSING) return 0.0;
  const kmo = net.minorLoss[k];
  if (s >= 100.0) return kmo;
  if (s <= 0.0) return CBIG;
  const curve = net.valveCurve[k];
  let kvr = s;
  if (curve !== null) {
    const { x, y } = curve;
    const n = x.length;
    if (s < x[0]) kvr = (s / x[0]) * y[0];
    else if (s > x[n - 1]) kvr = ((s - x[n - 1]) / (1 - x[n - 1])) * (1 - y[n - 1]) + y[n - 1];
    else kvr = interpolate(x, y, s);
  }
  kvr = Math.max(Math.min(kvr / 100, 1.0), CSMALL);
  return Math.min(kmo / (kvr * kvr), CBIG);
}

/** Build a time-zero action for `linkId` from SI values (valve settings as in ValveSpec). */
export function makeInitialAction(
  net: HydraulicNetwork, linkId: string, type: 'control' | 'speed', status: 'open' | 'closed' | 'active', settingSI?: number,
): InitialAction | null {
  const link = net.linkIndex.get(linkId);
  if (link === undefined) return null;
  const kind = net.kind[link];
  let setting = settingSI ?? MISSING;
  if (settingSI !== undefined) {
    if (kind === LinkKind.PRV || kind === LinkKind.PSV || kind === LinkKind.PBV) setting = settingSI / M_PER_FT;
    else if (kind === LinkKind.FCV) setting = settingSI / CMS_PER_CFS;
  }
  const code = status === 'closed' ? Status.CLOSED : status === 'open' ? Status.OPEN : Status.ACTIVE;
  return { link, type, status: code, setting };
}
