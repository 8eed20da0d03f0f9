import { describe, expect, it } from 'vitest';
import { loadDocument, serializeDocument } from '../../../workers/model/load';
import { migrate, type MigrationRegistry } from '../../../workers/model/migrations';
import { SCHEMA_VERSION } from '../../../workers/model/schema';
import { sampleDoc, sampleText } from './helpers';

const mixed = () => JSON.parse(sampleText('ai-hall-mixed')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const load = (o: unknown) => loadDocument(JSON.stringify(o));
const errorsOf = (r: ReturnType<typeof loadDocument>) => (r.ok ? [] : r.errors);

describe('loadDocument: syntax and version', () => {
  it('reports a syntax error with line and column', () => {
    const r = loadDocument('{\n  "schemaVersion": 1,\n  "meta": }');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.kind).toBe('syntax');
    expect(r.errors[0].path).toBe('line 3, column 11');
    expect(r.errors[0].message).toMatch(/expected a value/);
  });

  it('reports truncated JSON at its end', () => {
    const text = sampleText('legacy-air-hall');
    const r = loadDocument(text.slice(0, 100));
    expect(r.ok || r.kind).toBe('syntax');
    expect(errorsOf(r)[0].message).toMatch(/end of file/);
  });

  it('refuses non-object JSON naming the document', () => {
    for (const t of ['[]', '5', 'null', '"x"']) {
      const r = loadDocument(t);
      expect(r.ok || r.kind).toBe('invalid');
      expect(errorsOf(r)[0].path).toBe('(document)');
    }
  });

  it('names schemaVersion when missing or not an integer', () => {
    const d = mixed();
    delete d.schemaVersion;
    expect(errorsOf(load(d))).toEqual([expect.objectContaining({ path: 'schemaVersion', message: expect.stringMatching(/required/) })]);
    for (const v of [1.5, '1', null]) {
      d.schemaVersion = v;
      const r = load(d);
      expect(r.ok || r.kind).toBe('invalid');
      expect(errorsOf(r)[0].path).toBe('schemaVersion');
    }
  });

  it('refuses a newer schema with a clear message', () => {
    const d = mixed();
    d.schemaVersion = SCHEMA_VERSION + 1;
    const r = load(d);
    expect(r.ok || r.kind).toBe('newerVersion');
    expect(errorsOf(r)[0].message).toBe(`made by a newer Hallflow (schema ${SCHEMA_VERSION + 1}); this version reads up to ${SCHEMA_VERSION}`);
  });

  it('loads the default sample and tolerates a BOM', () => {
    const r = loadDocument(`\ufeff${sampleText('ai-hall-mixed')}`);
    expect(r.ok && r.migratedFrom).toBe(null);
  });
});

describe('loadDocument: schema errors', () => {
  it('maps every zod issue to a bracketed path with the object id', () => {
    const d = mixed();
    d.racks[3].itLoad = -5;
    d.racks[4].cooling = 'steam';
    d.coolingUnits[1].kind = 'heater';
    d.cdus[0].pumps.count = 2.5;
    delete d.meta.name;
    d.envelope.walls = 5;
    const errs = errorsOf(load(d));
    expect(errs).toEqual(expect.arrayContaining([
      { path: 'racks[3] (R-A04).itLoad', message: 'must be ≥ 0 (power, SI)' },
      { path: 'racks[4] (R-A05).cooling', message: 'must be one of "air", "hybrid", "dlc"' },
      { path: 'coolingUnits[1] (CRAH-02).kind', message: 'must be one of "crah", "crac", "fanWall", "inRow"' },
      { path: 'cdus[0] (CDU-A).pumps.count', message: 'must be a whole number' },
      { path: 'meta.name', message: 'is required' },
      { path: 'envelope.walls', message: 'must be an array (got number)' },
    ]));
    expect(errs).toHaveLength(6);
  });

  it('rejects NaN-ish values and strings for numbers', () => {
    const d = mixed();
    d.racks[0].x = 'NaN';
    d.racks[1].y = null;
    const errs = errorsOf(load(d));
    expect(errs).toEqual([
      { path: 'racks[0] (R-A01).x', message: 'must be a finite number' },
      { path: 'racks[1] (R-A02).y', message: 'must be a finite number' },
    ]);
  });
});

describe('loadDocument: referential checks', () => {
  it('reports duplicate ids across collections, dangling rowId and rackIds, zero-length walls and containment', () => {
    const d = mixed();
    d.racks[1].id = 'R-A01';
    d.tiles[0].id = 'CRAH-01';
    d.racks[2].rowId = 'row-Z';
    d.cdus[1].rackIds.push('R-NOPE');
    d.envelope.walls[0].x1 = d.envelope.walls[0].x0;
    d.containment[0].y1 = d.containment[0].y0;
    const errs = errorsOf(load(d));
    expect(errs).toEqual(expect.arrayContaining([
      { path: 'racks[1] (R-A01).id', message: "duplicate id 'R-A01' (also used by racks[0] (R-A01))" },
      { path: 'tiles[0] (CRAH-01).id', message: "duplicate id 'CRAH-01' (also used by coolingUnits[0] (CRAH-01))" },
      { path: 'cdus[0] (CDU-A).rackIds[1]', message: "refers to rack 'R-A02', which does not exist" },
      { path: 'racks[2] (R-A03).rowId', message: "refers to row 'row-Z', which does not exist" },
      { path: 'cdus[1] (CDU-B).rackIds[10]', message: "refers to rack 'R-NOPE', which does not exist" },
      { path: 'envelope.walls[0] (wall-s)', message: 'has zero length (start and end points coincide)' },
      { path: 'containment[0] (HAC-1)', message: 'has zero length or width (x0 = x1 or y0 = y1)' },
    ]));
    expect(errs).toHaveLength(7);
  });

  it('returns design issues as warnings of a loaded file', () => {
    const d = mixed();
    d.racks[0].x = -3;
    const r = load(d);
    expect(r.ok && r.warnings.map((w) => w.objectId)).toContain('R-A01');
  });
});

describe('migrations', () => {
  const registry: MigrationRegistry = {
    0: (doc) => ({ ...doc, renamed: doc.old, old: undefined }),
    1: (doc) => ({ ...doc, added: true }),
  };

  it('runs the chain step by step and stamps each version', () => {
    const r = migrate({ schemaVersion: 0, old: 7 }, 0, registry, 2);
    expect(r).toEqual({ ok: true, doc: { schemaVersion: 2, renamed: 7, old: undefined, added: true } });
  });

  it('does not mutate its input', () => {
    const raw = { schemaVersion: 0, nested: { a: 1 } };
    migrate(raw, 0, { 0: (d) => { (d.nested as { a: number }).a = 2; return d; } }, 1);
    expect(raw.nested.a).toBe(1);
  });

  it('reports a missing step or a failing step, never throws', () => {
    expect(migrate({}, 0, {}, 1)).toEqual({ ok: false, errors: [{ path: 'schemaVersion', message: 'cannot read schema 0: no migration from schema 0 to 1' }] });
    const r = migrate({}, 0, { 0: () => { throw new Error('boom'); } }, 1);
    expect(r.ok || r.errors[0].message).toBe('migration from schema 0 to 1 failed: boom');
  });

  it('loadDocument migrates an old file with an injected registry', () => {
    const d = mixed();
    d.schemaVersion = 0;
    d.meta.title = d.meta.name;
    delete d.meta.name;
    const r = loadDocument(JSON.stringify(d), { 0: (doc) => {
      const meta = doc.meta as Record<string, unknown>;
      return { ...doc, meta: { ...meta, name: meta.title, title: undefined } };
    } });
    expect(r.ok && r.migratedFrom).toBe(0);
    expect(r.ok && r.doc.meta.name).toBe('Mixed AI hall (DLC + air)');
  });
});

describe('serializeDocument', () => {
  it('writes keys in schema order, 2-space indent, trailing newline, stable', () => {
    const doc = sampleDoc('future-300kw-hall');
    const shuffled = JSON.parse(JSON.stringify(doc, Object.keys(doc).reverse()));
    const text = serializeDocument(doc);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "schemaVersion": 1,\n  "meta": {\n    "name"')).toBe(true);
    const rack = { ...doc.racks[0] };
    const reordered = Object.fromEntries(Object.entries(rack).reverse());
    const doc2 = { ...doc, racks: [reordered as typeof rack, ...doc.racks.slice(1)] };
    expect(serializeDocument(doc2)).toBe(text);
    expect(Object.keys(shuffled)).not.toEqual(Object.keys(doc));
  });

  it('round-trips through loadDocument', () => {
    const doc = sampleDoc('legacy-air-hall');
    const r = loadDocument(serializeDocument(doc));
    expect(r.ok && r.doc).toEqual(doc);
  });
});
