// The cooling mode a rack is configured for: air, air with containment (its intake or exhaust face on a
// contained aisle), air with a rear door, hybrid (liquid + air) or DLC. Geometry in plan metres.
import { boundingBox } from '../model/footprint';
import type { ContainmentT, HallDocument, RackT } from '../model/schema';

export type CoolingMode = 'air' | 'air-containment' | 'air-rear-door' | 'hybrid' | 'dlc';
export type VerdictKind = CoolingMode | 'not-coolable';

export const MODE_LABEL: Readonly<Record<VerdictKind, string>> = {
  air: 'air', 'air-containment': 'air with containment', 'air-rear-door': 'air with rear door',
  hybrid: 'hybrid (liquid + air)', dlc: 'direct-to-chip liquid', 'not-coolable': 'not coolable as designed',
};

/** A rack touches a containment when its footprint lies within this distance of the aisle rectangle, m (chosen). */
const CONTAINMENT_REACH = 0.3;

export function containmentOf(doc: HallDocument, rack: RackT): ContainmentT | null {
  const b = boundingBox(rack);
  for (const c of doc.containment) {
    const x0 = Math.min(c.x0, c.x1) - CONTAINMENT_REACH, x1 = Math.max(c.x0, c.x1) + CONTAINMENT_REACH;
    const y0 = Math.min(c.y0, c.y1) - CONTAINMENT_REACH, y1 = Math.max(c.y0, c.y1) + CONTAINMENT_REACH;
    if (b.maxX > x0 && b.minX < x1 && b.maxY > y0 && b.minY < y1) return c;
  }
  return null;
}

export function configuredMode(doc: HallDocument, rack: RackT): CoolingMode {
  if (rack.cooling === 'dlc') return 'dlc';
  if (rack.cooling === 'hybrid') return 'hybrid';
  if (rack.rearDoor?.enabled) return 'air-rear-door';
  return containmentOf(doc, rack) !== null ? 'air-containment' : 'air';
}
