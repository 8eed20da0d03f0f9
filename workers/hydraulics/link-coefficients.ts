// Head-loss coefficients of every link for one GGA iteration: P = 1/(dh/dq) and Y = h/(dh/dq),
// exactly as EPANET 2.2/2.3 hydcoeffs.c headlosscoeffs() (pipecoeff, DWpipecoeff, pumpcoeff,
// valvecoeff, pbv/tcv/gpv/pcv) plus Hallflow's power-law component h = r·|q|ⁿ.
// Internal units ft, cfs [REFERENCE.md §5]. No allocation.

import {
  A2, CBIG, CSMALL, HeadlossFormula, LinkKind, MINOR_LOSS_FACTOR, MISSING, PumpCurveKind, Status, TINY,
} from './constants';
import { frictionFactor } from './friction';
import { curveSegment } from './pump-curves';
import type { SolverState } from './state';

export function headlossCoefficients(st: SolverState): void {
  const kind = st.net.kind;
  const setting = st.setting;
  const nL = st.net.nLinks;
  for (let k = 0; k < nL; k++) {
    switch (kind[k]) {
      case LinkKind.PIPE:
      case LinkKind.CVPIPE:
        pipeCoeff(st, k);
        break;
      case LinkKind.PUMP:
        pumpCoeff(st, k);
        break;
      case LinkKind.PBV:
        pbvCoeff(st, k);
        break;
      case LinkKind.TCV: {
        const d = st.net.diameter[k];
        const km = setting[k] !== MISSING ? (MINOR_LOSS_FACTOR * setting[k]) / (d * d * d * d) : st.net.minorLoss[k];
        valveCoeff(st, k, km);
        break;
      }
      case LinkKind.PCV:
        valveCoeff(st, k, setting[k] !== MISSING ? st.pcvResistance[k] : st.net.minorLoss[k]);
        break;
      case LinkKind.GPV:
        gpvCoeff(st, k);
        break;
      case LinkKind.FCV:
      case LinkKind.PRV:
      case LinkKind.PSV:
        if (setting[k] === MISSING) valveCoeff(st, k, st.net.minorLoss[k]);
        else st.p[k] = 0.0;
        break;
      default:
        componentCoeff(st, k);
    }
  }
}

function closedCoeff(st: SolverState, k: number): void {
  st.p[k] = 1.0 / CBIG;
  st.y[k] = st.flow[k];
}

function pipeCoeff(st: SolverState, k: number): void {
  if (st.status[k] <= Status.CLOSED) return closedCoeff(st, k);
  const net = st.net;
  if (net.headloss === HeadlossFormula.DW) return dwPipeCoeff(st, k);
  const flow = st.flow[k];
  const q = Math.abs(flow);
  const hexp = net.hexp;
  const rqtol = net.options.lowFlowResistanceTolerance;
  let hgrad = hexp * net.resistance[k] * Math.pow(q, hexp - 1.0);
  let hloss: number;
  if (hgrad < rqtol) {
    hgrad = rqtol / hexp;
    hloss = hgrad * q;
  } else hloss = (hgrad * q) / hexp;
  const ml = net.minorLoss[k];
  if (ml > 0.0) {
    hloss += ml * q * q;
    hgrad += 2.0 * ml * q;
  }
  if (flow < 0) hloss = -hloss;
  st.p[k] = 1.0 / hgrad;
  st.y[k] = hloss / hgrad;
}

function dwPipeCoeff(st: SolverState, k: number): void {
  const net = st.net;
  const flow = st.flow[k];
  const q = Math.abs(flow);
  const r = net.resistance[k];
  const ml = net.minorLoss[k];
  const d = net.diameter[k];
  const s = st.viscosity[k] * d;
  let hloss: number;
  let hgrad: number;
  if (q <= A2 * s) {
    // Hagen–Poiseuille, Re ≤ 2000: f = 64/Re
    const rl = 16.0 * Math.PI * s * r;
    hloss = flow * (rl + ml * q);
    hgrad = rl + 2.0 * ml * q;
  } else {
    const f = frictionFactor(q, net.roughness[k] / d, s, st.dfdq);
    const r1 = f * r + ml;
    hloss = r1 * q * flow;
    hgrad = 2.0 * r1 * q + st.dfdq[0] * r * q * q;
  }
  st.p[k] = 1.0 / hgrad;
  st.y[k] = hloss / hgrad;
}

function pumpCoeff(st: SolverState, k: number): void {
  const s = st.setting[k];
  if (st.status[k] <= Status.CLOSED || s === 0.0) return closedCoeff(st, k);
  const net = st.net;
  const flow = st.flow[k];
  const q = Math.abs(flow);
  const p = net.pumpOfLink[k];
  let hgrad: number;
  let hloss: number;
  const pk = net.pumpKind[p];
  if (pk === PumpCurveKind.CUSTOM) {
    const curve = net.pumpCurve[p];
    if (curve === null) return closedCoeff(st, k);
    curveSegment(curve.x, curve.y, q / s, st.seg);
    const h0 = -st.seg[0];
    const r = -st.seg[1];
    hgrad = r * s;
    hloss = h0 * s * s + hgrad * flow;
  } else {
    const h0 = s * s * net.pumpH0[p];
    let n = net.pumpN[p];
    if (Math.abs(n - 1.0) < TINY) n = 1.0;
    const r = net.pumpR[p] * Math.pow(s, 2.0 - n);
    if (pk === PumpCurveKind.CONST_HP) {
      hgrad = -r / q / q;
      if (hgrad > CBIG) return closedCoeff(st, k);
      if (hgrad < CSMALL) {
        st.p[k] = 1.0 / CSMALL;
        st.y[k] = flow;
        return;
      }
      hloss = r / flow;
    } else if (n !== 1.0) {
      hgrad = n * r * Math.pow(q, n - 1.0);
      const rqtol = net.options.lowFlowResistanceTolerance;
      if (hgrad < rqtol) {
        hgrad = rqtol;
        hloss = h0 + hgrad * flow;
      } else hloss = h0 + (hgrad * flow) / n;
    } else {
      hgrad = r;
      hloss = h0 + hgrad * flow;
    }
  }
  st.p[k] = 1.0 / hgrad;
  st.y[k] = hloss / hgrad;
}

/** EPANET valvecoeff(): open/closed valve with minor loss km (Q² basis). */
export function valveCoeff(st: SolverState, k: number, km: number): void {
  if (st.status[k] <= Status.CLOSED) return closedCoeff(st, k);
  const flow = st.flow[k];
  if (km > 0.0) {
    const rqtol = st.net.options.lowFlowResistanceTolerance;
    let hgrad = 2.0 * km * Math.abs(flow);
    let hloss: number;
    if (hgrad < rqtol) {
      hgrad = rqtol / 2.0;
      hloss = flow * hgrad;
    } else hloss = (flow * hgrad) / 2.0;
    st.p[k] = 1.0 / hgrad;
    st.y[k] = hloss / hgrad;
  } else {
    st.p[k] = 1.0 / CSMALL;
    st.y[k] = flow;
  }
}

function gpvCoeff(st: SolverState, k: number): void {
  const curve = st.net.valveCurve[k];
  if (st.status[k] === Status.CLOSED || curve === null) return valveCoeff(st, k, st.net.minorLoss[k]);
  const flow = st.flow[k];
  const q = Math.max(Math.abs(flow), TINY);
  curveSegment(curve.x, curve.y, q, st.seg);
  const r = Math.max(st.seg[1], TINY);
  st.p[k] = 1.0 / r;
  st.y[k] = (st.seg[0] / r + q) * (flow < 0 ? -1 : 1);
}

function pbvCoeff(st: SolverState, k: number): void {
  const s = st.setting[k];
  const km = st.net.minorLoss[k];
  const flow = st.flow[k];
  if (s === MISSING || s === 0.0 || km * flow * flow > s) return valveCoeff(st, k, km);
  st.p[k] = CBIG;
  st.y[k] = s * CBIG;
}

function componentCoeff(st: SolverState, k: number): void {
  if (st.status[k] <= Status.CLOSED) return closedCoeff(st, k);
  const net = st.net;
  const flow = st.flow[k];
  const q = Math.abs(flow);
  const n = net.exponent[k];
  const rqtol = net.options.lowFlowResistanceTolerance;
  let hgrad = n * net.resistance[k] * Math.pow(q, n - 1.0);
  let hloss: number;
  if (hgrad < rqtol) {
    hgrad = rqtol / n;
    hloss = hgrad * q;
  } else hloss = (hgrad * q) / n;
  if (flow < 0) hloss = -hloss;
  st.p[k] = 1.0 / hgrad;
  st.y[k] = hloss / hgrad;
}
