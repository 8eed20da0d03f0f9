// solveLoops: the liquid loops of a hall in one call — build the TCS and FWS networks from the
// document, iterate hydraulics and heat to agreement, assemble results and warnings. Expected
// failures (bad overrides, failed hydraulics, unknown scenario) return a LoopFailure naming the
// element; nothing is thrown for them.
import type { HallDocument } from '../model/schema';
import { cduResults, linkResults, plantResult, rackResults } from './assemble';
import { buildLoopPlan } from './build';
import type { LoopCache } from './cache';
import { MAX_OUTER_ITERATIONS } from './constants';
import { runCoupled } from './coupled';
import { resolveInputs, type LoopProgress, type LoopSolveOptions } from './options';
import type { LoopFailure, LoopResult } from './results';
import { loopWarnings } from './warnings';

export const LOOP_ASSUMPTIONS: readonly string[] = [
  'Pipe sizes: smallest ASME B36.10M Schedule 40 size keeping velocity ≤ piping.maxVelocity at design flow',
  'Steel roughness 0.045 mm, hose roughness 0.0015 mm (Moody)',
  'Plate-HX secondary pass 70 kPa, strainer 15 kPa at the CDU design secondary flow; ΔP ∝ Q²',
  'CDU primary 140 kPa at primaryDesignFlow (vendor sheet, REFERENCE.md §2), half HX, half 3-way valve',
  'Plant cooler 80 kPa at plant design flow; FWS static pressure 200 kPa(g) at the plant pump suction',
  'HX UA from capacity at the rated approach, duty pumps at rated flow and primaryDesignFlow; UA constant off-design',
  'TCS supply held at the setpoint by a primary 3-way valve (constant branch flow)',
  'Facility water is water; FWS supply equal at every CDU (no heat gain in FWS piping); pump heat not added',
  'Case temperature T_case = T_mean + q·R_d·(Q/Q_d)^(−m) (rack coldPlate resistance and exponent)',
  'Return temperature limit 60 °C (top of the coolant property tables, REFERENCE.md §4)',
  'Hydraulics incompressible at one reference density per loop (design mean temperature); viscosity per link',
];

/**
 * `cache`: keep one LoopCache per engine instance to re-use the symbolic network work of the previous
 * solve when the loop topology has not changed (results are identical with or without it).
 */
export function solveLoops(doc: HallDocument, options: LoopSolveOptions = {}, onProgress?: (p: LoopProgress) => void, cache?: LoopCache): LoopResult | LoopFailure {
  const t0 = performance.now();
  const inputs = resolveInputs(doc, options, MAX_OUTER_ITERATIONS);
  if (typeof inputs === 'string') return { ok: false, stage: 'input', warnings: [], errors: [{ elementId: options.scenarioId ?? 'options', message: inputs }] };
  onProgress?.({ stage: 'build', fraction: 0, message: 'building loop networks' });
  const plan = buildLoopPlan(doc, inputs, cache);
  if ('ok' in plan) return plan;
  const t1 = performance.now();
  const sol = runCoupled(doc, plan, inputs, onProgress, cache);
  if ('ok' in sol) return sol;
  const t2 = performance.now();
  onProgress?.({ stage: 'results', fraction: 0.97, message: 'assembling results' });
  const racks = rackResults(doc, plan, sol);
  const cdus = cduResults(doc, plan, sol, inputs.controlSupply);
  const plant = plantResult(doc, plan, sol);
  const { pipes, nodes } = linkResults(sol);
  const warnings = loopWarnings({ doc, plan, sol, racks, cdus, plant, pipes });
  let load = 0;
  let hx = 0;
  for (const c of sol.cdus) if (c.op !== null) { load += c.plan.load; hx += c.hxHeat; }
  const heatRejected = plant?.heatRejected ?? 0;
  const t3 = performance.now();
  onProgress?.({ stage: 'results', fraction: 1, message: 'done' });
  return {
    ok: true, racks, cdus, plant, pipes, nodes, warnings, assumptions: [...LOOP_ASSUMPTIONS],
    convergence: {
      outerIterations: sol.history.length, converged: sol.converged, temperatureChange: sol.temperatureChange, history: sol.history,
      energyBalanceError: load > 0 ? Math.abs(load - hx) / load : 0,
      primaryBalanceError: hx > 0 ? Math.abs(hx - heatRejected) / hx : 0,
    },
    timing: { build: t1 - t0, solve: t2 - t1, results: t3 - t2 },
  };
}
