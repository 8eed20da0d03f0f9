// The studies `hallflow report` adds to the design solve, with the engine functions the app's Verdicts
// tab uses: system curves of the CDUs (workers/loop systemCurve; always), ride-through transients
// (workers/scenarios rideThrough; default: the most loaded CDU trips, its first pump trips, the most loaded
// cooling unit fails — defaultTransientEvents), sweeps (fwsSweep by default, powerSweep on request) and the
// N+1 redundancy matrix (workers/verdicts runRedundancyBatch, on request: it re-solves every failure case).
//
// Options: --redundancy | --transient auto|none|<kind>[:<id>] (repeatable or comma-separated; kinds
// pump-trip, cdu-trip, unit-failure; without an id the most loaded one) | --duration <s> (10–3600, default
// 300) | --sweep fws|power|none (repeatable or comma-separated). Bad values are named errors.
import type { HallDocument } from '../workers/model/schema';
import { failableEquipment } from '../workers/scenarios/apply';
import { fwsSweep, powerSweep, rideThrough, type TransientEvent, type TransientResult } from '../workers/scenarios';
import { runRedundancyBatch } from '../workers/verdicts';
import { defaultTransientEvents, REPORT_FWS_TEMPS, reportSystemCurves, type ReportResults } from '../workers/report';

export const STUDY_USAGE = '[--redundancy] [--transient auto|none|pump-trip[:id]|cdu-trip[:id]|unit-failure[:id]] [--duration <s>] [--sweep fws|power|none]';

type TransientKind = TransientEvent['kind'];
const KINDS: readonly TransientKind[] = ['pump-trip', 'cdu-trip', 'unit-failure'];
export type TransientSpec = 'auto' | { kind: TransientKind; id: string | null };

export interface StudyArgs {
  redundancy: boolean;
  /** null: the default (auto); [] : none. */
  transients: TransientSpec[] | null;
  /** null: the default (fws); [] : none. */
  sweeps: ('fws' | 'power')[] | null;
  /** Ride-through duration, s. */
  duration: number;
}

/**
 * Reads one study option at argv[i] into a: the number of arguments consumed (0: not a study option), or
 * an error naming the option and the reason.
 */
export function parseStudies(argv: string[], i: number, a: StudyArgs): number | string {
  const k = argv[i];
  if (k === '--redundancy') { a.redundancy = true; return 1; }
  if (k !== '--transient' && k !== '--sweep' && k !== '--duration') return 0;
  const v = argv[i + 1];
  if (v === undefined || v.startsWith('--')) return `${k} needs a value`;
  if (k === '--duration') {
    const d = Number(v);
    if (!Number.isFinite(d) || d < 10 || d > 3600) return `--duration must be a number of seconds from 10 to 3600 (got ${v})`;
    a.duration = d;
    return 2;
  }
  const items = v.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (k === '--sweep') {
    const list = a.sweeps ?? [];
    for (const it of items) {
      if (it === 'none') continue;
      if (it !== 'fws' && it !== 'power') return `--sweep must be fws, power or none (got ${it})`;
      if (!list.includes(it)) list.push(it);
    }
    a.sweeps = list;
    return 2;
  }
  const list = a.transients ?? [];
  for (const it of items) {
    if (it === 'none') continue;
    if (it === 'auto') { list.push('auto'); continue; }
    const [kind, ...rest] = it.split(':');
    if (!KINDS.includes(kind as TransientKind)) return `--transient: unknown event kind "${kind}" (use ${KINDS.join(', ')}, auto or none)`;
    list.push({ kind: kind as TransientKind, id: rest.length > 0 ? rest.join(':') : null });
  }
  a.transients = list;
  return 2;
}

/** Checks explicit transient equipment ids against the document before any solve; null when fine. */
export function checkStudies(doc: HallDocument, a: StudyArgs): string | null {
  const eq = failableEquipment(doc);
  const known: Record<TransientKind, { ids: string[]; what: string }> = {
    'pump-trip': { ids: eq.cduPumps, what: 'CDU pump' }, 'cdu-trip': { ids: eq.cdus, what: 'enabled CDU' }, 'unit-failure': { ids: eq.coolingUnits, what: 'enabled cooling unit' },
  };
  for (const t of a.transients ?? []) {
    if (t === 'auto' || t.id === null) continue;
    const k = known[t.kind];
    if (!k.ids.includes(t.id)) return `--transient ${t.kind}:${t.id}: no ${k.what} "${t.id}" in this project (${k.ids.length > 0 ? k.ids.join(', ') : 'none'})`;
  }
  return null;
}

function eventOf(t: TransientSpec, auto: TransientEvent[]): TransientEvent[] {
  if (t === 'auto') return auto;
  const fallback = auto.find((e) => e.kind === t.kind);
  if (t.id === null) return fallback ? [fallback] : [];
  return [t.kind === 'pump-trip' ? { kind: t.kind, pumpId: t.id } : t.kind === 'cdu-trip' ? { kind: t.kind, cduId: t.id } : { kind: t.kind, unitId: t.id }];
}

const describe = (e: TransientEvent) => (e.kind === 'pump-trip' ? `pump-trip:${e.pumpId}` : e.kind === 'cdu-trip' ? `cdu-trip:${e.cduId}` : `unit-failure:${e.unitId}`);

/** Runs the requested studies on the solved design case: the report inputs they add, console lines, seconds. */
export function runStudies(doc: HallDocument, base: ReportResults, a: StudyArgs):
  { results: Partial<ReportResults>; lines: string[]; seconds: number } {
  const t0 = performance.now();
  const lines: string[] = [];
  const out: Partial<ReportResults> = { systemCurves: reportSystemCurves(doc, base.loops) };
  const auto = defaultTransientEvents(doc, base.loops, base.air);
  const seen = new Set<string>();
  const events = (a.transients ?? ['auto']).flatMap((t) => eventOf(t, auto)).filter((e) => !seen.has(describe(e)) && !!seen.add(describe(e)));
  const transients: TransientResult[] = [];
  for (const e of events) {
    const r = rideThrough(doc, { loops: base.loops, air: base.air }, e, { duration: a.duration, outputStep: a.duration / 300 });
    if (r.ok) transients.push(r);
    lines.push(`ride-through ${describe(e)}: ${r.ok ? `case limit ${r.firstCaseLimit === null ? 'not reached' : `after ${r.firstCaseLimit.toFixed(0)} s`}, intake limit ${r.firstIntakeLimit === null ? 'not reached' : `after ${r.firstIntakeLimit.toFixed(0)} s`}` : `not run: ${r.message}`}`);
  }
  out.transients = transients;
  const sweeps = a.sweeps ?? ['fws'];
  if (sweeps.includes('fws')) {
    out.fwsSweep = [...fwsSweep(doc, { temps: [...REPORT_FWS_TEMPS] })];
    lines.push(`facility-water sweep: ${out.fwsSweep.length} supply temperatures`);
  }
  if (sweeps.includes('power')) {
    out.sweep = [...powerSweep(doc)];
    lines.push(`power sweep: ${out.sweep.length} points`);
  }
  if (a.redundancy) {
    out.redundancy = runRedundancyBatch(doc, undefined, { air: base.air === null ? false : 'fast' });
    lines.push(`redundancy: ${out.redundancy.cases.length} failure cases`);
  }
  return { results: out, lines, seconds: (performance.now() - t0) / 1e3 };
}
