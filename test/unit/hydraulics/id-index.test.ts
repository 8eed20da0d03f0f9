// IdIndex behaves as a Map<string, number> for the network's id lookups: get/has/size, updates keep
// an id's place, iteration in insertion order, copies are independent; many ids and colliding probes.
import { describe, expect, it } from 'vitest';
import { IdIndex } from '../../../workers/hydraulics/id-index';

describe('IdIndex', () => {
  it('matches a Map on the same operations', () => {
    const a = new IdIndex(4);
    const m = new Map<string, number>();
    const ids: string[] = [];
    for (let r = 1; r <= 300; r++) for (const s of ['in', 'out', 'drop-s', 'cold-plate', 'ü/€', '']) ids.push(`R${r}-${r % 7}/${s}`);
    ids.forEach((id, i) => { a.set(id, i); m.set(id, i); });
    a.set(ids[5], -1);
    m.set(ids[5], -1);
    expect(a.size).toBe(m.size);
    for (const id of ids) expect(a.get(id)).toBe(m.get(id));
    expect(a.get('nope')).toBeUndefined();
    expect(a.has(ids[17])).toBe(true);
    expect(a.has('R1-1/x')).toBe(false);
    expect([...a]).toEqual([...m]);
    expect([...a.keys()]).toEqual([...m.keys()]);
    expect([...a.values()]).toEqual([...m.values()]);
    const seen: [string, number][] = [];
    a.forEach((v, k) => seen.push([k, v]));
    expect(seen).toEqual([...m.entries()]);
    expect(new Map(a)).toEqual(m);
  });

  it('copies are independent', () => {
    const a = new IdIndex();
    a.set('x', 1);
    const b = a.copy();
    b.set('y', 2);
    a.set('x', 3);
    expect([...a]).toEqual([['x', 3]]);
    expect([...b]).toEqual([['x', 1], ['y', 2]]);
  });
});
