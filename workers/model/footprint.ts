// Plan footprints as rotated rectangles: corners, bounding boxes, overlap test (separating axes) and
// a spatial hash that finds overlapping pairs among thousands of objects in ~O(n). Lengths in m,
// rotation in degrees counter-clockwise; width runs along (cos θ, sin θ), depth along (−sin θ, cos θ)
// (schema.ts header: at 0° the front faces −y). x, y are the footprint centre.

export interface Footprint { x: number; y: number; rotationDeg: number; width: number; depth: number }
export interface Box { minX: number; minY: number; maxX: number; maxY: number }

/** Overlaps shallower than this (m) are touching, not overlapping: racks in a row share faces. */
export const TOUCH_TOLERANCE = 1e-3;

/** Unit vectors of a footprint: along its width (ux, uy) and along its depth, front to rear (vx, vy). */
export function footprintAxes(f: Pick<Footprint, 'rotationDeg'>): [number, number, number, number] {
  const t = (f.rotationDeg * Math.PI) / 180;
  return [Math.cos(t), Math.sin(t), -Math.sin(t), Math.cos(t)];
}

/** Whether the front (side 1) or rear (side −1) face of f opens into the plan rectangle x0..x1, y0..y1 (either
 *  order): the point 0.1 m out of the middle of that face lies strictly inside it. */
export function faceOpensInto(f: Footprint, side: 1 | -1, r: { x0: number; y0: number; x1: number; y1: number }): boolean {
  const [, , vx, vy] = footprintAxes(f);
  const d = -side * (f.depth / 2 + 0.1);
  const px = f.x + d * vx, py = f.y + d * vy;
  return px > Math.min(r.x0, r.x1) && px < Math.max(r.x0, r.x1) && py > Math.min(r.y0, r.y1) && py < Math.max(r.y0, r.y1);
}

export function corners(f: Footprint): [number, number][] {
  const [ux, uy, vx, vy] = footprintAxes(f);
  const hw = f.width / 2;
  const hd = f.depth / 2;
  return [[-1, -1], [1, -1], [1, 1], [-1, 1]].map(([a, b]) => [f.x + a * hw * ux + b * hd * vx, f.y + a * hw * uy + b * hd * vy]);
}

export function boundingBox(f: Footprint): Box {
  const [ux, uy, vx, vy] = footprintAxes(f);
  const ex = (Math.abs(ux) * f.width + Math.abs(vx) * f.depth) / 2;
  const ey = (Math.abs(uy) * f.width + Math.abs(vy) * f.depth) / 2;
  return { minX: f.x - ex, minY: f.y - ey, maxX: f.x + ex, maxY: f.y + ey };
}

/** True when the rectangles overlap by more than `tol` along every separating axis. */
export function footprintsOverlap(a: Footprint, b: Footprint, tol = TOUCH_TOLERANCE): boolean {
  const A = footprintAxes(a);
  const B = footprintAxes(b);
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const candidates: [number, number][] = [[A[0], A[1]], [A[2], A[3]], [B[0], B[1]], [B[2], B[3]]];
  for (const [nx, ny] of candidates) {
    const ra = (Math.abs(A[0] * nx + A[1] * ny) * a.width + Math.abs(A[2] * nx + A[3] * ny) * a.depth) / 2;
    const rb = (Math.abs(B[0] * nx + B[1] * ny) * b.width + Math.abs(B[2] * nx + B[3] * ny) * b.depth) / 2;
    if (Math.abs(dx * nx + dy * ny) >= ra + rb - tol) return false;
  }
  return true;
}

/** Index pairs [i, j] (i < j) of overlapping footprints, via a uniform grid of `cell` metres. */
export function overlappingPairs(items: readonly Footprint[], cell = 1.2, tol = TOUCH_TOLERANCE): [number, number][] {
  const boxes = items.map(boundingBox);
  const grid = new Map<number, number[]>();
  const key = (cx: number, cy: number) => (cx + 32768) * 65536 + (cy + 32768);
  const cellOf = (v: number) => Math.floor(v / cell);
  boxes.forEach((b, i) => {
    for (let cx = cellOf(b.minX); cx <= cellOf(b.maxX); cx++) {
      for (let cy = cellOf(b.minY); cy <= cellOf(b.maxY); cy++) {
        const k = key(cx, cy);
        const list = grid.get(k);
        if (list) list.push(i); else grid.set(k, [i]);
      }
    }
  });
  const pairs: [number, number][] = [];
  for (const [k, list] of grid) {
    const cx = Math.floor(k / 65536) - 32768;
    const cy = (k % 65536) - 32768;
    for (let p = 0; p < list.length; p++) {
      for (let q = p + 1; q < list.length; q++) {
        const i = list[p];
        const j = list[q];
        const a = boxes[i];
        const b = boxes[j];
        if (a.minX >= b.maxX - tol || b.minX >= a.maxX - tol || a.minY >= b.maxY - tol || b.minY >= a.maxY - tol) continue;
        // test each pair once: in the cell holding the lower-left corner of the boxes' intersection
        if (cellOf(Math.max(a.minX, b.minX)) !== cx || cellOf(Math.max(a.minY, b.minY)) !== cy) continue;
        if (footprintsOverlap(items[i], items[j], tol)) pairs.push(i < j ? [i, j] : [j, i]);
      }
    }
  }
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}
