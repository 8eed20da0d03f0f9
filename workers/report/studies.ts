// Inputs of the report that need extra engine runs beyond the design solve, computed with the same
// engine functions the app uses: the system curve of every CDU with running pumps (workers/loop
// systemCurve, the app's loop chart), the facility-water sweep temperatures and the default ride-through events (the most loaded CDU trips, one
// of its running pumps trips, the most loaded cooling unit fails). Pure; the caller runs them (the CLI
// in-process, the app in its worker pool).
import type { HallDocument } from '../model/schema';
import type { LoopFailure, LoopResult } from '../loop';
import { systemCurve, type SystemCurveResult } from '../loop/system-curve';
import { W_CLASS_MAX_SUPPLY } from '../loop/constants';
import type { TransientEvent } from '../scenarios';
import type { ReportAir } from './inputs';
import type { AirFailure } from '../airflow';

/** Facility-water supply temperatures of the report's sweep, °C: 17–45 °C in 2 K steps plus the ASHRAE
 *  W-class limits (W17 17, W27 27, W32 32, W40 40, W45 45 °C; workers/loop/constants W_CLASS_MAX_SUPPLY),
 *  so every class boundary is swept. The CLI and the app sweep the same list. */
export const REPORT_FWS_TEMPS: readonly number[] = [...new Set([...Array.from({ length: 15 }, (_, i) => 17 + 2 * i),
  ...Object.values(W_CLASS_MAX_SUPPLY).filter(Number.isFinite)])].sort((a, b) => a - b);

/** CDUs whose system curve the pump chart draws: online, serving racks, with pumps running. */
export function curveCdus(loops: LoopResult | LoopFailure | null): string[] {
  if (!loops || !loops.ok) return [];
  return loops.cdus.filter((c) => c.online && c.rackIds.length > 0 && c.pumps.running > 0).map((c) => c.id);
}

/** The system curve of each CDU of curveCdus (a failed curve carries its error, shown in the report). */
export function reportSystemCurves(doc: HallDocument, loops: LoopResult | LoopFailure | null): Record<string, SystemCurveResult> {
  const out: Record<string, SystemCurveResult> = {};
  for (const id of curveCdus(loops)) out[id] = systemCurve(doc, id);
  return out;
}

/**
 * Default ride-through events of a report: the most loaded online CDU trips, its first pump trips, and the
 * cooling unit carrying the most heat (air result; else the largest enabled one) fails. Missing kinds are
 * left out (no CDU: no liquid events; no cooling unit: no air event).
 */
export function defaultTransientEvents(doc: HallDocument, loops: LoopResult | LoopFailure | null, air: ReportAir | AirFailure | null): TransientEvent[] {
  const events: TransientEvent[] = [];
  const cdus = loops && loops.ok ? loops.cdus.filter((c) => c.online && c.rackIds.length > 0) : [];
  const cdu = cdus.reduce<(typeof cdus)[number] | null>((best, c) => (best === null || c.load > best.load ? c : best), null);
  if (cdu) {
    events.push({ kind: 'pump-trip', pumpId: `${cdu.id}/pump1` });
    events.push({ kind: 'cdu-trip', cduId: cdu.id });
  }
  const enabled = doc.coolingUnits.filter((u) => u.enabled);
  const loadOf = new Map(air && air.ok ? air.units.map((u) => [u.id, u.load]) : []);
  const unit = enabled.reduce<(typeof enabled)[number] | null>((best, u) => {
    if (best === null) return u;
    const a = loadOf.get(u.id) ?? u.capacity, b = loadOf.get(best.id) ?? best.capacity;
    return a > b ? u : best;
  }, null);
  if (unit) events.push({ kind: 'unit-failure', unitId: unit.id });
  return events;
}
