// Rack colours per colour mode (view state colorBy). Categorical cooling type uses the Okabe–Ito palette
// (colour-blind safe); loads use sequential perceptually uniform maps: IT load and air-side heat viridis,
// liquid heat cividis. Values are document values in SI (W); the legend shows kW. Air-side heat is the
// share the rack rejects to air, itLoad·(1 − liquidCaptureFraction); liquid heat is itLoad·liquidCaptureFraction
// (before any rear-door heat exchanger: the air solver's results will refine these).
// Loop-result modes colour racks from the latest liquid-loop solve (racks without a result: neutral grey):
// return temperature (viridis over the results' range) and flow share delivered/design (cool–warm centred
// on 1, starved racks warm, the criteria.minFlowShare threshold marked on the legend).
import type { CriteriaT, RackCooling, RackT } from '../../../workers/model/schema';
import type { RackLoopResult } from '../../../workers/loop';
import { sampleCoolWarm, sequentialSampler, type Sampler } from './pipe-colormap';
import type { RackColorBy } from '../app/view-store';
import { okabeIto, type SequentialColormap } from '../../../workers/colormap';
import type { ViewState } from '../app/view-store';
import { VERDICT_ORDER, type VerdictKey } from '../panels/verdicts/snapshot';

export type Rgb = readonly [number, number, number];

export interface Category {
  readonly key: string;
  readonly label: string;
  readonly rgb: Rgb;
  readonly hex: string;
}

const cat = (key: RackCooling, label: string, colour: string): Category => {
  const c = okabeIto(colour);
  return { key, label, rgb: c.rgb, hex: c.hex };
};

/** Cooling type → colour (sky blue air, reddish purple hybrid, blue direct-to-chip). */
export const COOLING_CATEGORIES: readonly Category[] = [
  cat('air', 'Air', 'sky blue'),
  cat('hybrid', 'Hybrid (air + liquid)', 'reddish purple'),
  cat('dlc', 'Direct-to-chip liquid', 'blue'),
];

/** Verdict → colour (Okabe–Ito; vermillion only for "not coolable", grey for not evaluated), in VERDICT_ORDER. */
const VERDICT_COLOUR: Record<VerdictKey, [string, string]> = {
  air: ['Air', 'sky blue'],
  'air-containment': ['Air + containment', 'bluish green'],
  'air-rear-door': ['Air + rear door', 'yellow'],
  hybrid: ['Hybrid (liquid + air)', 'reddish purple'],
  dlc: ['Direct-to-chip liquid', 'blue'],
  'not-coolable': ['NOT coolable as designed', 'vermillion'],
  'not-evaluated': ['Not evaluated (solver result missing)', ''],
};
const NOT_EVALUATED_HEX = '#a7adb3';
export const VERDICT_CATEGORIES: readonly Category[] = VERDICT_ORDER.map((key) => {
  const [label, colour] = VERDICT_COLOUR[key];
  if (!colour) return { key, label, rgb: hexToRgb(NOT_EVALUATED_HEX), hex: NOT_EVALUATED_HEX };
  const c = okabeIto(colour);
  return { key, label, rgb: c.rgb, hex: c.hex };
});
const NOT_EVALUATED_INDEX = VERDICT_ORDER.indexOf('not-evaluated');

export type ColourMode =
  /** categoryOf may read the view state (result-based categories such as verdicts). */
  | { kind: 'categorical'; title: string; categories: readonly Category[]; categoryOf: (r: RackT, view?: ViewState) => number }
  | { kind: 'sequential'; title: string; unit: string; scale: number; colormap: SequentialColormap; value: (r: RackT) => number }
  | {
      kind: 'result'; title: string; quantity: 'temperature' | 'fraction'; sample: Sampler;
      value: (r: RackLoopResult) => number | null;
      /** Colour range (SI) from the values present and the criteria. */
      range: (values: readonly number[], c: CriteriaT) => { min: number; max: number };
      marker?: (c: CriteriaT) => { value: number; label: string };
    };

const coolingIndex: Record<RackCooling, number> = { air: 0, hybrid: 1, dlc: 2 };
/** Smallest colour span of the return-temperature mode, K. */
const RETURN_SPAN_MIN = 5;

export const COLOUR_MODES: Record<RackColorBy, ColourMode> = {
  cooling: { kind: 'categorical', title: 'Rack cooling', categories: COOLING_CATEGORIES, categoryOf: (r) => coolingIndex[r.cooling] ?? 0 },
  itLoad: { kind: 'sequential', title: 'IT load', unit: 'kW', scale: 1e-3, colormap: 'viridis', value: (r) => r.itLoad },
  airHeat: {
    kind: 'sequential', title: 'Heat to air', unit: 'kW', scale: 1e-3, colormap: 'viridis',
    value: (r) => r.itLoad * (1 - r.liquidCaptureFraction),
  },
  liquidHeat: {
    kind: 'sequential', title: 'Heat to liquid', unit: 'kW', scale: 1e-3, colormap: 'cividis',
    value: (r) => r.itLoad * r.liquidCaptureFraction,
  },
  returnTemp: {
    kind: 'result', title: 'Rack return temperature', quantity: 'temperature', sample: sequentialSampler('viridis'),
    value: (r) => r.returnT,
    // Whole degrees, at least RETURN_SPAN_MIN wide: near-equal racks do not look far apart.
    range: (v) => {
      if (!v.length) return { min: 0, max: 0 };
      const lo = Math.floor(Math.min(...v));
      return { min: lo, max: Math.max(Math.ceil(Math.max(...v)), lo + RETURN_SPAN_MIN) };
    },
  },
  verdict: {
    kind: 'categorical', title: 'Rack verdict', categories: VERDICT_CATEGORIES,
    categoryOf: (r, v) => v?.verdicts?.category.get(r.id) ?? NOT_EVALUATED_INDEX,
  },
  flowShare: {
    kind: 'result', title: 'Flow share of design', quantity: 'fraction', sample: (t, out) => sampleCoolWarm(1 - t, out),
    value: (r) => r.flowShare,
    range: (v, c) => {
      const h = Math.max(2 * (1 - c.minFlowShare), 0.1);
      return { min: 1 - h, max: 1 + h };
    },
    marker: (c) => ({ value: c.minFlowShare, label: 'min' }),
  },
};

/** Colour range of a sequential mode: from 0 (loads are compared against nothing) to the largest value. */
export function valueRange(values: ArrayLike<number>, n = values.length): { min: number; max: number } {
  let max = 0;
  for (let i = 0; i < n; i++) if (values[i] > max) max = values[i];
  return { min: 0, max };
}

/** Warning tint (Okabe–Ito vermillion) and the selection accent. */
export const WARNING_RGB: Rgb = okabeIto('vermillion').rgb;
export const SELECTION_HEX = '#ffb000';

/** Equipment colours (neutral greys so that they never compete with rack colours). */
export const EQUIPMENT_HEX = {
  crah: '#d9dee4',
  crac: '#d9dee4',
  fanWall: '#c8d0d8',
  inRow: '#b3bec9',
  cdu: '#7b8a99',
  disabled: '#8d9297',
} as const;

export function hexToRgb(hex: string): [number, number, number] {
  const v = parseInt(hex.slice(1), 16);
  return [((v >> 16) & 255) / 255, ((v >> 8) & 255) / 255, (v & 255) / 255];
}

/** sRGB component (0..1) → linear, for writing into instance buffers (three.js works in linear sRGB). */
export function srgbToLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Writes an sRGB colour as linear RGB into out[o..o+2]. */
export function writeLinear(out: Float32Array, o: number, r: number, g: number, b: number): void {
  out[o] = srgbToLinear(r);
  out[o + 1] = srgbToLinear(g);
  out[o + 2] = srgbToLinear(b);
}
