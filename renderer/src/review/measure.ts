// The measure tool: two floor points (plan m) picked through the view store's floorPick; the distance and
// its components. Pure.

export type PlanPoint = readonly [number, number];

export function planDistance(a: PlanPoint, b: PlanPoint): number {
  return Math.hypot(b[0] - a[0], b[1] - a[1]);
}

/** Next measure state after a floor click: the first click starts a new measurement, the second ends it. */
export function nextMeasure(
  cur: { a: PlanPoint | null; b: PlanPoint | null } | null,
  p: PlanPoint,
): { a: PlanPoint; b: PlanPoint | null } {
  if (!cur || !cur.a || cur.b) return { a: p, b: null };
  return { a: cur.a, b: p };
}
