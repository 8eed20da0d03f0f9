import { describe, expect, it } from 'vitest';
import { airDensity, airflowForHeat, coolantProperties, flowPerPower, freezingPoint } from '../../../workers/fluids';
import { pchip, pchipSlopes } from '../../../workers/fluids/interpolate';

// REFERENCE.md §4 tables (CoolProp 8.0.0), typed again here from the reference, not from the code
const REF = {
  PG25: { rho: [1022.94, 1019.28, 1014.90, 1009.91, 1004.38, 998.40], cp: [3896, 3921, 3945, 3969, 3992, 4016], mu: [3.558, 2.445, 1.776, 1.353, 1.073, 0.878], k: [0.4587, 0.4679, 0.4769, 0.4858, 0.4946, 0.5032] },
  EG25: { rho: [1034.36, 1031.05, 1027.10, 1022.55, 1017.43, 1011.77], cp: [3787, 3811, 3834, 3857, 3880, 3902], mu: [2.593, 1.899, 1.447, 1.142, 0.929, 0.777], k: [0.4755, 0.4859, 0.4959, 0.5056, 0.5149, 0.5238] },
  water: { rho: [999.75, 998.25, 995.69, 992.26, 988.08, 983.24], cp: [4195, 4184, 4180, 4179, 4181, 4185], mu: [1.306, 1.002, 0.797, 0.653, 0.547, 0.466], k: [0.5788, 0.5981, 0.6144, 0.6285, 0.6407, 0.6511] },
} as const;
const TS = [10, 20, 30, 40, 50, 60];

describe('coolant properties', () => {
  it.each(['PG25', 'EG25', 'water'] as const)('%s reproduces every table point exactly', (c) => {
    TS.forEach((T, i) => {
      const p = coolantProperties(c, T);
      expect(p.rho).toBeCloseTo(REF[c].rho[i], 9);
      expect(p.cp).toBeCloseTo(REF[c].cp[i], 9);
      expect(p.mu).toBeCloseTo(REF[c].mu[i] * 1e-3, 12);
      expect(p.k).toBeCloseTo(REF[c].k[i], 12);
      expect(p.clamped).toBe(false);
    });
  });

  it.each(['PG25', 'EG25', 'water'] as const)('%s between points stays between the neighbours (monotone)', (c) => {
    for (let T = 10; T < 60; T += 0.5) {
      const i = Math.min(4, Math.floor((T - 10) / 10));
      const p = coolantProperties(c, T);
      for (const key of ['rho', 'cp', 'mu', 'k'] as const) {
        const a = REF[c][key][i] * (key === 'mu' ? 1e-3 : 1);
        const b = REF[c][key][i + 1] * (key === 'mu' ? 1e-3 : 1);
        expect(p[key]).toBeGreaterThanOrEqual(Math.min(a, b) - 1e-12);
        expect(p[key]).toBeLessThanOrEqual(Math.max(a, b) + 1e-12);
      }
    }
  });

  it('viscosity is log-linear: at 35 °C PG25 μ = √(1.776 · 1.353) mPa·s', () => {
    expect(coolantProperties('PG25', 35).mu).toBeCloseTo(Math.sqrt(1.776 * 1.353) * 1e-3, 12);
  });

  it('clamps outside 10–60 °C with a flag', () => {
    const lo = coolantProperties('water', 2);
    expect(lo.clamped).toBe(true);
    expect(lo.T).toBe(10);
    expect(lo.rho).toBeCloseTo(999.75, 9);
    const hi = coolantProperties('EG25', 75);
    expect(hi.clamped).toBe(true);
    expect(hi.cp).toBeCloseTo(3902, 9);
    expect(coolantProperties('PG25', NaN).clamped).toBe(true);
  });

  it('flow per kW at ΔT 10 K: water 1.44, PG25 1.50, EG25 1.52 L/min/kW (REFERENCE.md §4)', () => {
    const lpmPerKw = (v: number) => v * 1000 * 60000; // m³/s per W → L/min per kW
    // the REFERENCE figures hold at 30–35 °C (at 40 °C water gives 1/(992.26·4179·10) → 1.447)
    for (const T of [30, 35]) {
      expect(lpmPerKw(flowPerPower('water', T, 10))).toBeCloseTo(1.44, 2);
      expect(lpmPerKw(flowPerPower('PG25', T, 10))).toBeCloseTo(1.50, 2);
      expect(lpmPerKw(flowPerPower('EG25', T, 10))).toBeCloseTo(1.52, 2);
    }
  });

  it('OCP check: 1.5 L/min/kW ↔ ΔT 10.0 K with PG25, 9.6 K with water at 30–40 °C (REFERENCE.md §2)', () => {
    const perW = 1.5 / 60000 / 1000;
    expect(1 / (perW * coolantProperties('PG25', 35).rho * coolantProperties('PG25', 35).cp)).toBeCloseTo(10.0, 1);
    expect(1 / (perW * coolantProperties('water', 35).rho * coolantProperties('water', 35).cp)).toBeCloseTo(9.6, 1);
  });

  it('freezing points (REFERENCE.md §4)', () => {
    expect(freezingPoint('PG25')).toBe(-9.8);
    expect(freezingPoint('EG25')).toBe(-11.0);
    expect(freezingPoint('water')).toBe(0);
  });
});

describe('pchip', () => {
  it('reproduces a straight line and a flat segment without overshoot', () => {
    const x = [0, 1, 2, 3];
    const line = [1, 3, 5, 7];
    const d = pchipSlopes(x, line);
    expect(pchip(x, line, d, 1.5)).toBeCloseTo(4, 12);
    const step = [0, 0, 1, 1];
    const ds = pchipSlopes(x, step);
    for (let t = 0; t <= 3; t += 0.1) {
      const v = pchip(x, step, ds, t);
      expect(v).toBeGreaterThanOrEqual(-1e-12);
      expect(v).toBeLessThanOrEqual(1 + 1e-12);
    }
  });
});

describe('air', () => {
  it('ideal gas density: 101325 / (287.05 · 298.15) = 1.18393 kg/m³ at 25 °C', () => {
    expect(airDensity(25)).toBeCloseTo(1.18393, 5);
  });
  it('REFERENCE.md §3: 177.8 / 148.2 / 118.5 / 88.9 CFM/kW at ΔT 10 / 12 / 15 / 20 K', () => {
    const cfm = (m3s: number) => m3s / (0.3048 ** 3 / 60);
    expect(cfm(airflowForHeat(1000, 10))).toBeCloseTo(177.8, 0);
    expect(cfm(airflowForHeat(1000, 12))).toBeCloseTo(148.2, 0);
    expect(cfm(airflowForHeat(1000, 15))).toBeCloseTo(118.5, 0);
    expect(cfm(airflowForHeat(1000, 20))).toBeCloseTo(88.9, 0);
  });
});
