// Number formatting for the Room air tables: a value in the project's display unit without the unit (the
// unit sits in the column header), through the same conversion table as useUnits().
import { formatNumber, toDisplay } from '../../../../workers/units';
import type { QuantityKind } from '../../../../workers/model/quantity';
import type { Units } from '../units';

/** Display value without unit: temperatures 1 decimal, others by magnitude (digits overrides). */
export function num(u: Units, si: number, kind: QuantityKind, digits?: number): string {
  const v = toDisplay(si, kind, u.system);
  if (digits !== undefined) return formatNumber(v, digits);
  if (kind === 'temperature' || kind === 'temperatureDelta') return formatNumber(v, 1);
  const a = Math.abs(v);
  return formatNumber(v, a >= 100 || a === 0 ? 0 : a >= 10 ? 1 : 2);
}

/** Percent with one decimal for metrics that are already in % (RCI, RTI). */
export function percent(v: number): string {
  return `${formatNumber(v, 1)} %`;
}
