// Energy balance of the coupled solve against quantities computed here from the document and the
// REFERENCE.md §4 property tables: Σ rack liquid heat (itLoad × capture) = Σ CDU HX heat =
// Σ ṁ·cp·ΔT on the primary (plant flow, ρ and cp at the mean temperature) within 0.1 %.
import { describe, expect, it } from 'vitest';
import { coolantProperties } from '../../../workers/fluids';
import { solveLoops, type LoopResult, type LoopSolveOptions } from '../../../workers/loop';
import { OUTER_TOLERANCE } from '../../../workers/loop/constants';
import { sample } from '../../unit/loop/fixtures';

function ok(r: ReturnType<typeof solveLoops>): LoopResult {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
}

const cases: [string, 'ai-hall-mixed' | 'future-300kw-hall', LoopSolveOptions][] = [
  ['default sample', 'ai-hall-mixed', {}],
  ['default sample, CDU-C pump trip', 'ai-hall-mixed', { scenarioId: 'scn-cdu-pump' }],
  ['default sample, no supply control', 'ai-hall-mixed', { controlSupply: false }],
  ['300 kW hall', 'future-300kw-hall', {}],
];

describe.each(cases)('energy balance: %s', (_name, file, options) => {
  const doc = sample(file);
  const r = ok(solveLoops(doc, options));
  const racksHeat = doc.racks.filter((x) => x.cooling !== 'air').reduce((s, x) => s + x.itLoad * x.liquidCaptureFraction, 0);
  const hx = r.cdus.reduce((s, c) => s + c.hxHeat, 0);

  it('Σ rack liquid heat = Σ CDU HX heat (0.1 %)', () => {
    expect(Math.abs(hx - racksHeat) / racksHeat).toBeLessThan(1e-3);
    expect(r.convergence.energyBalanceError).toBeLessThan(1e-3);
  });
  it('Σ CDU HX heat = ṁ·cp·ΔT on the primary (0.1 %)', () => {
    const p = r.plant!;
    const T = (p.supplyT + p.returnT!) / 2;
    const w = coolantProperties('water', T);
    const primary = w.rho * p.flow * w.cp * (p.returnT! - p.supplyT);
    expect(Math.abs(primary - hx) / hx).toBeLessThan(1e-3);
  });
  it('per CDU: ṁ·cp·ΔT on the secondary = its load (0.1 %)', () => {
    for (const c of r.cdus) {
      const T = (c.supplyT! + c.returnT!) / 2;
      const s = coolantProperties(doc.criteria.coolant, T);
      const q = s.rho * c.secondaryFlow * s.cp * (c.returnT! - c.supplyT!);
      expect(Math.abs(q - c.load) / c.load).toBeLessThan(1e-3);
    }
  });
  it('the outer iteration converged', () => {
    expect(r.convergence.converged).toBe(true);
    expect(r.convergence.temperatureChange).toBeLessThan(OUTER_TOLERANCE);
  });
});
