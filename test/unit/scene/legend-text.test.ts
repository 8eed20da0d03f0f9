import { describe, expect, it } from 'vitest';
import { legendUses } from '../../../renderer/src/scene/legend-text';

describe('legendUses', () => {
  it('says nothing when the scale colours the slice alone, or nothing', () => {
    expect(legendUses([])).toBeUndefined();
    expect(legendUses(['slice'])).toBeUndefined();
  });
  it('names the slice when the other scale is shown too (each legend then says what it colours)', () => {
    expect(legendUses(['slice'], true)).toBe('Slice');
    expect(legendUses([], true)).toBeUndefined();
  });
  it('names every layer a scale colours, as a sentence fragment', () => {
    expect(legendUses(['arrows'])).toBe('Arrows');
    expect(legendUses(['slice', 'arrows'])).toBe('Slice and arrows');
    expect(legendUses(['intake faces'])).toBe('Intake faces');
    expect(legendUses(['slice', 'intake faces', 'streamlines'])).toBe('Slice, intake faces and streamlines');
  });
});
