// Colour scales of liquid-loop results (pipes and rack result modes): a sampler per scale (sRGB 0..1,
// written into a caller's array, no allocation) and its CSS gradient for legends. Sequential scales come
// from workers/colormap (viridis, cividis); the diverging one is Moreland's cool–warm ("Diverging Color
// Maps for Scientific Visualization", ISVC 2009; 9 samples of the published table, linear in between),
// perceptually balanced around its neutral middle.
import { sampleColormap, type SequentialColormap } from '../../../workers/colormap';

export type Sampler = (t: number, out: [number, number, number]) => void;

const COOL_WARM: readonly (readonly [number, number, number])[] = [
  [59, 76, 192], [98, 130, 234], [141, 176, 254], [184, 208, 249], [221, 221, 221],
  [245, 196, 173], [244, 154, 123], [222, 96, 77], [180, 4, 38],
];

/** Cool–warm diverging map: t = 0 blue, 0.5 neutral grey, 1 red. */
export function sampleCoolWarm(t: number, out: [number, number, number]): void {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0.5)) * (COOL_WARM.length - 1);
  const i = Math.min(COOL_WARM.length - 2, Math.floor(x));
  const f = x - i;
  const a = COOL_WARM[i];
  const b = COOL_WARM[i + 1];
  for (let k = 0; k < 3; k++) out[k] = (a[k] + f * (b[k] - a[k])) / 255;
}

export function sequentialSampler(name: SequentialColormap): Sampler {
  return (t, out) => void sampleColormap(name, t, out);
}

/** CSS linear gradient through a sampler (17 stops). */
export function samplerGradient(sample: Sampler): string {
  const stops: string[] = [];
  const rgb: [number, number, number] = [0, 0, 0];
  for (let i = 0; i <= 16; i++) {
    sample(i / 16, rgb);
    stops.push(`rgb(${rgb.map((c) => Math.round(c * 255)).join(' ')}) ${(i / 16) * 100}%`);
  }
  return `linear-gradient(to right, ${stops.join(', ')})`;
}

/** Neutral grey for elements without a result (sRGB). */
export const NO_RESULT_RGB: readonly [number, number, number] = [0.72, 0.74, 0.77];
