// Linear axes for the small SVG charts of the loop tab: a nice range from 0 (niceTicks), value → pixel.
import { niceTicks } from '../../../../workers/colormap';

export interface Axis {
  readonly max: number;
  readonly ticks: number[];
  readonly decimals: number;
  /** Value → pixel along the axis (0 at the origin). */
  readonly px: (v: number) => number;
}

/** Axis from 0 to the first nice tick at or above maxValue, over `length` pixels. */
export function axisFromZero(maxValue: number, length: number, n = 5): Axis {
  const hi = maxValue > 0 && Number.isFinite(maxValue) ? maxValue : 1;
  const t = niceTicks(0, hi, n);
  const step = t.step > 0 ? t.step : hi;
  const max = Math.ceil(hi / step - 1e-9) * step;
  const ticks = niceTicks(0, max, n);
  return { max, ticks: ticks.values, decimals: ticks.decimals, px: (v) => (v / max) * length };
}
