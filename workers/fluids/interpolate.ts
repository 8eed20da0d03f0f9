// Interpolation on property tables: monotone piecewise-cubic Hermite (Fritsch–Carlson / PCHIP, as
// scipy.interpolate.PchipInterpolator) — passes through every table point, never overshoots between
// them — and log-linear interpolation for viscosity (ln μ is nearly linear in T over 10 K steps).
// Pure functions; callers clamp x to the table range.

/** PCHIP node derivatives for ascending x (Fritsch & Carlson 1980; end slopes by the 3-point rule). */
export function pchipSlopes(x: readonly number[], y: readonly number[]): number[] {
  const n = x.length;
  const h = x.slice(1).map((v, i) => v - x[i]);
  const delta = h.map((hi, i) => (y[i + 1] - y[i]) / hi);
  const d = new Array<number>(n).fill(0);
  if (n === 2) return [delta[0], delta[0]];
  for (let i = 1; i < n - 1; i++) {
    if (delta[i - 1] * delta[i] <= 0) d[i] = 0;
    else {
      const w1 = 2 * h[i] + h[i - 1];
      const w2 = h[i] + 2 * h[i - 1];
      d[i] = (w1 + w2) / (w1 / delta[i - 1] + w2 / delta[i]);
    }
  }
  const end = (h0: number, h1: number, d0: number, d1: number) => {
    let s = ((2 * h0 + h1) * d0 - h0 * d1) / (h0 + h1);
    if (Math.sign(s) !== Math.sign(d0)) s = 0;
    else if (Math.sign(d0) !== Math.sign(d1) && Math.abs(s) > Math.abs(3 * d0)) s = 3 * d0;
    return s;
  };
  d[0] = end(h[0], h[1], delta[0], delta[1]);
  d[n - 1] = end(h[n - 2], h[n - 3], delta[n - 2], delta[n - 3]);
  return d;
}

function segment(x: readonly number[], t: number): number {
  let i = 0;
  while (i < x.length - 2 && t > x[i + 1]) i++;
  return i;
}

/** Evaluates the PCHIP interpolant with precomputed slopes at t (t within [x0, xn]). */
export function pchip(x: readonly number[], y: readonly number[], d: readonly number[], t: number): number {
  const i = segment(x, t);
  const h = x[i + 1] - x[i];
  const s = (t - x[i]) / h;
  const h00 = (1 + 2 * s) * (1 - s) * (1 - s);
  const h10 = s * (1 - s) * (1 - s);
  const h01 = s * s * (3 - 2 * s);
  const h11 = s * s * (s - 1);
  return h00 * y[i] + h10 * h * d[i] + h01 * y[i + 1] + h11 * h * d[i + 1];
}

/** Linear interpolation of ln y (t within [x0, xn]). */
export function logLinear(x: readonly number[], y: readonly number[], t: number): number {
  const i = segment(x, t);
  const s = (t - x[i]) / (x[i + 1] - x[i]);
  return Math.exp(Math.log(y[i]) * (1 - s) + Math.log(y[i + 1]) * s);
}
