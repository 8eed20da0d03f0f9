// Air-side metrics against the check values of REFERENCE.md §7, and ε-NTU against §6.
import { describe, expect, it } from 'vitest';
import { rciHi, rciLo, rti, shi } from '../../../workers/airflow/metrics';
import { effectiveness } from '../../../workers/airflow/hx';

describe('air-side metrics (REFERENCE.md §7 check values)', () => {
  it('RCI_HI of A1 inlets [24, 25, 26, 29.5] is 87.5 %', () => {
    expect(rciHi([24, 25, 26, 29.5], 'A1')).toBeCloseTo(87.5, 10);
  });
  it('RCI_LO of A1 inlets [20, 16.5] is 75 %', () => {
    expect(rciLo([20, 16.5], 'A1')).toBeCloseTo(75, 10);
  });
  it('RTI: supply 18, ΔT 12 → return 30: 100 %, 33: 125 %, 27: 75 %', () => {
    expect(rti(30, 18, [1000, 2000], [12, 12])).toBeCloseTo(100, 10);
    expect(rti(33, 18, [1000], [12])).toBeCloseTo(125, 10);
    expect(rti(27, 18, [1000], [12])).toBeCloseTo(75, 10);
  });
  it('RTI weights ΔT_equip by airflow: ΣP / Σ(P/ΔT)', () => {
    // 10 kW at 10 K and 10 kW at 20 K: ΔT_equip = 20 / (1 + 0.5) = 13.33 K
    expect(rti(18 + 40 / 3, 18, [10, 10], [10, 20])).toBeCloseTo(100, 10);
  });
  it('SHI: supply 18, inlet 21, exhaust 33 → 0.2 (RHI 0.8)', () => {
    expect(shi([21], [33], 18)).toBeCloseTo(0.2, 12);
    expect(1 - shi([21, 21], [33, 33], 18)).toBeCloseTo(0.8, 12);
  });
});

describe('ε-NTU (REFERENCE.md §6 table)', () => {
  const rows: [number, number, number, number, number][] = [
    [1, 0.5, 0.5647, 0.5179, 0.5448],
    [2, 0.5, 0.7746, 0.6335, 0.7388],
    [4, 1.0, 0.8, 0.4998, 0.7235],
  ];
  it.each(rows)('NTU %f, Cr %f', (ntu, cr, counter, parallel, cross) => {
    expect(effectiveness(ntu, cr, 'counterflow')).toBeCloseTo(counter, 4);
    expect(effectiveness(ntu, cr, 'parallel')).toBeCloseTo(parallel, 4);
    expect(effectiveness(ntu, cr, 'crossflowUnmixed')).toBeCloseTo(cross, 4);
  });
  it('Cr = 0 gives 1 − e^(−NTU)', () => {
    expect(effectiveness(2, 0, 'crossflowUnmixed')).toBeCloseTo(1 - Math.exp(-2), 12);
  });
});
