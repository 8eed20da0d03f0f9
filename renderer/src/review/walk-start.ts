// Where the walkthrough starts: inside the hall at the side with the longest clear view (down an aisle),
// facing inwards; or, from a saved viewpoint, at its position and direction. Pure apart from writing the walker it is given.
import type { HallDocument } from '../../../workers/model/schema';
import type { Pose } from './camera-tween';
import { buildObstacles, findFreeSpot, isFree, WALKER_RADIUS } from './walk-collision';
import { lookAngles, type Walker } from './walker';

/**
 * Places the walker for a switch into walk mode: just inside one of the four sides of the hall, facing
 * inwards, where the clear line of sight is longest (usually looking down an aisle). Bounded work: at most
 * 48 candidates per side and 48 probes along each sight line.
 */
export function placeWalker(doc: HallDocument, w: Walker): void {
  const { length: L, width: W } = doc.envelope;
  const obs = buildObstacles(doc);
  const r = WALKER_RADIUS;
  const inset = Math.min(0.9, Math.min(L, W) / 2 - r);
  let best = { x: L / 2, y: W / 2, yaw: Math.PI / 2, clear: -1 };
  // side: start point (t along the side) and inward direction
  const sides: [(t: number) => [number, number], number, number][] = [
    [(t) => [t, inset], L, Math.PI / 2], // south wall, looking north
    [(t) => [t, W - inset], L, -Math.PI / 2],
    [(t) => [inset, t], W, 0],
    [(t) => [L - inset, t], W, Math.PI],
  ];
  for (const [at, span, yaw] of sides) {
    const n = Math.min(48, Math.max(1, Math.floor(span / 0.3)));
    const depth = yaw === 0 || yaw === Math.PI ? L : W;
    const probe = Math.max(0.25, depth / 48);
    const dx = Math.cos(yaw), dy = Math.sin(yaw);
    for (let k = 0; k < n; k++) {
      const [x, y] = at(((k + 0.5) / n) * span);
      if (!isFree(obs, x, y, r)) continue;
      let clear = 0;
      while (clear + probe < depth - 2 * inset && isFree(obs, x + dx * (clear + probe), y + dy * (clear + probe), r)) clear += probe;
      if (clear > best.clear) best = { x, y, yaw, clear };
    }
  }
  const [fx, fy] = best.clear >= 0 ? [best.x, best.y] : findFreeSpot(obs, L / 2, W / 2, r);
  w.x = fx;
  w.y = fy;
  w.yaw = best.yaw;
  w.pitch = 0;
}

/** Places the walker at a saved eye pose (a viewpoint taken while walking). */
export function walkerFromPose(pose: Pose, w: Walker): void {
  const a = lookAngles(pose);
  w.x = pose.position[0];
  w.y = -pose.position[2];
  w.yaw = a.yaw;
  w.pitch = a.pitch;
}
