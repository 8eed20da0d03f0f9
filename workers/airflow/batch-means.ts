// The stop test of an averaged unsteady solve (solver.ts march): whether the time-mean of every monitor
// (rack intakes, unit returns) is known well enough, and whether the average still holds the start-up
// transient. No DOM or Node imports.

/** A drift between the halves of an average counts when it exceeds this many standard errors (+ tolMean). */
const TREND_SIGMAS = 3;

/** Batch means are taken as independent once the lag-1 autocorrelation of a batch size's means is at most
 *  this (the rule of thumb of Law, §9.5.3, after Fishman's LBATCH: batches too short for the flow's
 *  correlation time give correlated means and a standard error that is too small)… */
const MAX_LAG1 = 0.2;
/** …judged from at least this many batches (fewer give no usable estimate of the correlation), and a
 *  batch size is doubled only while at least MIN_BATCHES batches remain. */
const LAG1_BATCHES = 8, MIN_BATCHES = 4;

/** Standard error of the mean of one monitor's n window means (window-major in `w`, stride nMon, offset m)
 *  with batches of `size` windows, the oldest n mod size windows left out; and the lag-1 autocorrelation
 *  of those batch means. */
function batchStats(w: Float64Array, n: number, nMon: number, m: number, size: number): { sd: number; se: number; lag1: number; k: number } {
  const k = Math.floor(n / size), off = n - k * size;
  let s = 0;
  for (let b = 0; b < k; b++) for (let j = 0; j < size; j++) s += w[(off + b * size + j) * nMon + m];
  const mean = s / (k * size);
  let v = 0, c1 = 0, prev = 0;
  for (let b = 0; b < k; b++) {
    let t = 0;
    for (let j = 0; j < size; j++) t += w[(off + b * size + j) * nMon + m];
    const d = t / size - mean;
    v += d * d;
    if (b > 0) c1 += d * prev;
    prev = d;
  }
  const sd = Math.sqrt(v / (k - 1));
  return { sd, se: sd / Math.sqrt(k), lag1: v > 0 ? c1 / v : 0, k };
}

/**
 * Batch-means test of a time average (the method of batch means for the mean of a stationary time series:
 * Law, Simulation Modeling and Analysis, 5th ed. 2015, §9.5.3) on n window means of each monitor
 * (batch-major). The batches start as single windows and double in length (merged from the newest end)
 * while their means are correlated (lag-1 autocorrelation above MAX_LAG1, judged from at least
 * LAG1_BATCHES batches) and at least MIN_BATCHES would remain: a flow that swings over more steps than a
 * window makes neighbouring windows alike, and their scatter understates the error of the mean.
 * stdError = max over monitors of the standard error of the overall mean, sd(batch means)/√k; `batch`
 * the longest batch (in windows) any monitor needed. Drifting when a monitor's second-half mean (of the
 * windows) differs from its first-half mean by more than TREND_SIGMAS standard errors of that difference,
 * sd·√(1/n₁ + 1/n₂), plus `tol` (the average still holds the initial transient); drift = the largest such
 * difference (K). Fewer than 4 windows: no estimate yet (Infinity, not drifting, drift NaN).
 */
export function batchTest(batches: Float64Array, n: number, nMon: number, tol: number): { stdError: number; drifting: boolean; drift: number; batch: number } {
  if (n < MIN_BATCHES) return { stdError: Infinity, drifting: false, drift: NaN, batch: 1 };
  const h = n >> 1;
  let stdError = 0, drifting = false, maxDrift = 0, batch = 1;
  for (let m = 0; m < nMon; m++) {
    let s = 0, s1 = 0;
    for (let b = 0; b < n; b++) { const x = batches[b * nMon + m]; s += x; if (b < h) s1 += x; }
    // single windows: their scatter (the drift test's) and lag-1 autocorrelation
    let size = 1, st = batchStats(batches, n, nMon, m, 1);
    const drift = Math.abs((s - s1) / (n - h) - s1 / h);
    maxDrift = Math.max(maxDrift, drift);
    if (drift > TREND_SIGMAS * st.sd * Math.sqrt(1 / h + 1 / (n - h)) + tol) drifting = true;
    // the batch size whose means are uncorrelated
    while (st.k >= LAG1_BATCHES && st.lag1 > MAX_LAG1 && Math.floor(n / (2 * size)) >= MIN_BATCHES) {
      size *= 2;
      st = batchStats(batches, n, nMon, m, size);
    }
    stdError = Math.max(stdError, st.se);
    batch = Math.max(batch, size);
  }
  return { stdError, drifting, drift: maxDrift, batch };
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
