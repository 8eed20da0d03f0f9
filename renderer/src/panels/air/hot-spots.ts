// Pure helpers of the Room air tab: rack intake limits of the project's ASHRAE class, the hot-spot list
// (racks by maximum intake temperature, flagged above the recommended or allowable limit) and Herrlin's
// RCI bands. Temperatures °C.
import { INTAKE_LIMITS } from '../../../../workers/airflow/metrics';
import type { RackAirResult } from '../../../../workers/airflow';
import type { HallDocument } from '../../../../workers/model/schema';

export type AirClass = HallDocument['criteria']['airClass'];
export type IntakeLevel = 'ok' | 'aboveRecommended' | 'aboveAllowable';

/** Recommended and allowable dry-bulb limits: ASHRAE TC 9.9 2021 Table 2.1 [REFERENCE.md §1]. */
export function intakeLimits(cls: AirClass): { recMin: number; recMax: number; allMin: number; allMax: number } {
  return INTAKE_LIMITS[cls];
}

/** Where a rack intake temperature stands against the class: above the allowable maximum is worse than
 *  above the recommended one. Equal to a limit is still within it. */
export function intakeLevel(t: number, cls: AirClass): IntakeLevel {
  const l = INTAKE_LIMITS[cls];
  if (t > l.allMax) return 'aboveAllowable';
  if (t > l.recMax) return 'aboveRecommended';
  return 'ok';
}

export interface HotSpot {
  id: string;
  intakeMax: number;
  intakeMean: number;
  level: IntakeLevel;
}

/** Racks sorted by maximum intake temperature, hottest first (ties by id, so the order is stable); the
 *  first `limit` rows. Non-finite intakes sort last. */
export function hotSpots(racks: readonly RackAirResult[], cls: AirClass, limit = Infinity): HotSpot[] {
  const key = (r: RackAirResult) => (Number.isFinite(r.intakeMax) ? r.intakeMax : -Infinity);
  return [...racks]
    .sort((a, b) => key(b) - key(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit)
    .map((r) => ({ id: r.id, intakeMax: r.intakeMax, intakeMean: r.intakeMean, level: intakeLevel(r.intakeMax, cls) }));
}

/** How many racks exceed the recommended and the allowable maximum (by maximum intake). */
export function countAbove(racks: readonly RackAirResult[], cls: AirClass): { recommended: number; allowable: number } {
  let recommended = 0, allowable = 0;
  for (const r of racks) {
    const l = intakeLevel(r.intakeMax, cls);
    if (l !== 'ok') recommended++;
    if (l === 'aboveAllowable') allowable++;
  }
  return { recommended, allowable };
}

export type RciBand = 'good' | 'acceptable' | 'poor';

/** Herrlin's RCI bands (ASHRAE Trans. 111(2) 2005) [REFERENCE.md §7]: ≥ 96 % good, 91–95 % acceptable,
 *  ≤ 90 % poor; everything strictly between 90 and 96 % is acceptable. */
export function rciBand(percent: number): RciBand {
  if (percent >= 96) return 'good';
  if (percent > 90) return 'acceptable';
  return 'poor';
}
