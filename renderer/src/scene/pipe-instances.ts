// Pipe polylines → instance matrices of a unit cylinder (three.js CylinderGeometry(1, 1, 1): radius 1,
// height 1 along local +Y, centred). Each polyline segment a→b (plan x, y, z in m) becomes one instance:
// local Y along the segment (scaled to its length), X and Z across it (scaled to the radius), centred at
// the midpoint, in scene coordinates (coords.ts: (x, y, z) → (x, z, −y)). Zero-length segments (components
// drawn at a point) are skipped. Pure, no three.js; writes into caller-supplied arrays.

export type PlanPoint = readonly [number, number, number];

export interface DrawnPipe {
  readonly points: readonly PlanPoint[];
  /** Inside diameter, m (null: a component without a bore, drawn at the minimum radius). */
  readonly diameter: number | null;
}

/** Segments shorter than this are not drawn, m. */
export const MIN_SEGMENT = 1e-4;

function segLength(a: PlanPoint, b: PlanPoint): number {
  return Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]);
}

/** Number of drawable segments of all pipes. */
export function countSegments(pipes: readonly DrawnPipe[]): number {
  let n = 0;
  for (const p of pipes) for (let i = 1; i < p.points.length; i++) if (segLength(p.points[i - 1], p.points[i]) >= MIN_SEGMENT) n++;
  return n;
}

/** Radius drawn for a pipe: half its bore, never below minRadius (thin hoses stay visible). */
export function drawnRadius(diameter: number | null, minRadius: number): number {
  return diameter !== null && diameter > 0 ? Math.max(diameter / 2, minRadius) : minRadius;
}

/**
 * Writes the column-major matrix of the segment a→b (plan coordinates) with radius r at out[o..o+15].
 * Basis: Y = segment direction × length; X, Z = a right-handed orthonormal pair across it × r.
 */
export function writeSegmentMatrix(out: Float32Array, o: number, a: PlanPoint, b: PlanPoint, r: number): void {
  // Scene coordinates of the direction: (dx, dz, −dy).
  const dx = b[0] - a[0];
  const dy = b[2] - a[2];
  const dz = -(b[1] - a[1]);
  const len = Math.hypot(dx, dy, dz);
  const ux = dx / len;
  const uy = dy / len;
  const uz = dz / len;
  // X axis: helper × direction, helper = scene +Y unless the segment is (nearly) vertical, then +X.
  let px: number, py: number, pz: number;
  if (Math.abs(uy) < 0.9) { px = uz; py = 0; pz = -ux; } // (0,1,0) × u
  else { px = 0; py = -uz; pz = uy; } // (1,0,0) × u
  const pl = Math.hypot(px, py, pz);
  px /= pl; py /= pl; pz /= pl;
  // Z axis = X × Y (right-handed: det[X, Y, X×Y] > 0).
  const qx = py * uz - pz * uy;
  const qy = pz * ux - px * uz;
  const qz = px * uy - py * ux;
  out[o] = px * r; out[o + 1] = py * r; out[o + 2] = pz * r; out[o + 3] = 0;
  out[o + 4] = ux * len; out[o + 5] = uy * len; out[o + 6] = uz * len; out[o + 7] = 0;
  out[o + 8] = qx * r; out[o + 9] = qy * r; out[o + 10] = qz * r; out[o + 11] = 0;
  out[o + 12] = (a[0] + b[0]) / 2; out[o + 13] = (a[2] + b[2]) / 2; out[o + 14] = -(a[1] + b[1]) / 2; out[o + 15] = 1;
}

/**
 * Writes every drawable segment: matrices (16 floats each) and the index of the pipe each belongs to.
 * Both arrays must hold countSegments(pipes) entries; returns the number written.
 */
export function writePipeSegments(pipes: readonly DrawnPipe[], minRadius: number, matrices: Float32Array, pipeOf: Int32Array): number {
  let n = 0;
  for (let k = 0; k < pipes.length; k++) {
    const p = pipes[k];
    const r = drawnRadius(p.diameter, minRadius);
    for (let i = 1; i < p.points.length; i++) {
      const a = p.points[i - 1];
      const b = p.points[i];
      if (segLength(a, b) < MIN_SEGMENT) continue;
      writeSegmentMatrix(matrices, 16 * n, a, b, r);
      pipeOf[n] = k;
      n++;
    }
  }
  return n;
}
