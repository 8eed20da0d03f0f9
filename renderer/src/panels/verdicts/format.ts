// Formatting and ordering of verdicts for the tables: the display kind of a margin (temperature margins
// are differences, flow shares percentage points), signed margins with units, counts per verdict, and
// rack rows sorted by verdict, status, margin or name. Pure (Units passed in), unit-tested.
import type { QuantityKind } from '../../../../workers/model/quantity';
import type { CheckId, RackVerdict, VerdictCheck } from '../../../../workers/verdicts';
import type { Units } from '../units';
import { VERDICT_ORDER, verdictKey, type VerdictKey } from './snapshot';

/** The quantity a margin is shown in: temperature → temperature difference, ratio → fraction (%). */
export function marginKind(q: QuantityKind): QuantityKind {
  if (q === 'temperature') return 'temperatureDelta';
  if (q === 'ratio') return 'fraction';
  return q;
}

/** "+2.3 K", "−5.1 kW", or "–" when there is no number. */
export function formatMargin(u: Pick<Units, 'fmt'>, margin: number | null, q: QuantityKind): string {
  if (margin === null || !Number.isFinite(margin)) return margin === Infinity ? '∞' : '–';
  const s = u.fmt(Math.abs(margin), marginKind(q));
  return `${margin < 0 ? '−' : margin > 0 ? '+' : ''}${s}`;
}

/** Value or limit of a check in its own quantity ("27.0 °C"), "–" when missing or infinite. */
export function formatValue(u: Pick<Units, 'fmt'>, v: number | null, q: QuantityKind): string {
  if (v === null || !Number.isFinite(v)) return v === Infinity ? 'none' : '–';
  return u.fmt(v, q === 'ratio' ? 'fraction' : q);
}

export function governing(v: RackVerdict): VerdictCheck | null {
  return v.checks.find((c) => c.id === v.governing) ?? null;
}

export type VerdictCounts = Record<VerdictKey, number> & { pass: number; fail: number; incomplete: number; total: number };

export function countVerdicts(racks: readonly RackVerdict[]): VerdictCounts {
  const out = Object.fromEntries(VERDICT_ORDER.map((k) => [k, 0])) as VerdictCounts;
  out.pass = 0; out.fail = 0; out.incomplete = 0; out.total = racks.length;
  for (const r of racks) {
    out[verdictKey(r)]++;
    out[r.status]++;
  }
  return out;
}

export type VerdictSortKey = 'name' | 'verdict' | 'status' | 'margin';
const STATUS_RANK = { fail: 0, incomplete: 1, pass: 2 } as const;

/** Governing margin normalised across quantities (TEMPERATURE_SCALE in checks.ts); null sorts last. */
function normalisedMargin(v: RackVerdict): number | null {
  return governing(v)?.normalised ?? null;
}

export function sortVerdicts<T extends { verdict: RackVerdict; name: string }>(rows: readonly T[], key: VerdictSortKey, dir: 'asc' | 'desc'): T[] {
  const s = dir === 'asc' ? 1 : -1;
  const byName = (a: T, b: T) => a.name.localeCompare(b.name, undefined, { numeric: true });
  const cmp = (a: T, b: T): number => {
    switch (key) {
      case 'name': return s * byName(a, b);
      case 'verdict': return s * (VERDICT_ORDER.indexOf(verdictKey(a.verdict)) - VERDICT_ORDER.indexOf(verdictKey(b.verdict))) || byName(a, b);
      case 'status': return s * (STATUS_RANK[a.verdict.status] - STATUS_RANK[b.verdict.status]) || byName(a, b);
      case 'margin': {
        const x = normalisedMargin(a.verdict), y = normalisedMargin(b.verdict);
        if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
        return s * (x - y) || byName(a, b);
      }
    }
  };
  return [...rows].sort(cmp);
}

/** Short labels of the checks for narrow columns. */
export const CHECK_SHORT: Readonly<Record<CheckId, string>> = {
  'inlet-recommended': 'inlet (rec.)', 'inlet-allowable': 'inlet (allow.)', airflow: 'supply air', 'air-capacity': 'unit capacity',
  'rear-door': 'rear door', 'coolant-flow': 'flow/kW', 'coolant-flow-max': 'flow/kW max', 'flow-share': 'flow share',
  'case-temperature': 'case T', 'return-temperature': 'return T', 'facility-supply': 'FWS vs W class', 'cdu-capacity': 'CDU capacity',
};

/** The criterion (CRITERIA_SOURCES key) whose limit a check uses. */
export const CHECK_CRITERION = {
  'inlet-recommended': 'inletRecommendedMax', 'inlet-allowable': 'inletAllowableMax', airflow: 'minSupplyShare', 'air-capacity': 'maxAirUnitUtilisation',
  'rear-door': null, 'coolant-flow': 'flowPerPowerMin', 'coolant-flow-max': 'flowPerPowerMax', 'flow-share': 'minFlowShare',
  'case-temperature': 'maxCaseTemp', 'return-temperature': 'returnTempLimit', 'facility-supply': 'facilitySupplyMax', 'cdu-capacity': 'maxCduUtilisation',
} as const satisfies Record<CheckId, string | null>;

/** Quantity of each check's value (for margins that arrive without their check: trials, matrix cells). */
export const CHECK_QUANTITY: Readonly<Record<CheckId, QuantityKind>> = {
  'inlet-recommended': 'temperature', 'inlet-allowable': 'temperature', airflow: 'airflow', 'air-capacity': 'power', 'rear-door': 'power',
  'coolant-flow': 'liquidFlowPerPower', 'coolant-flow-max': 'liquidFlowPerPower', 'flow-share': 'ratio', 'case-temperature': 'temperature',
  'return-temperature': 'temperature', 'facility-supply': 'temperature', 'cdu-capacity': 'power',
};

/** "case T −3.2 K" for a governing check id and margin; "–" without a check. */
export function governingText(u: Pick<Units, 'fmt'>, id: CheckId | null, margin: number | null): string {
  if (id === null) return '–';
  return `${CHECK_SHORT[id]} ${formatMargin(u, margin, CHECK_QUANTITY[id])}`;
}
