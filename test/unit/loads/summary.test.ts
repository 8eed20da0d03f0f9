import { describe, expect, it } from 'vitest';
import { heatLoadSummary } from '../../../workers/loads/summary';
import type { HallDocument, RackT } from '../../../workers/model/schema';
import { sampleDoc } from '../model/helpers';

const CFM = 0.3048 ** 3 / 60; // m³/s per CFM (international foot)

function oneRack(doc: HallDocument, patch: Partial<RackT>): HallDocument {
  return { ...doc, racks: [{ ...doc.racks[0], ...patch }] };
}

describe('heatLoadSummary', () => {
  it('splits a 120 kW DLC rack at 85 % capture into 102 kW liquid + 18 kW air', () => {
    const doc = sampleDoc('ai-hall-mixed');
    const s = heatLoadSummary(doc);
    const r = s.racks[0];
    expect(r.itLoad).toBe(120e3);
    expect(r.liquidHeat).toBeCloseTo(102e3, 6);
    expect(r.airHeat).toBeCloseTo(18e3, 6);
    expect(r.cduId).toBe('CDU-A');
  });

  it('air-side airflow from a ΔT spec matches REFERENCE.md §3: 118.5 CFM/kW at 15 K, 148.2 at 12 K, 177.8 at 10 K', () => {
    const doc = sampleDoc('legacy-air-hall');
    for (const [dT, cfmPerKw] of [[15, 118.5], [12, 148.2], [10, 177.8], [20, 88.9]]) {
      const s = heatLoadSummary(oneRack(doc, { itLoad: 10e3, airflow: { spec: 'deltaT', value: dT } }));
      expect(s.racks[0].requiredAirflow / CFM / 10).toBeCloseTo(cfmPerKw, 0);
    }
  });

  it('air-side airflow from a per-power spec: 120 CFM/kW × 10 kW = 1200 CFM', () => {
    const doc = sampleDoc('legacy-air-hall');
    const s = heatLoadSummary(oneRack(doc, { itLoad: 10e3, airflow: { spec: 'perPower', value: (120 * CFM) / 1000 } }));
    expect(s.racks[0].requiredAirflow / CFM).toBeCloseTo(1200, 6);
    expect(s.racks[0].requiredCoolantFlow).toBe(0);
    expect(s.racks[0].coolantTemperature).toBeNull();
  });

  it('coolant flow from Q = ρ·cp·V·ΔT at the mean loop temperature (PG25, ΔT 10 K → ≈ 1.50 L/min/kW)', () => {
    const doc = sampleDoc('ai-hall-mixed');
    const s = heatLoadSummary(doc);
    const r = s.racks[0];
    // CDU-A supply 41 °C, ΔT 10 K → mean 46 °C; REFERENCE.md §4 PG25 at 40/50 °C: ρ 1009.91/1004.38, cp 3969/3992
    expect(r.coolantTemperature).toBe(46);
    const lpmPerKw = r.flowPerPower * 60000 * 1000;
    // bounds from the table ends around 46 °C: 1/(1004.38·3992·10) … 1/(1009.91·3969·10) in L/min/kW
    expect(lpmPerKw).toBeGreaterThan(60e6 / (1009.91 * 3992 * 10));
    expect(lpmPerKw).toBeLessThan(60e6 / (1004.38 * 3969 * 10));
    expect(lpmPerKw).toBeCloseTo(1.50, 1);
    expect(r.requiredCoolantFlow).toBeCloseTo(r.flowPerPower * 102e3, 15);
  });

  it('hall totals of the mixed sample', () => {
    const s = heatLoadSummary(sampleDoc('ai-hall-mixed'));
    // 20 × 120 kW + 20 × 140 kW + 10 × 20 kW
    expect(s.hall.itLoad).toBeCloseTo(5.4e6, 3);
    expect(s.hall.liquidHeat).toBeCloseTo(0.85 * 5.2e6, 3);
    expect(s.hall.airHeat).toBeCloseTo(0.15 * 5.2e6 + 0.2e6, 3);
    expect(s.hall.rackCount).toEqual({ air: 10, hybrid: 0, dlc: 40, total: 50 });
    expect(s.hall.crahCapacity).toBe(5 * 250e3);
    expect(s.hall.cduCapacity).toBe(4 * 1350e3);
    expect(s.hall.airCoolingCapacity).toBe(s.hall.crahCapacity + s.hall.inRowCapacity);
  });

  it('applies a load factor and falls back to plant supply + 4 K without CDUs', () => {
    const doc = sampleDoc('future-300kw-hall');
    const s = heatLoadSummary({ ...doc, cdus: [] }, { loadFactor: 0.5 });
    expect(s.racks[0].itLoad).toBe(150e3);
    expect(s.racks[0].coolantTemperature).toBe(45 + 4 + 10 / 2);
    expect(s.hall.cduCapacity).toBe(0);
  });

  // Speed belongs to the benchmarks (bench/editor: open + first frame of 2,000 and 5,000 racks), not here.
  it('is deterministic for 5,000 racks', () => {
    const doc = sampleDoc('ai-hall-mixed');
    const racks = Array.from({ length: 5000 }, (_, i) => ({ ...doc.racks[i % 50], id: `r${i}`, x: (i % 100) * 0.6, y: Math.floor(i / 100) * 2.4 }));
    const big = { ...doc, racks };
    const a = heatLoadSummary(big);
    expect(a.racks).toHaveLength(5000);
    expect(heatLoadSummary(big)).toEqual(a);
  });
});
