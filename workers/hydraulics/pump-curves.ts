// Pump curves as EPANET treats them: a 1-point curve or a 3-point curve starting at zero flow
// becomes the power function h = a − b·qᶜ (1-point: h0 = 1.33334·h1, qmax = 2·q1); any other
// curve is piecewise linear ("custom"). Unit-free: fit in any consistent units.
// Source: EPANET validate.c powerfuncpump()/pumpcurvepump(), hydcoeffs.c curvecoeff()
// [REFERENCE.md §5].

import { TINY } from './constants';

export interface PowerCurveFit {
  readonly a: number; // shutoff head
  readonly b: number; // negative
  readonly c: number; // exponent
  readonly q1: number; // design flow (EPANET's initial flow)
  readonly qmax: number;
}

/** Fit h = a + b·qᶜ through (0, h0), (q1, h1), (q2, h2); null when the points do not fall. */
export function fitPowerCurve(h0: number, h1: number, h2: number, q1: number, q2: number): PowerCurveFit | null {
  if (h0 < TINY || h0 - h1 < TINY || h1 - h2 < TINY || q1 < TINY || q2 - q1 < TINY) return null;
  const h4 = h0 - h1;
  const h5 = h0 - h2;
  const c = Math.log(h5 / h4) / Math.log(q2 / q1);
  if (!(c > 0.0) || c > 20.0) return null;
  const b = -h4 / Math.pow(q1, c);
  if (b >= 0.0) return null;
  return { a: h0, b, c, q1, qmax: Math.pow(-h0 / b, 1.0 / c) };
}

/** EPANET's choice of fit for a list of (q, h) points: power function or null for custom. */
export function powerFitForPoints(q: ArrayLike<number>, h: ArrayLike<number>): PowerCurveFit | null | 'custom' {
  if (q.length === 1) return fitPowerCurve(1.33334 * h[0], h[0], 0.0, q[0], 2.0 * q[0]);
  if (q.length === 3 && q[0] === 0.0) return fitPowerCurve(h[0], h[1], h[2], q[1], q[2]);
  return 'custom';
}

/**
 * Intercept and slope of the curve segment bracketing x (EPANET curvecoeff()): writes
 * out[0] = y-intercept, out[1] = slope; extrapolates the end segments.
 */
export function curveSegment(x: Float64Array, y: Float64Array, q: number, out: Float64Array): void {
  const npts = x.length;
  if (npts === 1) {
    out[0] = y[0];
    out[1] = 0;
    return;
  }
  let k2 = 0;
  while (k2 < npts && x[k2] < q) k2++;
  if (k2 === 0) k2++;
  else if (k2 === npts) k2--;
  const k1 = k2 - 1;
  const r = (y[k2] - y[k1]) / (x[k2] - x[k1]);
  out[0] = y[k1] - r * x[k1];
  out[1] = r;
}

/** Linear interpolation with flat extrapolation (EPANET interp()). */
export function interpolate(x: ArrayLike<number>, y: ArrayLike<number>, xx: number): number {
  const n = x.length;
  if (xx <= x[0]) return y[0];
  for (let k = 1; k < n; k++) {
    if (x[k] >= xx) {
      const dx = x[k] - x[k - 1];
      const dy = y[k] - y[k - 1];
      if (Math.abs(dx) < TINY) return y[k];
      return y[k] - ((x[k] - xx) * dy) / dx;
    }
  }
  return y[n - 1];
}
