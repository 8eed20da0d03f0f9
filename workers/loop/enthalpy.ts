// Coolant tables for the hot loops of a solve: sensible enthalpy h(T) = ∫ cp dT from 0 °C (J/kg)
// and kinematic viscosity ν(T) = μ/ρ (m²/s), tabulated at 0.1 K from workers/fluids (properties
// held at the table edge outside 10–60 °C, REFERENCE.md §4), with the inverse T(h) and linear
// interpolation. Mixing and heating conserve energy exactly in h; with a constant cp this is
// Σṁ·cp·T / Σṁ·cp.
import { coolantProperties } from '../fluids';
import type { Coolant } from '../model/schema';

const T0 = -30;
const T1 = 150;
const STEP = 0.1;

export class EnthalpyTable {
  private readonly h: Float64Array;
  private readonly nu: Float64Array;
  private readonly n: number;
  constructor(readonly coolant: Coolant) {
    this.n = Math.round((T1 - T0) / STEP) + 1;
    this.h = new Float64Array(this.n);
    this.nu = new Float64Array(this.n);
    let prev = coolantProperties(coolant, T0);
    this.h[0] = prev.cp * T0; // cp constant below the table edge
    this.nu[0] = prev.mu / prev.rho;
    for (let i = 1; i < this.n; i++) {
      const p = coolantProperties(coolant, T0 + i * STEP);
      this.h[i] = this.h[i - 1] + 0.5 * (p.cp + prev.cp) * STEP;
      this.nu[i] = p.mu / p.rho;
      prev = p;
    }
  }
  private lerp(a: Float64Array, T: number): number {
    const x = (T - T0) / STEP;
    const i = Math.min(Math.max(Math.floor(x), 0), this.n - 2);
    const f = x - i;
    return a[i] + f * (a[i + 1] - a[i]);
  }
  /** J/kg at T °C (linear beyond the tabulated range). */
  enthalpy(T: number): number { return this.lerp(this.h, T); }
  /** Kinematic viscosity at T °C, m²/s (held at the ends of the range). */
  viscosity(T: number): number { return this.lerp(this.nu, Math.min(Math.max(T, T0), T1)); }
  /** T °C at enthalpy h (J/kg), inverse of enthalpy(). */
  temperature(h: number): number {
    const hs = this.h;
    const last = this.n - 1;
    let lo: number;
    if (!(h > hs[0])) lo = 0;
    else if (h >= hs[last]) lo = last - 1;
    else {
      // h(T) is nearly linear: start at the proportional index and walk to the bracket hs[lo] ≤ h < hs[lo+1]
      // (the same bracket a bisection finds; hs is strictly increasing).
      lo = Math.min(Math.max(Math.floor(((h - hs[0]) / (hs[last] - hs[0])) * last), 0), last - 1);
      while (lo > 0 && hs[lo] > h) lo--;
      while (lo < last - 1 && hs[lo + 1] <= h) lo++;
    }
    return T0 + (lo + (h - hs[lo]) / (hs[lo + 1] - hs[lo])) * STEP;
  }
  /** Mean specific heat between two temperatures, J/(kg·K). */
  meanCp(Ta: number, Tb: number): number {
    if (Math.abs(Tb - Ta) < 1e-6) return coolantProperties(this.coolant, Ta).cp;
    return (this.enthalpy(Tb) - this.enthalpy(Ta)) / (Tb - Ta);
  }
}
