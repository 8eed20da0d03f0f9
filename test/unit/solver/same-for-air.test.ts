// The room-air auto solve re-runs only for edits the air problem reads: comments, viewpoints, scenarios,
// loop overrides, units and metadata leave the air result current; moving a rack or changing its load does not.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadDocument } from '../../../workers/model/load';
import type { HallDocument } from '../../../workers/model/schema';
import { sameForAir } from '../../../renderer/src/solver/air-solver';

function sample(): HallDocument {
  const r = loadDocument(readFileSync(resolve(import.meta.dirname, '../../../assets/samples/ai-hall-mixed.hallflow.json'), 'utf8'));
  if (!r.ok) throw new Error('sample does not load');
  return r.doc;
}

describe('sameForAir', () => {
  const doc = sample();
  it('ignores fields the air solver does not read', () => {
    expect(sameForAir(doc, { ...doc, unitSystem: doc.unitSystem === 'SI' ? 'IP' : 'SI' })).toBe(true);
    expect(sameForAir(doc, { ...doc, meta: { ...doc.meta, revision: 'B' } })).toBe(true);
    expect(sameForAir(doc, { ...doc, annotations: [], viewpoints: [] })).toBe(true);
    expect(sameForAir(doc, { ...doc, loopOverrides: [{ elementId: 'any', diameter: 0.06 }] })).toBe(true);
    expect(sameForAir(doc, { ...doc, scenarios: [] })).toBe(true);
  });
  it('sees edits of the racks, cooling units and envelope', () => {
    const racks = doc.racks.map((r, i) => (i === 0 ? { ...r, itLoad: r.itLoad + 1000 } : r));
    expect(sameForAir(doc, { ...doc, racks })).toBe(false);
    expect(sameForAir(doc, { ...doc, coolingUnits: doc.coolingUnits.slice(1) })).toBe(false);
    expect(sameForAir(doc, { ...doc, envelope: { ...doc.envelope, ceilingHeight: doc.envelope.ceilingHeight + 0.5 } })).toBe(false);
  });
});
