// Pipe friction: EPANET's resistance coefficients and Darcy–Weisbach friction factor (Swamee–Jain
// above Re 4000, Dunlop cubic interpolation 2000–4000, Hagen–Poiseuille below), plus reference
// correlations for checks. Internal units ft, cfs, ft²/s.
// Sources: EPANET hydcoeffs.c resistcoeff()/frictionFactor(); Colebrook, Swamee–Jain formulas and
// test values from CalebBell/fluids friction.py [REFERENCE.md §5].

import { A1, A2, A8, A9, AB, AC, HeadlossFormula, type HeadlossFormulaCode } from './constants';

/** EPANET resistcoeff() for a pipe: R in h = R·q^hexp (D-W: R multiplies f·q²). */
export function pipeResistance(
  formula: HeadlossFormulaCode,
  length: number,
  diameter: number,
  roughness: number,
  hexp: number,
): number {
  switch (formula) {
    case HeadlossFormula.HW:
      return (4.727 * length) / Math.pow(roughness, hexp) / Math.pow(diameter, 4.871);
    case HeadlossFormula.DW: {
      const area = (Math.PI * diameter * diameter) / 4;
      return length / 2.0 / 32.2 / diameter / (area * area);
    }
    default: {
      const t = (4.0 * roughness) / (1.49 * Math.PI * diameter * diameter);
      return t * t * Math.pow(diameter / 4.0, -1.333) * length;
    }
  }
}

/**
 * EPANET frictionFactor(): q = |flow| (cfs), e = roughness/diameter, s = viscosity·diameter.
 * Returns f and writes df/dq into out[0]. Only called for Re > 2000 (q > A2·s).
 */
export function frictionFactor(q: number, e: number, s: number, out: Float64Array): number {
  const w = q / s; // Re·π/4
  if (w >= A1) {
    const y1 = A8 / Math.exp(0.9 * Math.log(w)); // = A8 / w^0.9; exp∘log is ~2× faster than pow in V8
    const y2 = e / 3.7 + y1;
    const y3 = A9 * Math.log(y2);
    const f = 1.0 / (y3 * y3);
    out[0] = (1.8 * f * y1 * A9) / y2 / y3 / q;
    return f;
  }
  const y2 = e / 3.7 + AB;
  const y3 = A9 * Math.log(y2);
  const fa = 1.0 / (y3 * y3);
  const fb = (2.0 + AC / (y2 * y3)) * fa;
  const r = w / A2;
  const x1 = 7.0 * fa - fb;
  const x2 = 0.128 - 17.0 * fa + 2.5 * fb;
  const x3 = -0.128 + 13.0 * fa - (fb + fb);
  const x4 = 0.032 - 3.0 * fa + 0.5 * fb;
  out[0] = (x2 + r * (2.0 * x3 + r * 3.0 * x4)) / s / A2;
  return x1 + r * (x2 + r * (x3 + r * x4));
}

/** Darcy friction factor as EPANET computes it, from Reynolds number and relative roughness. */
export function darcyFrictionFactor(re: number, relativeRoughness: number): number {
  if (re <= 2000) return 64 / re;
  // frictionFactor() works with w = Re·π/4 and s = 1 (any consistent scaling of q and s).
  const out = new Float64Array(1);
  return frictionFactor((re * Math.PI) / 4, relativeRoughness, 1, out);
}

/** Swamee–Jain explicit approximation of Colebrook (valid Re 5e3–1e8). */
export function swameeJain(re: number, relativeRoughness: number): number {
  const l = Math.log10(relativeRoughness / 3.7 + 5.74 / Math.pow(re, 0.9));
  return 0.25 / (l * l);
}

/** Colebrook–White by fixed-point iteration on 1/√f (reference for tests and diagnostics). */
export function colebrook(re: number, relativeRoughness: number): number {
  let x = 1 / Math.sqrt(swameeJain(re, relativeRoughness));
  for (let i = 0; i < 100; i++) {
    const next = -2 * Math.log10(relativeRoughness / 3.7 + (2.51 * x) / re);
    if (Math.abs(next - x) < 1e-15 * Math.abs(x)) return 1 / (next * next);
    x = next;
  }
  return 1 / (x * x);
}
