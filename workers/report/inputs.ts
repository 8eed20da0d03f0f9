// What buildReport takes: the document's solved results (loops, air, verdicts, hall summary) and the
// optional studies (redundancy matrix, ride-through transients, sufficiency sweep, remedies), plus the
// report options. Air results are accepted with or without the solver's warm-start state (AirView).
// Also the computed system curves of the CDUs (workers/loop systemCurve, as the app's loop chart) and the
// 3D views captured from the document's saved viewpoints (PNG bytes, captured by the app's renderer).
import type { AirFailure, AirResult } from '../airflow';
import type { LoopFailure, LoopResult } from '../loop';
import type { SystemCurveResult } from '../loop/system-curve';
import type { FwsSweepPoint, PowerSweepPoint, TransientResult } from '../scenarios';
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
  /** Facility-water supply sweep (workers/scenarios fwsSweep). */
  fwsSweep?: FwsSweepPoint[] | null;
  /** System curve per CDU id (workers/loop systemCurve): drawn in the pump chart; absent CDUs get none. */
  systemCurves?: Record<string, SystemCurveResult> | null;
  /** 3D views rendered from the saved viewpoints (PNG), in viewpoint order. */
  views?: ReportView[] | null;
  /** "What it would take" for failing racks (workers/verdicts whatItWouldTake), when computed. */
  remedies?: RemedyResult[] | null;
  /** How the air was solved, for the methods section. */
  airMode?: 'fast' | 'accurate';
}

/** One 3D view of the hall as a PNG image, captured from a saved viewpoint. */
export interface ReportView { id: string; name: string; note: string; png: Uint8Array; width: number; height: number }

export interface ReportOptions {
  pageSize: PageSize;
  author?: string;
  revision?: string;
  /** Issue date as printed (e.g. 2026-12-01). */
  date: string;
}

export const okLoops = (r: ReportResults): LoopResult | null => (r.loops && r.loops.ok ? r.loops : null);
export const okAir = (r: ReportResults): ReportAir | null => (r.air && r.air.ok ? r.air : null);
