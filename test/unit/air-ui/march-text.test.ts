// The air panel's progress line for a running room-air solve (renderer/src/panels/air/march-text.ts), and the
// march state the solver reports with its progress (workers/airflow/solver.ts MarchState).
import { describe, expect, it } from 'vitest';
import { marchText } from '../../../renderer/src/panels/air/march-text';
import { formatQuantity } from '../../../workers/units/format';
import { solveAir } from '../../../workers/airflow/index';
import type { MarchState } from '../../../workers/airflow/solver';
import { smallHall } from '../../validation/airflow/openfoam/fixture';

describe('marchText', () => {
  const si = (x: number, kind: Parameters<typeof formatQuantity>[1], digits?: number) => formatQuantity(x, kind, 'SI', digits === undefined ? {} : { digits });
  it('while the flow develops: the step against the cap', () => {
    expect(marchText({ step: 130, maxSteps: 800, averaged: 0, stdError: null, tolMean: 0.15, minAveraged: 40 }, si)).toBe('step 130 of at most 800');
  });
  it('once averaging: the steps averaged and the standard error against the tolerance, in the user\'s units', () => {
    const m: MarchState = { step: 180, maxSteps: 800, averaged: 60, stdError: 0.31, tolMean: 0.15, minAveraged: 40 };
    expect(marchText(m, si)).toBe('step 180, mean of 60 steps ±0.31 K (stops at ±0.15 K)');
    expect(marchText(m, (x, kind, digits) => formatQuantity(x, kind, 'IP', digits === undefined ? {} : { digits }))).toBe('step 180, mean of 60 steps ±0.56 °F (stops at ±0.27 °F)');
    expect(marchText({ ...m, stdError: null }, si)).toBe('step 180, mean of 60 steps');
  });
  it('until the average is as long as the shortest that may stop it (after a restart: the replaced one), says so', () => {
    const m: MarchState = { step: 270, maxSteps: 800, averaged: 40, stdError: 0.1, tolMean: 0.15, minAveraged: 120 };
    expect(marchText(m, si)).toBe('step 270, mean of 40 steps ±0.10 K (stops at ±0.15 K, after at least 120 steps)');
    expect(marchText({ ...m, averaged: 120 }, si)).toBe('step 270, mean of 120 steps ±0.10 K (stops at ±0.15 K)');
  });
});

describe('the march state a room-air solve reports with its progress', () => {
  it('every 10 steps: the step, the cap, and once averaging the steps averaged and their standard error', () => {
    const seen: MarchState[] = [];
    const r = solveAir(smallHall(), { mode: 'fast' }, (p) => { if (p.march) seen.push(p.march); });
    if (!r.ok) throw new Error(r.error.message);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.map((m) => m.step)).toEqual(seen.map((_, i) => 10 * (i + 1)));
    for (const m of seen) {
      expect(m.maxSteps).toBe(150);
      expect(m.tolMean).toBe(0.2);
      expect(m.minAveraged).toBe(10);
      expect(m.averaged).toBeLessThan(m.step);
      if (m.stdError !== null) expect(Number.isFinite(m.stdError) && m.stdError > 0).toBe(true);
    }
    // the last report before the end: its averaged steps no more than the result's
    expect(seen[seen.length - 1].averaged).toBeLessThanOrEqual(r.convergence.averagedSteps);
  });
});
