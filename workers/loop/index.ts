// Public API of the liquid-loop model: solveLoops(doc, options?, onProgress?) → LoopResult | LoopFailure,
// the result types, and the EPANET exporter of the generated networks.
export { solveLoops, LOOP_ASSUMPTIONS } from './solve';
export type * from './results';
export type { LinkKind } from './model';
export type { LoopSolveOptions, ComponentOverride, LoopProgress } from './options';
export { buildLoopPlan, type LoopPlan } from './build';
export { LoopCache } from './cache';
export { resolveInputs } from './options';
export { loopToInp, type InpExport } from './to-inp';
