// InstanceLayer: identity diff (only changed objects are rewritten, one upload range), rebuilds on a new
// order or length, capacity growth, state bits; containment geometry's face → id table.
import { describe, expect, it, vi } from 'vitest';
import { BoxGeometry, MeshBasicMaterial, type BufferAttribute } from 'three';
import { InstanceLayer } from '../../../renderer/src/scene/instance-layer';
import { buildContainment } from '../../../renderer/src/scene/Containment';
import type { ContainmentT } from '../../../workers/model/schema';

interface Item { id: string; x: number }

function setup() {
  const matrix = vi.fn((it: Item, m: Float32Array, o: number) => { m[o + 12] = it.x; });
  const colour = vi.fn((it: Item, c: Float32Array, o: number) => { c[o] = it.x / 100; });
  const layer = new InstanceLayer<Item>(() => new BoxGeometry(), new MeshBasicMaterial(), { matrix, colour }, 'test');
  return { layer, matrix, colour };
}

const list = (n: number): Item[] => Array.from({ length: n }, (_, i) => ({ id: `R${i}`, x: i }));

describe('InstanceLayer', () => {
  it('builds every instance first, then rewrites only objects that changed identity', () => {
    const { layer, matrix } = setup();
    const a = list(2000);
    expect(layer.sync(a)).toBe('all');
    expect(matrix).toHaveBeenCalledTimes(2000);
    expect(layer.mesh!.count).toBe(2000);
    expect(layer.sync(a)).toBe('none');

    matrix.mockClear();
    const b = a.slice();
    b[500] = { ...a[500], x: 42 };
    expect(layer.sync(b)).toBe('some');
    expect(matrix).toHaveBeenCalledTimes(1);
    expect(layer.changed).toEqual([500]);
    expect((layer.mesh!.instanceMatrix.array as Float32Array)[16 * 500 + 12]).toBe(42);
    const ranges = (layer.mesh!.instanceMatrix as BufferAttribute).updateRanges;
    expect(ranges.at(-1)).toEqual({ start: 16 * 500, count: 16 });
  });

  it('rebuilds when ids are reordered, added or removed, and grows its capacity', () => {
    const { layer, matrix } = setup();
    layer.sync(list(10));
    const mesh = layer.mesh;
    const swapped = list(10);
    [swapped[2], swapped[3]] = [swapped[3], swapped[2]];
    matrix.mockClear();
    expect(layer.sync(swapped)).toBe('all');
    expect(matrix).toHaveBeenCalledTimes(10);
    expect(layer.index.get('R3')).toBe(2);
    expect(layer.mesh).toBe(mesh); // same mesh while it fits
    expect(layer.sync(list(100))).toBe('all');
    expect(layer.mesh).not.toBe(mesh);
    expect(layer.mesh!.instanceMatrix.count).toBeGreaterThanOrEqual(100);
    expect(layer.group.children).toEqual([layer.mesh]);
  });

  it('writes state bits per id and recolours on demand', () => {
    const { layer, colour } = setup();
    layer.sync(list(4));
    layer.setStates((id) => (id === 'R2' ? 3 : 0));
    const s = layer.mesh!.geometry.getAttribute('aState').array as Float32Array;
    expect(Array.from(s.subarray(0, 4))).toEqual([0, 0, 3, 0]);
    colour.mockClear();
    layer.recolour();
    expect(colour).toHaveBeenCalledTimes(4);
    layer.dispose();
    expect(layer.mesh).toBeNull();
  });
});

describe('buildContainment', () => {
  it('makes four panels (plus a roof) per containment and maps every triangle to its id', () => {
    const c = (id: string, roof: boolean): ContainmentT => ({ id, name: id, kind: 'hotAisle', x0: 0, y0: 0, x1: 6, y1: 1.2, height: 2.4, roof, leakage: 0 });
    const g = buildContainment([c('A', true), c('B', false)]);
    expect(g.faceOwner.filter((id) => id === 'A')).toHaveLength(10);
    expect(g.faceOwner.filter((id) => id === 'B')).toHaveLength(8);
    expect(g.panels.getAttribute('position').count).toBe(3 * g.faceOwner.length);
    g.panels.dispose();
    g.frame.dispose();
  });
});
