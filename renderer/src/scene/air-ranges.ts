// Colour scales of the room-air layers: temperature (viridis: slice, rack intake faces) and air speed
// (cividis: slice, velocity arrows). Automatic ranges come from the result's air cells (temperature
// 0.5–99.5 % quantiles, not below the coldest unit supply; speed 0 to its 99.5 % quantile); the layer settings' range, when set, overrides the slice quantity's scale.
import type { SequentialColormap } from '../../../workers/colormap';
import type { AirFields } from '../../../workers/airflow';
import type { AirLayerSettings, AirSliceQuantity } from './air-layer-settings';
import { robustRange } from './air-slice';

export interface ColourScale {
  min: number;
  max: number;
  map: SequentialColormap;
}

export const AIR_COLOURMAP: Record<AirSliceQuantity, SequentialColormap> = { temperature: 'viridis', speed: 'cividis' };

/** Automatic range of a quantity over air cells, without the outermost 0.5 % of cells at either end
 *  (robustRange); speed from 0. */
export function autoRange(fields: AirFields, q: AirSliceQuantity, coldestSupply = -Infinity): { min: number; max: number } {
  if (q === 'speed') return { min: 0, max: robustRange(fields.speed, fields.solid).max };
  const robust = robustRange(fields.t, fields.solid);
  // air colder than the coldest unit supply is numerical undershoot: the scale starts at the supply
  const r = { min: Math.min(robust.max, Math.max(robust.min, coldestSupply)), max: robust.max };
  // a uniform field still gets a readable bar (±0.5 K)
  return r.max - r.min < 1e-6 ? { min: r.min - 0.5, max: r.max + 0.5 } : r;
}

/** The scale of quantity q under the settings (the user range applies to the slice's quantity only). */
export function colourScale(result: AirScaleSource, q: AirSliceQuantity, s: AirLayerSettings): ColourScale {
  const user = s.range && s.quantity === q && s.range.max > s.range.min ? s.range : null;
  return { ...(user ?? autoRange(result.fields, q, coldestSupply(result))), map: AIR_COLOURMAP[q] };
}

/** What a scale needs of a result: the fields and the units' supply temperatures. */
export interface AirScaleSource {
  fields: AirFields;
  units: readonly { supplyT: number }[];
}

/** Lowest supply temperature of the cooling units (−∞ without units). */
export function coldestSupply(r: AirScaleSource): number {
  let t = Infinity;
  for (const u of r.units) if (Number.isFinite(u.supplyT) && u.supplyT < t) t = u.supplyT;
  return t === Infinity ? -Infinity : t;
}

/** t of a value on a scale, clamped to [0, 1]. */
export function scaleT(v: number, s: { min: number; max: number }): number {
  const span = s.max - s.min;
  if (!(span > 0)) return 0.5;
  const t = (v - s.min) / span;
  return t < 0 ? 0 : t > 1 ? 1 : t;
}
