// Plan geometry of a CDU's rack rows: racks grouped by row, ordered along the row starting at the
// end nearest the CDU, with the supply and return header tap points behind each rack (rear side,
// front normal (sin θ, −cos θ) as in schema.ts) at header height. Units m.
import type { CduT, HallDocument, RackT } from '../model/schema';
import { HEADER_REAR_OFFSET, HEADER_SPACING, SLAB_TRENCH_DEPTH } from './constants';
import type { Vec3 } from './model';

export interface RowRun {
  /** Row id, or the rack id for a rack with no row. */
  readonly key: string;
  /** Racks ordered from the end nearest the CDU. */
  readonly racks: RackT[];
  readonly supplyTaps: Vec3[];
  readonly returnTaps: Vec3[];
  /** Unit vector of the rear side (away from the rack fronts). */
  readonly rear: readonly [number, number];
}

/** z of the headers: overhead at headerHeight, under a raised floor at mid-plenum, else in a trench. */
export function headerZ(doc: HallDocument): number {
  if (doc.piping.routing === 'overhead') return doc.piping.headerHeight;
  const f = doc.envelope.floor;
  return f.kind === 'raised' ? -f.plenumDepth / 2 : -SLAB_TRENCH_DEPTH;
}

/** Where the CDU's TCS pipes leave the unit: its top (overhead routing) or its base. */
export function cduPort(doc: HallDocument, cdu: CduT): Vec3 {
  return [cdu.x, cdu.y, doc.piping.routing === 'overhead' ? cdu.height : 0];
}

export function rowRuns(doc: HallDocument, cdu: CduT, racks: readonly RackT[]): RowRun[] {
  const groups = new Map<string, RackT[]>();
  for (const r of racks) {
    const key = r.rowId ?? r.id;
    const g = groups.get(key);
    if (g) g.push(r); else groups.set(key, [r]);
  }
  const zH = headerZ(doc);
  const runs: RowRun[] = [];
  for (const [key, list] of groups) {
    const th = (list[0].rotationDeg * Math.PI) / 180;
    const ux = Math.cos(th);
    const uy = Math.sin(th);
    const rear: [number, number] = [-Math.sin(th), Math.cos(th)];
    const sorted = [...list].sort((a, b) => a.x * ux + a.y * uy - (b.x * ux + b.y * uy));
    const tap = (r: RackT, extra: number): Vec3 => {
      const off = r.depth / 2 + HEADER_REAR_OFFSET + extra;
      return [r.x + rear[0] * off, r.y + rear[1] * off, zH];
    };
    const first = sorted[0];
    const last = sorted[sorted.length - 1];
    const d = (r: RackT) => (r.x - cdu.x) ** 2 + (r.y - cdu.y) ** 2;
    if (d(last) < d(first)) sorted.reverse();
    runs.push({
      key, racks: sorted, rear,
      supplyTaps: sorted.map((r) => tap(r, 0)),
      returnTaps: sorted.map((r) => tap(r, HEADER_SPACING)),
    });
  }
  return runs;
}
