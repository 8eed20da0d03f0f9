// Formatting SI values for display: "130 kW", "443,578 BTU/h", "27.0 °C". Digits: temperatures one
// decimal; angles whole degrees (1 decimal if not whole); otherwise ≥ 100 → whole numbers with thousands separators, 10–100 → 1 decimal, 1–10 → 2,
// below 1 → 3 significant digits. `digits` fixes the number of decimals.
import type { QuantityKind } from '../model/quantity';
import { toDisplay, displayUnit, type UnitSystem } from './table';

export interface FormatOptions { digits?: number }

function group(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function decimalsFor(v: number, kind: QuantityKind): number {
  if (kind === 'temperature' || kind === 'temperatureDelta') return 1;
  if (kind === 'count') return 0;
  if (kind === 'angle') return Number.isInteger(v) ? 0 : 1;
  const a = Math.abs(v);
  if (a === 0 || a >= 100) return 0;
  if (a >= 10) return 1;
  if (a >= 1) return 2;
  return Math.min(12, 2 - Math.floor(Math.log10(a)));
}

/** A number with thousands separators and a fixed number of decimals. */
export function formatNumber(v: number, decimals: number): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? '–' : v > 0 ? '∞' : '−∞';
  const fixed = Math.abs(v).toFixed(Math.max(0, Math.min(20, decimals)));
  const [i, f] = fixed.split('.');
  const negative = v < 0 && Number(fixed) !== 0;
  return `${negative ? '-' : ''}${group(i)}${f !== undefined ? `.${f}` : ''}`;
}

export function formatQuantity(si: number, kind: QuantityKind, system: UnitSystem, opts: FormatOptions = {}): string {
  const v = toDisplay(si, kind, system);
  const text = formatNumber(v, opts.digits ?? decimalsFor(v, kind));
  const unit = displayUnit(kind, system);
  if (unit === '') return text;
  if (unit === '°') return `${text}°`;
  return `${text} ${unit}`;
}
