// Framing the hall: pure camera placement for the orbit (perspective) and plan (orthographic) views, in
// scene coordinates (coords.ts). Kept free of React so that it can be unit tested.

export interface Frame {
  position: [number, number, number];
  target: [number, number, number];
  up: [number, number, number];
  /** Orthographic zoom (pixels per metre) for the plan view; 1 for perspective. */
  zoom: number;
}

/** Orbit view: from the front-left (model −y, −x side), 40° above the horizon, the whole hall in view. */
export function fitOrbit(length: number, width: number, height: number, fovDeg: number, aspect: number): Frame {
  const cx = length / 2;
  const cz = -width / 2;
  const radius = 0.5 * Math.hypot(length, width, height);
  const vfov = (fovDeg * Math.PI) / 180;
  const hfov = 2 * Math.atan(Math.tan(vfov / 2) * Math.max(aspect, 1e-3));
  const dist = (radius / Math.sin(Math.min(vfov, hfov) / 2)) * 0.92;
  const elev = (40 * Math.PI) / 180;
  const azim = (-30 * Math.PI) / 180; // rotated from the front (scene +Z) towards −X
  const ty = height * 0.25;
  return {
    position: [
      cx + dist * Math.cos(elev) * Math.sin(azim),
      ty + dist * Math.sin(elev),
      cz + dist * Math.cos(elev) * Math.cos(azim),
    ],
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
