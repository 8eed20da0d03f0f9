// The engine facade warm-starts a room-air solve only across a small edit (workers/airflow/warm-key.ts): the
// edit the stated figures were checked after (openfoam.test.ts: one rack's load +50 %) and moving a rack are
// small; a change to the cooling side, the rack count or the racks' total airflow by more than 10 % is not,
// and solves from rest, so that its result is the cold start's, bit for bit.
import { describe, expect, it } from 'vitest';
import { createEngine, type AirView, type AirWarmState } from '../../../workers/api';
import type { AirFailure } from '../../../workers/airflow';
import { warmKey, warmStartAcross, WARM_AIRFLOW_CHANGE } from '../../../workers/airflow/warm-key';
import type { HallDocument } from '../../../workers/model/schema';
import { REFERENCE_HALLS, smallHall } from '../../validation/airflow/openfoam/fixture';

const across = (a: HallDocument, b: HallDocument) => warmStartAcross(warmKey(a), warmKey(b));
const edit = (doc: HallDocument, f: (d: HallDocument) => void) => { const d = structuredClone(doc); f(d); return d; };

describe('what counts as a small edit', () => {
  it('the edit the stated figures were checked after (first rack\'s load +50 %) is small on every reference hall', () => {
    for (const [name, make] of Object.entries(REFERENCE_HALLS)) {
      const doc = make();
      const edited = edit(doc, (d) => { d.racks[0].itLoad *= 1.5; });
      const change = warmKey(edited).airflow / warmKey(doc).airflow - 1;
      expect(change, name).toBeGreaterThan(0);
      expect(change, name).toBeLessThan(WARM_AIRFLOW_CHANGE);
      expect(across(doc, edited), name).toBe(true);
    }
  });

  it('moving a rack is small; the cooling side, the rack count or a large airflow change is not', () => {
    const doc = smallHall();
    expect(across(doc, doc)).toBe(true);
    expect(across(doc, edit(doc, (d) => { d.racks[2].x += 0.2; }))).toBe(true);
    expect(across(doc, edit(doc, (d) => { d.coolingUnits[0].enabled = false; }))).toBe('the cooling units, tiles, containment or envelope changed');
    expect(across(doc, edit(doc, (d) => { d.coolingUnits[1].airflow *= 0.9; }))).toBe('the cooling units, tiles, containment or envelope changed');
    expect(across(doc, edit(doc, (d) => { d.envelope.ceilingHeight += 0.2; }))).toBe('the cooling units, tiles, containment or envelope changed');
    expect(across(doc, edit(doc, (d) => { d.containment.push({ id: 'C', name: 'C', kind: 'coldAisle', x0: 1, y0: 2, x1: 6, y1: 3.4, height: 2, roof: true, leakage: 0.1 }); })))
      .toBe('the cooling units, tiles, containment or envelope changed');
    expect(across(doc, edit(doc, (d) => { d.racks.pop(); }))).toBe('the number of racks changed (10 → 9)');
    expect(across(doc, edit(doc, (d) => { d.racks.forEach((r) => { r.itLoad *= 1.2; }); }))).toBe('the racks\' total airflow changed by 20 %');
  });
});

describe('the engine facade', () => {
  const solve = async (engine: ReturnType<typeof createEngine>, doc: HallDocument): Promise<AirView> => {
    const r: AirView | AirFailure = await engine.solveAir(doc, { mode: 'fast', warmStart: true });
    if (!r.ok) throw new Error(r.error.message);
    return r;
  };
  const intakes = (r: AirView) => r.racks.map((x) => [x.intakeMean, x.intakeMax]);

  it('warm-starts after moving a rack, solves from rest after a cooling unit is disabled (the cold start\'s result)', async () => {
    const engine = createEngine();
    const doc = smallHall();
    const first = await solve(engine, doc);
    expect(first.accuracy.basis).not.toContain('this solve was warm-started');
    const moved = edit(doc, (d) => { d.racks[2].x += 0.2; });
    const warm = await solve(engine, moved);
    expect(warm.accuracy.basis).toContain('this solve was warm-started');
    // a fresh engine solves it from rest: the warm start changed where the solver started
    expect(warm.convergence.steps).toBeLessThan((await solve(createEngine(), moved)).convergence.steps);
    const failed = edit(moved, (d) => { d.coolingUnits[0].enabled = false; });
    const after = await solve(engine, failed);
    expect(after.accuracy.basis).not.toContain('this solve was warm-started');
    const cold = await solve(createEngine(), failed);
    expect(after.convergence.steps).toBe(cold.convergence.steps);
    expect(intakes(after)).toEqual(intakes(cold));
  }, 120_000);

  // The app keeps the warm state in the UI and sends it back (a cancelled job's worker is terminated, and the
  // pool may run the next job on another worker): another engine instance warm-starts from it exactly as the
  // one that solved would, and ignores a state of another mode or one that does not fit the grid.
  it('warm-starts from a warm state sent with the request (warmFrom), as the engine that made it would', async () => {
    const solved = async (engine: ReturnType<typeof createEngine>, doc: HallDocument, warmFrom?: AirWarmState) => {
      const r = await engine.solveAir(doc, { mode: 'fast', warmStart: true, warmFrom });
      if (!r.ok) throw new Error(r.error.message);
      return r;
    };
    const doc = smallHall();
    const first = await solved(createEngine(), doc);
    expect(first.warm.mode).toBe('fast');
    const moved = edit(doc, (d) => { d.racks[2].x += 0.2; });
    const own = createEngine();
    await solved(own, doc);
    const same = await solved(own, moved);
    const other = await solved(createEngine(), moved, first.warm);
    expect(other.accuracy.basis).toContain('this solve was warm-started');
    expect(other.convergence.steps).toBe(same.convergence.steps);
    expect(intakes(other)).toEqual(intakes(same));
    const cold = await solved(createEngine(), moved);
    // not of this mode: ignored (the engine has nothing of its own either, so from rest)
    const wrongMode = await solved(createEngine(), moved, { ...first.warm, mode: 'accurate' });
    expect(wrongMode.accuracy.basis).not.toContain('this solve was warm-started');
    expect(intakes(wrongMode)).toEqual(intakes(cold));
    // a field of the wrong length (checked, not trusted, after crossing a worker boundary): from rest
    const { state } = first.warm;
    const truncated = { ...first.warm, state: { ...state, fields: { ...state.fields, t: state.fields.t.subarray(1) } } };
    const bad = await solved(createEngine(), moved, truncated);
    expect(bad.accuracy.basis).not.toContain('this solve was warm-started');
    expect(intakes(bad)).toEqual(intakes(cold));
  }, 120_000);
});
