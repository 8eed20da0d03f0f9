// Walkthrough collision in plan: the walker is a circle (radius m) and every solid object is a rotated
// rectangle — racks, cooling units, CDUs, columns and walls (a wall segment with its thickness). Pure,
// no allocation per step: obstacles are packed in one Float64Array when the document changes; moving
// sub-steps so that a fast walker cannot tunnel through a thin wall. Plan coordinates as in schema.ts
// (x east, y north, rotation CCW in degrees; an object's width runs along its local x, depth along local y).
import type { HallDocument } from '../../../workers/model/schema';

/** Per obstacle: cx, cy, hx, hy, cos θ, sin θ, bounding radius. */
const STRIDE = 7;

export interface Obstacles {
  readonly count: number;
  readonly data: Float64Array;
  /** Walkable bounds (the envelope). */
  readonly length: number;
  readonly width: number;
}

export const WALKER_RADIUS = 0.3;

interface Rect { x: number; y: number; width: number; depth: number; rotationDeg: number }

export function buildObstacles(doc: HallDocument): Obstacles {
  const rects: Rect[] = [...doc.racks, ...doc.coolingUnits, ...doc.cdus];
  for (const c of doc.envelope.columns) rects.push({ x: c.x, y: c.y, width: c.width, depth: c.depth, rotationDeg: 0 });
  for (const w of doc.envelope.walls) {
    const len = Math.hypot(w.x1 - w.x0, w.y1 - w.y0);
    if (len < 1e-6) continue;
    const deg = (Math.atan2(w.y1 - w.y0, w.x1 - w.x0) * 180) / Math.PI;
    rects.push({ x: (w.x0 + w.x1) / 2, y: (w.y0 + w.y1) / 2, width: len + w.thickness, depth: w.thickness, rotationDeg: deg });
  }
  const data = new Float64Array(rects.length * STRIDE);
  rects.forEach((r, i) => {
    const t = (r.rotationDeg * Math.PI) / 180;
    const o = i * STRIDE;
    data[o] = r.x; data[o + 1] = r.y; data[o + 2] = r.width / 2; data[o + 3] = r.depth / 2;
    data[o + 4] = Math.cos(t); data[o + 5] = Math.sin(t); data[o + 6] = Math.hypot(r.width, r.depth) / 2;
  });
  return { count: rects.length, data, length: doc.envelope.length, width: doc.envelope.width };
}

/**
 * Pushes a circle at (x, y) out of every obstacle it overlaps and keeps it inside the envelope. Writes the
 * corrected centre to out; returns true when anything was touched.
 */
export function resolveCircle(obs: Obstacles, x: number, y: number, r: number, out: [number, number]): boolean {
  let hit = false;
  const d = obs.data;
  for (let pass = 0; pass < 3; pass++) {
    let moved = false;
    for (let i = 0; i < obs.count; i++) {
      const o = i * STRIDE;
      const dx = x - d[o];
      const dy = y - d[o + 1];
      const reach = d[o + 6] + r;
      if (dx > reach || dx < -reach || dy > reach || dy < -reach) continue;
      const c = d[o + 4], s = d[o + 5], hx = d[o + 2], hy = d[o + 3];
      const lx = dx * c + dy * s; // into the obstacle's frame
      const ly = -dx * s + dy * c;
      const qx = Math.max(-hx, Math.min(hx, lx));
      const qy = Math.max(-hy, Math.min(hy, ly));
      let px = lx - qx;
      let py = ly - qy;
      const dist = Math.hypot(px, py);
      if (dist >= r) continue;
      if (dist > 1e-9) {
        const k = (r - dist) / dist;
        px *= k; py *= k;
      } else {
        // centre inside: leave through the nearest side
        const ex = hx - Math.abs(lx) + r;
        const ey = hy - Math.abs(ly) + r;
        if (ex < ey) { px = Math.sign(lx || 1) * ex; py = 0; } else { px = 0; py = Math.sign(ly || 1) * ey; }
      }
      x += px * c - py * s;
      y += px * s + py * c;
      hit = moved = true;
    }
    if (!moved) break;
  }
  const cx = Math.min(Math.max(x, r), Math.max(r, obs.length - r));
  const cy = Math.min(Math.max(y, r), Math.max(r, obs.width - r));
  if (cx !== x || cy !== y) hit = true;
  out[0] = cx;
  out[1] = cy;
  return hit;
}

/** Moves the walker by (dx, dy) in sub-steps of at most r/2, resolving collisions after each; returns true on contact. */
export function moveWalker(obs: Obstacles, x: number, y: number, dx: number, dy: number, r: number, out: [number, number]): boolean {
  const steps = Math.max(1, Math.ceil(Math.hypot(dx, dy) / (r / 2)));
  let hit = false;
  out[0] = x;
  out[1] = y;
  for (let k = 0; k < steps; k++) {
    if (resolveCircle(obs, out[0] + dx / steps, out[1] + dy / steps, r, out)) hit = true;
  }
  return hit;
}

/** True when a circle at (x, y) overlaps no obstacle and lies inside the envelope. */
export function isFree(obs: Obstacles, x: number, y: number, r: number): boolean {
  const out: [number, number] = [0, 0];
  return !resolveCircle(obs, x, y, r, out) || Math.hypot(out[0] - x, out[1] - y) < 1e-9;
}

/** The free spot nearest to (x, y) on a spiral of 0.25 m steps (the start itself when free). */
export function findFreeSpot(obs: Obstacles, x: number, y: number, r: number): [number, number] {
  if (isFree(obs, x, y, r)) return [x, y];
  for (let ring = 1; ring < 400; ring++) {
    const rad = ring * 0.25;
    const n = Math.max(8, Math.round((2 * Math.PI * rad) / 0.25));
    for (let k = 0; k < n; k++) {
      const a = (2 * Math.PI * k) / n;
      const px = x + rad * Math.cos(a);
      const py = y + rad * Math.sin(a);
      if (px < r || py < r || px > obs.length - r || py > obs.width - r) continue;
      if (isFree(obs, px, py, r)) return [px, py];
    }
  }
  return [x, y];
}
