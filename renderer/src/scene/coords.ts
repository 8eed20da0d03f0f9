// Plan ↔ three.js mapping. The document uses plan coordinates (x east, y north, z up, metres; rotation
// counter-clockwise seen from above; front faces −y at 0°; workers/model/schema.ts). three.js is y-up, so a
// model point (x, y, z) maps to scene (X, Y, Z) = (x, z, −y): a proper rotation (det +1) that keeps
// right-handedness. A model rotation θ about +z is then the same angle θ about scene +Y, and an object's
// local +Z axis is its front (model −y at 0°). Plan view looks down −Y with screen-up = scene −Z = model +y.
// Pure functions, no three.js: matrices are written straight into instance buffers (no allocation).

/** Model (x, y, z) → scene [X, Y, Z]. */
export function planToScene(x: number, y: number, z = 0): [number, number, number] {
  return [x, z, -y];
}

/** Scene (X, Y, Z) → model [x, y, z]. */
export function sceneToPlan(X: number, Y: number, Z: number): [number, number, number] {
  return [X, -Z, Y];
}

/** Model rotation (degrees, CCW from above) → scene rotation about +Y (radians). */
export function rotationToScene(deg: number): number {
  return (deg * Math.PI) / 180;
}

/**
 * Writes the column-major 4×4 matrix of a box into out[o..o+15]: a unit cube centred on the origin scaled to
 * width (local X), height (local Y) and depth (local Z, the front is +Z), rotated by rotationDeg about the
 * vertical axis and placed with its footprint centre at plan (x, y) and its base at height zBase.
 */
export function writeBoxMatrix(
  out: Float32Array | number[],
  o: number,
  x: number,
  y: number,
  zBase: number,
  rotationDeg: number,
  width: number,
  height: number,
  depth: number,
): void {
  const t = (rotationDeg * Math.PI) / 180;
  const c = Math.cos(t);
  const s = Math.sin(t);
  out[o] = c * width;
  out[o + 1] = 0;
  out[o + 2] = -s * width;
  out[o + 3] = 0;
  out[o + 4] = 0;
  out[o + 5] = height;
  out[o + 6] = 0;
  out[o + 7] = 0;
  out[o + 8] = s * depth;
  out[o + 9] = 0;
  out[o + 10] = c * depth;
  out[o + 11] = 0;
  out[o + 12] = x;
  out[o + 13] = zBase + height / 2;
  out[o + 14] = -y;
  out[o + 15] = 1;
}

/** A matrix that hides an instance (zero scale) without changing the instance count. */
export function writeHiddenMatrix(out: Float32Array | number[], o: number): void {
  for (let k = 0; k < 16; k++) out[o + k] = 0;
}

/** Applies a column-major 4×4 matrix (as written by writeBoxMatrix) to a local point; for tests and picking. */
export function applyMatrix(m: ArrayLike<number>, o: number, lx: number, ly: number, lz: number): [number, number, number] {
  return [
    m[o] * lx + m[o + 4] * ly + m[o + 8] * lz + m[o + 12],
    m[o + 1] * lx + m[o + 5] * ly + m[o + 9] * lz + m[o + 13],
    m[o + 2] * lx + m[o + 6] * ly + m[o + 10] * lz + m[o + 14],
  ];
}
