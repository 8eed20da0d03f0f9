// ε-NTU of the CDU plate HX against REFERENCE.md §6 (CalebBell/ht hx.py values), the inverse, the
// UA rating round trip and the supply control of the 3-way valve.
import { describe, expect, it } from 'vitest';
import { counterflowEffectiveness, counterflowNtu, operateHx, ratedUa } from '../../../workers/loop/hx';

describe('counterflow ε-NTU (REFERENCE.md §6 table)', () => {
  it.each([
    [1, 0.5, 0.5647],
    [2, 0.5, 0.7746],
    [4, 1.0, 0.8],
  ])('NTU %d, Cr %d → ε %d', (ntu, cr, eps) => {
    expect(counterflowEffectiveness(ntu, cr)).toBeCloseTo(eps, 4);
  });
  it('Cr = 0 gives 1 − e^(−NTU); NTU 0 gives 0', () => {
    expect(counterflowEffectiveness(1.5, 0)).toBeCloseTo(1 - Math.exp(-1.5), 12);
    expect(counterflowEffectiveness(0, 0.5)).toBe(0);
  });
  it('the inverse returns the NTU', () => {
    for (const cr of [0, 0.3, 0.999999, 1]) {
      for (const ntu of [0.2, 1, 3.7]) expect(counterflowNtu(counterflowEffectiveness(ntu, cr), cr)).toBeCloseTo(ntu, 6);
    }
  });
});

describe('HX rating and operation', () => {
  const cSec = 135e3;
  const cPri = 140e3;
  const rating = ratedUa(1.35e6, 4, cSec, cPri);
  it('at the rating point the approach is the rated one', () => {
    const op = operateHx({ ua: rating.ua, cSec, cPri, tPriIn: 37, load: 1.35e6, setpoint: null });
    expect(op.tSecOut - 37).toBeCloseTo(4, 9);
    expect(op.tSecIn - op.tSecOut).toBeCloseTo(1.35e6 / cSec, 9);
    expect(op.held).toBeNull();
  });
  it('holds a reachable setpoint with the 3-way valve partly to bypass', () => {
    const op = operateHx({ ua: rating.ua, cSec, cPri, tPriIn: 37, load: 1.0e6, setpoint: 42 });
    expect(op.held).toBe(true);
    expect(op.tSecOut).toBe(42);
    expect(op.fraction).toBeGreaterThan(0);
    expect(op.fraction).toBeLessThan(1);
    // heat through the HX at that valve position equals the load
    const cp = op.fraction * cPri;
    const cMin = Math.min(cp, cSec);
    const q = counterflowEffectiveness(rating.ua / cMin, cMin / Math.max(cp, cSec)) * cMin * (op.tSecIn - 37);
    expect(q / 1e6).toBeCloseTo(1, 6);
  });
  it('reports a setpoint it cannot hold (warm facility water, over capacity)', () => {
    const op = operateHx({ ua: rating.ua, cSec, cPri, tPriIn: 37, load: 1.8e6, setpoint: 41 });
    expect(op.held).toBe(false);
    expect(op.fraction).toBe(1);
    expect(op.tSecOut).toBeGreaterThan(41);
    const warm = operateHx({ ua: rating.ua, cSec, cPri, tPriIn: 43, load: 1e6, setpoint: 41 });
    expect(warm.held).toBe(false);
  });
  it('flags a rating that implies a temperature cross', () => {
    expect(ratedUa(1e6, 1, 100e3, 20e3).limited).toBe(true);
  });
});
