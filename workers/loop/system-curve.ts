// System curve of one CDU's TCS loop: the head the loop asks of the pump set at each flow. Computed,
// not fitted: the loop plan is built and solved once (hydraulics + heat, so that every link has its
// converged temperature and viscosity), then that CDU's TCS network is re-solved hydraulically with its
// running pumps at several relative speeds. Each converged operating point (total pump flow, head rise
// across the set) is a point of the system curve; speed 1 is the solver's own operating point. The loop
// is closed (no static lift), so the curve also passes through (0, 0). SI: m³/s, Pa.
import type { HallDocument } from '../model/schema';
import { buildLoopPlan } from './build';
import { G, MAX_OUTER_ITERATIONS } from './constants';
import { runCoupled } from './coupled';
import { resolveInputs } from './options';

export interface SystemCurvePoint {
  /** Total flow of the running pumps, m³/s. */
  readonly flow: number;
  /** Head rise across the pump set, Pa. */
  readonly head: number;
  /** Relative pump speed that produced the point (0 for the origin). */
  readonly speed: number;
}

export type SystemCurveResult = { readonly points: SystemCurvePoint[] } | { readonly error: string };

export const SYSTEM_CURVE_SPEEDS: readonly number[] = [0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2];

export function systemCurve(doc: HallDocument, cduId: string, speeds: readonly number[] = SYSTEM_CURVE_SPEEDS): SystemCurveResult {
  const inputs = resolveInputs(doc, {}, MAX_OUTER_ITERATIONS);
  if (typeof inputs === 'string') return { error: inputs };
  const plan = buildLoopPlan(doc, inputs);
  if ('ok' in plan) return { error: plan.errors.map((e) => e.message).join('; ') };
  const cdu = plan.cdus.find((c) => c.cdu.id === cduId);
  if (!cdu) return { error: `${cduId} is not an online CDU of this hall` };
  if (cdu.racks.length === 0) return { error: `${cduId} serves no liquid-cooled racks` };
  if (cdu.runningPumps.length === 0) return { error: `${cduId} has no running pump` };
  const sol = runCoupled(doc, plan, inputs);
  if ('ok' in sol) return { error: sol.errors.map((e) => e.message).join('; ') };
  const tcs = sol.tcs;
  if (!tcs) return { error: 'the hall has no TCS network' };
  const net = tcs.plan.network;
  const pumps = cdu.runningPumps.map((id) => tcs.link(id)).filter((k) => k >= 0);
  if (pumps.length === 0) return { error: `${cduId}: running pumps not in the network` };
  const points: SystemCurvePoint[] = [{ flow: 0, head: 0, speed: 0 }];
  for (const s of speeds) {
    if (!(s > 0)) continue;
    for (const k of pumps) tcs.solver.setPumpSpeed(k, s);
    const r = tcs.solve(true);
    if ('ok' in r) return { error: r.errors.map((e) => e.message).join('; ') };
    if (!r.converged) continue;
    let flow = 0;
    for (const k of pumps) flow += tcs.flow[k];
    const k0 = pumps[0];
    const head = (tcs.solver.head(net.to[k0]) - tcs.solver.head(net.from[k0])) * tcs.rhoHead[k0] * G;
    points.push({ flow, head, speed: s });
  }
  for (const k of pumps) tcs.solver.setPumpSpeed(k, 1);
  points.sort((a, b) => a.flow - b.flow);
  return { points };
}
