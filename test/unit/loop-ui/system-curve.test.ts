// System curve of the default sample's CDUs: computed points rise monotonically with flow, start at the
// origin (closed loop), and pass through the solver's operating point at speed 1; the chart's pump-set
// curve (the solver's own pump curve) passes through it too.
import { describe, expect, it } from 'vitest';
import { solveLoops, type LoopResult } from '../../../workers/loop';
import { systemCurve, SYSTEM_CURVE_SPEEDS } from '../../../workers/loop/system-curve';
import { headAt, pumpSetCurve } from '../../../renderer/src/panels/loop/pump-set-curve';
import { sample } from '../loop/fixtures';

const doc = sample('ai-hall-mixed');
const solved = solveLoops(doc);
if (!solved.ok) throw new Error(JSON.stringify(solved.errors));
const result: LoopResult = solved;

describe('systemCurve', () => {
  it.each(result.cdus.map((c) => c.id))('%s: monotone, through the origin and the operating point', (id) => {
    const c = result.cdus.find((x) => x.id === id)!;
    const r = systemCurve(doc, id);
    if (!('points' in r)) throw new Error(r.error);
    expect(r.points.length).toBe(SYSTEM_CURVE_SPEEDS.length + 1);
    expect(r.points[0]).toEqual({ flow: 0, head: 0, speed: 0 });
    for (let i = 1; i < r.points.length; i++) {
      expect(r.points[i].flow).toBeGreaterThan(r.points[i - 1].flow);
      expect(r.points[i].head).toBeGreaterThan(r.points[i - 1].head);
    }
    const at1 = r.points.find((p) => p.speed === 1)!;
    expect(at1.flow).toBeCloseTo(c.pumps.flow, 6); // m³/s
    expect(Math.abs(at1.head - c.pumps.head) / c.pumps.head).toBeLessThan(1e-4);
    // Roughly quadratic (turbulent loop): head ∝ Q^n with n between 1.7 and 2.
    const p4 = r.points[1];
    const n = Math.log(at1.head / p4.head) / Math.log(at1.flow / p4.flow);
    expect(n).toBeGreaterThan(1.7);
    expect(n).toBeLessThanOrEqual(2.01);
  });

  it('the pump-set curve of the chart passes through the operating point', () => {
    for (const c of result.cdus) {
      const spec = doc.cdus.find((d) => d.id === c.id)!.pumps;
      const curve = pumpSetCurve(spec, c.pumps.running, 1, 400);
      expect(curve[0].head).toBeCloseTo(1.33334 * spec.ratedHead, 0); // shutoff
      expect(curve[curve.length - 1].head).toBeCloseTo(0, 3);
      const h = headAt(curve, c.pumps.flow)!;
      expect(Math.abs(h - c.pumps.head) / c.pumps.head).toBeLessThan(1e-4);
    }
  });

  it('names what it cannot do', () => {
    expect(systemCurve(doc, 'NO-SUCH-CDU')).toEqual({ error: expect.stringMatching(/NO-SUCH-CDU/) });
    const allFailed = { ...doc, scenarios: [] };
    const cdu = allFailed.cdus[0];
    const one = { ...allFailed, cdus: allFailed.cdus.map((c) => (c.id === cdu.id ? { ...c, pumps: { ...c.pumps, count: 1, standby: 1 } } : c)) };
    const r = systemCurve(one, cdu.id);
    expect('error' in r).toBe(true);
  });
});
