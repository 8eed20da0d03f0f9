// Invariants of a full loop solve on the default sample and on a generated 1,000-rack hall (the bench's
// layout): continuity at every junction (Σ link flows in = Σ out), the CDU and plant energy balances,
// every pipe and node result naming model rows that exist, and a solve with a fresh LoopCache, one
// without and a warm one (cached CDU parts and patched network after a one-rack load edit) giving
// deep-equal results.
import { describe, expect, it } from 'vitest';
import { buildLoopPlan, LoopCache, resolveInputs, solveLoops, type LoopFailure, type LoopResult } from '../../../workers/loop';
import type { HallDocument } from '../../../workers/model/schema';
import { sample } from './fixtures';
import { generatedHall } from '../../../workers/loop/sample-halls';

function ok(r: LoopResult | LoopFailure): LoopResult {
  if (!r.ok) throw new Error(JSON.stringify(r.errors.slice(0, 3)));
  return r;
}

/** Everything but the wall-clock timing. */
function comparable(r: LoopResult): unknown {
  const { timing: _t, ...rest } = r;
  return rest;
}

function withLoad(doc: HallDocument, index: number, factor: number): HallDocument {
  return { ...doc, racks: doc.racks.map((r, i) => (i === index ? { ...r, itLoad: r.itLoad * factor } : r)) };
}

function checkInvariants(doc: HallDocument, r: LoopResult): void {
  // Continuity: at every node that is not a fixed-pressure node, the link flows balance.
  const inputs = resolveInputs(doc, {}, 30);
  if (typeof inputs === 'string') throw new Error(inputs);
  const plan = buildLoopPlan(doc, inputs);
  if ('ok' in plan) throw new Error('build');
  const fixed = new Set<string>();
  for (const s of [plan.tcs, plan.fws]) {
    if (!s) continue;
    for (const n of s.model.nodes) if (n.fixedPressure !== null) fixed.add(n.id);
    expect(s.model.links.length).toBe(s.model.nLinks);
  }
  const net = new Map<string, number>();
  let qMax = 0;
  for (const p of r.pipes) {
    net.set(p.from, (net.get(p.from) ?? 0) - p.flow);
    net.set(p.to, (net.get(p.to) ?? 0) + p.flow);
    qMax = Math.max(qMax, Math.abs(p.flow));
  }
  const nodeIds = new Set(r.nodes.map((n) => n.id));
  expect(nodeIds.size).toBe(r.nodes.length);
  let worst = 0;
  for (const [id, q] of net) {
    expect(nodeIds.has(id)).toBe(true);
    if (!fixed.has(id)) worst = Math.max(worst, Math.abs(q));
  }
  expect(worst / qMax).toBeLessThan(1e-6);
  expect(new Set(r.pipes.map((p) => p.id)).size).toBe(r.pipes.length);
  // Energy: rack heat = CDU HX heat = heat rejected by the plant (within the solve's balances).
  const rackHeat = r.racks.reduce((s, x) => s + (x.cduId !== null ? x.liquidHeat : 0), 0);
  const hxHeat = r.cdus.reduce((s, c) => s + c.hxHeat, 0);
  expect(Math.abs(rackHeat - hxHeat) / rackHeat).toBeLessThan(1e-3);
  expect(r.convergence.energyBalanceError).toBeLessThan(1e-3);
  expect(Math.abs(hxHeat - r.plant!.heatRejected) / hxHeat).toBeLessThan(1e-3);
}

describe('loop solve invariants', () => {
  it('default sample: continuity, energy, cold = fresh cache = warm cache', () => {
    const doc = sample('ai-hall-mixed');
    const cold = ok(solveLoops(doc));
    checkInvariants(doc, cold);
    const cache = new LoopCache();
    expect(comparable(ok(solveLoops(doc, {}, undefined, cache)))).toEqual(comparable(cold));
    const edited = withLoad(doc, doc.racks.findIndex((x) => x.cooling !== 'air'), 1.2);
    expect(comparable(ok(solveLoops(edited, {}, undefined, cache)))).toEqual(comparable(ok(solveLoops(edited))));
  });

  it('generated 1,000-rack hall: continuity, energy, cold = fresh cache = warm cache (patched)', () => {
    const doc = generatedHall(sample('ai-hall-mixed'), 1000);
    const cold = ok(solveLoops(doc));
    expect(cold.pipes.length).toBeGreaterThan(10000);
    checkInvariants(doc, cold);
    const cache = new LoopCache();
    expect(comparable(ok(solveLoops(doc, {}, undefined, cache)))).toEqual(comparable(cold));
    const edited = withLoad(doc, 517, 1.1);
    const warm = ok(solveLoops(edited, {}, undefined, cache));
    expect(cache.patched).toBe(1);
    expect(comparable(warm)).toEqual(comparable(ok(solveLoops(edited))));
  }, 60_000);
});
