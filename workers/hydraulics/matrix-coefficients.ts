// Assembly of the linearised head equations A·H = F of one GGA iteration, as EPANET 2.2/2.3
// hydcoeffs.c matrixcoeffs(): link terms (Aii += P, Aij −= P, F ± Y, fixed heads moved to F),
// emitters, nodal demands, then PRV/PSV/FCV valves that are not fixed open/closed.
// Writes straight into the permuted sparse storage through precomputed slots; no allocation.

import { CBIG, LinkKind, MISSING, Status } from './constants';
import { valveCoeff } from './link-coefficients';
import type { SolverState } from './state';

export function matrixCoefficients(st: SolverState): void {
  const net = st.net;
  const { values, rhs, xflow, row, p, y, flow, head } = st;
  const { from, to, linkSlot, nJunctions: nJ, nLinks: nL } = net;
  const diag = net.pattern.diagSlot;
  values.fill(0);
  rhs.fill(0);
  xflow.fill(0);

  for (let k = 0; k < nL; k++) {
    const pk = p[k];
    if (pk === 0.0) continue;
    const n1 = from[k];
    const n2 = to[k];
    const q = flow[k];
    xflow[n1] -= q;
    xflow[n2] += q;
    const slot = linkSlot[k];
    if (slot >= 0) values[slot] -= pk;
    if (n1 < nJ) {
      values[diag[n1]] += pk;
      rhs[row[n1]] += y[k];
    } else if (n2 < nJ) rhs[row[n2]] += pk * head[n1];
    if (n2 < nJ) {
      values[diag[n2]] += pk;
      rhs[row[n2]] -= y[k];
    } else if (n1 < nJ) rhs[row[n1]] += pk * head[n2];
  }

  emitterCoefficients(st);

  const demandFlow = st.demandFlow;
  for (let i = 0; i < nJ; i++) {
    xflow[i] -= demandFlow[i];
    rhs[row[i]] += xflow[i];
  }

  valveCoefficients(st);
}

/** EPANET emitterheadloss(): writes [hloss, hgrad] into st.seg. */
export function emitterHeadloss(st: SolverState, i: number): void {
  const o = st.net.options;
  const qexp = o.emitterExponent;
  const ke = Math.max(1e-6, st.net.emitterKe[i]);
  const q = st.emitterFlow[i];
  let hgrad = qexp * ke * Math.pow(Math.abs(q), qexp - 1.0);
  let hloss: number;
  if (hgrad < o.lowFlowResistanceTolerance) {
    hgrad = o.lowFlowResistanceTolerance / qexp;
    hloss = hgrad * q;
  } else hloss = (hgrad * q) / qexp;
  if (!o.emitterBackflow) {
    // addlowerbarrier(q): keeps emitter flow from going negative
    const a = 1e9 * q;
    const b = Math.sqrt(a * a + 1e-6);
    hloss += (a - b) / 2;
    hgrad += (1e9 / 2) * (1.0 - a / b);
  }
  st.seg[0] = hloss;
  st.seg[1] = hgrad;
}

function emitterCoefficients(st: SolverState): void {
  const net = st.net;
  const ke = net.emitterKe;
  const diag = net.pattern.diagSlot;
  for (let i = 0; i < net.nJunctions; i++) {
    if (ke[i] === 0.0) continue;
    emitterHeadloss(st, i);
    const hloss = st.seg[0];
    const hgrad = st.seg[1];
    st.values[diag[i]] += 1.0 / hgrad;
    st.rhs[st.row[i]] += (hloss + net.elevation[i]) / hgrad;
    st.xflow[i] -= st.emitterFlow[i];
  }
}

function valveCoefficients(st: SolverState): void {
  const net = st.net;
  const { kind, from, to, valveLinks } = net;
  const setting = st.setting;
  for (let v = 0; v < valveLinks.length; v++) {
    const k = valveLinks[v];
    const t = kind[k];
    if (t !== LinkKind.PRV && t !== LinkKind.PSV && t !== LinkKind.FCV) continue;
    if (setting[k] === MISSING) continue;
    const n1 = from[k];
    const n2 = to[k];
    if (t === LinkKind.PRV) prvCoeff(st, k, n1, n2);
    else if (t === LinkKind.PSV) psvCoeff(st, k, n1, n2);
    else fcvCoeff(st, k, n1, n2);
  }
}

/** Treat a valve as an ordinary (open or closed) link in the matrix. */
function openValveTerms(st: SolverState, k: number, n1: number, n2: number): void {
  const net = st.net;
  valveCoeff(st, k, net.minorLoss[k]);
  const diag = net.pattern.diagSlot;
  const pk = st.p[k];
  const dy = st.y[k] - st.flow[k];
  st.values[net.linkSlot[k]] -= pk;
  st.values[diag[n1]] += pk;
  st.values[diag[n2]] += pk;
  st.rhs[st.row[n1]] += dy;
  st.rhs[st.row[n2]] -= dy;
}

function prvCoeff(st: SolverState, k: number, n1: number, n2: number): void {
  if (st.status[k] !== Status.ACTIVE) return openValveTerms(st, k, n1, n2);
  const net = st.net;
  const hset = net.elevation[n2] + st.setting[k];
  const xf = st.xflow[n2];
  // Force the downstream head to hset and the valve flow to the downstream excess.
  st.p[k] = 0.0;
  st.y[k] = st.flow[k] + xf;
  st.rhs[st.row[n2]] += hset * CBIG;
  st.values[net.pattern.diagSlot[n2]] += CBIG;
  if (xf < 0.0) st.rhs[st.row[n1]] += xf;
}

function psvCoeff(st: SolverState, k: number, n1: number, n2: number): void {
  if (st.status[k] !== Status.ACTIVE) return openValveTerms(st, k, n1, n2);
  const net = st.net;
  const hset = net.elevation[n1] + st.setting[k];
  const xf = st.xflow[n1];
  st.p[k] = 0.0;
  st.y[k] = st.flow[k] - xf;
  st.rhs[st.row[n1]] += hset * CBIG;
  st.values[net.pattern.diagSlot[n1]] += CBIG;
  if (xf > 0.0) st.rhs[st.row[n2]] += xf;
  st.values[net.linkSlot[k]] -= 1.0 / CBIG; // preserve connectivity
  st.values[net.pattern.diagSlot[n2]] += 1.0 / CBIG;
}

function fcvCoeff(st: SolverState, k: number, n1: number, n2: number): void {
  if (st.status[k] !== Status.ACTIVE) return openValveTerms(st, k, n1, n2);
  const net = st.net;
  const q = st.setting[k];
  // Break the network at the valve: the setting becomes a demand upstream, a supply downstream.
  st.xflow[n1] -= q;
  st.xflow[n2] += q;
  st.y[k] = st.flow[k] - q;
  st.rhs[st.row[n1]] -= q;
  st.rhs[st.row[n2]] += q;
  const pk = 1.0 / CBIG;
  st.p[k] = pk;
  st.values[net.linkSlot[k]] -= pk;
  st.values[net.pattern.diagSlot[n1]] += pk;
  st.values[net.pattern.diagSlot[n2]] += pk;
}
