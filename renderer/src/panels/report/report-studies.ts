// The studies the app's report includes, run in the engine's worker pool with the same engine functions
// and choices as `hallflow report` (cli/report-studies.ts): the system curve of each CDU (always), and when
// asked the ride-through of the default events (most loaded CDU trips, its first pump trips, most loaded
// cooling unit fails; 300 s as the Verdicts tab's default) and the facility-water sweep (REPORT_FWS_TEMPS,
// one pool job per temperature).
import type { AirFailure } from '../../../../workers/airflow';
import type { AirView } from '../../../../workers/api';
import type { LoopFailure, LoopResult } from '../../../../workers/loop';
import type { SystemCurveResult } from '../../../../workers/loop/system-curve';
import type { HallDocument } from '../../../../workers/model/schema';
import type { FwsSweepPoint, TransientResult } from '../../../../workers/scenarios';
import { curveCdus, defaultTransientEvents, REPORT_FWS_TEMPS, type ReportResults } from '../../../../workers/report';
import type { WorkerPool } from '../../solver/pool';
import { airForEngine } from '../verdicts/basis';

export const RIDE_THROUGH_SECONDS = 300;

export async function reportStudies(pool: WorkerPool, doc: HallDocument, loops: LoopResult | LoopFailure | null, air: AirView | AirFailure | null, withStudies: boolean):
  Promise<Pick<ReportResults, 'systemCurves' | 'transients' | 'fwsSweep'>> {
  const ids = curveCdus(loops);
  const curves = Promise.all(ids.map((id) => pool.submit((api) => api.systemCurve(doc, id) as Promise<SystemCurveResult>).promise));
  if (!withStudies) {
    const list = await curves;
    return { systemCurves: Object.fromEntries(ids.map((id, i) => [id, list[i]])) };
  }
  const events = defaultTransientEvents(doc, loops, air);
  const airIn = airForEngine(air);
  const rides = Promise.all(events.map((e) => pool.submit<TransientResult | { ok: false; message: string }>((api) => api.rideThrough(doc, { loops, air: airIn }, e, { duration: RIDE_THROUGH_SECONDS, outputStep: RIDE_THROUGH_SECONDS / 300 })).promise));
  const fws = Promise.all(REPORT_FWS_TEMPS.map((t) => pool.submit((api) => api.sweepFws(doc, [t])).promise));
  const [list, ride, sweep] = await Promise.all([curves, rides, fws]);
  return {
    systemCurves: Object.fromEntries(ids.map((id, i) => [id, list[i]])),
    transients: ride.filter((r): r is TransientResult => r.ok),
    fwsSweep: sweep.flat().sort((a: FwsSweepPoint, b: FwsSweepPoint) => a.supplyT - b.supplyT),
  };
}
