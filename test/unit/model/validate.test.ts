import { describe, expect, it } from 'vitest';
import { designIssues } from '../../../workers/model/validate';
import { footprintsOverlap, overlappingPairs, corners } from '../../../workers/model/footprint';
import type { HallDocument, RackT } from '../../../workers/model/schema';
import { sampleDoc } from './helpers';

const ids = (doc: HallDocument) => designIssues(doc).map((i) => `${i.objectId}: ${i.message}`);

describe('footprints', () => {
  const box = (x: number, y: number, rotationDeg: number, width = 0.6, depth = 1.2) => ({ x, y, rotationDeg, width, depth });

  it('rotated corners: a 0.6 × 1.2 box at 90° spans 1.2 along x', () => {
    const xs = corners(box(0, 0, 90)).map((c) => c[0]);
    expect(Math.max(...xs) - Math.min(...xs)).toBeCloseTo(1.2, 12);
  });

  it('touching faces do not overlap; 1 cm does', () => {
    expect(footprintsOverlap(box(0, 0, 0), box(0.6, 0, 0))).toBe(false);
    expect(footprintsOverlap(box(0, 0, 0), box(0.59, 0, 0))).toBe(true);
  });

  it('uses the rotated rectangles, not their bounding boxes', () => {
    // two 1 × 1 squares at 45°, centres 1.2 m apart diagonally: bounding boxes (half-size 0.707) overlap,
    // but along the diagonal the squares are separated (their half-width along the axis is 0.5 each; 1.2·cos45 = 0.85 > 1)
    const a = box(0, 0, 45, 1, 1);
    const b = box(1.2, 1.2, 45, 1, 1);
    expect(footprintsOverlap(a, b)).toBe(false);
    expect(footprintsOverlap(a, box(0.5, 0.5, 45, 1, 1))).toBe(true);
  });

  it('spatial hash finds the same pairs as brute force', () => {
    let s = 12345;
    const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
    const items = Array.from({ length: 400 }, () => box(rnd() * 30, rnd() * 30, Math.floor(rnd() * 8) * 45 + rnd() * 10, 0.3 + rnd() * 2, 0.3 + rnd() * 2));
    const brute: [number, number][] = [];
    for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) if (footprintsOverlap(items[i], items[j])) brute.push([i, j]);
    expect(overlappingPairs(items)).toEqual(brute);
    expect(brute.length).toBeGreaterThan(10);
  });
});

describe('designIssues', () => {
  it('flags a rack outside the hall and overlapping footprints', () => {
    const doc = sampleDoc('ai-hall-mixed');
    doc.racks[0].x = -0.1;
    doc.racks[2].x = doc.racks[1].x + 0.3;
    const found = ids(doc);
    expect(found).toContain('R-A01: Rack R-A01 is outside the hall (0–15.6 m × 0–16.2 m)');
    expect(found.some((m) => m.startsWith('R-A03') && m.includes('overlaps Rack R-A02'))).toBe(true);
  });

  it('quotes the hall size rounded to the centimetre', () => {
    const doc = sampleDoc('ai-hall-mixed');
    doc.envelope.length = 6.104393959;
    doc.racks[0].x = 6.2;
    expect(ids(doc)).toContain('R-A01: Rack R-A01 is outside the hall (0–6.1 m × 0–16.2 m)');
  });

  it('flags unknown templates, capture inconsistencies and missing CDUs', () => {
    const doc = sampleDoc('future-300kw-hall');
    doc.racks[0].templateId = 'rack-from-nowhere';
    doc.racks[1].liquidCaptureFraction = 0;
    doc.coolingUnits[0].templateId = 'x';
    const found = ids(doc);
    expect(found).toContain("R-A01: R-A01: template 'rack-from-nowhere' is not in the equipment library");
    expect(found).toContain("IRC-A: IRC-A: template 'x' is not in the equipment library");
    expect(found).toContain('R-A02: R-A02: dlc rack with liquid capture 0 %');
    doc.cdus = [];
    const noCdu = designIssues(doc).filter((i) => i.severity === 'error');
    expect(noCdu).toHaveLength(23); // 24 racks, one with capture 0
  });

  it('flags an air rack with liquid capture', () => {
    const doc = sampleDoc('legacy-air-hall');
    doc.racks[5].liquidCaptureFraction = 0.5;
    expect(ids(doc)).toEqual(['R-A06: R-A06: air-cooled rack with liquid capture 50 % (ignored)']);
  });

  it('flags an aisle narrower than criteria.minAisleWidth', () => {
    const doc = sampleDoc('legacy-air-hall');
    // rows C (y 6.6–7.8) and D (y 9.6–10.8): move D 0.9 m closer → cold aisle 0.9 m < 1.2 m
    for (const r of doc.racks) if (r.rowId === 'row-D') r.y -= 0.9;
    doc.tiles = doc.tiles.filter((t) => t.y < 7);
    doc.containment = doc.containment.slice(0, 1);
    expect(ids(doc)).toEqual(['row-C: Aisle between Row C and Row D is 0.90 m wide, narrower than the 1.2 m minimum']);
  });

  it('flags a roofed hot aisle that racks exhaust into but nothing draws from', () => {
    // ai-hall-mixed: two roofed hot aisles under a ceiling plenum (chimneys), 20 racks exhausting into each,
    // CRAHs returning from the ceiling
    const doc = sampleDoc('ai-hall-mixed');
    const chimneys = (d: HallDocument) => ids(d).filter((m) => m.includes('roofed hot aisle'));
    expect(chimneys(doc)).toEqual([]);
    // units returning at their own top: the chimneys' tops are closed, their air can only leak out
    const top = structuredClone(doc);
    top.coolingUnits.forEach((u) => { if (u.kind !== 'inRow') u.return = 'top'; });
    expect(chimneys(top)).toEqual([
      "HAC-1: Containment Hot aisle A/B: 20 racks exhaust into this roofed hot aisle; under the ceiling plenum it is a chimney into the plenum, but no cooling unit returns from the ceiling, so their air can only leak out through the panels (set the cooling units' return to the ceiling plenum)",
      "HAC-2: Containment Hot aisle C/D: 20 racks exhaust into this roofed hot aisle; under the ceiling plenum it is a chimney into the plenum, but no cooling unit returns from the ceiling, so their air can only leak out through the panels (set the cooling units' return to the ceiling plenum)",
    ]);
    // a disabled unit draws nothing: only one unit returning from the ceiling, and it is off
    const off = structuredClone(top);
    const first = off.coolingUnits[0];
    if (first.kind === 'inRow') throw new Error('the sample\'s first unit is a CRAH');
    first.return = 'ceiling';
    first.enabled = false;
    expect(chimneys(off)).toHaveLength(2);
    off.coolingUnits[0].enabled = true;
    expect(chimneys(off)).toEqual([]);
    // no ceiling plenum: a closed roof
    const noPlenum = structuredClone(doc);
    noPlenum.envelope.ceilingPlenum = null;
    expect(chimneys(noPlenum)).toHaveLength(2);
    expect(chimneys(noPlenum)[0]).toContain('the hall has no ceiling plenum and no in-row cooler draws from it');
    // without a roof the aisle is open at the top; a cold aisle is what racks draw from
    expect(chimneys({ ...noPlenum, containment: noPlenum.containment.map((c) => ({ ...c, roof: false })) })).toEqual([]);
    expect(chimneys({ ...noPlenum, containment: noPlenum.containment.map((c) => ({ ...c, kind: 'coldAisle' as const })) })).toEqual([]);
  });

  it('an in-row cooler whose rear opens into the roofed hot aisle draws from it', () => {
    // future-300kw-hall: in-row coolers at the end of each row, their rears in the hot aisles
    const doc = sampleDoc('future-300kw-hall');
    const chimneys = (d: HallDocument) => ids(d).filter((m) => m.includes('roofed hot aisle'));
    expect(chimneys(doc)).toEqual([]);
    // turned round, they draw from the cold aisles: nothing draws from the hot aisles
    const turned = structuredClone(doc);
    turned.coolingUnits.forEach((u) => { u.rotationDeg += 180; });
    expect(chimneys(turned).map((m) => m.split(':')[0])).toEqual(['HAC-1', 'HAC-2']);
  });

  // Speed belongs to the benchmarks (bench/editor opens 5,000 racks, design checks included), not here.
  it('finds no false overlaps among 5,000 racks in a grid', () => {
    const doc = sampleDoc('ai-hall-mixed');
    doc.envelope.length = 200;
    doc.envelope.width = 200;
    const base: RackT = doc.racks[0];
    doc.racks = Array.from({ length: 5000 }, (_, i) => ({ ...base, id: `r${i}`, name: `r${i}`, x: 20 + (i % 100) * 0.6 + 0.3, y: 20 + Math.floor(i / 100) * 3 + 0.6 }));
    doc.cdus.forEach((c) => { c.rackIds = []; });
    const issues = designIssues(doc);
    expect(issues.filter((i) => i.message.includes('overlaps'))).toEqual([]);
  });
});
