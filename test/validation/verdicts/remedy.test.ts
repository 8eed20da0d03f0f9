// What it would take, by re-solving: a 40 kW air rack on half its airflow in a one-rack test row.
// Containment alone cannot help (the aisle is starved), the 30/35 kW doors are too small, the 55 kW
// door passes. A budget of one solve is reported as exhausted.
import { describe, expect, it } from 'vitest';
import { solveAir } from '../../../workers/airflow';
import { solveLoops } from '../../../workers/loop';
import { testHall } from '../../../workers/scenarios/test-hall';
import { whatItWouldTake } from '../../../workers/verdicts';
import { sample, sampleRack } from '../../unit/verdicts/fixtures';

describe('what it would take', () => {
  const doc = sample('ai-hall-mixed');
  const hall = testHall(doc, { ...sampleRack(doc, 'air'), itLoad: 40e3 }, { count: 1 });
  hall.coolingUnits = hall.coolingUnits.map((u) => ({ ...u, airflow: u.airflow * 0.5 }));
  const base = { air: solveAir(hall, { mode: 'fast', cellSize: 0.6 }), loops: solveLoops(hall) };

  it('finds the smallest rear door that passes, after containment fails', () => {
    const r = whatItWouldTake(hall, 'T-R1', base, { cellSize: 0.6 });
    expect(r.trials[0].kind).toBe('containment');
    expect(r.trials[0].status).toBe('fail');
    expect(r.found?.kind).toBe('rear-door');
    expect(r.found?.change).toContain('rdhx-active-55kw');
    expect(r.found?.governingMargin).toBeCloseTo(15e3, 6); // 55 kW door − 40 kW exhaust
    expect(r.budgetExhausted).toBe(false);
  });

  it('reports an exhausted budget', () => {
    const r = whatItWouldTake(hall, 'T-R1', base, { cellSize: 0.6, budget: 1 });
    expect(r.found).toBeNull();
    expect(r.budgetExhausted).toBe(true);
    expect(r.solves).toBe(1);
  });
});
