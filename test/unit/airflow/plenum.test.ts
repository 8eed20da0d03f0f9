// Raised-floor plenum (hall-problem.ts, couplings.ts updatePlenum): the floor units' airflow leaves through the
// perforated tiles, each by ΔP = K·½ρv² with v the velocity through the tile's own area (its plan area,
// tileSize², less what equipment covers), K from its open area (equipment.ts tileLossCoefficient); the room
// pressure above the tiles shifts the split only slightly. The tile's flow must not depend on how the grid
// happens to cut it: a 0.6 m tile covers 3 × 3 cells of 0.2 m but 1–4 cells of 0.4 m (the fast mode), a
// cell centre on the edge between two tiles goes to the first, and before 2026-11-27 the split used the
// voxelised area of the faces each tile kept, so equal tiles of the fast mode got 0.39 or 0.78 m³/s.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../../workers/model/load';
import { solveAir, type AirResult } from '../../../workers/airflow/index';
import { tileLossCoefficient } from '../../../workers/airflow/equipment';
import { AIR_DENSITY } from '../../../workers/airflow/constants';
import { coveredShare } from '../../../workers/airflow/hall-problem';
import { floorHall } from '../../validation/airflow/openfoam/fixture';

function solved(doc = floorHall(), mode: 'fast' | 'accurate' = 'fast', cellSize?: number): AirResult {
  const r = solveAir(doc, { mode, cellSize, solver: mode === 'accurate' ? { maxSteps: 40, developSteps: 30, minAverageSteps: 5 } : undefined });
  if (!r.ok) throw new Error(r.error.message);
  return r;
}
const supply = (doc = floorHall()) => doc.coolingUnits.reduce((s, u) => s + u.airflow, 0);

describe('raised-floor tiles', () => {
  for (const [mode, h] of [['fast', 0.4], ['accurate', 0.2], ['fast', 0.3]] as const) {
    it(`equal tiles carry equal flows whatever the grid (${mode} mode, ${h} m cells), and together the units' airflow`, () => {
      const r = solved(floorHall(), mode, h);
      const flows = r.plenum!.tiles.map((t) => t.flow);
      expect(flows).toHaveLength(12);
      const mean = supply() / 12;
      for (const q of flows) expect(Math.abs(q / mean - 1)).toBeLessThan(0.03);
      expect(flows.reduce((s, q) => s + q, 0)).toBeCloseTo(supply(), 9);
    }, 60_000);
  }

  it('a tile touching a rack row keeps its whole area (legacy-air-hall, fast mode: cell centres lie on the edges its tiles share with the rack rows)', () => {
    // the sample's three lines of tiles along each cold aisle, the outer ones touching the rack rows; at the
    // fast mode's grid a rack row claimed the cells on the shared edge, which once halved those tiles' flow
    const loaded = loadDocument(readFileSync(new URL('../../../assets/samples/legacy-air-hall.hallflow.json', import.meta.url), 'utf8'));
    if (!loaded.ok) throw new Error('sample');
    const flows = solved(loaded.doc, 'fast').plenum!.tiles.map((t) => t.flow);
    const accurate = solved(loaded.doc, 'accurate').plenum!.tiles.map((t) => t.flow);
    expect(Math.min(...flows) / Math.max(...flows)).toBeGreaterThan(0.8);
    // the same split as the accurate mode's grid gives, within 3 % per tile
    flows.forEach((q, i) => expect(Math.abs(q / accurate[i] - 1)).toBeLessThan(0.03));
  }, 60_000);

  it('coveredShare: a box on a tile covers its overlap, a box touching its edge none', () => {
    const box = (minX: number, minY: number, maxX: number, maxY: number) => ({ minX, minY, maxX, maxY });
    expect(coveredShare(1, 1, 0.6, [box(1.3, 0, 2, 2)])).toBe(0);
    expect(coveredShare(1, 1, 0.6, [box(1, 0, 2, 2)])).toBeCloseTo(0.5, 12);
    expect(coveredShare(1, 1, 0.6, [box(0, 0, 2, 2)])).toBe(1);
    expect(coveredShare(1, 1, 0.6, [box(1, 0, 2, 2), box(0, 1.15, 1, 2)])).toBeCloseTo(0.5 + 0.25 * 0.5, 12);
  });

  it('the plenum pressure is the tiles\' loss K·½ρv² at the tile velocity (v = Q / (n · tileSize²)), whatever the grid', () => {
    const doc = floorHall();
    const v = supply(doc) / (doc.tiles.length * 0.6 * 0.6);
    const dp = tileLossCoefficient(0.25) * 0.5 * AIR_DENSITY * v * v;
    // above the plenum the room sits within a few pascals of its reference: 2 %
    for (const [mode, h] of [['fast', 0.4], ['accurate', 0.2]] as const) expect(Math.abs(solved(doc, mode, h).plenum!.pressure / dp - 1)).toBeLessThan(0.02);
  }, 60_000);

  it('a more open tile carries more: flow ∝ 1/√K at the same plenum-to-room pressure difference', () => {
    const doc = floorHall();
    doc.tiles[0].openArea = 0.5;
    const r = solved(doc, 'fast', 0.4);
    const byId = new Map(r.plenum!.tiles.map((t) => [t.id, t.flow]));
    const other = [...byId.entries()].filter(([id]) => id !== doc.tiles[0].id).map(([, q]) => q);
    const mean = other.reduce((s, q) => s + q, 0) / other.length;
    const expected = Math.sqrt(tileLossCoefficient(0.25) / tileLossCoefficient(0.5));
    expect(byId.get(doc.tiles[0].id)! / mean).toBeGreaterThan(expected * 0.95);
    expect(byId.get(doc.tiles[0].id)! / mean).toBeLessThan(expected * 1.05);
  }, 60_000);

  it('a tile half under a rack carries about half the flow of an open one', () => {
    const doc = floorHall();
    // T-A1 (x 1.8–2.4, y 2.4–3.0) moved 0.3 m towards row A (y 1.2–2.4): half of it under rack A1
    doc.tiles[0].y = 2.4;
    const r = solved(doc, 'accurate', 0.2);
    const byId = new Map(r.plenum!.tiles.map((t) => [t.id, t.flow]));
    const open = byId.get('T-B1')!;
    expect(byId.get('T-A1')! / open).toBeGreaterThan(0.45);
    expect(byId.get('T-A1')! / open).toBeLessThan(0.55);
  }, 60_000);
});
