// Diverging colour map for signed differences (e.g. scenario − design air temperature): ColorBrewer RdBu,
// 11 classes (Cynthia Brewer, colorbrewer2.org, Apache-2.0; the same 11 colours as matplotlib's `_RdBu_data`
// in lib/matplotlib/_cm.py), reversed so that negative values are blue (cooler) and positive red
// (warmer), linearly interpolated in sRGB between the classes as matplotlib's LinearSegmentedColormap
// does. The neutral middle (#f7f7f7) sits at 0 of a symmetric range [−R, R]. sRGB floats 0..1.

/** RdBu-11 from blue (#053061) through #f7f7f7 to red (#67001f), as 0..255 sRGB triplets. */
export const BLUE_RED_CLASSES: readonly (readonly [number, number, number])[] = [
  [5, 48, 97], [33, 102, 172], [67, 147, 195], [146, 197, 222], [209, 229, 240], [247, 247, 247],
  [253, 219, 199], [244, 165, 130], [214, 96, 77], [178, 24, 43], [103, 0, 31],
];

export type DivergingColormap = 'blue-red';

const LAST = BLUE_RED_CLASSES.length - 1;

/** Colour at t ∈ [0, 1] (clamped; NaN gives the middle): t = 0 blue end, ½ neutral, 1 red end. */
export function sampleDiverging(t: number, out: [number, number, number] = [0, 0, 0]): [number, number, number] {
  const tc = Number.isNaN(t) ? 0.5 : t > 0 ? (t < 1 ? t : 1) : 0;
  const f = tc * LAST;
  const i0 = Math.min(LAST - 1, Math.floor(f));
  const w = f - i0;
  const a = BLUE_RED_CLASSES[i0], b = BLUE_RED_CLASSES[i0 + 1];
  for (let c = 0; c < 3; c++) out[c] = (a[c] + (b[c] - a[c]) * w) / 255;
  return out;
}

/**
 * Signed values on a symmetric range [−range, range] into RGBA bytes: out[4i..4i+3]; non-finite values
 * (no data) fully transparent. out must hold 4 × values.length bytes; nothing is allocated.
 */
export function writeDivergingRGBA(values: ArrayLike<number>, range: number, out: Uint8Array | Uint8ClampedArray): void {
  const n = values.length;
  if (out.length < 4 * n) throw new RangeError(`writeDivergingRGBA: out holds ${out.length} bytes, needs ${4 * n}`);
  const rgb: [number, number, number] = [0, 0, 0];
  const inv = range > 0 ? 1 / (2 * range) : 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) { out[4 * i] = out[4 * i + 1] = out[4 * i + 2] = out[4 * i + 3] = 0; continue; }
    sampleDiverging(range > 0 ? (v + range) * inv : 0.5, rgb);
    out[4 * i] = Math.round(rgb[0] * 255);
    out[4 * i + 1] = Math.round(rgb[1] * 255);
    out[4 * i + 2] = Math.round(rgb[2] * 255);
    out[4 * i + 3] = 255;
  }
}
