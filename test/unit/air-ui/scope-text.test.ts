// The air panel's scope line (renderer/src/panels/air/scope-text.ts): what a hall has beyond the OpenFOAM
// reference halls, with its measured quantities in the user's unit system.
import { describe, expect, it } from 'vitest';
import { scopeText } from '../../../renderer/src/panels/air/scope-text';
import { article, outsideReferences } from '../../../workers/airflow/scope';
import { formatQuantity } from '../../../workers/units/format';
import { fanwallHall, smallHall } from '../../validation/airflow/openfoam/fixture';

describe('scopeText', () => {
  const doc = smallHall();
  doc.envelope.ceilingHeight = 7;
  doc.racks[0].itLoad = 45_000;
  doc.containment = [{ id: 'C1', name: 'C1', kind: 'hotAisle', x0: 2, y0: 2, x1: 5, y1: 3.2, height: 2, roof: true, leakage: 0.05 }];
  const items = outsideReferences(doc);

  it('SI: the engine\'s quantities in m and kW', () => {
    expect(scopeText(items, (si, kind) => formatQuantity(si, kind, 'SI'))).toBe('not measured on halls with roofed hot-aisle containment that is neither a chimney into the ceiling return nor drawn by in-row coolers, a 7.00 m ceiling (references: 3.00 m–6.00 m), racks putting up to 45.0 kW into the air (references: 3.00 kW–30.0 kW)');
  });

  it('IP: the same in ft and BTU/h, no SI unit left', () => {
    const text = scopeText(items, (si, kind) => formatQuantity(si, kind, 'IP'));
    expect(text).toContain('hot-aisle containment');
    expect(text).toMatch(/a 23\.0 ft ceiling \(references: 9\.84 ft–19\.7 ft\)/);
    expect(text).toMatch(/racks putting up to [\d,]+ BTU\/h into the air/);
    expect(text).not.toMatch(/\d m\b|kW/);
  });

  it('racks exhausting into a hot-aisle chimney: their own range (the fanwall and tallfan halls)', () => {
    const d = fanwallHall();
    d.racks[0].itLoad = 65_000;
    expect(scopeText(outsideReferences(d), (si, kind) => formatQuantity(si, kind, 'SI'))).toBe('not measured on halls with racks exhausting into a hot-aisle chimney putting up to 65.0 kW into the air (references: 3.00 kW–60.0 kW)');
  });

  it('a ceiling above 4.6 m over racks not all in a chimney: the open-aisle halls\' range, in SI and IP', () => {
    const d = smallHall();
    d.envelope.ceilingHeight = 5.5;
    const found = outsideReferences(d);
    expect(scopeText(found, (si, kind) => formatQuantity(si, kind, 'SI'))).toBe('not measured on halls with a 5.50 m ceiling over racks that do not all exhaust into a hot-aisle chimney (references: 3.00 m–4.60 m; up to 6.00 m over chimneys)');
    expect(scopeText(found, (si, kind) => formatQuantity(si, kind, 'IP'))).toBe('not measured on halls with an 18.0 ft ceiling over racks that do not all exhaust into a hot-aisle chimney (references: 9.84 ft–15.1 ft; up to 19.7 ft over chimneys)');
  });

  it('reads the article as the number is spoken (an 8 m, an 11.0 ft, an 11,000 BTU/h; a 1.5 m, a 110 ft, a 1,800 BTU/h)', () => {
    for (const x of ['8.00 m', '8 m', '11.0 ft', '18.0 ft', '18 ft', '80.0 kW', '800 kW', '11,000 BTU/h', '18,500 BTU/h', '11,000,000 BTU/h']) expect(article(x), x).toBe('an');
    for (const x of ['1.50 m', '7.00 m', '110 ft', '180 ft', '1,100 ft', '110,000 BTU/h', '1,800 BTU/h', '3.00 m', '19.7 ft', '1.1 m']) expect(article(x), x).toBe('a');
  });

  it('racks behind rear doors: their own range (the doors hall), in SI and IP', () => {
    const d = smallHall();
    d.racks[0].itLoad = 45_000;
    d.racks[0].rearDoor = { templateId: null, capacity: 35e3, ua: 3520, waterSupplyTemp: 18, waterFlow: 1.4e-3, airPressureDrop: 30, enabled: true };
    const found = outsideReferences(d);
    expect(scopeText(found, (si, kind) => formatQuantity(si, kind, 'SI'))).toBe('not measured on halls with racks with rear doors putting up to 45.0 kW into the air before their doors (references: 3.00 kW–40.0 kW)');
    const ip = scopeText(found, (si, kind) => formatQuantity(si, kind, 'IP'));
    expect(ip).toMatch(/^not measured on halls with racks with rear doors putting up to [\d,]+ BTU\/h into the air before their doors \(references: [\d,]+ BTU\/h–[\d,]+ BTU\/h\)$/);
  });
});
