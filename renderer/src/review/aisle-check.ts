// Aisle-width check with geometry for drawing: like workers/model/aisles.ts (rows of racks at 0/90/180/270°
// become axis-aligned bands; the nearest facing band that overlaps along the row defines an aisle; gaps
// ≤ 5 cm are back-to-back rows), but returning every aisle narrower than criteria.minAisleWidth with its
// clearance rectangle in plan (m) so the scene can draw it. Pure.
import type { HallDocument } from '../../../workers/model/schema';
import { boundingBox } from '../../../workers/model/footprint';

const MIN_GAP = 0.05;

export interface NarrowAisle {
  between: [string, string];
  gap: number;
  /** Clearance rectangle in plan (m). */
  x0: number; y0: number; x1: number; y1: number;
  /** True when the rows run along x (the aisle's width is measured along y). */
  alongX: boolean;
}

interface Band { name: string; alongX: boolean; lo: number; hi: number; a0: number; a1: number }

function rowBands(doc: HallDocument): Band[] {
  const names = new Map(doc.rows.map((r) => [r.id, r.name]));
  const acc = new Map<string, { alongX: boolean; mixed: boolean; minX: number; minY: number; maxX: number; maxY: number }>();
  for (const r of doc.racks) {
    if (r.rowId === null) continue;
    const aligned = Math.abs(r.rotationDeg - Math.round(r.rotationDeg / 90) * 90) < 0.5;
    const q = ((Math.round(r.rotationDeg) % 180) + 180) % 180;
    const alongX = q < 45 || q >= 135;
    const b = boundingBox(r);
    const cur = acc.get(r.rowId);
    if (!cur) {
      acc.set(r.rowId, { alongX, mixed: !aligned, ...b });
      continue;
    }
    if (!aligned || cur.alongX !== alongX) cur.mixed = true;
    cur.minX = Math.min(cur.minX, b.minX); cur.minY = Math.min(cur.minY, b.minY);
    cur.maxX = Math.max(cur.maxX, b.maxX); cur.maxY = Math.max(cur.maxY, b.maxY);
  }
  const bands: Band[] = [];
  for (const [id, v] of acc) {
    if (v.mixed) continue;
    const name = names.get(id) ?? id;
    bands.push(v.alongX
      ? { name, alongX: true, lo: v.minY, hi: v.maxY, a0: v.minX, a1: v.maxX }
      : { name, alongX: false, lo: v.minX, hi: v.maxX, a0: v.minY, a1: v.maxY });
  }
  return bands;
}

export function narrowAisles(doc: HallDocument, min = doc.criteria.minAisleWidth): NarrowAisle[] {
  const bands = rowBands(doc);
  const out: NarrowAisle[] = [];
  for (const a of bands) {
    let best: Band | null = null;
    for (const b of bands) {
      if (b === a || b.alongX !== a.alongX) continue;
      if (Math.min(a.a1, b.a1) - Math.max(a.a0, b.a0) <= MIN_GAP) continue;
      if (b.lo < a.hi - MIN_GAP) continue;
      if (!best || b.lo < best.lo) best = b;
    }
    if (!best) continue;
    const gap = best.lo - a.hi;
    if (gap <= MIN_GAP || gap >= min - 1e-6) continue;
    const s0 = Math.max(a.a0, best.a0);
    const s1 = Math.min(a.a1, best.a1);
    out.push(a.alongX
      ? { between: [a.name, best.name], gap, x0: s0, x1: s1, y0: a.hi, y1: best.lo, alongX: true }
      : { between: [a.name, best.name], gap, x0: a.hi, x1: best.lo, y0: s0, y1: s1, alongX: false });
  }
  return out;
}
