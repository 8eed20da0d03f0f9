// The pump-set curve of a CDU for the chart, from the same curve the solver uses: each pump's 3-point
// curve (workers/loop/network.ts pumpCurve) fitted as EPANET does (h = a + b·qᶜ, workers/hydraulics
// powerFitForPoints), at relative speed s by the affinity laws (h = s²·a + b·s^(2−c)·qᶜ), with n running
// pumps in parallel (Q = n·q at equal head). SI: m³/s, Pa. Pure: no React.
import { powerFitForPoints } from '../../../../workers/hydraulics';
import { pumpCurve } from '../../../../workers/loop/network';

export interface CurvePoint {
  readonly flow: number;
  readonly head: number;
}

export interface PumpSpec {
  readonly ratedFlow: number;
  /** Pa */
  readonly ratedHead: number;
}

/** Points of the set curve from shutoff to zero head (samples + 1 points); [] when the curve cannot be fitted. */
export function pumpSetCurve(pump: PumpSpec, running: number, speed = 1, samples = 40): CurvePoint[] {
  if (running < 1 || !(speed > 0)) return [];
  const pts = pumpCurve(pump.ratedFlow, pump.ratedHead);
  const fit = powerFitForPoints(pts.map((p) => p[0]), pts.map((p) => p[1]));
  if (fit === null || fit === 'custom') return [];
  const a = speed * speed * fit.a;
  const b = fit.b * Math.pow(speed, 2 - fit.c);
  const qmax = Math.pow(-a / b, 1 / fit.c);
  const out: CurvePoint[] = [];
  for (let i = 0; i <= samples; i++) {
    const q = (qmax * i) / samples;
    out.push({ flow: running * q, head: Math.max(0, a + b * Math.pow(q, fit.c)) });
  }
  return out;
}

/** Head of the set curve at a total flow (linear between the points), Pa; null outside. */
export function headAt(curve: readonly CurvePoint[], flow: number): number | null {
  for (let i = 1; i < curve.length; i++) {
    const p = curve[i - 1];
    const q = curve[i];
    if (flow >= p.flow && flow <= q.flow) return q.flow > p.flow ? p.head + ((flow - p.flow) / (q.flow - p.flow)) * (q.head - p.head) : p.head;
  }
  return null;
}
