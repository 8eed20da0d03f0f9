// Sweeps on the mixed sample's conditions (25 kW of unit capacity and 1.75 m³/s of unit airflow per rack
// position): a 20 kW air rack passes, a 200 kW air rack exceeds the air capacity; facility water swept
// against the W classes on a DLC test row.
import { describe, expect, it } from 'vitest';
import { fwsSweep, powerSweep, sweepRack, testHall } from '../../../workers/scenarios';
import { sample, sampleRack } from '../../unit/verdicts/fixtures';

describe('sweeps', () => {
  const doc = sample('ai-hall-mixed');

  it('power × mode is progressive and tells air from DLC', () => {
    const points = [];
    for (const p of powerSweep(doc, { powersKw: [20, 200], modes: ['air', 'dlc'] })) points.push(p);
    expect(points.map((p) => `${p.mode}@${p.powerKw}:${p.status}`)).toEqual(['air@20:pass', 'air@200:fail', 'dlc@20:pass', 'dlc@200:fail']);
    expect(points[1].governing).toBe('air-capacity');
    expect(points[1].governingMargin).toBeCloseTo(75e3 - 600e3, 0); // 3 × 25 kW per position vs 3 × 200 kW
    expect(sweepRack(doc, 'hybrid-70', 100e3).liquidCaptureFraction).toBe(0.7);
  });

  it('facility supply 17 → 45 °C against the W classes and the liquid checks', () => {
    const hall = testHall(doc, sampleRack(doc, 'dlc'));
    const pts = [...fwsSweep(hall, { temps: [17, 45] })];
    expect(pts[0].wClasses).toEqual(['W17', 'W27', 'W32', 'W40', 'W45', 'W+']);
    expect(pts[1].wClasses).toEqual(['W45', 'W+']);
    expect(pts[1].withinDocumentClass).toBe(false); // document class W40
    expect(pts[1].maxReturnT!).toBeGreaterThanOrEqual(pts[0].maxReturnT!);
    expect(pts[0].ok).toBe(true);
  });
});
