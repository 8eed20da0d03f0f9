// The verdicts of the open document as the UI keeps them (view store `verdicts`): per-rack verdicts and
// hall summary from the latest loop and air results, which solver results they are based on, and the
// colour category of each rack for the "colour by verdict" mode. Plain data; no React.
import type { HallSummary, HallVerdicts, RackVerdict } from '../../../../workers/verdicts';

/** How a solver result entered the verdicts: used, or "not evaluated" (missing, stale, failed). */
export interface SolverBasis {
  readonly state: 'used' | 'missing' | 'stale' | 'failed' | 'running';
  /** Human-readable detail (failure message, "result of an older edit"…). */
  readonly detail: string;
}

export interface VerdictSnapshot {
  readonly verdicts: HallVerdicts;
  readonly summary: HallSummary;
  readonly air: SolverBasis;
  readonly loops: SolverBasis;
  /** Rack id → index into VERDICT_CATEGORIES (scene/colours.ts). */
  readonly category: ReadonlyMap<string, number>;
}

/** Order of the verdict colour categories (VERDICT_CATEGORIES in scene/colours.ts follows it). */
export const VERDICT_ORDER = ['air', 'air-containment', 'air-rear-door', 'hybrid', 'dlc', 'not-coolable', 'not-evaluated'] as const;
export type VerdictKey = (typeof VERDICT_ORDER)[number];

/** The colour key of a rack: its verdict, or 'not-evaluated' when a required check was not evaluated. */
export function verdictKey(v: RackVerdict): VerdictKey {
  return v.status === 'incomplete' ? 'not-evaluated' : v.verdict;
}

export function categoryMap(v: HallVerdicts): Map<string, number> {
  return new Map(v.racks.map((r) => [r.rackId, VERDICT_ORDER.indexOf(verdictKey(r))]));
}
