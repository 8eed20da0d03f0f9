// The pipe table's override edits: pure document edits (set, merge, reset a field, clear), empty
// overrides removed, no-op edits return the same document, values checked against the schema ranges.
import { describe, expect, it } from 'vitest';
import { checkOverrideValue, clearLoopOverride, overriddenIds, overrideOf, setLoopOverride } from '../../../renderer/src/panels/loop/overrides';
import { fieldsFor } from '../../../renderer/src/panels/loop/OverrideEditor';
import { sample } from '../loop/fixtures';
import { solveLoops, type PipeLoopResult } from '../../../workers/loop';

describe('loop override edits', () => {
  const doc = sample('ai-hall-mixed');

  it('sets, merges, resets and clears one component override', () => {
    const a = setLoopOverride(doc, 'R-A01/drop-s', { diameter: 0.05 });
    expect(a).not.toBe(doc);
    expect(doc.loopOverrides).toBeUndefined();
    expect(overrideOf(a, 'R-A01/drop-s')).toEqual({ elementId: 'R-A01/drop-s', diameter: 0.05 });
    const b = setLoopOverride(a, 'R-A01/drop-s', { length: 4 });
    expect(overrideOf(b, 'R-A01/drop-s')).toEqual({ elementId: 'R-A01/drop-s', diameter: 0.05, length: 4 });
    expect(setLoopOverride(b, 'R-A01/drop-s', { length: 4 })).toBe(b);
    const c = setLoopOverride(b, 'R-A01/valve', { setting: 20 });
    expect([...overriddenIds(c)].sort()).toEqual(['R-A01/drop-s', 'R-A01/valve']);
    const d = setLoopOverride(c, 'R-A01/drop-s', { diameter: undefined, length: undefined });
    expect(overrideOf(d, 'R-A01/drop-s')).toBeNull();
    const e = clearLoopOverride(d, 'R-A01/valve');
    expect(e.loopOverrides).toBeUndefined();
    expect(clearLoopOverride(e, 'R-A01/valve')).toBe(e);
  });

  it('refuses values outside the schema ranges with the schema message', () => {
    expect(checkOverrideValue('diameter', 0)).toMatch(/≥/);
    expect(checkOverrideValue('diameter', Number.NaN)).not.toBeNull();
    expect(checkOverrideValue('diameter', 0.05)).toBeNull();
    expect(checkOverrideValue('status', 'closed')).toBeNull();
  });

  it('offers the fields that apply to each component type', () => {
    expect(fieldsFor('drop').map((f) => f.field)).toEqual(['diameter', 'length', 'minorLoss', 'roughness']);
    expect(fieldsFor('balancing-valve').map((f) => f.field)).toEqual(['diameter', 'setting']);
    expect(fieldsFor('quick-disconnect').map((f) => f.field)).toEqual(['kv']);
    expect(fieldsFor('cold-plate').map((f) => f.field)).toEqual(['designPressureDrop', 'designFlow', 'exponent']);
    expect(fieldsFor('hx-primary').map((f) => f.field)).toEqual(['designPressureDrop', 'designFlow', 'exponent']);
    expect(fieldsFor('pump').map((f) => f.field)).toEqual(['ratedFlow', 'ratedHead', 'speed']);
    expect(fieldsFor('plant-pump').map((f) => f.field)).toEqual(['ratedFlow', 'ratedHead', 'speed']);
  });
});

// Every field the editor offers for a component applies in the engine (no "does not apply" warning), and
// the re-solved result reports the overridden value in its parameters (or its bore / length for pipes).
describe('override fields against the engine', () => {
  const doc = sample('ai-hall-mixed');
  const first = solveLoops(doc);
  if (!first.ok) throw new Error('sample did not solve');
  // one link of every kind the loops have
  const byKind = new Map<string, PipeLoopResult>();
  for (const p of first.pipes) if (!byKind.has(p.kind)) byKind.set(p.kind, p);

  it('offers fields for every kind but the CDU return / tank links, and each applies', () => {
    const overrides: NonNullable<typeof doc.loopOverrides> = [];
    const expected: { id: string; field: string; value: number }[] = [];
    for (const p of byKind.values()) {
      const fields = fieldsFor(p.kind);
      if (fields.length === 0) continue;
      const o: Record<string, unknown> = { elementId: p.id };
      for (const f of fields) {
        // 10 % off the generated value (or a plausible value where the result has none)
        const now = f.current(p);
        const value = now !== null ? (f.field === 'exponent' ? Math.min(3, now * 1.05) : now * 1.1) : f.field === 'minorLoss' ? 1.5 : 4.5e-5;
        o[f.field] = value;
        expected.push({ id: p.id, field: f.field, value });
      }
      overrides.push(o as (typeof overrides)[number]);
    }
    expect(overrides.length).toBeGreaterThanOrEqual(8);
    const r = solveLoops({ ...doc, loopOverrides: overrides });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.warnings.filter((w) => w.code === 'unknown-override')).toEqual([]);
    const after = new Map(r.pipes.map((p) => [p.id, p]));
    for (const e of expected) {
      const p = after.get(e.id)!;
      const shown = e.field === 'diameter' ? p.diameter : e.field === 'length' ? p.length
        : (p.parameters as Record<string, number> | null)?.[e.field];
      if (e.field === 'minorLoss' || e.field === 'roughness') continue; // not part of the result
      expect(shown, `${e.id} ${e.field}`).toBeCloseTo(e.value, 9);
    }
  });

  it('reports generated parameters for components: cold plates, pumps and Kv valves', () => {
    const plate = byKind.get('cold-plate')!, pump = byKind.get('pump')!, qd = byKind.get('quick-disconnect')!;
    expect(plate.parameters?.designPressureDrop).toBeGreaterThan(0);
    expect(plate.parameters?.exponent).toBeGreaterThanOrEqual(1);
    expect(pump.parameters?.ratedHead).toBeGreaterThan(0);
    expect(pump.parameters?.speed).toBeGreaterThan(0);
    expect(qd.parameters?.kv).toBeGreaterThan(0);
    expect(byKind.get('header')!.parameters).toBeNull();
  });
});
