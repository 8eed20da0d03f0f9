// The loop cache re-uses generated CDU models and symbolic network work only: a solve with a LoopCache
// gives exactly the results of a solve without one — after a load edit (same topology: cache hit), after a topology
// edit (a rack removed: miss, rebuilt) and after a bad override (failure, then recovery).
import { describe, expect, it } from 'vitest';
import { LoopCache, solveLoops, type LoopFailure, type LoopResult } from '../../../workers/loop';
import type { HallDocument } from '../../../workers/model/schema';
import { sample } from './fixtures';

/** Everything but the wall-clock timing. */
function comparable(r: LoopResult | LoopFailure): unknown {
  if (!r.ok) return r;
  const { timing: _t, ...rest } = r;
  return rest;
}

function withLoad(doc: HallDocument, rackIndex: number, factor: number): HallDocument {
  const liquid = doc.racks.filter((r) => r.cooling !== 'air');
  const id = liquid[rackIndex].id;
  return { ...doc, racks: doc.racks.map((r) => (r.id === id ? { ...r, itLoad: r.itLoad * factor } : r)) };
}

describe('LoopCache', () => {
  it('same results with and without the cache, across load and topology edits', () => {
    const base = sample('ai-hall-mixed');
    const cache = new LoopCache();
    const first = solveLoops(base, {}, undefined, cache);
    expect(comparable(first)).toEqual(comparable(solveLoops(base)));
    expect(cache.misses).toBe(2); // TCS and FWS built once

    const edited = withLoad(base, 2, 1.3);
    const warm = solveLoops(edited, {}, undefined, cache);
    expect(cache.hits).toBe(2); // same topology: both networks re-used
    expect(cache.patched).toBe(1); // the TCS: only the edited CDU's links re-converted (the FWS is always rebuilt)
    expect(comparable(warm)).toEqual(comparable(solveLoops(edited)));
    expect(comparable(warm)).not.toEqual(comparable(first));

    const liquid = base.racks.filter((r) => r.cooling !== 'air');
    const removed: HallDocument = { ...base, racks: base.racks.filter((r) => r.id !== liquid[0].id), cdus: base.cdus.map((c) => ({ ...c, rackIds: c.rackIds.filter((x) => x !== liquid[0].id) })) };
    const changed = solveLoops(removed, {}, undefined, cache);
    expect(cache.misses).toBe(3); // the TCS lost a branch: rebuilt; the FWS is unchanged
    expect(comparable(changed)).toEqual(comparable(solveLoops(removed)));
  });

  it('an unchanged loop re-uses the cached TCS network as it is, with the same results', () => {
    const base = sample('ai-hall-mixed');
    const cache = new LoopCache();
    const a = solveLoops(base, {}, undefined, cache);
    const moved = { ...base, meta: { ...base.meta, notes: 'an edit the loops do not read' } };
    const b = solveLoops(moved, {}, undefined, cache);
    expect(cache.patched).toBe(1);
    expect(comparable(b)).toEqual(comparable(a));
    expect(comparable(b)).toEqual(comparable(solveLoops(moved)));
  });

  it('a bad override fails the same way with a warm cache and the next good solve is unaffected', () => {
    const base = sample('ai-hall-mixed');
    const cache = new LoopCache();
    solveLoops(base, {}, undefined, cache);
    const pipe = `${base.cdus[0].id}/tank`;
    const bad = solveLoops(base, { overrides: { [pipe]: { diameter: 0 } } }, undefined, cache);
    expect(bad).toEqual(solveLoops(base, { overrides: { [pipe]: { diameter: 0 } } }));
    expect(bad.ok).toBe(false);
    expect(comparable(solveLoops(base, {}, undefined, cache))).toEqual(comparable(solveLoops(base)));
    // A valid override changes only that solve: the cached generated components stay as generated.
    const drop = `${base.racks.find((r) => r.cooling !== 'air')!.id}/drop-s`;
    const withOverride = solveLoops(base, { overrides: { [drop]: { diameter: 0.0409 } } }, undefined, cache);
    expect(comparable(withOverride)).toEqual(comparable(solveLoops(base, { overrides: { [drop]: { diameter: 0.0409 } } })));
    expect(comparable(solveLoops(base, {}, undefined, cache))).toEqual(comparable(solveLoops(base)));
  });
});
