// The benchmark halls (workers/airflow/sample-halls.ts): the contained variant is a valid hall whose every rack
// draws from a roofed cold aisle fed by floor tiles (what the air model's contained figures cover), and its
// containment closes exactly the aisle between a pair's rack fronts.
import { describe, expect, it } from 'vitest';
import { benchHall } from '../../../workers/airflow/sample-halls';
import { loadDocument } from '../../../workers/model/load';
import { serializeDocument } from '../../../workers/model/serialize';
import { designIssues } from '../../../workers/model/validate';
import { racksContained } from '../../../workers/airflow/scope';
import { faceOpensInto } from '../../../workers/model/footprint';

describe('benchHall with cold-aisle containment', () => {
  for (const [L, W] of [[14.4, 9.6], [40, 20]] as const) {
    it(`${L} × ${W} m: loads, has no design issue, and every rack faces into a roofed cold aisle`, () => {
      const doc = benchHall(L, W, 4, { coldAisleContainment: true });
      const loaded = loadDocument(serializeDocument(doc));
      expect(loaded.ok).toBe(true);
      expect(designIssues(doc)).toEqual([]);
      expect(doc.containment.length).toBe(Math.floor((W - 0.6 - 3.6) / 4.8) + 1);
      expect(racksContained(doc)).toBe(true);
      expect(doc.containment.every((c) => c.roof && c.kind === 'coldAisle' && c.leakage === 0.1)).toBe(true);
      for (const rack of doc.racks) {
        const into = doc.containment.filter((c) => faceOpensInto(rack, 1, c));
        expect(into.length, rack.id).toBe(1);
        // the rack's sides lie within the containment's length
        expect(rack.x - 0.3).toBeGreaterThanOrEqual(into[0].x0 - 1e-9);
        expect(rack.x + 0.3).toBeLessThanOrEqual(into[0].x1 + 1e-9);
      }
      // open aisles without the option
      expect(benchHall(L, W, 4).containment).toEqual([]);
    });
  }
});
