// Sequential colormaps (viridis, cividis) as 256-entry lookup tables: sample one value, or write a whole
// array of values into an RGB buffer (instanced colours, heatmap textures, report figures) without
// allocating. Pure TypeScript (no DOM, no three.js); sRGB floats 0..1. Table sources: viridis.ts, cividis.ts.
import { VIRIDIS_DATA } from './viridis';
import { CIVIDIS_DATA } from './cividis';

export type SequentialColormap = 'viridis' | 'cividis';
export const SEQUENTIAL_COLORMAPS: readonly SequentialColormap[] = ['viridis', 'cividis'];
export const LUT_SIZE = 256;

const TABLES: Record<SequentialColormap, Float32Array> = {
  viridis: Float32Array.from(VIRIDIS_DATA),
  cividis: Float32Array.from(CIVIDIS_DATA),
};

/** The raw table, [r0, g0, b0, r1, ...] (3 × 256 floats); read-only by convention. */
export function colormapTable(name: SequentialColormap): Float32Array {
  return TABLES[name];
}

/**
 * Colour at t ∈ [0, 1] (clamped; NaN gives the low end), linearly interpolated between the 256 entries
 * (t = 0 is entry 0 exactly, t = 1 entry 255). Writes into out when given (no allocation).
 */
export function sampleColormap(
  name: SequentialColormap,
  t: number,
  out: [number, number, number] = [0, 0, 0],
): [number, number, number] {
  const lut = TABLES[name];
  writeAt(lut, t, out, 0);
  return out;
}

/**
 * Maps values to colours: out[3i..3i+2] = colormap((values[i] − min) / (max − min)). Values are clamped to
 * [min, max]; when max ≤ min every value maps to the middle of the map; non-finite values (NaN for "no
 * data") get noData (default mid grey). out must hold 3 × values.length floats; nothing is allocated.
 */
export function writeColormapRGB(
  name: SequentialColormap,
  values: ArrayLike<number>,
  min: number,
  max: number,
  out: Float32Array,
  noData: readonly [number, number, number] = NO_DATA,
): Float32Array {
  const n = values.length;
  if (out.length < n * 3) throw new RangeError(`writeColormapRGB: out holds ${out.length} floats, needs ${n * 3}`);
  const lut = TABLES[name];
  const span = max - min;
  const inv = span > 0 ? 1 / span : 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) {
      out[3 * i] = noData[0];
      out[3 * i + 1] = noData[1];
      out[3 * i + 2] = noData[2];
      continue;
    }
    writeAt(lut, span > 0 ? (v - min) * inv : 0.5, out, 3 * i);
  }
  return out;
}

export const NO_DATA: readonly [number, number, number] = [0.55, 0.55, 0.55];

function writeAt(lut: Float32Array, t: number, out: { [i: number]: number }, o: number): void {
  const tc = t > 0 ? (t < 1 ? t : 1) : 0; // also maps NaN to 0
  const f = tc * (LUT_SIZE - 1);
  const i0 = Math.floor(f);
  const i1 = i0 < LUT_SIZE - 1 ? i0 + 1 : i0;
  const w = f - i0;
  const a = 3 * i0;
  const b = 3 * i1;
  out[o] = lut[a] + (lut[b] - lut[a]) * w;
  out[o + 1] = lut[a + 1] + (lut[b + 1] - lut[a + 1]) * w;
  out[o + 2] = lut[a + 2] + (lut[b + 2] - lut[a + 2]) * w;
}
