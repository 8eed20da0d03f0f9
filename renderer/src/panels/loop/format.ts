// Number formatting for the loop tables: the project's unit formatting (useUnits().fmt) without the unit
// suffix, for cells whose column header already names the unit; "–" for missing values.
import type { QuantityKind } from '../../../../workers/model/quantity';
import type { Units } from '../units';

export function num(u: Units, si: number | null | undefined, kind: QuantityKind, digits?: number): string {
  if (si === null || si === undefined || !Number.isFinite(si)) return '–';
  const s = u.fmt(si, kind, digits);
  const unit = u.unit(kind);
  return unit && s.endsWith(` ${unit}`) ? s.slice(0, -unit.length - 1) : s.endsWith('°') && unit === '°' ? s.slice(0, -1) : s;
}

/** Column header text with its unit: "Flow (L/min)". */
export function head(u: Units, title: string, kind: QuantityKind): string {
  const unit = u.unit(kind);
  return unit ? `${title} (${unit})` : title;
}
