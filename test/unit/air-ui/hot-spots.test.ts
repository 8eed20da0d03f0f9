// Hot-spot sorting and limits per ASHRAE air class (TC 9.9 2021 Table 2.1 [REFERENCE.md §1]), Herrlin's
// RCI bands (REFERENCE.md §7) and the virtualised table's row window.
import { describe, expect, it } from 'vitest';
import type { RackAirResult } from '../../../workers/airflow';
import { countAbove, hotSpots, intakeLevel, intakeLimits, rciBand } from '../../../renderer/src/panels/air/hot-spots';
import { rowWindow } from '../../../renderer/src/panels/air/virtual-window';

const rack = (id: string, intakeMax: number): RackAirResult => ({
  id, intakeMean: intakeMax - 1, intakeMax, exhaust: intakeMax + 12, airflow: 1, airHeat: 10e3, doorHeat: 0, equipmentDeltaT: 12,
});

describe('intake limits per class', () => {
  it('uses the recommended 27 °C (H1 22 °C) and allowable 32/35/40/45/25 °C', () => {
    expect(['A1', 'A2', 'A3', 'A4', 'H1'].map((c) => intakeLimits(c as 'A1').allMax)).toEqual([32, 35, 40, 45, 25]);
    expect(intakeLimits('A2').recMax).toBe(27);
    expect(intakeLimits('H1').recMax).toBe(22);
  });

  it('classifies an intake: a limit itself is within it', () => {
    expect(intakeLevel(27, 'A1')).toBe('ok');
    expect(intakeLevel(27.1, 'A1')).toBe('aboveRecommended');
    expect(intakeLevel(32, 'A1')).toBe('aboveRecommended');
    expect(intakeLevel(33, 'A1')).toBe('aboveAllowable');
    expect(intakeLevel(33, 'A2')).toBe('aboveRecommended');
    expect(intakeLevel(23, 'H1')).toBe('aboveRecommended');
    expect(intakeLevel(26, 'H1')).toBe('aboveAllowable');
    expect(intakeLevel(44, 'A4')).toBe('aboveRecommended');
  });
});

describe('hot spots', () => {
  const racks = [rack('R3', 24), rack('R1', 36), rack('R2', 29), rack('R5', Number.NaN), rack('R4', 29)];

  it('sorts by max intake, hottest first, ties by id, non-finite last', () => {
    expect(hotSpots(racks, 'A1').map((h) => h.id)).toEqual(['R1', 'R2', 'R4', 'R3', 'R5']);
    expect(hotSpots(racks, 'A1', 2).map((h) => h.id)).toEqual(['R1', 'R2']);
  });

  it('flags levels per class and counts them', () => {
    expect(hotSpots(racks, 'A1').map((h) => h.level)).toEqual(['aboveAllowable', 'aboveRecommended', 'aboveRecommended', 'ok', 'ok']);
    expect(hotSpots(racks, 'A3')[0].level).toBe('aboveRecommended');
    expect(countAbove(racks, 'A1')).toEqual({ recommended: 3, allowable: 1 });
    expect(countAbove(racks, 'H1')).toEqual({ recommended: 4, allowable: 3 });
  });

  it('RCI bands: ≥ 96 good, 91–95 acceptable, ≤ 90 poor', () => {
    expect([100, 96, 95.9, 91, 90.5, 90, 87.5].map(rciBand)).toEqual(['good', 'good', 'acceptable', 'acceptable', 'acceptable', 'poor', 'poor']);
  });
});

describe('row window', () => {
  it('renders the visible rows plus overscan and pads the rest (5,000 racks)', () => {
    const w = rowWindow(21 * 1000, 300, 21, 5000, 6);
    expect(w.start).toBe(994);
    expect(w.end).toBe(1000 + 16 + 6);
    expect(w.padTop + (w.end - w.start) * 21 + w.padBottom).toBe(5000 * 21);
    expect(rowWindow(0, 300, 21, 5).end).toBe(5);
    expect(rowWindow(1e9, 300, 21, 50).end).toBe(50);
  });
});
