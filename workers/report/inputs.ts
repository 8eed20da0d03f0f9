// What buildReport takes: the document's solved results (loops, air, verdicts, hall summary) and the
// optional studies (redundancy matrix, ride-through transients, sufficiency sweep, remedies), plus the
// report options. Air results are accepted with or without the solver's warm-start state (AirView).
import type { AirFailure, AirResult } from '../airflow';
import type { LoopFailure, LoopResult } from '../loop';
import type { PowerSweepPoint, TransientResult } from '../scenarios';
import type { HallSummary, HallVerdicts, RedundancyMatrix, RemedyResult } from '../verdicts';
import type { PageSize } from './model';

export type ReportAir = Omit<AirResult, 'state'>;

export interface ReportResults {
  loops: LoopResult | LoopFailure | null;
  air: ReportAir | AirFailure | null;
  verdicts: HallVerdicts;
  summary: HallSummary;
  redundancy?: RedundancyMatrix | null;
  transients?: TransientResult[] | null;
  sweep?: PowerSweepPoint[] | null;
  /** "What it would take" for failing racks (workers/verdicts whatItWouldTake), when computed. */
  remedies?: RemedyResult[] | null;
  /** How the air was solved, for the methods section. */
  airMode?: 'fast' | 'accurate';
}

export interface ReportOptions {
  pageSize: PageSize;
  author?: string;
  revision?: string;
  /** Issue date as printed (e.g. 2026-12-01). */
  date: string;
}

export const okLoops = (r: ReportResults): LoopResult | null => (r.loops && r.loops.ok ? r.loops : null);
export const okAir = (r: ReportResults): ReportAir | null => (r.air && r.air.ok ? r.air : null);
