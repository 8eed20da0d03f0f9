import { describe, expect, it } from 'vitest';
import { displayUnit, formatQuantity, fromDisplay, parseQuantity, toDisplay } from '../../../workers/units';
import { QUANTITY_KINDS } from '../../../workers/model/quantity';
import { create, all } from 'mathjs';

const parse = (t: string, k: Parameters<typeof parseQuantity>[1], s: 'SI' | 'IP' = 'SI') => {
  const r = parseQuantity(t, k, s);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('conversion table (TOOLCHAIN.md checks)', () => {
  it('100 kW = 28.4345 TR', () => {
    expect(parse('100 kW', 'power', 'IP') / parse('1 TR', 'power', 'IP')).toBeCloseTo(28.4345, 4);
  });
  it('1 m³/s = 2118.880 CFM', () => {
    expect(toDisplay(1, 'airflow', 'IP')).toBeCloseTo(2118.88, 3);
  });
  it('1 L/min = 0.264172 GPM', () => {
    expect(toDisplay(1e-3 / 60, 'liquidFlow', 'IP')).toBeCloseTo(0.264172, 6);
    expect(toDisplay(1e-3 / 60, 'liquidFlow', 'SI')).toBeCloseTo(1, 12);
  });
  it('temperatures: 27 °C = 80.6 °F, a 10 K difference = 18 °F', () => {
    expect(toDisplay(27, 'temperature', 'IP')).toBeCloseTo(80.6, 10); // 27·9/5 + 32
    expect(toDisplay(10, 'temperatureDelta', 'IP')).toBeCloseTo(18, 10); // 10·9/5, no offset
    expect(fromDisplay(18, 'temperatureDelta', 'IP')).toBeCloseTo(10, 10);
    expect(fromDisplay(80.6, 'temperature', 'IP')).toBeCloseTo(27, 10);
  });
  it('APC AN #126: ΔT(°F) = 3162 / (CFM/kW) (REFERENCE.md §3)', () => {
    // air at 25 °C, 1 atm: ρ = 101325 / (287.05·298.15), cp = 1006 [REFERENCE.md §4]
    const rhoCp = (101325 / (287.05 * 298.15)) * 1006;
    for (const cfmPerKw of [100, 120, 150]) {
      const perW = parse(`${cfmPerKw} CFM/kW`, 'airflowPerPower'); // m³/s per W
      const dTK = 1 / (rhoCp * perW);
      const dTF = toDisplay(dTK, 'temperatureDelta', 'IP');
      expect(dTF).toBeCloseTo(3162 / cfmPerKw, 0); // AN #126 rounds its constant; agree within 0.5 °F
    }
    // REFERENCE.md §3 [C]: 177.8 / 148.2 / 118.5 / 88.9 CFM/kW at ΔT 10 / 12 / 15 / 20 K
    for (const [dT, cfm] of [[10, 177.8], [12, 148.2], [15, 118.5], [20, 88.9]]) {
      expect(toDisplay(1 / (rhoCp * dT), 'airflowPerPower', 'IP')).toBeCloseTo(cfm, 0);
    }
  });
  it('Cv = 1.156 Kv (REFERENCE.md §2)', () => {
    expect(toDisplay(10, 'flowCoefficient', 'IP')).toBeCloseTo(11.56, 10);
    expect(parse('11.56 Cv', 'flowCoefficient')).toBeCloseTo(10, 10);
  });
  it('every kind has display units in both systems and round-trips', () => {
    for (const k of QUANTITY_KINDS) {
      for (const s of ['SI', 'IP'] as const) {
        expect(typeof displayUnit(k, s)).toBe('string');
        expect(fromDisplay(toDisplay(12.5, k, s), k, s)).toBeCloseTo(12.5, 9);
      }
    }
  });
  it('uses a private mathjs instance (no global units added)', () => {
    expect(() => create(all).unit('1 TR')).toThrow();
  });
});

describe('formatQuantity', () => {
  it('formats as engineers read it', () => {
    expect(formatQuantity(130e3, 'power', 'SI')).toBe('130 kW');
    // 130 kW / (1055.05585262 J / 3600 s) = 443,578.4 BTU/h (IT BTU)
    expect(formatQuantity(130e3, 'power', 'IP')).toBe('443,578 BTU/h');
    expect(formatQuantity(27, 'temperature', 'SI')).toBe('27.0 °C');
    expect(formatQuantity(27, 'temperature', 'IP')).toBe('80.6 °F');
    expect(formatQuantity(10, 'temperatureDelta', 'IP')).toBe('18.0 °F');
    expect(formatQuantity(0.85, 'fraction', 'SI')).toBe('85.0 %');
    expect(formatQuantity(2.5e-8, 'liquidFlowPerPower', 'SI')).toBe('1.50 L/min/kW');
    expect(formatQuantity(90, 'angle', 'SI')).toBe('90°');
    expect(formatQuantity(3, 'count', 'SI')).toBe('3');
    expect(formatQuantity(1.2, 'length', 'SI', { digits: 3 })).toBe('1.200 m');
    expect(formatQuantity(0.0123, 'length', 'SI')).toBe('0.0123 m');
    expect(formatQuantity(-1e-9, 'length', 'SI', { digits: 1 })).toBe('0.0 m');
  });
});

describe('parseQuantity', () => {
  it('accepts bare numbers in the display unit', () => {
    expect(parse('130', 'power')).toBe(130e3);
    expect(parse('80.6', 'temperature', 'IP')).toBeCloseTo(27, 10);
    expect(parse('85', 'fraction')).toBeCloseTo(0.85, 12);
    expect(parse('1.5', 'liquidFlowPerPower')).toBeCloseTo(2.5e-8, 20);
  });
  it('accepts any compatible unit', () => {
    expect(parse('30 kW', 'power', 'IP')).toBeCloseTo(30e3, 6);
    // 102,000 BTU/h · 1055.05585262 J / 3600 s = 29,893.25 W
    expect(parse('102,000 BTU/h', 'power')).toBeCloseTo(29893.25, 1);
    expect(parse('37 TR', 'power')).toBeCloseTo(37 * 12000 * 1055.05585262 / 3600, 6);
    // 150 CFM/kW = 150 · 0.3048³ / 60 m³/s per 1000 W
    expect(parse('150 CFM/kW', 'airflowPerPower')).toBeCloseTo((150 * 0.3048 ** 3) / 60 / 1000, 15);
    expect(parse('80 °F', 'temperature')).toBeCloseTo((80 - 32) * 5 / 9, 10);
    expect(parse('80 F', 'temperature')).toBeCloseTo((80 - 32) * 5 / 9, 10);
    expect(parse('18 °F', 'temperatureDelta')).toBeCloseTo(10, 10);
    expect(parse('300 K', 'temperature')).toBeCloseTo(26.85, 10);
    expect(parse('1.5 L/min/kW', 'liquidFlowPerPower', 'IP')).toBeCloseTo(2.5e-8, 20);
    expect(parse('10 GPM', 'liquidFlow')).toBeCloseTo(10 * 3.785411784e-3 / 60, 12);
    expect(parse('5 psi', 'pressure')).toBeCloseTo(5 * 6894.757, 1);
    expect(parse('10 ft of water', 'head')).toBeCloseTo(29890.67, 1);
    expect(parse('12 ft', 'length')).toBeCloseTo(3.6576, 12);
    expect(parse('600 mm', 'length')).toBeCloseTo(0.6, 12);
    expect(parse('25 %', 'fraction')).toBeCloseTo(0.25, 12);
    expect(parse('2 BTU/h·°F', 'conductance')).toBeCloseTo(2 * (1055.05585262 / 3600) * 1.8, 9);
  });
  it('names the expected kind on incompatible or unparsable input', () => {
    const err = (t: string, k: Parameters<typeof parseQuantity>[1]) => { const r = parseQuantity(t, k, 'SI'); return r.ok ? '' : r.error; };
    expect(err('3 m', 'power')).toBe("'m' is not a unit of a power (kW or BTU/h)");
    expect(err('abc', 'power')).toBe("'abc' is not a number: expected a power (kW or BTU/h)");
    expect(err('5 zorks', 'airflow')).toBe("'zorks' is not a known unit: expected an airflow (m³/s or CFM)");
    expect(err('', 'length')).toMatch(/expected a length/);
    expect(err('2.5', 'count')).toMatch(/whole number/);
    expect(err('5 kW', 'fraction')).toMatch(/fraction/);
  });
});
