import { describe, expect, it } from 'vitest';
import { defaultCriteria, defaultPiping, defaultPlant, emptyHall } from '../../../workers/model/defaults';
import { loadDocument, serializeDocument } from '../../../workers/model/load';
import { HallDocumentShape } from '../../../workers/model/schema';
import { SAMPLE_KEYS, sampleDoc, sampleText } from './helpers';

describe('sample halls', () => {
  it.each(SAMPLE_KEYS)('%s loads without errors or design warnings', (key) => {
    const r = loadDocument(sampleText(key));
    expect(r.ok ? r.warnings : r.errors).toEqual([]);
  });

  it.each(SAMPLE_KEYS)('%s is written in the serializer format', (key) => {
    expect(serializeDocument(sampleDoc(key))).toBe(sampleText(key));
  });

  it.each(SAMPLE_KEYS)('%s has racks on the 600 mm tile grid', (key) => {
    const doc = sampleDoc(key);
    for (const r of doc.racks) {
      // centre − half extent must be a whole number of tiles (rotation 0/180: width along x)
      const x0 = (r.x - r.width / 2) / 0.6;
      const y0 = (r.y - r.depth / 2) / 0.6;
      expect(Math.abs(x0 - Math.round(x0))).toBeLessThan(1e-6);
      expect(Math.abs(y0 - Math.round(y0))).toBeLessThan(1e-6);
    }
  });

  it('the mixed hall has liquid load covered by CDUs and air load by CRAHs with one unit spare', () => {
    const doc = sampleDoc('ai-hall-mixed');
    const liquid = doc.racks.reduce((s, r) => s + r.itLoad * (r.cooling === 'air' ? 0 : r.liquidCaptureFraction), 0);
    const air = doc.racks.reduce((s, r) => s + r.itLoad, 0) - liquid;
    const cduCap = doc.cdus.reduce((s, c) => s + c.capacity, 0);
    const crah = doc.coolingUnits.map((u) => u.capacity).sort((a, b) => b - a);
    expect(cduCap).toBeGreaterThanOrEqual(liquid);
    expect(crah.slice(1).reduce((s, c) => s + c, 0)).toBeGreaterThanOrEqual(air); // N+1
    for (const c of doc.cdus) expect(c.pumps.standby).toBeGreaterThanOrEqual(1);
    expect(doc.envelope.floor.kind).toBe('raised');
    expect(doc.tiles.length).toBeGreaterThan(0);
    expect(doc.criteria.flowPerPowerTarget * 60000 * 1000).toBeCloseTo(1.5, 6); // OCP 1.5 L/min/kW
    expect(doc.plant.supplyTemp).toBeGreaterThanOrEqual(32);
    expect(doc.plant.supplyTemp).toBeLessThanOrEqual(37);
  });

});

describe('defaults', () => {
  it('emptyHall is a valid document', () => {
    const doc = emptyHall('Hall 1', '2025-01-01T00:00:00Z');
    expect(HallDocumentShape.safeParse(doc).success).toBe(true);
    expect(loadDocument(serializeDocument(doc)).ok).toBe(true);
    expect(emptyHall('').meta.name).toBe('Untitled hall');
  });

  it('criteria follow OCP flow per kW (1.25 / 1.5 / 2.0 L/min/kW)', () => {
    const c = defaultCriteria();
    const lpmPerKw = (v: number) => v * 1000 * 60 * 1000; // m³/s/W → L/min/kW
    expect(lpmPerKw(c.flowPerPowerMin)).toBeCloseTo(1.25, 9);
    expect(lpmPerKw(c.flowPerPowerTarget)).toBeCloseTo(1.5, 9);
    expect(lpmPerKw(c.flowPerPowerMax)).toBeCloseTo(2.0, 9);
    expect(c.airClass).toBe('A1');
    expect(defaultPlant().approach).toBe(5); // NVIDIA DSX dry cooler approach
    expect(defaultPiping().quickDisconnectKv).toBeGreaterThan(0);
  });
});
