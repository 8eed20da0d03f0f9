// "Nice" axis ticks for legends and report figures: steps of 1, 2, 2.5 or 5 × 10^k (Heckbert, "Nice
// numbers for graph labels", Graphics Gems, 1990), chosen so about n ticks fall inside [min, max].
export interface Ticks {
  /** Tick values inside [min, max] (inclusive, with a small tolerance), ascending. */
  readonly values: number[];
  /** The step between ticks. */
  readonly step: number;
  /** Decimals needed to print the ticks exactly (max(0, −floor(log10(step)))) , for formatting. */
  readonly decimals: number;
}

const STEPS = [1, 2, 2.5, 5];

/** About n (≥ 2) nice ticks covering [min, max]; a degenerate or non-finite range gives one tick. */
export function niceTicks(min: number, max: number, n = 5): Ticks {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return { values: [], step: 0, decimals: 0 };
  if (max < min) [min, max] = [max, min];
  if (max === min) return { values: [min], step: 0, decimals: decimalsOf(Math.abs(min) || 1) };
  const count = Math.max(2, Math.round(n));
  const raw = (max - min) / (count - 1);
  const mag = 10 ** Math.floor(Math.log10(raw));
  // Candidate steps around the raw step; keep the one whose tick count is closest to n (ties: fewer ticks).
  let step = raw;
  let bestMiss = Infinity;
  for (const m of [mag / 10, mag, mag * 10]) {
    for (const s of STEPS) {
      const st = s * m;
      const k = Math.floor(max / st + 1e-9) - Math.ceil(min / st - 1e-9) + 1;
      if (k < 2) continue;
      const miss = Math.abs(k - count) + (k > count ? 0.1 : 0);
      if (miss < bestMiss) {
        bestMiss = miss;
        step = st;
      }
    }
  }
  const eps = step * 1e-9;
  const first = Math.ceil((min - eps) / step);
  const last = Math.floor((max + eps) / step);
  const decimals = decimalsOf(step);
  const values: number[] = [];
  for (let k = first; k <= last; k++) values.push(Number((k * step).toFixed(decimals)));
  return { values, step, decimals };
}

function decimalsOf(step: number): number {
  // 2.5 × 10^k needs one decimal more than 10^k.
  let d = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  while (d < 12 && Math.abs(Math.round(step * 10 ** d) - step * 10 ** d) > 1e-6 * step * 10 ** d) d++;
  return d;
}
