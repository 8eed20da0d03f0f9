// A fixed-step RK4 integrator for small lumped thermal networks (dT/dt = f(t, T)), writing samples at a
// fixed output step, and the analytic lumped-capacitance solutions used to check it:
// T(t) = T∞ + (T0 − T∞)·e^(−t/τ) for C·dT/dt = G·(T∞ − T), and T0 + Q·t/C for a constant heat input.

export type Derivative = (t: number, y: Float64Array, dy: Float64Array) => void;

export interface Integration { t: Float64Array; y: Float64Array[] }

/** Integrates from t = 0 to `duration` with internal step ≤ h; samples every `outStep`. y[i][k] = state i at sample k. */
export function integrate(f: Derivative, y0: readonly number[], duration: number, outStep: number, h: number): Integration {
  const n = y0.length;
  const samples = Math.floor(duration / outStep + 1e-9) + 1;
  const t = new Float64Array(samples);
  const y = Array.from({ length: n }, () => new Float64Array(samples));
  const s = Float64Array.from(y0);
  const k1 = new Float64Array(n), k2 = new Float64Array(n), k3 = new Float64Array(n), k4 = new Float64Array(n), w = new Float64Array(n);
  for (let i = 0; i < n; i++) y[i][0] = s[i];
  let time = 0;
  for (let k = 1; k < samples; k++) {
    const target = k * outStep;
    const steps = Math.max(1, Math.ceil((target - time) / h - 1e-9));
    const dt = (target - time) / steps;
    for (let m = 0; m < steps; m++) {
      f(time, s, k1);
      for (let i = 0; i < n; i++) w[i] = s[i] + 0.5 * dt * k1[i];
      f(time + 0.5 * dt, w, k2);
      for (let i = 0; i < n; i++) w[i] = s[i] + 0.5 * dt * k2[i];
      f(time + 0.5 * dt, w, k3);
      for (let i = 0; i < n; i++) w[i] = s[i] + dt * k3[i];
      f(time + dt, w, k4);
      for (let i = 0; i < n; i++) s[i] += (dt / 6) * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
      time += dt;
    }
    t[k] = target;
    for (let i = 0; i < n; i++) y[i][k] = s[i];
  }
  return { t, y };
}

/** Analytic lumped capacitance: C·dT/dt = G·(T∞ − T) → T∞ + (T0 − T∞)·e^(−t/τ), τ = C/G. */
export function lumpedExponential(t: number, t0: number, tInf: number, tau: number): number {
  return tInf + (t0 - tInf) * Math.exp(-t / tau);
}

/** Analytic constant heat input into a mass without cooling: T0 + Q·t/C. */
export function lumpedRamp(t: number, t0: number, heat: number, capacity: number): number {
  return t0 + (heat * t) / capacity;
}

/** First time a sampled series crosses above `limit` (linear interpolation), s; 0 if it starts above; null if never. */
export function timeToExceed(t: ArrayLike<number>, v: ArrayLike<number>, limit: number): number | null {
  if (v[0] > limit) return 0;
  for (let k = 1; k < v.length; k++) {
    if (v[k] > limit) return t[k - 1] + ((limit - v[k - 1]) / (v[k] - v[k - 1])) * (t[k] - t[k - 1]);
  }
  return null;
}
