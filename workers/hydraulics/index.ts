// Public API of the pipe-network solver (EPANET-compatible GGA): build a network in SI units
// with NetworkBuilder, solve it with a HydraulicSolver (one per thread of work), read results.
export { NetworkBuilder, type BuildResult, type NodeRef } from './builder';
export { patchNetwork } from './patch';
export { HydraulicSolver, makeInitialAction, type SolveOutcome, type SolveOptions, type InitialAction, type FailureReason } from './solver';
export type { Diagnostic, DiagnosticCode } from './diagnostics';
export type { HydraulicNetwork, SolverOptions } from './network';
export type * from './specs';
export { Status, LinkKind, MISSING, CMS_PER_CFS, M_PER_FT, PSI_PER_FT } from './constants';
export { darcyFrictionFactor, swameeJain, colebrook } from './friction';
export { fitPowerCurve, powerFitForPoints } from './pump-curves';
