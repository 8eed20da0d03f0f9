// Which CDU serves which liquid-cooled rack: the enabled CDU listing the rack in rackIds; a rack
// listed by no CDU goes to the nearest enabled CDU with an empty rackIds (auto-assign), else the
// nearest enabled CDU. A rack listed by a disabled or failed CDU is NOT moved to another CDU (its
// pipes go to the failed unit): it is reported as having no loop, like a rack with no CDU at all.
import type { CduT, HallDocument, RackT } from '../model/schema';

export interface ServedRack {
  readonly rack: RackT;
  /** Heat to liquid, W (itLoad × load factor × liquidCaptureFraction). */
  readonly liquidHeat: number;
}

export interface Unserved {
  readonly rack: RackT;
  readonly liquidHeat: number;
  readonly reason: string;
}

export interface Assignment {
  /** Enabled CDUs in document order with their racks (possibly none). */
  readonly loops: { cdu: CduT; racks: ServedRack[] }[];
  readonly unserved: Unserved[];
  /** CDU ids disabled in the document or failed in the scenario. */
  readonly offline: ReadonlySet<string>;
}

export function liquidHeatOf(rack: RackT, loadFactor: number): number {
  return rack.cooling === 'air' ? 0 : rack.itLoad * loadFactor * rack.liquidCaptureFraction;
}

export function assignRacks(doc: HallDocument, failed: ReadonlySet<string>, loadFactor: number): Assignment {
  const offline = new Set<string>();
  for (const c of doc.cdus) if (!c.enabled || failed.has(c.id)) offline.add(c.id);
  const enabled = doc.cdus.filter((c) => !offline.has(c.id));
  const loops = enabled.map((cdu) => ({ cdu, racks: [] as ServedRack[] }));
  const loopOf = new Map(loops.map((l) => [l.cdu.id, l]));
  const listedBy = new Map<string, CduT>();
  for (const c of doc.cdus) for (const r of c.rackIds) if (!listedBy.has(r)) listedBy.set(r, c);
  const auto = enabled.filter((c) => c.rackIds.length === 0);
  const pool = auto.length > 0 ? auto : enabled;
  const unserved: Unserved[] = [];

  for (const rack of doc.racks) {
    const liquidHeat = liquidHeatOf(rack, loadFactor);
    if (rack.cooling === 'air' || !(liquidHeat > 0)) continue;
    if (rack.coldPlate === null) {
      unserved.push({ rack, liquidHeat, reason: `${rack.id} is liquid-cooled but has no cold-plate data: not connected to a loop` });
      continue;
    }
    const listed = listedBy.get(rack.id);
    if (listed !== undefined) {
      const loop = loopOf.get(listed.id);
      if (loop) loop.racks.push({ rack, liquidHeat });
      else unserved.push({ rack, liquidHeat, reason: `${rack.id}: its CDU ${listed.id} is ${listed.enabled ? 'failed in this scenario' : 'disabled'}; the rack has no cooling loop` });
      continue;
    }
    let best: CduT | null = null;
    let bestD = Infinity;
    for (const c of pool) {
      const d = (c.x - rack.x) ** 2 + (c.y - rack.y) ** 2;
      if (d < bestD) { bestD = d; best = c; }
    }
    if (best === null) unserved.push({ rack, liquidHeat, reason: `${rack.id} is liquid-cooled but the hall has no enabled CDU: no cooling loop` });
    else loopOf.get(best.id)?.racks.push({ rack, liquidHeat });
  }
  return { loops, unserved, offline };
}
