// Pipe colour modes of the liquid-loop result: mean coolant temperature (viridis over the result's
// range), velocity (cividis from 0 to criteria.maxPipeVelocity, pipes above it vermillion) and flow
// (viridis from 0 to the largest |flow|). Values SI (°C, m/s, m³/s); pipes without a value (no
// circulation, no bore) are neutral grey. Writes linear RGB per drawn segment into instance colours.
import type { PipeLoopResult } from '../../../workers/loop';
import type { QuantityKind } from '../../../workers/model/quantity';
import type { PipeColorBy } from '../app/view-store';
import { WARNING_RGB, writeLinear } from './colours';
import { NO_RESULT_RGB, sequentialSampler, type Sampler } from './pipe-colormap';

export type PipeMode = Exclude<PipeColorBy, 'off'>;

export interface PipeScale {
  readonly mode: PipeMode;
  readonly title: string;
  readonly quantity: QuantityKind;
  readonly sample: Sampler;
  /** Colour range, SI. */
  readonly min: number;
  readonly max: number;
  /** Values above this are drawn in the warning colour (velocity limit), SI. */
  readonly limit: number | null;
}

type PipeValues = Pick<PipeLoopResult, 'temperature' | 'velocity' | 'flow'>;

export function pipeValue(mode: PipeMode, p: PipeValues): number | null {
  if (mode === 'temperature') return p.temperature;
  if (mode === 'velocity') return p.velocity;
  return Math.abs(p.flow);
}

export function pipeScale(mode: PipeMode, pipes: readonly PipeValues[], maxPipeVelocity: number): PipeScale {
  if (mode === 'velocity') {
    return { mode, title: 'Pipe velocity', quantity: 'velocity', sample: sequentialSampler('cividis'), min: 0, max: maxPipeVelocity, limit: maxPipeVelocity };
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of pipes) {
    const v = pipeValue(mode, p);
    if (v === null || !Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!(hi >= lo)) { lo = 0; hi = 0; }
  if (mode === 'temperature') return { mode, title: 'Pipe coolant temperature', quantity: 'temperature', sample: sequentialSampler('viridis'), min: lo, max: hi, limit: null };
  return { mode, title: 'Pipe flow', quantity: 'liquidFlow', sample: sequentialSampler('viridis'), min: 0, max: hi, limit: null };
}

/** Writes the linear-RGB colour of each drawn segment (pipeOf: segment → pipe index) into out[3i..3i+2]. */
export function writePipeColours(scale: PipeScale, pipes: readonly PipeValues[], pipeOf: Int32Array, n: number, out: Float32Array): void {
  const rgb: [number, number, number] = [0, 0, 0];
  const span = scale.max - scale.min;
  for (let i = 0; i < n; i++) {
    const v = pipeValue(scale.mode, pipes[pipeOf[i]]);
    if (v === null || !Number.isFinite(v)) {
      writeLinear(out, 3 * i, NO_RESULT_RGB[0], NO_RESULT_RGB[1], NO_RESULT_RGB[2]);
    } else if (scale.limit !== null && v > scale.limit) {
      writeLinear(out, 3 * i, WARNING_RGB[0], WARNING_RGB[1], WARNING_RGB[2]);
    } else {
      scale.sample(span > 0 ? (v - scale.min) / span : 0.5, rgb);
      writeLinear(out, 3 * i, rgb[0], rgb[1], rgb[2]);
    }
  }
}
