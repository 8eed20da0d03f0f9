// Unit box for equipment instances (racks, cooling units, CDUs): centred on the origin, front face +Z (the
// intake or supply side, coords.ts), with vertex shades that the instance colour multiplies: a dark front
// face and a dark strip along the front edge of the top (so the front reads in plan view too), lighter
// sides, a darker back. One geometry per InstancedMesh (it also carries that mesh's per-instance state).
import { BufferAttribute, BufferGeometry } from 'three';

export interface BoxShades {
  front: number;
  frontStrip: number;
  top: number;
  side: number;
  back: number;
  bottom: number;
  /** Depth share of the top's front strip (0..1). */
  strip: number;
}

export const RACK_SHADES: BoxShades = { front: 0.32, frontStrip: 0.3, top: 1, side: 0.9, back: 0.72, bottom: 0.5, strip: 0.14 };

type V = [number, number, number];

export function createFrontBoxGeometry(sh: BoxShades = RACK_SHADES): BufferGeometry {
  const pos: number[] = [];
  const nor: number[] = [];
  const col: number[] = [];
  const idx: number[] = [];
  const quad = (a: V, b: V, c: V, d: V, n: V, shade: number) => {
    const base = pos.length / 3;
    for (const p of [a, b, c, d]) {
      pos.push(...p);
      nor.push(...n);
      col.push(shade, shade, shade);
    }
    idx.push(base, base + 1, base + 2, base, base + 2, base + 3);
  };
  const h = 0.5;
  const zs = h - sh.strip; // where the top's front strip starts
  quad([-h, -h, h], [h, -h, h], [h, h, h], [-h, h, h], [0, 0, 1], sh.front);
  quad([h, -h, -h], [-h, -h, -h], [-h, h, -h], [h, h, -h], [0, 0, -1], sh.back);
  quad([h, -h, h], [h, -h, -h], [h, h, -h], [h, h, h], [1, 0, 0], sh.side);
  quad([-h, -h, -h], [-h, -h, h], [-h, h, h], [-h, h, -h], [-1, 0, 0], sh.side);
  quad([-h, -h, -h], [h, -h, -h], [h, -h, h], [-h, -h, h], [0, -1, 0], sh.bottom);
  quad([-h, h, zs], [h, h, zs], [h, h, -h], [-h, h, -h], [0, 1, 0], sh.top);
  quad([-h, h, h], [h, h, h], [h, h, zs], [-h, h, zs], [0, 1, 0], sh.frontStrip);
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(new Float32Array(pos), 3));
  g.setAttribute('normal', new BufferAttribute(new Float32Array(nor), 3));
  g.setAttribute('color', new BufferAttribute(new Float32Array(col), 3));
  g.setIndex(idx);
  g.computeBoundingBox();
  g.computeBoundingSphere();
  return g;
}
