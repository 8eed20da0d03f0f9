// Aisle widths between neighbouring rows, cheaply: each row of racks at 0/90/180/270° becomes an
// axis-aligned band; facing bands that overlap along the row and have a gap in (0, minAisleWidth) are
// reported. Back-to-back rows (gap ≈ 0) are not aisles. Rows at other angles are skipped. Lengths in m.
import type { HallDocument } from './schema';
import type { DesignIssue } from './issues';
import { boundingBox } from './footprint';

/** Gaps below this are rows placed back to back, not aisles (m). */
const MIN_GAP = 0.05;

interface Band { rowId: string; name: string; horizontal: boolean; lo: number; hi: number; a0: number; a1: number }

function rowBands(doc: HallDocument): Band[] {
  const acc = new Map<string, { name: string; horizontal: boolean | null; mixed: boolean; b: { minX: number; minY: number; maxX: number; maxY: number } }>();
  const names = new Map(doc.rows.map((r) => [r.id, r.name]));
  for (const r of doc.racks) {
    if (r.rowId === null) continue;
    const q = (((Math.round(r.rotationDeg) % 180) + 180) % 180);
    const aligned = Math.abs(r.rotationDeg - Math.round(r.rotationDeg / 90) * 90) < 0.5;
    const horizontal = q < 45 || q >= 135; // rotation 0/180: the row runs along x
    const b = boundingBox(r);
    const cur = acc.get(r.rowId);
    if (!cur) {
      acc.set(r.rowId, { name: names.get(r.rowId) ?? r.rowId, horizontal: aligned ? horizontal : null, mixed: !aligned, b: { ...b } });
      continue;
    }
    if (!aligned || cur.horizontal !== horizontal) cur.mixed = true;
    cur.b.minX = Math.min(cur.b.minX, b.minX); cur.b.minY = Math.min(cur.b.minY, b.minY);
    cur.b.maxX = Math.max(cur.b.maxX, b.maxX); cur.b.maxY = Math.max(cur.b.maxY, b.maxY);
  }
  const bands: Band[] = [];
  for (const [rowId, v] of acc) {
    if (v.mixed || v.horizontal === null) continue;
    bands.push(v.horizontal
      ? { rowId, name: v.name, horizontal: true, lo: v.b.minY, hi: v.b.maxY, a0: v.b.minX, a1: v.b.maxX }
      : { rowId, name: v.name, horizontal: false, lo: v.b.minX, hi: v.b.maxX, a0: v.b.minY, a1: v.b.maxY });
  }
  return bands;
}

export function aisleIssues(doc: HallDocument): DesignIssue[] {
  const min = doc.criteria.minAisleWidth;
  const bands = rowBands(doc);
  const out: DesignIssue[] = [];
  for (const a of bands) {
    // nearest parallel band beyond a's far side that overlaps it along the row
    let best: Band | null = null;
    for (const b of bands) {
      if (b === a || b.horizontal !== a.horizontal) continue;
      if (Math.min(a.a1, b.a1) - Math.max(a.a0, b.a0) <= MIN_GAP) continue;
      if (b.lo < a.hi - MIN_GAP) continue;
      if (!best || b.lo < best.lo) best = b;
    }
    if (!best) continue;
    const gap = best.lo - a.hi;
    if (gap > MIN_GAP && gap < min - 1e-6) {
      out.push({ severity: 'warning', objectId: a.rowId, message: `Aisle between ${a.name} and ${best.name} is ${gap.toFixed(2)} m wide, narrower than the ${min} m minimum` });
    }
  }
  return out;
}
