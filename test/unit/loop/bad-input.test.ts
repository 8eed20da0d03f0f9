// Expected failures come back named, never thrown, never NaN: bad overrides, a liquid rack with no
// CDU, a CDU with all pumps failed, a disabled CDU, an unknown scenario, unknown override ids.
import { describe, expect, it } from 'vitest';
import { solveLoops, type LoopResult } from '../../../workers/loop';
import { oneRowHall, sample } from './fixtures';

function noNaN(x: unknown): void {
  const bad: string[] = [];
  JSON.stringify(x, (k, v: unknown) => {
    if (typeof v === 'number' && !Number.isFinite(v)) bad.push(k);
    return v;
  });
  expect(bad).toEqual([]);
}

function ok(r: ReturnType<typeof solveLoops>): LoopResult {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
}

describe('bad input', () => {
  it('a zero or negative diameter override is a named build failure', () => {
    for (const d of [0, -0.05]) {
      const r = solveLoops(sample('ai-hall-mixed'), { overrides: { 'R-A03/hose-s': { diameter: d } } });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.stage).toBe('build');
      expect(r.errors[0].elementId).toBe('R-A03/hose-s');
      expect(r.errors[0].message).toMatch(/diameter must be positive/);
    }
  });
  it('a non-positive UA or cold-plate ΔP override is named', () => {
    const a = solveLoops(sample('ai-hall-mixed'), { overrides: { 'CDU-A/hx': { ua: -1 } } });
    expect(a.ok).toBe(false);
    if (!a.ok) expect(a.errors[0].elementId).toBe('CDU-A/hx');
    const b = solveLoops(sample('ai-hall-mixed'), { overrides: { 'R-B02/cold-plate': { designPressureDrop: 0 } } });
    expect(b.ok).toBe(false);
    if (!b.ok) expect(b.errors[0].message).toMatch(/R-B02\/cold-plate: design pressure drop must be positive/);
  });
  it('unknown override ids and fields are warnings, not failures', () => {
    const r = ok(solveLoops(sample('ai-hall-mixed'), { overrides: { 'NOPE/pipe': { length: 3 }, 'R-A01/qd-s': { diameter: 0.1 } } }));
    const w = r.warnings.filter((x) => x.code === 'unknown-override').map((x) => x.elementId);
    expect(w).toEqual(['NOPE/pipe', 'R-A01/qd-s']);
  });
  it('a liquid-cooled rack with no CDU is named (no loop), the rest solves', () => {
    const doc = structuredClone(sample('ai-hall-mixed'));
    doc.racks.push({ ...doc.racks[0], id: 'R-X01', name: 'R-X01', x: 13.5, y: 14.5, rowId: null });
    doc.cdus = doc.cdus.map((c) => ({ ...c, enabled: c.id !== 'CDU-D' }));
    const r = ok(solveLoops(doc));
    const noLoop = r.warnings.filter((w) => w.code === 'no-loop').map((w) => w.elementId);
    // R-X01 is listed by no CDU → nearest enabled CDU; the racks of disabled CDU-D have no loop
    expect(noLoop).toEqual(doc.racks.filter((x) => x.rowId === 'row-D').map((x) => x.id));
    expect(r.racks.find((x) => x.id === 'R-D01')).toMatchObject({ cduId: null, flow: 0, caseT: null });
    expect(r.warnings.find((w) => w.elementId === 'R-D01')!.message).toMatch(/CDU-D is disabled/);
    const hall = { ...doc, cdus: [] };
    const none = ok(solveLoops(hall));
    expect(none.warnings.filter((w) => w.code === 'no-loop')).toHaveLength(41);
    expect(none.warnings[0].message).toMatch(/no enabled CDU/);
    noNaN(r);
    noNaN(none);
  });
  it('a CDU with all pumps failed: named, its racks get no flow and null temperatures', () => {
    const r = ok(solveLoops(sample('ai-hall-mixed'), { failed: ['CDU-C/pump1', 'CDU-C/pump2', 'CDU-C/pump3'] }));
    const w = r.warnings.find((x) => x.code === 'cdu-no-pumps');
    expect(w?.elementId).toBe('CDU-C');
    expect(w?.message).toMatch(/CDU-C\/pump1, CDU-C\/pump2, CDU-C\/pump3/);
    const rack = r.racks.find((x) => x.id === 'R-C05')!;
    expect(rack.flow).toBeLessThan(1e-6);
    expect(rack.caseT).toBeNull();
    expect(r.cdus.find((c) => c.id === 'CDU-C')!.supplyT).toBeNull();
    // the other loops are unaffected
    expect(r.racks.find((x) => x.id === 'R-A05')!.ok.all).toBe(true);
    noNaN(r);
  });
  it('one failed pump: the standby takes over (scenario of the sample)', () => {
    const r = ok(solveLoops(sample('ai-hall-mixed'), { scenarioId: 'scn-cdu-pump' }));
    const c = r.cdus.find((x) => x.id === 'CDU-C')!;
    expect(c.pumps.running).toBe(2);
    expect(c.pumps.failed).toEqual(['CDU-C/pump1']);
    expect(r.warnings.some((x) => x.code === 'cdu-no-pumps')).toBe(false);
  });
  it('an unknown scenario is an input failure', () => {
    const r = solveLoops(sample('ai-hall-mixed'), { scenarioId: 'nope' });
    expect(r).toMatchObject({ ok: false, stage: 'input' });
  });
  it('a hall with no liquid racks returns an empty result', () => {
    const r = ok(solveLoops(sample('legacy-air-hall')));
    expect(r.racks).toEqual([]);
    expect(r.pipes).toEqual([]);
    noNaN(r);
  });
  it('a tiny one-rack loop solves', () => {
    const r = ok(solveLoops(oneRowHall(1)));
    expect(r.racks).toHaveLength(1);
    noNaN(r);
  });
});
