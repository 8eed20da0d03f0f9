// Animated camera transitions: a pose (position, target in scene coordinates, and an orthographic zoom)
// interpolated from one pose to another over a fixed duration with an ease-in-out curve. Pure and
// allocation-free per step (the caller passes the output array); used by the scene's camera animator
// (scene/review-camera.tsx) for mode switches (orbit / plan / walk) and flights to viewpoints.

export type Vec3 = readonly [number, number, number];

export interface Pose {
  position: Vec3;
  target: Vec3;
  /** Orthographic zoom (pixels per metre); 1 for perspective cameras. */
  zoom?: number;
}

/** Default transition length (s). */
export const TWEEN_SECONDS = 0.6;

/** Smooth start and stop: 0 → 0, 1 → 1, zero slope at both ends. */
export function easeInOutCubic(t: number): number {
  const u = Math.min(1, Math.max(0, t));
  return u < 0.5 ? 4 * u * u * u : 1 - Math.pow(-2 * u + 2, 3) / 2;
}

/** Layout of the 7-number pose vector: position xyz, target xyz, zoom. */
export const POSE_SIZE = 7;

export function writePose(p: Pose, out: Float64Array): void {
  out[0] = p.position[0]; out[1] = p.position[1]; out[2] = p.position[2];
  out[3] = p.target[0]; out[4] = p.target[1]; out[5] = p.target[2];
  out[6] = p.zoom ?? 1;
}

export class CameraTween {
  private readonly from = new Float64Array(POSE_SIZE);
  private readonly to = new Float64Array(POSE_SIZE);
  private elapsed = 0;
  private duration = TWEEN_SECONDS;
  active = false;

  start(from: Pose, to: Pose, duration = TWEEN_SECONDS): void {
    writePose(from, this.from);
    writePose(to, this.to);
    this.elapsed = 0;
    this.duration = Math.max(1e-3, duration);
    this.active = true;
  }

  /** Advances by dt seconds and writes the current pose into out; returns false once finished (out = end pose). */
  step(dt: number, out: Float64Array): boolean {
    if (!this.active) return false;
    this.elapsed += Math.max(0, dt);
    const k = easeInOutCubic(this.elapsed / this.duration);
    for (let i = 0; i < POSE_SIZE; i++) out[i] = this.from[i] + (this.to[i] - this.from[i]) * k;
    // zoom interpolates geometrically (a constant rate of apparent scale change)
    if (this.from[6] > 0 && this.to[6] > 0) out[6] = this.from[6] * Math.pow(this.to[6] / this.from[6], k);
    if (this.elapsed >= this.duration) this.active = false;
    return this.active;
  }

  cancel(): void {
    this.active = false;
  }
}
