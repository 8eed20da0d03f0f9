// The vocabulary of a verdict: one check per limit (value, limit, margin, status, reason), how checks
// combine into a rack's pass/fail, and which margin governs. Margins are "limit − value" in the
// direction that makes ≥ 0 a pass, in SI units of the quantity (K for temperatures, W, m³/s, m³/s per W).
import type { QuantityKind } from '../model/quantity';

export type CheckId =
  | 'inlet-recommended' | 'inlet-allowable' | 'airflow' | 'air-capacity' | 'rear-door'
  | 'coolant-flow' | 'coolant-flow-max' | 'flow-share' | 'case-temperature' | 'return-temperature'
  | 'facility-supply' | 'cdu-capacity';

/** not-evaluated: the solver the check needs is missing or failed — never counted as a pass. */
export type CheckStatus = 'pass' | 'fail' | 'not-evaluated';

export interface VerdictCheck {
  readonly id: CheckId;
  readonly label: string;
  readonly status: CheckStatus;
  /** Counts toward the rack's pass/fail; advisory checks are reported only. */
  readonly required: boolean;
  /** Quantity kind of value and limit (margins of temperatures are temperatureDelta). */
  readonly quantity: QuantityKind;
  readonly value: number | null;
  readonly limit: number | null;
  readonly margin: number | null;
  /** Margin as a share of its scale (see TEMPERATURE_SCALE), comparable across checks; picks the governing one. */
  readonly normalised: number | null;
  readonly reason: string;
  /** K, for a value a model computed with a stated agreement with a reference (an inlet check: the air
   *  result's hottest-intake-cell figure against OpenFOAM, AirResult.accuracy); absent when none is stated. */
  readonly uncertainty?: number;
}

/** Whether an evaluated check's margin is smaller than the uncertainty of its value: this tool cannot decide
 *  it (the report's methods section says to read such margins as undecided). */
export function undecided(c: VerdictCheck): boolean {
  return c.uncertainty !== undefined && c.status !== 'not-evaluated' && c.margin !== null && Math.abs(c.margin) < c.uncertainty;
}

/** The check with the uncertainty of its value; its reason says when the margin is inside it. */
export function withUncertainty(c: VerdictCheck, uncertainty: number | null): VerdictCheck {
  if (uncertainty === null || !(uncertainty > 0)) return c;
  const u = { ...c, uncertainty };
  return undecided(u) ? { ...u, reason: `${c.reason}; margin inside the air result's ±${uncertainty} K (hottest intake cell vs OpenFOAM): undecided` } : u;
}

/**
 * Scale that makes temperature margins comparable with relative (capacity, flow) margins: a 10 K margin
 * counts like a 100 % capacity margin. Chosen (labelled assumption): 10 K is the OCP design coolant ΔT
 * [REFERENCE.md §2] and close to the IT air ΔT (APC AN #126, [REFERENCE.md §3]).
 */
export const TEMPERATURE_SCALE = 10;

interface CheckInput {
  id: CheckId; label: string; required: boolean; quantity: QuantityKind;
  value: number | null; limit: number | null; reason: string;
  /** 'max': value must stay ≤ limit; 'min': value must stay ≥ limit. */
  sense: 'max' | 'min';
}

/** A check from value and limit; null value or limit → not evaluated (with the reason given). */
export function makeCheck(c: CheckInput): VerdictCheck {
  if (c.value === null || c.limit === null || !Number.isFinite(c.value)) {
    return { id: c.id, label: c.label, status: 'not-evaluated', required: c.required, quantity: c.quantity, value: c.value, limit: c.limit, margin: null, normalised: null, reason: c.reason };
  }
  const margin = c.sense === 'max' ? c.limit - c.value : c.value - c.limit;
  const scale = c.quantity === 'temperature' ? TEMPERATURE_SCALE : Math.abs(c.limit) > 0 ? Math.abs(c.limit) : 1;
  return {
    id: c.id, label: c.label, status: margin >= 0 ? 'pass' : 'fail', required: c.required, quantity: c.quantity,
    value: c.value, limit: c.limit, margin, normalised: Number.isFinite(c.limit) ? margin / scale : Infinity, reason: c.reason,
  };
}

/** A check that fails without a number (e.g. a liquid-cooled rack with no loop at all). */
export function failedCheck(id: CheckId, label: string, quantity: QuantityKind, reason: string, required = true): VerdictCheck {
  return { id, label, status: 'fail', required, quantity, value: null, limit: null, margin: null, normalised: null, reason };
}

export function notEvaluated(id: CheckId, label: string, quantity: QuantityKind, reason: string, required = true): VerdictCheck {
  return { id, label, status: 'not-evaluated', required, quantity, value: null, limit: null, margin: null, normalised: null, reason };
}

/** The governing check among required ones: the most negative numeric margin; else a failure without a
 *  number; else (all pass) the smallest normalised margin. */
/** Checks whose value is the same for every rack of the hall: they govern only when they fail, since a
 *  passing hall-wide margin tells the engineer nothing about one rack. */
const HALL_WIDE: ReadonlySet<CheckId> = new Set(['air-capacity']);

export function governingCheck(checks: readonly VerdictCheck[]): VerdictCheck | null {
  const req = checks.filter((c) => c.required && c.status !== 'not-evaluated');
  const failing = req.filter((c) => c.status === 'fail');
  const pool = failing.length > 0 ? failing : req.filter((c) => !HALL_WIDE.has(c.id));
  let best: VerdictCheck | null = null;
  for (const c of pool) if (c.normalised !== null && (best === null || c.normalised < (best.normalised as number))) best = c;
  return best ?? failing[0] ?? pool[0] ?? req[0] ?? null;
}

/** pass: every required check evaluated and ≥ 0; fail: any required check < 0; incomplete: otherwise. */
export function overallStatus(checks: readonly VerdictCheck[]): 'pass' | 'fail' | 'incomplete' {
  const req = checks.filter((c) => c.required);
  if (req.some((c) => c.status === 'fail')) return 'fail';
  if (req.some((c) => c.status === 'not-evaluated')) return 'incomplete';
  return 'pass';
}
