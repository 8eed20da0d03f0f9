// The stop test of an averaged unsteady solve (batch-means.ts batchTest, the method of batch means: Law,
// Simulation Modeling and Analysis, 5th ed. 2015, §9.5.3) on synthetic series whose statistics are known
// by construction: independent normal batch means of standard deviation σ have a mean with standard error
// σ/√n; a linear drift between the halves of the series is flagged, stationary noise is not.
import { describe, expect, it } from 'vitest';
import { batchTest, marchProgress } from '../../../workers/airflow/batch-means';

/** Deterministic standard normal samples (Park–Miller LCG + Box–Muller). */
function normals(n: number, seed: number): number[] {
  let s = seed;
  const uni = () => (s = (s * 48271) % 2147483647) / 2147483647;
  const out: number[] = [];
  while (out.length < n) {
    const r = Math.sqrt(-2 * Math.log(uni())), a = 2 * Math.PI * uni();
    out.push(r * Math.cos(a), r * Math.sin(a));
  }
  return out.slice(0, n);
}

/** Batch-major array of nMon monitors × n batches. */
function layout(series: number[][]): Float64Array {
  const n = series[0].length, nMon = series.length;
  const out = new Float64Array(n * nMon);
  for (let b = 0; b < n; b++) for (let m = 0; m < nMon; m++) out[b * nMon + m] = series[m][b];
  return out;
}

describe('batch-means stop test', () => {
  it('gives no estimate below 4 batches', () => {
    expect(batchTest(layout([[1, 2, 3]]), 3, 1, 0.1)).toEqual({ stdError: Infinity, drifting: false, drift: NaN, batch: 1 });
  });

  it('standard error of stationary noise ≈ σ/√n (within 25 % at n = 64), not drifting', () => {
    const sigma = 0.4, n = 64;
    const series = [normals(n, 7).map((x) => 22 + sigma * x), normals(n, 11).map((x) => 25 + 0.1 * sigma * x)];
    const t = batchTest(layout(series), n, 2, 0.05);
    expect(t.stdError / (sigma / Math.sqrt(n))).toBeGreaterThan(0.75);
    expect(t.stdError / (sigma / Math.sqrt(n))).toBeLessThan(1.25);
    expect(t.drifting).toBe(false);
  });

  it('flags a drift of 1 K over the series against noise of 0.1 K; the worst monitor decides', () => {
    const n = 40;
    const noise = normals(n, 3);
    const flat = noise.map((x) => 20 + 0.1 * x);
    const drift = noise.map((x, b) => 20 + 0.1 * x + b / (n - 1));
    expect(batchTest(layout([flat]), n, 1, 0.05).drifting).toBe(false);
    expect(batchTest(layout([flat, drift]), n, 2, 0.05).drifting).toBe(true);
    // drift: the largest half-to-half difference; the linear ramp's halves differ by 20/39 ≈ 0.513 K
    // (± the noise's 0.1·√(2/20) ≈ 0.03 K)
    expect(batchTest(layout([flat, drift]), n, 2, 0.05).drift).toBeCloseTo(20 / 39, 1);
    expect(batchTest(layout([flat]), n, 1, 0.05).drift).toBeLessThan(0.1);
  });

  // AR(1) window means x_b = φ·x_{b−1} + e_b (stationary variance σ²): the variance of the mean of n of
  // them is (σ²/n)·(1 + φ)/(1 − φ) to O(1/n²) (Law 2015, §4.3 / §9.5.3, the correlated-data correction), so
  // the plain sd/√n of the windows understates the error by √((1 − φ)/(1 + φ)) (1/3 at φ = 0.8)
  const ar1 = (n: number, phi: number, seed: number) => {
    const e = normals(n + 200, seed), out: number[] = [];
    let x = 0;
    for (let b = 0; b < n + 200; b++) { x = phi * x + Math.sqrt(1 - phi * phi) * e[b]; if (b >= 200) out.push(x); }
    return out;
  };
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

  it('windows of correlated (AR(1), φ = 0.8) means: longer batches give the analytic standard error, single windows a third of it', () => {
    const n = 256, phi = 0.8, exact = Math.sqrt((1 + phi) / (1 - phi) / n);
    const ratios: number[] = [], plain: number[] = [], sizes: number[] = [];
    for (let seed = 1; seed <= 21; seed++) {
      const series = ar1(n, phi, seed * 7919);
      const t = batchTest(layout([series]), n, 1, 0.05);
      ratios.push(t.stdError / exact);
      sizes.push(t.batch);
      const mean = series.reduce((a, b) => a + b, 0) / n;
      plain.push(Math.sqrt(series.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1) / n) / exact);
    }
    expect(median(plain)).toBeLessThan(0.4);
    expect(median(ratios)).toBeGreaterThan(0.75);
    expect(median(ratios)).toBeLessThan(1.25);
    expect(Math.min(...sizes)).toBeGreaterThan(1);
  });

  it('windows of independent means keep single-window batches (median standard error σ/√n within 10 %)', () => {
    const n = 64, ratios: number[] = [], sizes: number[] = [];
    for (let seed = 1; seed <= 21; seed++) {
      const t = batchTest(layout([normals(n, seed * 104729).map((x) => 20 + 0.3 * x)]), n, 1, 0.05);
      ratios.push(t.stdError / (0.3 / Math.sqrt(n)));
      sizes.push(t.batch);
    }
    expect(median(ratios)).toBeGreaterThan(0.9);
    expect(median(ratios)).toBeLessThan(1.1);
    expect(median(sizes)).toBe(1);
  });

  it('fewer than 8 windows: single-window batches (no correlation judged); from 8 on, correlated ones are merged', () => {
    // a ramp: its window means are strongly correlated (lag-1 autocorrelation of a linear ramp of n points ≈ 1 − 3/n)
    const ramp = (n: number) => Array.from({ length: n }, (_, b) => 20 + 0.1 * b);
    expect(batchTest(layout([ramp(7)]), 7, 1, 5).batch).toBe(1);
    // 12 windows: judged from 12 single-window batches, merged into 6 of 2 (fewer than 8: judged no further)
    expect(batchTest(layout([ramp(12)]), 12, 1, 5).batch).toBe(2);
    // k equally spaced values d apart have a sample variance d²·k(k + 1)/12: sd/√k of the 12 windows
    // 0.1·√(12·13/12)/√12 ≈ 0.104 K; of the 6 pair means (0.2 apart) 0.2·√(6·7/12)/√6 ≈ 0.153 K
    expect(batchTest(layout([ramp(12)]), 12, 1, 5).stdError).toBeCloseTo(0.2 * Math.sqrt((6 * 7) / 12) / Math.sqrt(6), 6);
  });

  it('a drift within tol is not flagged when there is no noise at all', () => {
    const n = 8;
    const tiny = Array.from({ length: n }, (_, b) => 20 + 1e-3 * b);
    expect(batchTest(layout([tiny]), n, 1, 0.05).drifting).toBe(false);
  });
});

describe('progress of a march (marchProgress)', () => {
  const o = { developSteps: 100, minAverageSteps: 40, averageSteps: 700, maxSteps: 800, tolMean: 0.15 };
  it('counts the development against development + the shortest average', () => {
    expect(marchProgress(70, 0, Infinity, o)).toBeCloseTo((0.9 * 70) / 140, 12);
  });
  it('after a restart of the average (nothing averaged past the development) expects the shortest average from here', () => {
    expect(marchProgress(230, 0, Infinity, o)).toBeCloseTo((0.9 * 230) / 270, 12);
  });
  it('once averaging, expects the steps the standard error needs (1/√n): twice the error, four times the average', () => {
    // 50 steps averaged at ±0.30 K against ±0.15 K: 200 averaged steps in all, after 100 of development
    expect(marchProgress(150, 50, 0.3, o)).toBeCloseTo((0.9 * 150) / 300, 12);
    // at the tolerance the average is as long as it is: the bar is full
    expect(marchProgress(150, 50, 0.15, o)).toBe(0.9);
  });
  it('never expects more than averageSteps of average or maxSteps in all, nor fewer steps than done', () => {
    expect(marchProgress(150, 50, 3, o)).toBeCloseTo((0.9 * 150) / 800, 12);
    expect(marchProgress(150, 50, 3, { ...o, averageSteps: 200 })).toBeCloseTo((0.9 * 150) / 300, 12);
    expect(marchProgress(900, 0, Infinity, o)).toBe(0.9);
  });
});
