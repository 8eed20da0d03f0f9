// Id → index map for the builder and the network (nodeIndex, linkIndex): an open-addressing hash
// table on typed arrays (FNV-1a over the UTF-16 code units, linear probing) with the ReadonlyMap
// interface. Built once per topology with tens of thousands of ids, where a growing JS Map costs
// several times more (its table is reallocated and rehashed at every doubling). Insertion order is
// kept for iteration, as in a Map; the iteration methods go through a Map made on first use.

function hash(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h ^ (h >>> 15);
}

export class IdIndex implements ReadonlyMap<string, number> {
  /** Entries in insertion order, [0, n) set (allocated at the expected size, grown past it). */
  private readonly ids: string[];
  private readonly vals: number[];
  private n = 0;
  /** Entry number per slot, -1 when empty; at most half full. */
  private slots: Int32Array = new Int32Array(0);
  private mask = 0;
  private map: Map<string, number> | null = null;

  /** `capacity`: expected number of ids (any number works). */
  constructor(capacity = 8) {
    const c = Math.max(capacity, 8);
    this.ids = new Array<string>(c);
    this.vals = new Array<number>(c).fill(0);
    this.resize(2 * c);
  }

  get size(): number { return this.n; }

  get(key: string): number | undefined {
    const e = typeof key === 'string' ? this.find(key, hash(key)) : -1;
    return e < 0 ? undefined : this.vals[e];
  }

  has(key: string): boolean {
    return typeof key === 'string' && this.find(key, hash(key)) >= 0;
  }

  /** Adds the id or updates its value (keeping its place in the order), like Map.set. */
  set(key: string, value: number): this {
    const h = hash(key);
    const e = this.find(key, h);
    this.map = null;
    if (e >= 0) {
      this.vals[e] = value;
      return this;
    }
    const n = this.n;
    this.ids[n] = key;
    this.vals[n] = value;
    this.n = n + 1;
    if (2 * (n + 1) > this.slots.length) this.resize(4 * (n + 1));
    else this.place(n, h);
    return this;
  }

  copy(): IdIndex {
    const c = new IdIndex(this.n);
    for (let e = 0; e < this.n; e++) c.set(this.ids[e], this.vals[e]);
    return c;
  }

  forEach(callbackfn: (value: number, key: string, map: ReadonlyMap<string, number>) => void, thisArg?: unknown): void {
    for (let e = 0; e < this.n; e++) callbackfn.call(thisArg, this.vals[e], this.ids[e], this);
  }

  entries(): MapIterator<[string, number]> { return this.asMap().entries(); }
  keys(): MapIterator<string> { return this.asMap().keys(); }
  values(): MapIterator<number> { return this.asMap().values(); }
  [Symbol.iterator](): MapIterator<[string, number]> { return this.asMap()[Symbol.iterator](); }

  private asMap(): Map<string, number> {
    if (this.map === null) {
      const m = new Map<string, number>();
      for (let e = 0; e < this.n; e++) m.set(this.ids[e], this.vals[e]);
      this.map = m;
    }
    return this.map;
  }

  private find(key: string, h: number): number {
    const { slots, mask, ids } = this;
    let i = h & mask;
    for (;;) {
      const e = slots[i];
      if (e < 0) return -1;
      if (ids[e] === key) return e;
      i = (i + 1) & mask;
    }
  }

  private place(e: number, h: number): void {
    const { slots, mask } = this;
    let i = h & mask;
    while (slots[i] >= 0) i = (i + 1) & mask;
    slots[i] = e;
  }

  private resize(n: number): void {
    let c = 16;
    while (c < n) c *= 2;
    this.slots = new Int32Array(c).fill(-1);
    this.mask = c - 1;
    for (let e = 0; e < this.n; e++) this.place(e, hash(this.ids[e]));
  }
}
