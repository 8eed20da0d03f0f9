// Scenario application (failed units off in a copy, loop options, plant derate) and the comparison of
// two outcomes (deltas per rack), on hand-made results.
import { describe, expect, it } from 'vitest';
import { applyToDocument, compareOutcomes, loopOptions, plantDerate, scenarioInputs } from '../../../workers/scenarios';
import { rackVerdicts } from '../../../workers/verdicts';
import { airRack, airResult, sample } from './fixtures';

describe('scenario application', () => {
  const doc = sample('ai-hall-mixed');
  const crahFail = scenarioInputs(doc.scenarios.find((s) => s.id === 'scn-crah-fail')!);

  it('switches failed cooling units off in a copy and passes CDU/pump failures to the loops', () => {
    const d = applyToDocument(doc, crahFail);
    expect(d.coolingUnits.find((u) => u.id === 'CRAH-02')!.enabled).toBe(false);
    expect(doc.coolingUnits.find((u) => u.id === 'CRAH-02')!.enabled).toBe(true);
    const o = loopOptions(doc, { failed: ['CDU-C/pump1'], loadFactor: 0.8, ambientDryBulb: 35, facilitySupplyTemp: null });
    expect(o).toEqual({ failed: ['CDU-C/pump1'], loadFactor: 0.8, ambientDryBulb: 35 });
  });

  it('derates a dry-cooler plant only when the remaining units cannot reject the liquid heat', () => {
    // 4 × 1.6 MW; liquid heat of the sample: 20 × 102 + 20 × 119 kW = 4.42 MW
    expect(plantDerate(doc, { failed: ['plant/unit1'], loadFactor: 1, ambientDryBulb: null, facilitySupplyTemp: null })).toBeNull();
    const two = plantDerate(doc, { failed: ['plant/unit1', 'plant/unit2'], loadFactor: 1, ambientDryBulb: null, facilitySupplyTemp: null })!;
    expect(two).toBeCloseTo(32 + 5 * (4.42e6 / 3.2e6), 6); // ambient + approach × load / remaining
  });
});

describe('scenario comparison', () => {
  it('gives intake and margin deltas per rack and the racks that newly fail', () => {
    const doc = sample('ai-hall-mixed');
    doc.racks = doc.racks.filter((r) => r.id === 'R-E01');
    doc.cdus = [];
    const unit = [{ id: 'CRAH-01', supplyT: 22, airflow: 17.5, capacity: 250e3, load: 20e3 }];
    const mk = (t: number) => airResult([airRack('R-E01', { intake: t, airflow: 1.132674, airHeat: 20e3, dT: 14.83 })], unit);
    const a = { air: mk(24), loops: null };
    const b = { air: mk(28), loops: null };
    const cmp = compareOutcomes({ ...a, verdicts: rackVerdicts(doc, a.air, null) }, { ...b, verdicts: rackVerdicts(doc, b.air, null) });
    expect(cmp.racks[0].intake).toEqual({ a: 24, b: 28, delta: 4 });
    expect(cmp.racks[0].margins['inlet-recommended']!.delta).toBeCloseTo(-4, 9);
    expect(cmp.newlyFailing).toEqual(['R-E01']);
  });
});
