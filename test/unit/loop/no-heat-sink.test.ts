// A loop whose CDU gets no facility water has no heat sink and no steady state: its racks and CDU carry no
// temperatures (never the diverging values of the last outer iteration), fail their checks, and a warning
// names the CDU.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadDocument } from '../../../workers/model/load';
import { solveLoops } from '../../../workers/loop';

const text = readFileSync(new URL('../../../assets/samples/ai-hall-mixed.hallflow.json', import.meta.url), 'utf8');

describe('no facility water', () => {
  it('reports no temperatures and failing racks instead of runaway values', () => {
    const r0 = loadDocument(text);
    if (!r0.ok) throw new Error('sample does not load');
    const pumps = r0.doc.plant.pumps.count;
    const failed = Array.from({ length: pumps }, (_, i) => `plant/pump${i + 1}`);
    const r = solveLoops(r0.doc, { failed });
    if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
    const liquid = r.racks.filter((x) => x.cduId !== null);
    expect(liquid.length).toBeGreaterThan(0);
    for (const rack of liquid) {
      expect(rack.returnT).toBeNull();
      expect(rack.caseT).toBeNull();
      expect(rack.ok.all).toBe(false);
    }
    for (const c of r.cdus) expect(c.supplyT).toBeNull();
    expect(r.warnings.some((w) => w.code === 'no-primary-flow')).toBe(true);
    const json = JSON.stringify(r);
    expect(json).not.toMatch(/e\+\d{2,}/);
  });
});
