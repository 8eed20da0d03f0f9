// Overrides stored in the document (loopOverrides): optional (files without the field load as before),
// round-trip through save and load, feed the solve (under the solve options' overrides, field by field),
// and bad references come back as design issues naming the element.
import { describe, expect, it } from 'vitest';
import { solveLoops, type LoopResult } from '../../../workers/loop';
import { loadDocument, serializeDocument } from '../../../workers/model/load';
import { designIssues } from '../../../workers/model/validate';
import type { HallDocument } from '../../../workers/model/schema';
import { sample } from './fixtures';

function ok(r: ReturnType<typeof solveLoops>): LoopResult {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
}

const base = sample('ai-hall-mixed');
const rack = base.racks.find((r) => r.cooling !== 'air')!.id;
const cdu = base.cdus[0].id;

describe('loopOverrides in the document', () => {
  it('is optional: the samples have none and load; a document with overrides round-trips', () => {
    expect(base.loopOverrides).toBeUndefined();
    const doc: HallDocument = { ...base, loopOverrides: [{ elementId: `${rack}/drop-s`, diameter: 0.0409 }, { elementId: `${cdu}/hx`, ua: 2e5 }] };
    const text = serializeDocument(doc);
    const back = loadDocument(text);
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.doc.loopOverrides).toEqual(doc.loopOverrides);
  });

  it('refuses out-of-range values by field path', () => {
    const raw = JSON.parse(serializeDocument(base)) as Record<string, unknown>;
    raw.loopOverrides = [{ elementId: `${rack}/drop-s`, diameter: 0 }];
    const r = loadDocument(JSON.stringify(raw));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].path).toContain('loopOverrides[0]');
  });

  it('feeds the solve; the solve options override the document field by field', () => {
    const plain = ok(solveLoops(base));
    const pipe = `${rack}/drop-s`;
    const doc: HallDocument = { ...base, loopOverrides: [{ elementId: pipe, diameter: 0.0409, length: 7 }] };
    const r = ok(solveLoops(doc));
    const p = r.pipes.find((x) => x.id === pipe)!;
    expect(p.diameter).toBe(0.0409);
    expect(p.length).toBe(7);
    expect(p.diameter).not.toBe(plain.pipes.find((x) => x.id === pipe)!.diameter);
    expect(r.warnings.some((w) => w.code === 'unknown-override')).toBe(false);
    const both = ok(solveLoops(doc, { overrides: { [pipe]: { diameter: 0.0525 } } }));
    const q = both.pipes.find((x) => x.id === pipe)!;
    expect(q.diameter).toBe(0.0525);
    expect(q.length).toBe(7);
    // The same override given only as a solve option gives the same result as the document field.
    const viaOptions = ok(solveLoops(base, { overrides: { [pipe]: { diameter: 0.0409, length: 7 } } }));
    expect(viaOptions.racks).toEqual(r.racks);
  });

  it('names unknown elements and fields that do not apply as design issues; valid overrides raise none', () => {
    const doc: HallDocument = {
      ...base,
      loopOverrides: [
        { elementId: `${rack}/drop-s`, diameter: 0.05 },
        { elementId: `${rack}/cold-plate`, designPressureDrop: 5e4, exponent: 2 },
        { elementId: `${cdu}/pump1`, speed: 0.9 },
        { elementId: `${cdu}/hx`, ua: 3e5 },
        { elementId: 'plant/cooler', designPressureDrop: 9e4 },
        { elementId: 'R-NOPE/drop-s', diameter: 0.05 },
        { elementId: `${rack}/cold-plate`, diameter: 0.05 },
        { elementId: `${cdu}/pump99`, speed: 1 },
      ],
    };
    const issues = designIssues(doc).filter((i) => i.field === 'loopOverrides');
    const text = issues.map((i) => i.message).join('\n');
    expect(text).toContain('R-NOPE/drop-s: no such liquid-loop component');
    expect(text).toContain(`${rack}/cold-plate: diameter does not apply to a ΔP–flow component`);
    expect(text).toContain(`${rack}/cold-plate is listed twice`);
    expect(text).toContain(`${cdu}/pump99: ${cdu} has`);
    expect(issues).toHaveLength(4);
    expect(issues.find((i) => i.message.includes('pump99'))!.objectId).toBe(cdu);
  });
});
