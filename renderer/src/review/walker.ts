// The walker of the walkthrough: a plan position (m), a heading and a pitch, and the keyboard intent that
// moves it. Pure: converts to a camera pose in scene coordinates (coords.ts: model (x, y, z) → (x, z, −y))
// and back. Heading yaw is the plan angle of the view direction (0 = +x east, π/2 = +y north, CCW).
import type { Pose } from './camera-tween';

export const EYE_HEIGHT = 1.7;
export const WALK_SPEEDS = { slow: 0.7, normal: 1.4, fast: 3 } as const;
export type WalkSpeed = keyof typeof WALK_SPEEDS;
/** Shift multiplies the speed (running). */
export const RUN_FACTOR = 2.2;
/** Keyboard turning rate (rad/s) for the left and right arrows. */
export const TURN_RATE = 1.6;
export const MAX_PITCH = 1.35;

export interface Walker {
  x: number;
  y: number;
  yaw: number;
  pitch: number;
}

/** Camera pose of the walker's eye, looking 10 m ahead. */
export function walkerPose(w: Walker): Pose {
  const cp = Math.cos(w.pitch);
  const dx = Math.cos(w.yaw) * cp;
  const dy = Math.sin(w.yaw) * cp;
  const dz = Math.sin(w.pitch);
  return { position: [w.x, EYE_HEIGHT, -w.y], target: [w.x + 10 * dx, EYE_HEIGHT + 10 * dz, -(w.y + 10 * dy)], zoom: 1 };
}

/** Heading and pitch of a scene-space view from position to target. */
export function lookAngles(pose: Pose): { yaw: number; pitch: number } {
  const dx = pose.target[0] - pose.position[0];
  const dy = -(pose.target[2] - pose.position[2]);
  const dz = pose.target[1] - pose.position[1];
  const h = Math.hypot(dx, dy);
  return { yaw: h > 1e-9 ? Math.atan2(dy, dx) : Math.PI / 2, pitch: clampPitch(Math.atan2(dz, h)) };
}

export function clampPitch(p: number): number {
  return Math.max(-MAX_PITCH, Math.min(MAX_PITCH, p));
}

/** Movement intent from held keys: forward (+1/−1), strafe right (+1/−1), turn left (+1/−1). */
export interface Intent {
  forward: number;
  strafe: number;
  turn: number;
  run: boolean;
}

const FORWARD = new Set(['KeyW', 'ArrowUp']);
const BACK = new Set(['KeyS', 'ArrowDown']);
const LEFT = new Set(['KeyA']);
const RIGHT = new Set(['KeyD']);

/** Keys the walk controller owns while walking (the app's shortcuts must not see them). */
export const WALK_KEYS = new Set(['KeyW', 'KeyA', 'KeyS', 'KeyD', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'ShiftLeft', 'ShiftRight']);

export function intentOf(held: ReadonlySet<string>, out: Intent): Intent {
  let f = 0, s = 0, t = 0;
  for (const k of held) {
    if (FORWARD.has(k)) f += 1;
    else if (BACK.has(k)) f -= 1;
    else if (LEFT.has(k)) s -= 1;
    else if (RIGHT.has(k)) s += 1;
    else if (k === 'ArrowLeft') t += 1;
    else if (k === 'ArrowRight') t -= 1;
  }
  out.forward = Math.sign(f);
  out.strafe = Math.sign(s);
  out.turn = Math.sign(t);
  out.run = held.has('ShiftLeft') || held.has('ShiftRight');
  return out;
}

/** Plan displacement for an intent over dt seconds at a speed (m/s); writes [dx, dy]. */
export function stepOf(w: Walker, it: Intent, speed: number, dt: number, out: [number, number]): void {
  const v = speed * (it.run ? RUN_FACTOR : 1) * dt;
  const n = Math.hypot(it.forward, it.strafe) || 1;
  const c = Math.cos(w.yaw), s = Math.sin(w.yaw);
  // forward = (c, s); right = (s, −c)
  out[0] = ((it.forward * c + it.strafe * s) / n) * v;
  out[1] = ((it.forward * s - it.strafe * c) / n) * v;
}
