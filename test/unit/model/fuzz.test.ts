// Fuzz test of the loader: thousands of seeded mutations of the sample halls (deleted fields, wrong
// types, negative numbers, NaN-ish strings, huge arrays, truncated or corrupted JSON, duplicate ids).
// The loader must never throw; every rejection carries ≥ 1 error and every error names a field path
// (or the syntax position).
import { describe, expect, it } from 'vitest';
import { prng } from '../../helpers/prng';
import { loadDocument } from '../../../workers/model/load';
import { HallDocumentShape } from '../../../workers/model/schema';
import { SAMPLE_KEYS, sampleText } from './helpers';


type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

function allPaths(v: Json, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(v)) v.forEach((x, i) => allPaths(x, [...path, i], out));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) allPaths(x, [...path, k], out);
  return out;
}

function parentOf(root: Json, path: Path): [Json, string | number] | null {
  if (path.length === 0) return null;
  let cur = root;
  for (const seg of path.slice(0, -1)) cur = (cur as Record<string | number, Json>)[seg];
  return [cur, path[path.length - 1]];
}

const WRONG: Json[] = ['NaN', 'Infinity', '-Infinity', '1e999', 'abc', '', '  42  ', null, true, [], {}, [1, 2], { value: 1 }, -1, -1e9, 0, 1e12, 0.5, 'R-A01'];

function mutateDoc(doc: Json, rnd: () => number): Json {
  const paths = allPaths(doc).filter((p) => p.length > 0);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const nOps = 1 + Math.floor(rnd() * 3);
  for (let k = 0; k < nOps; k++) {
    const path = pick(paths);
    const pp = parentOf(doc, path);
    if (!pp) continue;
    const [parent, key] = pp;
    if (parent === null || typeof parent !== 'object') continue;
    const p = parent as Record<string | number, Json>;
    const old = p[key];
    const op = Math.floor(rnd() * 7);
    if (op === 0) {
      if (Array.isArray(parent)) parent.splice(key as number, 1); else delete p[key];
    } else if (op === 1) p[key] = pick(WRONG);
    else if (op === 2 && typeof old === 'number') p[key] = -Math.abs(old) - 1 - rnd() * 1e6;
    else if (op === 3 && typeof old === 'number') p[key] = pick(['NaN', 'Infinity', '1e999', String(old)]);
    else if (op === 4 && Array.isArray(old)) {
      const n = 2000 + Math.floor(rnd() * 3000);
      const proto = old.length > 0 ? old[0] : 1;
      p[key] = Array.from({ length: n }, (_, i) => (rnd() < 0.5 ? proto : (i % 7 === 0 ? 'junk' : proto)));
    } else if (op === 5 && typeof old === 'string') {
      // duplicate an id: copy another object's id here
      const ids = paths.filter((q) => q[q.length - 1] === 'id');
      const src = pick(ids);
      const sp = parentOf(doc, src);
      if (sp) p[key] = (sp[0] as Record<string | number, Json>)[sp[1]];
    } else p[key] = pick(WRONG);
  }
  return doc;
}

function corruptText(text: string, rnd: () => number): string {
  const op = Math.floor(rnd() * 3);
  const at = Math.floor(rnd() * text.length);
  if (op === 0) return text.slice(0, at); // truncated
  if (op === 1) return text.slice(0, at) + '{,]"\\'[Math.floor(rnd() * 5)] + text.slice(at + 1); // one bad byte
  return text.slice(0, at) + text.slice(at + 1 + Math.floor(rnd() * 20)); // a few bytes dropped
}

const SYNTAX_PATH = /^line \d+, column \d+$/;
const TOP_KEYS = Object.keys(HallDocumentShape.shape);

function check(text: string): 'ok' | 'rejected' {
  let r: ReturnType<typeof loadDocument>;
  try {
    r = loadDocument(text);
  } catch (e) {
    throw new Error(`loadDocument threw ${String(e)} on input of ${text.length} chars`);
  }
  if (r.ok) {
    expect(HallDocumentShape.safeParse(r.doc).success).toBe(true);
    expect(Array.isArray(r.warnings)).toBe(true);
    return 'ok';
  }
  expect(r.errors.length).toBeGreaterThanOrEqual(1);
  for (const e of r.errors) {
    expect(typeof e.message).toBe('string');
    expect(e.message.length).toBeGreaterThan(0);
    if (r.kind === 'syntax') expect(e.path).toMatch(SYNTAX_PATH);
    else {
      const head = /^[A-Za-z]+/.exec(e.path)?.[0] ?? e.path;
      expect([...TOP_KEYS, '(document)']).toContain(head);
    }
  }
  return 'rejected';
}

describe('loader fuzz', () => {
  it.each(SAMPLE_KEYS)('survives structural mutations of %s', (key) => {
    const text = sampleText(key);
    const base = JSON.parse(text) as Json;
    const rnd = prng(0xc0ffee ^ key.length);
    const outcome = { ok: 0, rejected: 0 };
    for (let i = 0; i < 1200; i++) {
      const doc = mutateDoc(structuredClone(base), rnd);
      outcome[check(JSON.stringify(doc))]++;
    }
    // the mutations must actually exercise rejection paths
    expect(outcome.rejected).toBeGreaterThan(600);
  });

  it.each(SAMPLE_KEYS)('survives corrupted and truncated text of %s', (key) => {
    const text = sampleText(key);
    const rnd = prng(0xbadf00d ^ key.length);
    let rejected = 0;
    for (let i = 0; i < 800; i++) if (check(corruptText(text, rnd)) === 'rejected') rejected++;
    expect(rejected).toBeGreaterThan(400);
  });

  it('handles hostile top-level values', () => {
    for (const t of ['', ' ', '0', '[]', '{}', 'null', '{"schemaVersion":1}', '{"schemaVersion":1e400}', '{"schemaVersion":"NaN"}',
      '{"schemaVersion":-3}', '{"schemaVersion":99}', `{"schemaVersion":1,"racks":${'['.repeat(5000)}${']'.repeat(5000)}}`, '\u0000', '{"__proto__":{"x":1},"schemaVersion":1}']) {
      expect(check(t)).toBe('rejected');
    }
  });
});
