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
  const net = st.net;
  const { kind, resistance, minorLoss, diameter, roughness } = net;
  const { setting, status, flow, p, y, viscosity } = st;
  const nL = net.nLinks;
  const dw = net.headloss === HeadlossFormula.DW;
  const hexp = net.hexp;
  const rqtol = net.options.lowFlowResistanceTolerance;
  for (let k = 0; k < nL; k++) {
    const t = kind[k];
    if (t <= LinkKind.PIPE) {
      // Pipes inline (the bulk of the work): EPANET pipecoeff() / DWpipecoeff().
      const q0 = flow[k];
      if (status[k] <= Status.CLOSED) {
        p[k] = 1.0 / CBIG;
        y[k] = q0;
        continue;
      }
      const q = Math.abs(q0);
      const ml = minorLoss[k];
      const r = resistance[k];
      let hloss: number;
      let hgrad: number;
      if (dw) {
        const d = diameter[k];
        const s = viscosity[k] * d;
        if (q <= A2 * s) {
          const rl = 16.0 * Math.PI * s * r;
          hloss = q0 * (rl + ml * q);
          hgrad = rl + 2.0 * ml * q;
        } else {
          const f = frictionFactor(q, roughness[k] / d, s, st.dfdq);
          const r1 = f * r + ml;
          hloss = r1 * q * q0;
          hgrad = 2.0 * r1 * q + st.dfdq[0] * r * q * q;
        }
      } else {
        hgrad = hexp === 2.0 ? 2.0 * r * q : hexp * r * Math.exp((hexp - 1.0) * Math.log(q)); // r·q^(hexp−1)
        if (hgrad < rqtol) {
          hgrad = rqtol / hexp;
          hloss = hgrad * q;
        } else hloss = (hgrad * q) / hexp;
        if (ml > 0.0) {
          hloss += ml * q * q;
          hgrad += 2.0 * ml * q;
        }
        if (q0 < 0) hloss = -hloss;
      }
      p[k] = 1.0 / hgrad;
      y[k] = hloss / hgrad;
      continue;
    }
    switch (t) {
      case LinkKind.PUMP:
        pumpCoeff(st, k);
        break;
      case LinkKind.PBV:
        pbvCoeff(st, k);
        break;
      case LinkKind.TCV: {
        const d = diameter[k];
        const km = setting[k] !== MISSING ? (MINOR_LOSS_FACTOR * setting[k]) / (d * d * d * d) : minorLoss[k];
        valveCoeff(st, k, km);
        break;
      }
      case LinkKind.PCV:
        valveCoeff(st, k, setting[k] !== MISSING ? st.pcvResistance[k] : minorLoss[k]);
        break;
      case LinkKind.GPV:
        gpvCoeff(st, k);
        break;
      case LinkKind.FCV:
      case LinkKind.PRV:
      case LinkKind.PSV:
        if (setting[k] === MISSING) valveCoeff(st, k, minorLoss[k]);
        else p[k] = 0.0;
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
