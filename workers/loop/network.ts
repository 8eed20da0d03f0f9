// Loop model → solver network. Pressures in Pa become metres of head with the zone's reference
// density (ρ of the coolant at the CDU's design mean temperature; FWS: water at the plant's);
// power-law components get h = k·Qⁿ with k = (ΔP_d/ρg)/Q_dⁿ; pumps a 3-point curve through
// (0, 1.33334·H), (Q, H), (2Q, 0) — EPANET's one-point convention [REFERENCE.md §5].
import { NetworkBuilder, type BuildResult, type HydraulicNetwork } from '../hydraulics';
import { G, MAX_FLOW_FACTOR, SHUTOFF_FACTOR } from './constants';
import { zoneOf, type LoopModel, type ModelLink } from './model';

/** Solver accuracy Σ|dq|/Σ|q| (EPANET default 0.001, tightened ×10 for heat balances). */
export const LOOP_ACCURACY = 1e-4;

export function headOf(pa: number, rho: number): number { return pa / (rho * G); }

export function pumpCurve(ratedFlow: number, ratedHeadM: number): [number, number][] {
  return [[0, SHUTOFF_FACTOR * ratedHeadM], [ratedFlow, ratedHeadM], [MAX_FLOW_FACTOR * ratedFlow, 0]];
}

/** Head-loss coefficient k of h[m] = k·Q[m³/s]ⁿ for a power-law component. */
export function componentCoefficient(spec: Extract<ModelLink['spec'], { type: 'component' }>, rho: number): number {
  return headOf(spec.designPressureDrop, rho) / Math.pow(spec.designFlow, spec.exponent);
}

export function densityOf(model: LoopModel, x: { cduId: string | null; side: 'tcs' | 'fws' }): number {
  return model.density.get(zoneOf(x)) ?? 1000;
}

/** `reuse`: an earlier network whose symbolic structure is shared when the topology matches. */
export function buildNetwork(model: LoopModel, viscosity: number, reuse?: HydraulicNetwork): BuildResult {
  const b = new NetworkBuilder({ headloss: 'D-W', viscosity, accuracy: LOOP_ACCURACY, maxIterations: 200 });
  for (const n of model.nodes) {
    if (n.fixedPressure !== null) b.addReservoir(n.id, { head: n.z + headOf(n.fixedPressure, densityOf(model, n)) });
    else b.addJunction(n.id, { elevation: n.z });
  }
  for (const l of model.links) {
    const rho = densityOf(model, l);
    const s = l.spec;
    const status = l.status;
    switch (s.type) {
      case 'pipe':
        b.addPipe(l.id, l.from, l.to, { length: s.length, diameter: s.diameter, roughness: s.roughness, minorLoss: s.minorLoss, status });
        break;
      case 'component': {
        const k = componentCoefficient(s, rho);
        if (!(s.designFlow > 0)) b.reportIssue({ element: l.id, kind: 'link', message: `design flow must be positive (got ${s.designFlow})` });
        else if (!(s.designPressureDrop > 0)) b.reportIssue({ element: l.id, kind: 'link', message: `design pressure drop must be positive (got ${s.designPressureDrop})` });
        else b.addComponent(l.id, l.from, l.to, { coefficient: k, exponent: s.exponent, status });
        break;
      }
      case 'kv':
        b.addKvResistance(l.id, l.from, l.to, { kv: s.kv, status });
        break;
      case 'tcv':
        if (!(s.setting >= 0)) b.reportIssue({ element: l.id, kind: 'link', message: `valve loss coefficient must not be negative (got ${s.setting})` });
        b.addValve(l.id, l.from, l.to, status === 'closed' ? { type: 'TCV', diameter: s.diameter, status } : { type: 'TCV', diameter: s.diameter, setting: s.setting });
        break;
      case 'pump':
        if (!(s.ratedFlow > 0) || !(s.ratedHead > 0)) {
          b.reportIssue({ element: l.id, kind: 'link', message: `pump rated flow and head must be positive (got ${s.ratedFlow} m³/s, ${s.ratedHead} Pa)` });
          break;
        }
        b.addPump(l.id, l.from, l.to, { curve: pumpCurve(s.ratedFlow, headOf(s.ratedHead, rho)), speed: status === 'closed' ? 0 : s.speed });
        break;
    }
  }
  return b.build(reuse);
}
