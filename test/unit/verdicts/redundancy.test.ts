// Redundancy levels from hand-made case results (no solver): racks that already fail with everything
// running are reported once and do not make any equipment group "below N"; a group is N when losing one
// of its units fails a rack that passes by design. Capacities of the default sample, by hand:
//   air heat = 20 × 120 kW × 0.15 + 20 × 140 kW × 0.15 + 10 × 20 kW = 980 kW; CRAHs 5 × 250 kW = 1250 kW
//   liquid heat = 0.85 × (20 × 120 + 20 × 140) kW = 4420 kW; CDUs 4 × 1350 kW = 5400 kW; plant 4 × 1600 kW
// Half of each group (2 units) covers none of these loads, so no group reaches 2N.
import { describe, expect, it } from 'vitest';
import { solveLoops } from '../../../workers/loop';
import { assembleRedundancy, failureCases, redundancyDesignFrom, runRedundancyCase, type FailureCase, type RackVerdict, type RedundancyCaseResult } from '../../../workers/verdicts';
import { applyToDocument, DESIGN_INPUTS, loopOptions, sameAirSolve, sameLoopSolve } from '../../../workers/scenarios';
import { sample } from './fixtures';

const verdict = (rackId: string, status: RackVerdict['status']): RackVerdict => ({
  rackId, mode: 'dlc', verdict: status === 'fail' ? 'not-coolable' : 'dlc', status, governing: status === 'fail' ? 'inlet-allowable' : null,
  governingMargin: status === 'fail' ? -1 : 1, checks: [], reasons: [], undecided: false,
});

describe('redundancy levels', () => {
  const doc = sample('ai-hall-mixed');
  const ids = doc.racks.map((r) => r.id);
  const [A, B] = ids;
  const cases = new Map(failureCases(doc).map((c) => [c.id, c]));
  /** A case result in which the given racks fail and every other rack passes. */
  const run = (id: string, failing: string[]): RedundancyCaseResult => ({
    failure: cases.get(id) as FailureCase, racks: ids.map((r) => verdict(r, failing.includes(r) ? 'fail' : 'pass')),
    air: 'ok', loops: 'ok', source: { air: 'solved', loops: 'solved' }, airSteps: null, seconds: 0,
  });

  it('reports the design failures once and judges each group only by what a failure makes worse', () => {
    const m = assembleRedundancy(doc, [
      run('CRAH-01', [A, B]), // B passes by design: CRAH-01 makes things worse
      run('design', [A]),
      run('CRAH-02', [A]), run('CDU-A', [A]), run('CDU-B', [A]), run('plant/unit1', [A]),
    ]);
    expect(m.design).toEqual({ failing: [A], incomplete: [] });
    const level = (k: string) => m.levels.find((l) => l.kind === k)!;
    expect(level('cooling-unit').level).toBe('N');
    expect(level('cooling-unit').failingCases).toEqual(['CRAH-01']);
    expect(level('cdu').level).toBe('N+1'); // 5400 ≥ 4420 kW, 2 × 1350 < 4420 kW
    expect(level('cdu').failingCases).toEqual([]);
    expect(level('plant-unit').level).toBe('N+1'); // 6400 ≥ 4420 kW, 2 × 1600 < 4420 kW
    expect(level('plant-pump').level).toBe('not evaluated'); // no plant-pump case among the results
    const row = (id: string) => m.cells[m.cases.findIndex((c) => c.id === id)];
    expect(row('CRAH-01').map((c) => c.worse).filter(Boolean).length).toBe(1);
    expect(row('CRAH-01')[1].worse).toBe(true);
    expect(row('CRAH-01')[0]).toMatchObject({ status: 'fail', worse: false }); // fails by design already
    expect(row('design').every((c) => !c.worse)).toBe(true);
  });

  it('carries each case verdict\'s undecided flag into its cell (an inlet margin inside the air figure)', () => {
    const flagged = run('CRAH-01', []);
    const racks = flagged.racks.map((v, k) => (k === 1 ? { ...v, undecided: true } : v));
    const m = assembleRedundancy(doc, [run('design', []), { ...flagged, racks }]);
    const row = m.cells[m.cases.findIndex((c) => c.id === 'CRAH-01')];
    expect(row.map((c) => c.undecided)).toEqual(ids.map((_, k) => k === 1));
    expect(m.cells[m.cases.findIndex((c) => c.id === 'design')].some((c) => c.undecided)).toBe(false);
  });

  it('is N+1 for every group when no failure adds a failing rack, however many fail by design', () => {
    const m = assembleRedundancy(doc, [run('design', [A, B]), run('CRAH-01', [A, B]), run('CDU-A', [B])]);
    expect(m.design!.failing).toEqual([A, B]);
    expect(m.levels.find((l) => l.kind === 'cooling-unit')!.level).toBe('N+1');
    expect(m.levels.find((l) => l.kind === 'cdu')!.level).toBe('N+1');
  });

  it('is below N when a group cannot carry its load with every unit running (capacity check)', () => {
    const weak = structuredClone(doc);
    for (const u of weak.coolingUnits) u.capacity = 150e3; // 5 × 150 = 750 kW < 980 kW of air heat
    const m = assembleRedundancy(weak, [run('design', []), run('CRAH-01', [])]);
    expect(m.levels.find((l) => l.kind === 'cooling-unit')!).toMatchObject({ level: 'below N', capacity: 750e3 });
    expect(m.levels.find((l) => l.kind === 'cooling-unit')!.load).toBeCloseTo(980e3, 6);
  });

  it('has no design summary and evaluates no level without the design case', () => {
    const m = assembleRedundancy(doc, [run('CRAH-01', [])]);
    expect(m.design).toBeNull();
    expect(m.levels.find((l) => l.kind === 'cooling-unit')!.level).toBe('not evaluated');
  });
});

describe('which side a failure leaves unchanged (solver inputs compared, not assumed by kind)', () => {
  const doc = sample('ai-hall-mixed');
  const s = (failed: string[], loadFactor = 1) => ({ failed, loadFactor, ambientDryBulb: null, facilitySupplyTemp: null });
  it('a CRAH failure gives the loop solver the design inputs; a CDU or pump failure does not', () => {
    expect(loopOptions(doc, s(['CRAH-01'])).failed).toEqual([]);
    expect(sameLoopSolve(doc, s(['CRAH-01']), DESIGN_INPUTS)).toBe(true);
    expect(sameLoopSolve(doc, s(['CDU-A']), DESIGN_INPUTS)).toBe(false);
    expect(sameLoopSolve(doc, s(['CDU-A/pump3']), DESIGN_INPUTS)).toBe(false);
    expect(sameLoopSolve(doc, s(['plant/pump1']), DESIGN_INPUTS)).toBe(false);
    expect(sameLoopSolve(doc, s(['CRAH-01'], 0.8), DESIGN_INPUTS)).toBe(false); // load changes the liquid heat
  });
  it('a CDU, pump or plant failure gives the air solver the design inputs; a CRAH failure does not', () => {
    for (const id of ['CDU-A', 'CDU-A/pump1', 'plant/unit1', 'plant/pump2']) expect(sameAirSolve(doc, s([id]), DESIGN_INPUTS)).toBe(true);
    expect(sameAirSolve(doc, s(['CRAH-01']), DESIGN_INPUTS)).toBe(false);
    expect(sameAirSolve(doc, s([], 0.8), DESIGN_INPUTS)).toBe(false);
    // the air solver sees only the document with failed units off: the same object when none is failed
    expect(applyToDocument(doc, s(['CDU-A']))).toBe(doc);
  });
});

describe('design case from results the app already has', () => {
  const doc = sample('ai-hall-mixed');
  it("the app's loop solve (options {}) is the design case's loop solve: equal results", () => {
    const app = solveLoops(doc, {}), design = solveLoops(doc, loopOptions(doc, DESIGN_INPUTS));
    expect(app.ok && design.ok).toBe(true);
    if (!app.ok || !design.ok) return;
    expect(app.racks).toEqual(design.racks);
    expect(app.cdus).toEqual(design.cdus);
  });
  it('builds the base without solving; a CDU failure then reuses its air result and solves its loops', () => {
    const loops = solveLoops(doc, {});
    const { result, base } = redundancyDesignFrom(doc, { air: 'fast' }, null, loops);
    expect(result.source).toEqual({ air: 'skipped', loops: 'design result (same solver inputs)' });
    expect(base.loops).toBe(loops);
    const cdu = failureCases(doc).find((c) => c.id === 'CDU-A')!;
    const r = runRedundancyCase(doc, cdu, { air: 'fast' }, base);
    expect(r.source).toEqual({ air: 'design result (same solver inputs)', loops: 'solved' });
    // CDU-A's racks lose their coolant: every one of them fails the coolant-flow check
    const served = new Set(doc.cdus.find((c) => c.id === 'CDU-A')!.rackIds);
    expect(served.size).toBeGreaterThan(0);
    for (const v of r.racks.filter((x) => served.has(x.rackId))) expect(v.checks.find((c) => c.id === 'coolant-flow')?.status).toBe('fail');
  });
});
