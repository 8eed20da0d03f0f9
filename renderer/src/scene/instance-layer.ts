// One InstancedMesh kept in step with a list of document objects, updating only what changed: the
// document store keeps structural sharing, so an unchanged object is the same JS object in the next
// document. sync() compares by identity and rewrites only changed instances (one GPU upload range); a
// different id order or length rebuilds every instance (and a larger mesh when the capacity runs out).
// Per instance: matrix (16 floats), linear-RGB colour (3), state bits (aState, box-material.ts).
import { Group, InstancedBufferAttribute, InstancedMesh, type BufferAttribute, type BufferGeometry, type Material } from 'three';

export interface InstanceWriters<T> {
  /** Writes the column-major matrix of item at m[o..o+15]. */
  matrix(item: T, m: Float32Array, o: number): void;
  /** Writes the linear RGB colour of item (and index i) at c[o..o+2]. */
  colour(item: T, c: Float32Array, o: number, i: number): void;
}

export class InstanceLayer<T extends { id: string }> {
  readonly group = new Group();
  mesh: InstancedMesh | null = null;
  /** Instance index → object id, and back. */
  ids: string[] = [];
  readonly index = new Map<string, number>();
  private items: readonly T[] = [];
  private capacity = 0;

  constructor(
    private readonly makeGeometry: () => BufferGeometry,
    private readonly material: Material,
    private readonly writers: InstanceWriters<T>,
    readonly name: string,
  ) {
    this.group.name = name;
  }

  get count(): number {
    return this.items.length;
  }

  /** Indices written by the last partial sync (reused between calls: no allocation per edit). */
  readonly changed: number[] = [];

  /** Brings the instances in step with list: 'none' changed, 'some' (indices in changed) or 'all' (rebuilt). */
  sync(list: readonly T[]): 'none' | 'some' | 'all' {
    const prev = this.items;
    if (list === prev) return 'none';
    if (list.length !== prev.length || !this.mesh) return this.rebuild(list);
    const changed = this.changed;
    changed.length = 0;
    for (let i = 0; i < list.length; i++) {
      const a = list[i];
      if (a === prev[i]) continue;
      if (a.id !== prev[i].id) return this.rebuild(list);
      changed.push(i);
    }
    this.items = list;
    if (changed.length === 0) return 'none';
    const mesh = this.mesh;
    const m = mesh.instanceMatrix.array as Float32Array;
    const c = mesh.instanceColor!.array as Float32Array;
    for (const i of changed) {
      this.writers.matrix(list[i], m, 16 * i);
      this.writers.colour(list[i], c, 3 * i, i);
    }
    const lo = changed[0];
    const hi = changed[changed.length - 1];
    markRange(mesh.instanceMatrix, lo, hi, 16);
    markRange(mesh.instanceColor!, lo, hi, 3);
    mesh.boundingSphere = null; // recomputed lazily for the next raycast
    return 'some';
  }

  /** Rewrites every instance colour (colour mode or range changed). */
  recolour(): void {
    const mesh = this.mesh;
    if (!mesh) return;
    const c = mesh.instanceColor!.array as Float32Array;
    for (let i = 0; i < this.items.length; i++) this.writers.colour(this.items[i], c, 3 * i, i);
    markRange(mesh.instanceColor!, 0, this.items.length - 1, 3);
  }

  /** Rewrites the per-instance state bits from a function of the id. */
  setStates(stateOf: (id: string) => number): void {
    const mesh = this.mesh;
    if (!mesh) return;
    const attr = mesh.geometry.getAttribute('aState') as BufferAttribute;
    const s = attr.array as Float32Array;
    for (let i = 0; i < this.ids.length; i++) s[i] = stateOf(this.ids[i]);
    markRange(attr, 0, this.ids.length - 1, 1);
  }

  item(i: number): T | undefined {
    return this.items[i];
  }

  dispose(): void {
    if (this.mesh) {
      this.group.remove(this.mesh);
      this.mesh.geometry.dispose();
      this.mesh.dispose();
      this.mesh = null;
    }
  }

  private rebuild(list: readonly T[]): 'all' {
    const n = list.length;
    if (!this.mesh || n > this.capacity) {
      this.dispose();
      this.capacity = Math.max(64, 2 ** Math.ceil(Math.log2(Math.max(1, n))));
      const g = this.makeGeometry();
      g.setAttribute('aState', new InstancedBufferAttribute(new Float32Array(this.capacity), 1));
      const mesh = new InstancedMesh(g, this.material, this.capacity);
      mesh.instanceColor = new InstancedBufferAttribute(new Float32Array(this.capacity * 3), 3);
      mesh.frustumCulled = false;
      mesh.name = this.name;
      this.mesh = mesh;
      this.group.add(mesh);
    }
    const mesh = this.mesh;
    const m = mesh.instanceMatrix.array as Float32Array;
    const c = mesh.instanceColor!.array as Float32Array;
    this.ids = new Array<string>(n);
    this.index.clear();
    for (let i = 0; i < n; i++) {
      const it = list[i];
      this.ids[i] = it.id;
      this.index.set(it.id, i);
      this.writers.matrix(it, m, 16 * i);
      this.writers.colour(it, c, 3 * i, i);
    }
    this.items = list;
    mesh.count = n;
    mesh.boundingSphere = null;
    markRange(mesh.instanceMatrix, 0, n - 1, 16);
    markRange(mesh.instanceColor!, 0, n - 1, 3);
    return 'all';
  }
}

function markRange(attr: BufferAttribute | InstancedBufferAttribute, lo: number, hi: number, size: number): void {
  if (hi < lo) return;
  // Ranges accumulate until the renderer uploads them (several edits may land between two frames).
  attr.addUpdateRange(lo * size, (hi - lo + 1) * size);
  attr.needsUpdate = true;
}
