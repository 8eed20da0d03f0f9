// The pipe table's override edits: pure document edits (set, merge, reset a field, clear), empty
// overrides removed, no-op edits return the same document, values checked against the schema ranges.
import { describe, expect, it } from 'vitest';
import { checkOverrideValue, clearLoopOverride, overriddenIds, overrideOf, setLoopOverride } from '../../../renderer/src/panels/loop/overrides';
import { fieldsFor } from '../../../renderer/src/panels/loop/OverrideEditor';
import { sample } from '../loop/fixtures';

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
    expect(fieldsFor('cold-plate')).toEqual([]);
  });
});
