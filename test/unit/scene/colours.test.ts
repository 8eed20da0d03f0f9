// Rack colour modes: categories (Okabe–Ito), values per mode, ranges, sRGB → linear conversion.
import { describe, expect, it } from 'vitest';
import { Color } from 'three';
import type { RackT } from '../../../workers/model/schema';
import { COLOUR_MODES, COOLING_CATEGORIES, hexToRgb, srgbToLinear, valueRange, writeLinear } from '../../../renderer/src/scene/colours';
import { OKABE_ITO } from '../../../workers/colormap';

const rack = (p: Partial<RackT>): RackT => ({ itLoad: 100e3, liquidCaptureFraction: 0.8, cooling: 'dlc', ...p }) as RackT;

describe('colour modes', () => {
  it('colours cooling types with distinct Okabe–Ito colours', () => {
    const hexes = COOLING_CATEGORIES.map((c) => c.hex);
    expect(new Set(hexes).size).toBe(3);
    for (const h of hexes) expect(OKABE_ITO.map((c) => c.hex)).toContain(h);
    const m = COLOUR_MODES.cooling;
    if (m.kind !== 'categorical') throw new Error('cooling is categorical');
    expect(m.categories[m.categoryOf(rack({ cooling: 'air' }))].key).toBe('air');
    expect(m.categories[m.categoryOf(rack({ cooling: 'hybrid' }))].key).toBe('hybrid');
    expect(m.categories[m.categoryOf(rack({ cooling: 'dlc' }))].key).toBe('dlc');
  });

  it('splits IT load into heat to air and heat to liquid', () => {
    const r = rack({ itLoad: 120e3, liquidCaptureFraction: 0.85 });
    const val = (k: 'itLoad' | 'airHeat' | 'liquidHeat') => {
      const m = COLOUR_MODES[k];
      if (m.kind !== 'sequential') throw new Error(`${k} is sequential`);
      return m.value(r);
    };
    expect(val('itLoad')).toBe(120e3);
    expect(val('airHeat')).toBeCloseTo(18e3, 6);
    expect(val('liquidHeat')).toBeCloseTo(102e3, 6);
    expect(val('airHeat') + val('liquidHeat')).toBeCloseTo(val('itLoad'), 6);
  });

  it('uses viridis for loads and cividis for liquid heat, shown in kW', () => {
    for (const k of ['itLoad', 'airHeat', 'liquidHeat'] as const) {
      const m = COLOUR_MODES[k];
      if (m.kind !== 'sequential') throw new Error(`${k} is sequential`);
      expect(m.unit).toBe('kW');
      expect(m.scale).toBe(1e-3);
      expect(m.colormap).toBe(k === 'liquidHeat' ? 'cividis' : 'viridis');
    }
  });

  it('ranges loads from zero to the largest value', () => {
    expect(valueRange([5, 30, 12])).toEqual({ min: 0, max: 30 });
    expect(valueRange([])).toEqual({ min: 0, max: 0 });
  });
});

describe('colour conversion', () => {
  it('converts sRGB to linear like three.js', () => {
    for (const hex of ['#56b4e9', '#0072b2', '#cc79a7', '#808080']) {
      const [r, g, b] = hexToRgb(hex);
      const c = new Color(hex); // three converts sRGB hex to linear working space
      expect(srgbToLinear(r)).toBeCloseTo(c.r, 5);
      expect(srgbToLinear(g)).toBeCloseTo(c.g, 5);
      expect(srgbToLinear(b)).toBeCloseTo(c.b, 5);
    }
  });

  it('writes linear colours into a buffer at an offset', () => {
    const out = new Float32Array(6);
    writeLinear(out, 3, 1, 0, 0.5);
    expect(out[3]).toBe(1);
    expect(out[4]).toBe(0);
    expect(out[5]).toBeCloseTo(0.214041, 5);
  });
});
