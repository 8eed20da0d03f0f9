// Framing the hall: pure camera placement for the orbit (perspective) and plan (orthographic) views, in
// scene coordinates (coords.ts). Kept free of React so that it can be unit tested.

export interface Frame {
  position: [number, number, number];
  target: [number, number, number];
  up: [number, number, number];
  /** Orthographic zoom (pixels per metre) for the plan view; 1 for perspective. */
  zoom: number;
}

/**
 * Orbit view: from the front-left (model −y, −x side), 40° above the horizon, at the smallest distance that
 * keeps all eight corners of the hall box (floor to ceiling) inside the view, with a 4 % margin.
 */
export function fitOrbit(length: number, width: number, height: number, fovDeg: number, aspect: number): Frame {
  const cx = length / 2;
  const cz = -width / 2;
  const ty = height * 0.25;
  const elev = (40 * Math.PI) / 180;
  const azim = (-30 * Math.PI) / 180; // rotated from the front (scene +Z) towards −X
  // unit vector from the target towards the camera, and the camera basis (right, up, forward)
  const dir = [Math.cos(elev) * Math.sin(azim), Math.sin(elev), Math.cos(elev) * Math.cos(azim)];
  const fwd = [-dir[0], -dir[1], -dir[2]];
  const rl = Math.hypot(fwd[2], fwd[0]);
  const right = [-fwd[2] / rl, 0, fwd[0] / rl]; // fwd × (0, 1, 0), normalised
  const up = [right[1] * fwd[2] - right[2] * fwd[1], right[2] * fwd[0] - right[0] * fwd[2], right[0] * fwd[1] - right[1] * fwd[0]];
  const tv = Math.tan((fovDeg * Math.PI) / 360) * 0.96;
  const th = tv * Math.max(aspect, 1e-3);
  let dist = 1;
  for (const x of [0, length]) {
    for (const z of [0, -width]) {
      for (const y of [0, height]) {
        const p = [x - cx, y - ty, z - cz];
        const a = p[0] * right[0] + p[1] * right[1] + p[2] * right[2];
        const b = p[0] * up[0] + p[1] * up[1] + p[2] * up[2];
        const c = p[0] * fwd[0] + p[1] * fwd[1] + p[2] * fwd[2];
        // depth of the corner at camera distance d is d + c: need |a| ≤ (d + c)·th and |b| ≤ (d + c)·tv
        dist = Math.max(dist, Math.abs(a) / th - c, Math.abs(b) / tv - c);
      }
    }
  }
  return {
    position: [cx + dist * dir[0], ty + dist * dir[1], cz + dist * dir[2]],
    target: [cx, ty, cz],
    up: [0, 1, 0],
    zoom: 1,
  };
}

/** Plan view: straight down, model +y up the screen (scene −Z), the hall with a 6 % margin. */
export function fitPlan(length: number, width: number, viewW: number, viewH: number, ceiling = 10): Frame {
  const cx = length / 2;
  const cz = -width / 2;
  const zoom = Math.max(1e-3, Math.min(viewW / (length * 1.12), viewH / (width * 1.12)));
  return { position: [cx, ceiling + 50, cz], target: [cx, 0, cz], up: [0, 0, -1], zoom };
}
