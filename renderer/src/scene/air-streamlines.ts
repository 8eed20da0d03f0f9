// Streamlines of the room-air result through a rack (pure, no three.js): where the air leaving a rack's
// exhaust goes, or where the air entering its intake comes from. Seeds on a lattice just outside the
// face; each line integrates the direction of the cell-centred mean velocity (air-slice.ts sampleField:
// trilinear, solid cells left out) by classical Runge–Kutta (RK4) in arc length, backwards for the intake,
// and ends where the air stops (below MIN_STREAM_SPEED), enters solid equipment or a wall, or after
// MAX_STREAM_LENGTH. The end is named: a cooling unit, a rack's intake or exhaust face, a floor tile, the
// ceiling, a wall. These are lines of the time-mean flow (an unsteady room's fluctuations also mix air
// across them), and each seed stands for an equal share of the face's airflow (rack faces move air
// evenly). Containment panels are faces, not cells, of the air grid: a line is not stopped by a panel
// (the flow along it is), so a line may cross one between two points.
// Model metres (x east, y north, z up, z = 0 the finished floor), m/s, °C.
import type { AirFields } from '../../../workers/airflow';
import type { HallDocument } from '../../../workers/model/schema';
import { footprintAxes, type Footprint } from '../../../workers/model/footprint';
import { sampleField } from './air-slice';
import type { AirStreamFrom } from './air-layer-settings';

export type StreamFrom = AirStreamFrom;

export type StreamEnd =
  | { kind: 'unit'; id: string }
  | { kind: 'rack'; id: string; face: 'intake' | 'exhaust' | 'side' }
  | { kind: 'tile' }
  /** Out through the top of the room where the hall has a ceiling return (over its open area or chimneys). */
  | { kind: 'ceiling' }
  | { kind: 'wall' }
  | { kind: 'still' }
  | { kind: 'length' };

export interface Streamline {
  /** x, y, z per point, model metres. */
  points: Float32Array;
  /** Air temperature at each point, °C. */
  temps: Float32Array;
  count: number;
  end: StreamEnd;
}

export interface RackStreams {
  rackId: string;
  from: StreamFrom;
  lines: Streamline[];
}

/** Air slower than this ends a line, m/s (the arrows' threshold). */
export const MIN_STREAM_SPEED = 0.02;
/** Longest line, m. */
export const MAX_STREAM_LENGTH = 80;
/** Seeds across the face (along its width) and up it. */
export const SEEDS_ACROSS = 3;
export const SEEDS_UP = 4;

/** A solid box that a line may end in: rack or cooling unit, footprint and height. */
interface Equipment { kind: 'rack' | 'unit'; id: string; fp: Footprint; height: number }


/** Seed points on a rack's front (intake) or rear (exhaust) face, `offset` m outside it. */
export function faceSeeds(fp: Footprint, height: number, face: 'front' | 'rear', offset: number, across = SEEDS_ACROSS, up = SEEDS_UP): [number, number, number][] {
  const [ax, ay, bx, by] = footprintAxes(fp);
  const b = face === 'front' ? -(fp.depth / 2 + offset) : fp.depth / 2 + offset;
  const out: [number, number, number][] = [];
  for (let k = 0; k < up; k++) {
    for (let i = 0; i < across; i++) {
      const a = ((i + 0.5) / across - 0.5) * fp.width;
      out.push([fp.x + a * ax + b * bx, fp.y + a * ay + b * by, ((k + 0.5) / up) * height]);
    }
  }
  return out;
}

/** Where a line that stopped at p (in or next to something solid, or outside the air) ended. */
function classify(p: readonly number[], equipment: readonly Equipment[], doc: HallDocument | null, tol: number, floorTol: number, top: number): StreamEnd {
  // out through the top of the room: the ceiling return, where the hall has one (else the ceiling is a wall)
  if (p[2] >= top && doc && doc.coolingUnits.some((u) => u.enabled && 'return' in u && u.return === 'ceiling')) return { kind: 'ceiling' };
  // at the floor, over a perforated tile (before equipment: a tile often lies at a rack's intake)
  if (doc && doc.envelope.floor.kind === 'raised' && p[2] <= floorTol) {
    const half = doc.envelope.floor.tileSize / 2;
    for (const t of doc.tiles) if (Math.abs(p[0] - t.x) <= half && Math.abs(p[1] - t.y) <= half) return { kind: 'tile' };
  }
  let best: Equipment | null = null, bestD = Infinity, bestFace: 'intake' | 'exhaust' | 'side' = 'side';
  for (const e of equipment) {
    const [ax, ay, bx, by] = footprintAxes(e.fp);
    const dx = p[0] - e.fp.x, dy = p[1] - e.fp.y;
    const a = dx * ax + dy * ay, b = dx * bx + dy * by;
    // distance outside the box (0 inside)
    const oa = Math.max(0, Math.abs(a) - e.fp.width / 2), ob = Math.max(0, Math.abs(b) - e.fp.depth / 2), oz = Math.max(0, p[2] - e.height);
    const d = Math.hypot(oa, ob, oz);
    if (!(d <= tol) || d >= bestD) continue;
    best = e; bestD = d;
    // the face nearest to p: front (b = −depth/2), rear, sides, top
    const faces: [number, 'intake' | 'exhaust' | 'side'][] = [
      [Math.abs(b + e.fp.depth / 2), 'intake'], [Math.abs(b - e.fp.depth / 2), 'exhaust'],
      [Math.abs(Math.abs(a) - e.fp.width / 2), 'side'], [Math.abs(p[2] - e.height), 'side'],
    ];
    faces.sort((x, y) => x[0] - y[0]);
    bestFace = faces[0][1];
  }
  if (best) return best.kind === 'unit' ? { kind: 'unit', id: best.id } : { kind: 'rack', id: best.id, face: bestFace };
  return { kind: 'wall' };
}

/** The racks and cooling units of a document as boxes on the floor. */
export function equipmentOf(doc: HallDocument): Equipment[] {
  return [
    ...doc.racks.map((r) => ({ kind: 'rack' as const, id: r.id, fp: r, height: r.height })),
    ...doc.coolingUnits.map((u) => ({ kind: 'unit' as const, id: u.id, fp: u, height: u.height })),
  ];
}

/**
 * One streamline from `seed`: RK4 on the unit direction of the velocity (dir +1 downstream, −1 upstream),
 * arc-length step `step` m (a third of the smallest cell by default).
 */
export function traceStreamline(f: AirFields, seed: readonly number[], dir: 1 | -1, equipment: readonly Equipment[] = [], doc: HallDocument | null = null,
  step?: number, maxLength = MAX_STREAM_LENGTH, minSpeed = MIN_STREAM_SPEED): Streamline {
  const g = f.grid;
  const h = step ?? Math.min(g.dx, g.dy, g.dz) / 3;
  const lo = g.origin, hi = [lo[0] + g.nx * g.dx, lo[1] + g.ny * g.dy, lo[2] + g.nz * g.dz];
  // how near equipment (or the floor, for tiles) a line that stops must be to be named after it
  const near = 1.5 * Math.max(g.dx, g.dy, g.dz), floorNear = lo[2] + 0.5 * g.dz;
  const maxPoints = Math.ceil(maxLength / h - 1e-9) + 1; // the seed and ⌈L/h⌉ steps
  const pts: number[] = [], temps: number[] = [];
  const inside = (x: number, y: number, z: number) => x >= lo[0] && x <= hi[0] && y >= lo[1] && y <= hi[1] && z >= lo[2] && z <= hi[2];
  // unit direction at a point into d (false: solid, outside, or still air)
  const d = [0, 0, 0];
  let lastSpeed = 0;
  const direction = (x: number, y: number, z: number): boolean => {
    if (!inside(x, y, z)) { lastSpeed = NaN; return false; }
    const u = sampleField(f.u, f.solid, g, x, y, z), v = sampleField(f.v, f.solid, g, x, y, z), w = sampleField(f.w, f.solid, g, x, y, z);
    const s = Math.hypot(u, v, w);
    lastSpeed = s;
    if (!(s >= minSpeed)) return false; // also NaN (solid)
    d[0] = (dir * u) / s; d[1] = (dir * v) / s; d[2] = (dir * w) / s;
    return true;
  };
  const push = (x: number, y: number, z: number) => {
    pts.push(x, y, z);
    temps.push(sampleField(f.t, f.solid, g, x, y, z));
  };
  let [x, y, z] = seed;
  let end: StreamEnd | null = null;
  push(x, y, z);
  const k = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (let n = 1; n < maxPoints; n++) {
    const stages = [[0, 0], [0.5, 0], [0.5, 1], [1, 2]] as const;
    let ok = true;
    for (let s = 0; s < 4 && ok; s++) {
      const [c, from] = stages[s];
      const px = x + c * h * (s ? k[3 * from] : 0), py = y + c * h * (s ? k[3 * from + 1] : 0), pz = z + c * h * (s ? k[3 * from + 2] : 0);
      ok = direction(px, py, pz);
      if (ok) { k[3 * s] = d[0]; k[3 * s + 1] = d[1]; k[3 * s + 2] = d[2]; }
    }
    if (!ok) {
      // still air where the velocity is finite and slow; else solid or outside: what is there
      end = Number.isFinite(lastSpeed) && lastSpeed < minSpeed && inside(x, y, z) && !isSolidAt(f, x, y, z)
        ? { kind: 'still' } : classify([x + h * (d[0] || 0), y + h * (d[1] || 0), z + h * (d[2] || 0)], equipment, doc, near, floorNear, hi[2]);
      break;
    }
    x += (h / 6) * (k[0] + 2 * k[3] + 2 * k[6] + k[9]);
    y += (h / 6) * (k[1] + 2 * k[4] + 2 * k[7] + k[10]);
    z += (h / 6) * (k[2] + 2 * k[5] + 2 * k[8] + k[11]);
    if (!inside(x, y, z) || isSolidAt(f, x, y, z)) {
      end = classify([x, y, z], equipment, doc, near, floorNear, hi[2]);
      // keep the line inside the air: the last point is the one before
      break;
    }
    push(x, y, z);
  }
  return { points: Float32Array.from(pts), temps: Float32Array.from(temps), count: pts.length / 3, end: end ?? { kind: 'length' } };
}

function isSolidAt(f: AirFields, x: number, y: number, z: number): boolean {
  const g = f.grid;
  const i = Math.min(g.nx - 1, Math.max(0, Math.floor((x - g.origin[0]) / g.dx)));
  const j = Math.min(g.ny - 1, Math.max(0, Math.floor((y - g.origin[1]) / g.dy)));
  const k = Math.min(g.nz - 1, Math.max(0, Math.floor((z - g.origin[2]) / g.dz)));
  return f.solid[i + g.nx * (j + g.ny * k)] === 1;
}

/** The lines through one rack's exhaust (downstream) or intake (upstream); null for an unknown rack. */
export function rackStreams(f: AirFields, doc: HallDocument, rackId: string, from: StreamFrom): RackStreams | null {
  const rack = doc.racks.find((r) => r.id === rackId);
  if (!rack) return null;
  const g = f.grid;
  const equipment = equipmentOf(doc);
  // half a cell out, then further out (up to 3 cells) while the point is in a solid cell (a rack at an
  // angle to the grid has a staircase face); a seed still in solid is dropped
  const h = Math.max(g.dx, g.dy);
  const seeds: number[][] = [];
  const face = from === 'exhaust' ? 'rear' : 'front';
  const near = faceSeeds(rack, rack.height, face, 0.6 * h);
  for (let q = 0; q < near.length; q++) {
    for (let out = 0.6; out <= 3.01; out += 0.6) {
      const p = out === 0.6 ? near[q] : faceSeeds(rack, rack.height, face, out * h)[q];
      if (!isSolidAt(f, p[0], p[1], p[2])) { seeds.push(p); break; }
    }
  }
  const lines = seeds.map((s) => traceStreamline(f, s, from === 'exhaust' ? 1 : -1, equipment, doc));
  return { rackId, from, lines };
}

/** Where the lines end, as counts: units, rack faces, tiles, walls, still air, too long. */
export function summariseStreams(s: RackStreams): { total: number; units: Map<string, number>; intakes: Map<string, number>; exhausts: Map<string, number>; tiles: number; ceiling: number; long: number; other: number } {
  const units = new Map<string, number>(), intakes = new Map<string, number>(), exhausts = new Map<string, number>();
  let tiles = 0, ceiling = 0, long = 0, other = 0;
  const add = (m: Map<string, number>, id: string) => m.set(id, (m.get(id) ?? 0) + 1);
  for (const l of s.lines) {
    const e = l.end;
    if (e.kind === 'unit') add(units, e.id);
    else if (e.kind === 'rack' && e.face === 'intake') add(intakes, e.id);
    else if (e.kind === 'rack' && e.face === 'exhaust') add(exhausts, e.id);
    else if (e.kind === 'tile') tiles++;
    else if (e.kind === 'ceiling') ceiling++;
    else if (e.kind === 'length') long++;
    else other++;
  }
  return { total: s.lines.length, units, intakes, exhausts, tiles, ceiling, long, other };
}

/** One sentence on where the lines of a rack end, for the layer panel. Downstream lines that end at a
 *  unit, the ceiling or a rack intake, upstream lines that start at a unit, a floor tile, a rack exhaust
 *  or the ceiling are named; lines longer than MAX_STREAM_LENGTH are counted as recirculating; the rest
 *  (still air, walls, the sides of equipment, the wrong face) are counted together. */
export function describeStreams(s: RackStreams): string {
  const m = summariseStreams(s);
  const list = (mm: Map<string, number>) => [...mm].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id, n]) => (n > 1 ? `${id} ×${n}` : id)).join(', ');
  const count = (mm: Map<string, number>) => [...mm.values()].reduce((a, b) => a + b, 0);
  const parts: string[] = [];
  let named = 0;
  if (s.from === 'exhaust') {
    if (m.units.size) parts.push(`${count(m.units)} reach a cooling unit (${list(m.units)})`);
    if (m.ceiling) parts.push(`${m.ceiling} leave through the ceiling`);
    if (m.intakes.size) parts.push(`${count(m.intakes)} enter rack intakes (${list(m.intakes)})`);
    named = count(m.units) + m.ceiling + count(m.intakes);
  } else {
    const supplied = count(m.units) + m.tiles;
    if (supplied) parts.push(`${supplied} come from cooling air (${[list(m.units), m.tiles ? `floor tiles ×${m.tiles}` : ''].filter(Boolean).join(', ')})`);
    if (m.exhausts.size) parts.push(`${count(m.exhausts)} come from rack exhausts (${list(m.exhausts)})`);
    if (m.ceiling) parts.push(`${m.ceiling} trace back to the ceiling`);
    named = supplied + count(m.exhausts) + m.ceiling;
  }
  if (m.long) parts.push(`${m.long} run on for more than ${MAX_STREAM_LENGTH} m (recirculating)`);
  const rest = m.total - named - m.long;
  if (rest) parts.push(`${rest} ${s.from === 'exhaust' ? 'end' : 'trace back to'} still air, a wall or the side of equipment`);
  const seeds = SEEDS_ACROSS * SEEDS_UP;
  const dropped = m.total < seeds ? ` (${seeds - m.total} of the ${seeds} seeds lay inside equipment)` : '';
  return `${s.rackId}, ${m.total} lines ${s.from === 'exhaust' ? 'from its exhaust' : 'into its intake'}${dropped}: ${parts.length ? parts.join('; ') : 'none'}.`;
}

/** Most racks traced at once (the first of a larger selection). */
export const MAX_TRACED_RACKS = 6;

const cache = new WeakMap<AirFields, WeakMap<HallDocument, Map<string, RackStreams[]>>>();

/** The streams of the selected racks (the first MAX_TRACED_RACKS; other objects in the selection are left
 *  out), memoised per result, document and selection so the 3D layer and the panel share one trace. */
export function selectedStreams(f: AirFields, doc: HallDocument, selection: readonly string[], from: StreamFrom): RackStreams[] {
  const racks = new Set(doc.racks.map((r) => r.id));
  const ids = selection.filter((id) => racks.has(id)).slice(0, MAX_TRACED_RACKS);
  const key = `${from}:${ids.join('\u0000')}`;
  let byDoc = cache.get(f);
  if (!byDoc) cache.set(f, (byDoc = new WeakMap()));
  let byKey = byDoc.get(doc);
  if (!byKey) byDoc.set(doc, (byKey = new Map()));
  let out = byKey.get(key);
  if (!out) {
    out = ids.map((id) => rackStreams(f, doc, id, from)).filter((s): s is RackStreams => s !== null);
    if (byKey.size > 8) byKey.clear();
    byKey.set(key, out);
  }
  return out;
}
