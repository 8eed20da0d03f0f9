// The stop test of an averaged unsteady solve (solver.ts march): whether the time-mean of every monitor
// (rack intakes, unit returns) is known well enough, and whether the average still holds the start-up
// transient. No DOM or Node imports.

/** A drift between the halves of an average counts when it exceeds this many standard errors (+ tolMean). */
const TREND_SIGMAS = 3;

/**
 * Batch-means test of a time average (the method of batch means for the mean of a stationary time series:
 * Law, Simulation Modeling and Analysis, 5th ed. 2015, §9.5.3). With n batch means x_b of each monitor:
 * stdError = max over monitors of sd(x_b)/√n, the standard error of the overall mean; drifting when a
 * monitor's second-half mean differs from its first-half mean by more than TREND_SIGMAS standard errors
 * of that difference, sd·√(1/n₁ + 1/n₂), plus `tol` (the average still holds the initial transient);
 * drift = the largest such difference (K). Fewer than 4 batches: no estimate yet (Infinity, not drifting,
 * drift NaN).
 */
export function batchTest(batches: Float64Array, n: number, nMon: number, tol: number): { stdError: number; drifting: boolean; drift: number } {
  if (n < 4) return { stdError: Infinity, drifting: false, drift: NaN };
  const h = n >> 1;
  let stdError = 0, drifting = false, maxDrift = 0;
  for (let m = 0; m < nMon; m++) {
    let s = 0, s1 = 0;
    for (let b = 0; b < n; b++) { const x = batches[b * nMon + m]; s += x; if (b < h) s1 += x; }
    const mean = s / n;
    let v = 0;
    for (let b = 0; b < n; b++) { const d = batches[b * nMon + m] - mean; v += d * d; }
    const sd = Math.sqrt(v / (n - 1));
    stdError = Math.max(stdError, sd / Math.sqrt(n));
    const drift = Math.abs((s - s1) / (n - h) - s1 / h);
    maxDrift = Math.max(maxDrift, drift);
    if (drift > TREND_SIGMAS * sd * Math.sqrt(1 / h + 1 / (n - h)) + tol) drifting = true;
  }
  return { stdError, drifting, drift: maxDrift };
}

/**
 * Share of a march done at `step`, for a progress bar (0–0.9; the final solves take the rest): while it
 * develops, of developSteps + minAverageSteps (after a restart of the average, of step + minAverageSteps);
 * once `averaged` steps are averaged with standard error `stdError`, of the development plus the average's
 * expected length, averaged·(stdError/tolMean)² (the standard error of a mean falls as 1/√n), at least
 * minAverageSteps, at most averageSteps; never past maxSteps.
 */
export function marchProgress(step: number, averaged: number, stdError: number,
  o: { developSteps: number; minAverageSteps: number; averageSteps: number; maxSteps: number; tolMean: number }): number {
  // developing, or restarted after a drift: a new average needs at least minAverageSteps from here
  let total = Math.max(o.developSteps, step) + o.minAverageSteps;
  if (averaged > 0) {
    const need = Number.isFinite(stdError) ? averaged * (stdError / o.tolMean) ** 2 : 0;
    total = step - averaged + Math.min(o.averageSteps, Math.max(o.minAverageSteps, need));
  }
  total = Math.min(o.maxSteps, Math.max(total, step));
  return 0.9 * Math.min(1, step / total);
}
