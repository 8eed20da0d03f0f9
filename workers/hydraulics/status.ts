// Status logic of EPANET 2.3 hydstatus.c / hydsolver.c: PRV/PSV active–open–closed rules
// (valvestatus), check valves, pumps that cannot deliver head (XHEAD), constant-power pumps,
// FCVs, links into full/out of empty tanks (linkstatus), junction pressure controls (pswitch)
// and ill-conditioned control valves (badvalve). Internal units ft, cfs.

import { BIG, LinkKind, MISSING, PumpCurveKind, Status, TINY } from './constants';
import type { SolverState } from './state';

export function valveStatus(st: SolverState): boolean {
  const net = st.net;
  const { kind, from, to, elevation, valveLinks } = net;
  let change = false;
  for (let v = 0; v < valveLinks.length; v++) {
    const k = valveLinks[v];
    const t = kind[k];
    if (t !== LinkKind.PRV && t !== LinkKind.PSV) continue;
    if (st.setting[k] === MISSING) continue;
    const n1 = from[k];
    const n2 = to[k];
    const s = st.status[k];
    if (t === LinkKind.PRV) st.status[k] = prvStatus(st, k, s, elevation[n2] + st.setting[k], st.head[n1], st.head[n2]);
    else st.status[k] = psvStatus(st, k, s, elevation[n1] + st.setting[k], st.head[n1], st.head[n2]);
    if (s !== st.status[k]) change = true;
  }
  return change;
}

function prvStatus(st: SolverState, k: number, s: number, hset: number, h1: number, h2: number): number {
  const { headTolerance: htol, flowTolerance: qtol } = st.net.options;
  const q = st.flow[k];
  const hml = st.net.minorLoss[k] * q * q;
  switch (s) {
    case Status.ACTIVE:
      if (q < -qtol) return Status.CLOSED;
      if (h1 - hml < hset - htol) return Status.OPEN;
      return Status.ACTIVE;
    case Status.OPEN:
      if (q < -qtol) return Status.CLOSED;
      if (h2 >= hset + htol) return Status.ACTIVE;
      return Status.OPEN;
    case Status.CLOSED:
      if (h1 >= hset + htol && h2 < hset - htol) return Status.ACTIVE;
      if (h1 < hset - htol && h1 > h2 + htol) return Status.OPEN;
      return Status.CLOSED;
    case Status.XPRESSURE:
      return q < -qtol ? Status.CLOSED : s;
    default:
      return s;
  }
}

function psvStatus(st: SolverState, k: number, s: number, hset: number, h1: number, h2: number): number {
  const { headTolerance: htol, flowTolerance: qtol } = st.net.options;
  const q = st.flow[k];
  const hml = st.net.minorLoss[k] * q * q;
  switch (s) {
    case Status.ACTIVE:
      if (q < -qtol) return Status.CLOSED;
      if (h2 + hml > hset + htol) return Status.OPEN;
      return Status.ACTIVE;
    case Status.OPEN:
      if (q < -qtol) return Status.CLOSED;
      if (h1 < hset - htol) return Status.ACTIVE;
      return Status.OPEN;
    case Status.CLOSED:
      if (h2 > hset + htol && h1 > h2 + htol) return Status.OPEN;
      if (h1 >= hset + htol && h1 > h2 + htol) return Status.ACTIVE;
      return Status.CLOSED;
    case Status.XPRESSURE:
      return q < -qtol ? Status.CLOSED : s;
    default:
      return s;
  }
}

function cvStatus(st: SolverState, s: number, dh: number, q: number): number {
  const { headTolerance: htol, flowTolerance: qtol } = st.net.options;
  if (Math.abs(dh) > htol) {
    if (dh < -htol) return Status.CLOSED;
    if (q < -qtol) return Status.CLOSED;
    return Status.OPEN;
  }
  return q < -qtol ? Status.CLOSED : s;
}

export function linkStatus(st: SolverState): boolean {
  const net = st.net;
  const { kind, from, to, checkValve, nJunctions: nJ, statusLinks } = net;
  const htol = net.options.headTolerance;
  const qtol = net.options.flowTolerance;
  const { status, head, flow, setting } = st;
  let change = false;
  for (let j = 0; j < statusLinks.length; j++) {
    const k = statusLinks[j];
    const n1 = from[k];
    const n2 = to[k];
    const dh = head[n1] - head[n2];
    const s = status[k];
    if (s === Status.XHEAD || s === Status.TEMPCLOSED) status[k] = Status.OPEN;
    const t = kind[k];
    if (checkValve[k]) status[k] = cvStatus(st, status[k], dh, flow[k]);
    if (t === LinkKind.PUMP && status[k] >= Status.OPEN && setting[k] > 0.0) {
      const p = net.pumpOfLink[k];
      let hmax: number;
      if (net.pumpKind[p] === PumpCurveKind.CONST_HP) {
        hmax = BIG;
        if (flow[k] < TINY) status[k] = Status.TEMPCLOSED;
      } else hmax = setting[k] * setting[k] * net.pumpHmax[p];
      if (status[k] >= Status.OPEN) status[k] = -dh > hmax + htol ? Status.XHEAD : Status.OPEN;
    }
    if (t === LinkKind.FCV && setting[k] !== MISSING) {
      let ns = s;
      const q = flow[k];
      if (dh < -htol) ns = Status.XFCV;
      else if (q < -qtol) ns = Status.XFCV;
      else if (s === Status.XFCV && q >= setting[k]) ns = Status.ACTIVE;
      else if (ns === Status.ACTIVE && dh / (q * q) < net.minorLoss[k]) ns = Status.XFCV;
      status[k] = ns;
    }
    if (n1 >= nJ) tankStatus(st, k, n1, flow[k]);
    if (n2 >= nJ) tankStatus(st, k, n2, -flow[k]);
    if (s !== status[k]) change = true;
  }
  return change;
}

/** Close a link that would fill a full tank or drain an empty one (q > 0: out of the tank). */
function tankStatus(st: SolverState, k: number, n: number, q: number): void {
  if (st.status[k] <= Status.CLOSED) return;
  const net = st.net;
  const hmax = net.tankMaxHead[n];
  if (Number.isNaN(hmax)) return; // reservoir
  const h = st.head[n];
  if (h >= hmax && !net.tankCanOverflow[n] && q < 0.0) st.status[k] = Status.TEMPCLOSED;
  else if (h <= net.tankMinHead[n] && q > 0.0) st.status[k] = Status.TEMPCLOSED;
}

/** EPANET pswitch(): controls on junction pressure, checked once a solution has converged. */
export function pressureSwitch(st: SolverState): boolean {
  const net = st.net;
  const htol = net.options.headTolerance;
  let any = false;
  for (const c of net.pressureControls) {
    const h = st.head[c.node];
    const fire = c.above ? h >= c.grade - htol : h <= c.grade + htol;
    if (!fire) continue;
    const k = c.link;
    const t = net.kind[k];
    const s = st.status[k];
    let change = false;
    if (t === LinkKind.PIPE || t === LinkKind.COMPONENT) change = s !== c.status;
    else if (t === LinkKind.PUMP) change = st.setting[k] !== c.setting;
    else if (t >= LinkKind.PRV && t <= LinkKind.PCV) {
      change = st.setting[k] !== c.setting || (st.setting[k] === MISSING && s !== c.status);
    }
    if (!change) continue;
    st.status[k] = c.status;
    if (t !== LinkKind.PIPE && t !== LinkKind.COMPONENT && t !== LinkKind.CVPIPE) st.setting[k] = c.setting;
    any = true;
  }
  return any;
}

/** EPANET badvalve(): fix an active PRV/PSV/FCV at an ill-conditioned node; true if one was. */
export function badValve(st: SolverState, node: number): boolean {
  const { kind, from, to, valveLinks } = st.net;
  for (let v = 0; v < valveLinks.length; v++) {
    const k = valveLinks[v];
    const t = kind[k];
    if (node !== from[k] && node !== to[k]) continue;
    if ((t === LinkKind.PRV || t === LinkKind.PSV || t === LinkKind.FCV) && st.status[k] === Status.ACTIVE) {
      st.status[k] = t === LinkKind.FCV ? Status.XFCV : Status.XPRESSURE;
      return true;
    }
    return false;
  }
  return false;
}
