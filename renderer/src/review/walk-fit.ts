// "Fit" in walk mode. A walker cannot frame a hall from the ceiling, so Fit means what it would mean to a
// person on the floor: with a selection, stand in front of it at eye height (1.7 m), facing it, at a
// distance from which it fits in the view (its width and its height, when the room allows) — in the aisle in front of a rack's intake
// face, never inside a rack, wall or column (the walker's collision circle must be free); without one,
// go back to the starting spot with the longest clear view (walk-start.ts). Pure: plan metres, angles as in
// walker.ts (yaw 0 = +x, CCW), object fronts as in schema.ts (front normal (sin θ, −cos θ)).
import type { HallDocument } from '../../../workers/model/schema';
import { findObject, footprintOf, halfExtents } from '../document/geometry';
import { buildObstacles, findFreeSpot, isFree, WALKER_RADIUS, type Obstacles } from './walk-collision';
import { clampPitch, EYE_HEIGHT, type Walker } from './walker';

/** Half the horizontal angle the selection may fill (rad): a little less than half the walk view's width. */
const HALF_VIEW = (28 * Math.PI) / 180;
/** Half the vertical angle its height may fill (rad): the walk camera sees 60° vertically. */
const HALF_VIEW_V = (26 * Math.PI) / 180;
/** Closest and farthest standing distance from the selection's face (m). */
export const MIN_STAND = 1.2;
export const MAX_STAND = 12;
const STEP = 0.1;

/** True when Fit moves the walker to the selection (walk mode with something selected). */
export function fitIsWalkStand(camera: string, hasSelection: boolean): boolean {
  return camera === 'walk' && hasSelection;
}

interface Target { cx: number; cy: number; hx: number; hy: number; top: number; normal: [number, number] | null }

/** Plan box, top and common front normal (null when the objects have no front or face different ways). */
function targetOf(doc: HallDocument, ids: readonly string[]): Target | null {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity, top = 0;
  let nx = 0, ny = 0, fronts = 0;
  for (const id of ids) {
    const f = findObject(doc, id);
    const p = f && footprintOf(doc, f);
    if (!f || !p) continue;
    const [hx, hy] = halfExtents(p);
    minX = Math.min(minX, p.x - hx); maxX = Math.max(maxX, p.x + hx);
    minY = Math.min(minY, p.y - hy); maxY = Math.max(maxY, p.y + hy);
    const h = (f.object as { height?: unknown }).height;
    if (typeof h === 'number') top = Math.max(top, h);
    if (f.collection === 'racks' || f.collection === 'coolingUnits' || f.collection === 'cdus') {
      const t = (p.rotationDeg * Math.PI) / 180;
      nx += Math.sin(t);
      ny -= Math.cos(t);
      fronts += 1;
    }
  }
  if (!Number.isFinite(minX)) return null;
  const len = Math.hypot(nx, ny);
  const normal: [number, number] | null = fronts > 0 && len > 0.5 * fronts ? [nx / len, ny / len] : null;
  return { cx: (minX + maxX) / 2, cy: (minY + maxY) / 2, hx: (maxX - minX) / 2, hy: (maxY - minY) / 2, top, normal };
}

/** Distance from the centre to the box's edge along a unit direction. */
function reach(t: Target, dx: number, dy: number): number {
  const ax = Math.abs(dx) > 1e-9 ? t.hx / Math.abs(dx) : Infinity;
  const ay = Math.abs(dy) > 1e-9 ? t.hy / Math.abs(dy) : Infinity;
  return Math.min(ax, ay);
}

/**
 * The first free standing point along the direction (dx, dy) from the selection: starts at the preferred
 * distance and comes closer in 10 cm steps (the aisle in front of a rack is narrower than the preferred
 * distance); null when no point between MIN_STAND… and the face is free.
 */
function standAlong(obs: Obstacles, t: Target, dx: number, dy: number): { x: number; y: number; d: number } | null {
  const edge = reach(t, dx, dy);
  const halfSpan = Math.abs(dx) * t.hy + Math.abs(dy) * t.hx; // half width of the selection seen from there
  const want = Math.min(MAX_STAND, Math.max(MIN_STAND, halfSpan / Math.tan(HALF_VIEW), t.top / 2 / Math.tan(HALF_VIEW_V)));
  const closest = WALKER_RADIUS + 0.05;
  for (let d = want; d >= closest - 1e-9; d -= STEP) {
    const x = t.cx + dx * (edge + d), y = t.cy + dy * (edge + d);
    if (isFree(obs, x, y, WALKER_RADIUS)) {
      // walking back from the face must not pass through an obstacle (standing behind the next row)
      let clear = true;
      for (let s = closest; s < d; s += STEP) {
        if (!isFree(obs, t.cx + dx * (edge + s), t.cy + dy * (edge + s), WALKER_RADIUS)) { clear = false; break; }
      }
      if (clear) return { x, y, d: edge + d };
    }
  }
  return null;
}

/**
 * Writes into `w` the stance in front of the selection: position, heading towards its centre, pitch towards
 * its middle height. Tries the common front, then the back, then the side facing the walker's current
 * spot, then the two other sides; as a last resort the free spot nearest the front. Returns false when the
 * selection has no footprint (nothing written).
 */
export function standInFront(doc: HallDocument, ids: readonly string[], w: Walker, obs: Obstacles = buildObstacles(doc)): boolean {
  const t = targetOf(doc, ids);
  if (!t) return false;
  standFor(t, w, obs);
  return true;
}

/** The stance for looking at a point on the floor (a comment pinned to a point), approached from the walker's side. */
export function standFacingPoint(doc: HallDocument, x: number, y: number, w: Walker, obs: Obstacles = buildObstacles(doc)): void {
  standFor({ cx: x, cy: y, hx: 0, hy: 0, top: 1, normal: null }, w, obs);
}

function standFor(t: Target, w: Walker, obs: Obstacles): void {
  const dirs: [number, number][] = [];
  if (t.normal) dirs.push(t.normal, [-t.normal[0], -t.normal[1]]);
  const tw = Math.hypot(w.x - t.cx, w.y - t.cy);
  if (tw > 1e-6) dirs.push([(w.x - t.cx) / tw, (w.y - t.cy) / tw]);
  dirs.push([0, -1], [0, 1], [-1, 0], [1, 0]);
  let stand: { x: number; y: number } | null = null;
  for (const [dx, dy] of dirs) {
    stand = standAlong(obs, t, dx, dy);
    if (stand) break;
  }
  if (!stand) {
    const [dx, dy] = dirs[0];
    const e = reach(t, dx, dy) + MIN_STAND;
    const [x, y] = findFreeSpot(obs, t.cx + dx * e, t.cy + dy * e, WALKER_RADIUS);
    stand = { x, y };
  }
  const dist = Math.max(0.1, Math.hypot(t.cx - stand.x, t.cy - stand.y));
  w.x = stand.x;
  w.y = stand.y;
  w.yaw = Math.atan2(t.cy - stand.y, t.cx - stand.x);
  w.pitch = clampPitch(Math.atan2(Math.min(t.top / 2, EYE_HEIGHT) - EYE_HEIGHT, dist));
}
