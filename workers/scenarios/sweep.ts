// Sufficiency sweeps. Power × cooling mode: a representative rack at each power (10–400 kW) in each
// mode (air, air + containment, air + rear door, hybrid 50 % / 70 %, DLC) is solved in a small
// single-row test hall derived from the document (test-hall.ts: 3 racks, the document's unit kind,
// setpoints, provisioning ratios, first CDU, plant and criteria); the verdict of the middle rack is the
// point's result. Facility water: the document's loops re-solved at FWS supply 17–45 °C, against the W
// classes and the liquid checks (return, case temperature). Both are generators: one point per next().
import { solveAir } from '../airflow';
import { solveLoops } from '../loop';
import { W_CLASS_MAX_SUPPLY } from '../loop/constants';
import { LIBRARY, rackTemplate } from '../model/library';
import type { HallDocument, RackT } from '../model/schema';
import { W_CLASSES } from '../model/schema';
import type { CheckId } from '../verdicts/checks';
import { rackVerdicts } from '../verdicts/rack';
import { testHall, TEST_HALL_METHOD } from './test-hall';

export const SWEEP_MODES = ['air', 'air-containment', 'air-rear-door', 'hybrid-50', 'hybrid-70', 'dlc'] as const;
export type SweepMode = (typeof SWEEP_MODES)[number];
/** Default rack powers, kW (10–300+ kW; REFERENCE.md §3 spans 20 kW air racks to 600 kW Kyber). */
export const DEFAULT_POWERS_KW = [10, 20, 30, 40, 60, 80, 100, 120, 150, 200, 250, 300, 400];

export interface PowerSweepPoint {
  powerKw: number; mode: SweepMode; status: 'pass' | 'fail' | 'incomplete'; governing: CheckId | null; governingMargin: number | null;
  intakeMax: number | null; caseT: number | null; note: string; seconds: number;
}

export interface PowerSweepOptions { powersKw?: number[]; modes?: readonly SweepMode[]; cellSize?: number; rackCount?: number; provisioning?: 'scaled' | 'per-position' }

export const POWER_SWEEP_METHOD = [
  ...TEST_HALL_METHOD,
  'representative rack: the document\'s first rack of the family (air; hybrid/DLC with a cold plate), else the library rack-air-20kw / rack-nvl72-120kw-dlc, scaled to the point\'s IT load',
  'air + rear door: the smallest library door rated ≥ the exhaust heat (else the largest); DLC: the document\'s DLC capture fraction (else 0.85)',
  'provisioning per rack position (default): the test row gets the document\'s installed unit airflow and capacity per rack × n, so a point asks "can this hall\'s air system carry such a rack at any position"',
  'air solve in fast mode at the given cell size (default 0.6 m); verdict on the middle rack with the design (recommended) inlet basis',
];

function baseRack(doc: HallDocument, liquid: boolean): RackT {
  const own = doc.racks.find((r) => (liquid ? r.cooling !== 'air' && r.coldPlate !== null : r.cooling === 'air'));
  if (own) return structuredClone(own);
  const t = rackTemplate(liquid ? 'rack-nvl72-120kw-dlc' : 'rack-air-20kw')!;
  return { id: 'base', name: 'base', rowId: null, templateId: t.id, x: 0, y: 0, rotationDeg: 0, ...structuredClone(t.values) };
}

/** The representative rack of a sweep point. */
export function sweepRack(doc: HallDocument, mode: SweepMode, powerW: number): RackT {
  const liquid = mode === 'hybrid-50' || mode === 'hybrid-70' || mode === 'dlc';
  const r = { ...baseRack(doc, liquid), itLoad: powerW };
  if (!liquid) {
    r.cooling = 'air'; r.liquidCaptureFraction = 0; r.rearDoor = null;
    if (mode === 'air-rear-door') {
      const doors = [...LIBRARY.rearDoors].sort((a, b) => a.values.capacity - b.values.capacity);
      const t = doors.find((d) => d.values.capacity >= powerW) ?? doors[doors.length - 1];
      r.rearDoor = { templateId: t.id, ...structuredClone(t.values), enabled: true };
    }
    return r;
  }
  if (mode === 'dlc') {
    const dlc = doc.racks.find((x) => x.cooling === 'dlc');
    return { ...r, cooling: 'dlc', liquidCaptureFraction: dlc?.liquidCaptureFraction ?? 0.85, rearDoor: null };
  }
  return { ...r, cooling: 'hybrid', liquidCaptureFraction: mode === 'hybrid-50' ? 0.5 : 0.7, rearDoor: null };
}

export function* powerSweep(doc: HallDocument, o: PowerSweepOptions = {}): Generator<PowerSweepPoint> {
  const count = o.rackCount ?? 3;
  const mid = Math.floor(count / 2);
  for (const mode of o.modes ?? SWEEP_MODES) {
    for (const kw of o.powersKw ?? DEFAULT_POWERS_KW) {
      const t0 = performance.now();
      const rack = sweepRack(doc, mode, kw * 1e3);
      const hall = testHall(doc, rack, { count, containment: mode === 'air-containment', provisioning: o.provisioning ?? 'per-position' });
      const needsAir = rack.cooling === 'air' || rack.liquidCaptureFraction < 1;
      const air = needsAir ? solveAir(hall, { mode: 'fast', cellSize: o.cellSize ?? 0.6 }) : null;
      const loops = rack.cooling === 'air' ? null : solveLoops(hall);
      const v = rackVerdicts(hall, air, loops).racks[mid];
      const ar = air && air.ok ? air.racks.find((x) => x.id === v.rackId) : undefined;
      const lr = loops && loops.ok ? loops.racks.find((x) => x.id === v.rackId) : undefined;
      yield {
        powerKw: kw, mode, status: v.status, governing: v.governing, governingMargin: v.governingMargin,
        intakeMax: ar?.intakeMax ?? null, caseT: lr?.caseT ?? null,
        note: v.checks.find((c) => c.id === v.governing)?.reason ?? '', seconds: (performance.now() - t0) / 1000,
      };
    }
  }
}

export interface FwsSweepPoint {
  supplyT: number;
  /** W classes whose max supply admits this temperature [REFERENCE.md §1]. */
  wClasses: string[];
  withinDocumentClass: boolean;
  maxReturnT: number | null;
  maxCaseT: number | null;
  minCaseMargin: number | null;
  /** Racks failing a required liquid check. */
  failingRacks: number;
  ok: boolean;
  message: string;
}

export function* fwsSweep(doc: HallDocument, o: { temps?: number[] } = {}): Generator<FwsSweepPoint> {
  const temps = o.temps ?? Array.from({ length: 15 }, (_, i) => 17 + 2 * i).concat([45]).filter((t, i, a) => a.indexOf(t) === i);
  const wMax = W_CLASS_MAX_SUPPLY[doc.criteria.wClass] ?? Infinity;
  for (const T of temps) {
    const loops = solveLoops(doc, { facilitySupplyTemp: T });
    const wClasses = W_CLASSES.filter((w) => T <= (W_CLASS_MAX_SUPPLY[w] ?? Infinity));
    if (!loops.ok) {
      yield { supplyT: T, wClasses, withinDocumentClass: T <= wMax, maxReturnT: null, maxCaseT: null, minCaseMargin: null, failingRacks: 0, ok: false, message: loops.errors.map((e) => e.message).join('; ') };
      continue;
    }
    const v = rackVerdicts(doc, null, loops, { criteria: { facilitySupplyMax: Infinity } });
    const failing = v.racks.filter((r) => r.checks.some((c) => c.required && c.status === 'fail')).length;
    const served = loops.racks.filter((r) => r.cduId !== null);
    const max = (xs: (number | null)[]) => { const f = xs.filter((x): x is number => x !== null); return f.length > 0 ? Math.max(...f) : null; };
    const min = (xs: (number | null)[]) => { const f = xs.filter((x): x is number => x !== null); return f.length > 0 ? Math.min(...f) : null; };
    yield {
      supplyT: T, wClasses, withinDocumentClass: T <= wMax, maxReturnT: max(served.map((r) => r.returnT)), maxCaseT: max(served.map((r) => r.caseT)),
      minCaseMargin: min(served.map((r) => r.caseMargin)), failingRacks: failing, ok: failing === 0, message: '',
    };
  }
}
