// Pure edits of the hall document (doc in, new doc out, structural sharing). The store records them as
// undoable steps; they never touch React or three.js, so unit tests run them in Node.
import type { HallDocument, RackT } from '../../../workers/model/schema';
import { findObject, footprintOf, normAngle, round6, snapCentre, type Collection } from './geometry';

const MOVABLE: readonly Collection[] = ['racks', 'coolingUnits', 'cdus', 'tiles', 'columns', 'containment'];

type Mutable = Record<string, unknown> & { id: string };

/** Applies fn to every object whose id is in ids, per collection, copying only what changes. */
export function mapObjects(doc: HallDocument, ids: ReadonlySet<string>, fn: (o: Mutable, c: Collection) => Mutable): HallDocument {
  if (ids.size === 0) return doc;
  const mapList = <T extends { id: string }>(list: T[], c: Collection): T[] => {
    let changed = false;
    const out = list.map((o) => {
      if (!ids.has(o.id)) return o;
      const n = fn(o as unknown as Mutable, c) as unknown as T;
      if (n !== o) changed = true;
      return n;
    });
    return changed ? out : list;
  };
  const racks = mapList(doc.racks, 'racks');
  const coolingUnits = mapList(doc.coolingUnits, 'coolingUnits');
  const cdus = mapList(doc.cdus, 'cdus');
  const tiles = mapList(doc.tiles, 'tiles');
  const containment = mapList(doc.containment, 'containment');
  const columns = mapList(doc.envelope.columns, 'columns');
  const walls = mapList(doc.envelope.walls, 'walls');
  const rows = mapList(doc.rows, 'rows');
  if (racks === doc.racks && coolingUnits === doc.coolingUnits && cdus === doc.cdus && tiles === doc.tiles &&
      containment === doc.containment && columns === doc.envelope.columns && walls === doc.envelope.walls && rows === doc.rows) {
    return doc;
  }
  const envelope = columns === doc.envelope.columns && walls === doc.envelope.walls ? doc.envelope : { ...doc.envelope, columns, walls };
  return { ...doc, racks, coolingUnits, cdus, tiles, containment, rows, envelope };
}

/** Moves objects by (dx, dy); with a grid, each object's footprint is snapped to it. */
export function moveObjects(doc: HallDocument, ids: readonly string[], dx: number, dy: number, grid = 0): HallDocument {
  if (dx === 0 && dy === 0 && grid === 0) return doc;
  return mapObjects(doc, new Set(ids), (o, c) => {
    if (!MOVABLE.includes(c)) return o;
    if (c === 'containment') {
      const n = o as unknown as { x0: number; x1: number; y0: number; y1: number };
      const w = Math.abs(n.x1 - n.x0);
      const d = Math.abs(n.y1 - n.y0);
      const cx = (n.x0 + n.x1) / 2 + dx;
      const cy = (n.y0 + n.y1) / 2 + dy;
      const [sx, sy] = snapCentre(cx, cy, { rotationDeg: 0, width: w, depth: d }, grid);
      const ox = sx - (n.x0 + n.x1) / 2;
      const oy = sy - (n.y0 + n.y1) / 2;
      return { ...o, x0: round6(n.x0 + ox), x1: round6(n.x1 + ox), y0: round6(n.y0 + oy), y1: round6(n.y1 + oy) };
    }
    const f = footprintOf(doc, { collection: c, index: 0, object: o });
    if (!f) return o;
    const [x, y] = grid > 0 ? snapCentre(f.x + dx, f.y + dy, f, grid) : [round6(f.x + dx), round6(f.y + dy)];
    return x === f.x && y === f.y ? o : { ...o, x, y };
  });
}

/** Sets absolute positions (e.g. from a drag preview) for a map of id → [x, y]. */
export function placeObjects(doc: HallDocument, positions: ReadonlyMap<string, readonly [number, number]>): HallDocument {
  return mapObjects(doc, new Set(positions.keys()), (o) => {
    const p = positions.get(o.id);
    if (!p || !('x' in o)) return o;
    return o.x === p[0] && o.y === p[1] ? o : { ...o, x: p[0], y: p[1] };
  });
}

/** Rotates each object about its own centre by deg (racks, units, CDUs). */
export function rotateObjects(doc: HallDocument, ids: readonly string[], deg: number): HallDocument {
  return mapObjects(doc, new Set(ids), (o, c) => {
    if (c !== 'racks' && c !== 'coolingUnits' && c !== 'cdus') return o;
    return { ...o, rotationDeg: normAngle((o.rotationDeg as number) + deg) };
  });
}

/** Deletes objects and every reference to them (CDU rack lists, annotations pinned to them). */
export function deleteObjects(doc: HallDocument, ids: readonly string[]): HallDocument {
  const del = new Set(ids);
  if (del.size === 0) return doc;
  const keep = <T extends { id: string }>(l: T[]): T[] => (l.some((o) => del.has(o.id)) ? l.filter((o) => !del.has(o.id)) : l);
  const racks = keep(doc.racks);
  const removedRows = doc.rows.filter((r) => del.has(r.id)).map((r) => r.id);
  const rowGone = new Set(removedRows);
  return {
    ...doc,
    racks: rowGone.size ? racks.map((r) => (r.rowId && rowGone.has(r.rowId) ? { ...r, rowId: null } : r)) : racks,
    rows: keep(doc.rows),
    coolingUnits: keep(doc.coolingUnits),
    cdus: keep(doc.cdus).map((c) => (c.rackIds.some((r) => del.has(r)) ? { ...c, rackIds: c.rackIds.filter((r) => !del.has(r)) } : c)),
    tiles: keep(doc.tiles),
    containment: keep(doc.containment),
    envelope: { ...doc.envelope, columns: keep(doc.envelope.columns), walls: keep(doc.envelope.walls) },
    annotations: doc.annotations.map((a) => (a.objectId && del.has(a.objectId) ? { ...a, objectId: null } : a)),
  };
}

/** Every id in the document (for unique-id generation). */
export function allIds(doc: HallDocument): Set<string> {
  const s = new Set<string>();
  for (const l of [doc.racks, doc.rows, doc.coolingUnits, doc.cdus, doc.tiles, doc.containment, doc.envelope.columns,
    doc.envelope.walls, doc.scenarios, doc.viewpoints, doc.annotations] as { id: string }[][]) {
    for (const o of l) s.add(o.id);
  }
  return s;
}

/** A fresh id with the given prefix, e.g. "R-0042", not present in taken; adds it to taken. */
export function freshId(prefix: string, taken: Set<string>): string {
  for (let n = taken.size + 1; ; n++) {
    const id = `${prefix}-${String(n).padStart(4, '0')}`;
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

const PREFIX: Partial<Record<Collection, string>> = { racks: 'R', coolingUnits: 'CU', cdus: 'CDU', tiles: 'T', columns: 'COL', containment: 'CT' };

/** Copies of the given objects (with fresh ids and names) offset by (dx, dy). Returns the new doc and ids. */
export function duplicateObjects(doc: HallDocument, ids: readonly string[], dx: number, dy: number): { doc: HallDocument; ids: string[] } {
  const found = ids.map((id) => findObject(doc, id)).filter((f) => f && PREFIX[f.collection]) as NonNullable<ReturnType<typeof findObject>>[];
  return insertCopies(doc, found.map((f) => ({ collection: f.collection, object: f.object })), dx, dy);
}

export interface ClipboardItem { collection: Collection; object: Record<string, unknown> & { id: string } }

/** Inserts copies of clipboard items (fresh ids; names get " copy" unless unique) offset by (dx, dy). */
export function insertCopies(doc: HallDocument, items: readonly ClipboardItem[], dx: number, dy: number): { doc: HallDocument; ids: string[] } {
  const taken = allIds(doc);
  const names = new Set(doc.racks.map((r) => r.name));
  const next = { ...doc, racks: [...doc.racks], coolingUnits: [...doc.coolingUnits], cdus: [...doc.cdus], tiles: [...doc.tiles],
    containment: [...doc.containment], envelope: { ...doc.envelope, columns: [...doc.envelope.columns] } };
  const newIds: string[] = [];
  for (const { collection, object } of items) {
    const prefix = PREFIX[collection];
    if (!prefix) continue;
    const id = freshId(prefix, taken);
    newIds.push(id);
    const copy: Record<string, unknown> = structuredClone(object);
    copy.id = id;
    if (typeof copy.name === 'string') copy.name = uniqueName(copy.name, names);
    if (collection === 'containment') {
      for (const k of ['x0', 'x1'] as const) copy[k] = round6((copy[k] as number) + dx);
      for (const k of ['y0', 'y1'] as const) copy[k] = round6((copy[k] as number) + dy);
    } else {
      copy.x = round6((copy.x as number) + dx);
      copy.y = round6((copy.y as number) + dy);
    }
    if (collection === 'cdus') copy.rackIds = [];
    const list = collection === 'columns' ? next.envelope.columns : (next[collection as 'racks'] as unknown[]);
    list.push(copy as never);
  }
  return { doc: next as HallDocument, ids: newIds };
}

function uniqueName(base: string, names: Set<string>): string {
  const m = /^(.*?)(\d+)$/.exec(base);
  if (m) {
    const width = m[2].length;
    for (let n = Number(m[2]) + 1; n < 1e6; n++) {
      const cand = `${m[1]}${String(n).padStart(width, '0')}`;
      if (!names.has(cand)) { names.add(cand); return cand; }
    }
  }
  for (let n = 2; ; n++) {
    const cand = `${base} (${n})`;
    if (!names.has(cand)) { names.add(cand); return cand; }
  }
}

/** Sets one field (a path inside the object, e.g. ['rearDoor', 'capacity']) of an object. */
export function setField(doc: HallDocument, id: string, path: readonly (string | number)[], value: unknown): HallDocument {
  return mapObjects(doc, new Set([id]), (o) => setIn(o, path, value) as Mutable);
}

export function setIn(obj: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [k, ...rest] = path;
  const cur = (obj as Record<string | number, unknown>)[k];
  const nv = setIn(cur, rest, value);
  if (nv === cur) return obj;
  if (Array.isArray(obj)) {
    const c = [...obj];
    c[k as number] = nv;
    return c;
  }
  return { ...(obj as object), [k]: nv };
}

export interface RowOfRacks {
  /** Template fields for each rack (a Rack minus id/name/position). */
  rack: Omit<RackT, 'id' | 'name' | 'x' | 'y' | 'rowId'>;
  count: number;
  /** Centre of the first rack. */
  x: number;
  y: number;
  /** Direction the row runs in, degrees in plan (0 = +x). */
  directionDeg: number;
  rowName: string;
  namePrefix: string;
  grid: number;
}

/** Array tool: a new row of N racks placed side by side along the given direction. */
export function addRowOfRacks(doc: HallDocument, spec: RowOfRacks): { doc: HallDocument; ids: string[] } {
  const taken = allIds(doc);
  const rowId = freshId('ROW', taken);
  const t = (spec.directionDeg * Math.PI) / 180;
  const pitch = spec.rack.width;
  const names = new Set(doc.racks.map((r) => r.name));
  const racks: RackT[] = [];
  for (let i = 0; i < spec.count; i++) {
    let x = spec.x + Math.cos(t) * pitch * i;
    let y = spec.y + Math.sin(t) * pitch * i;
    if (spec.grid > 0) [x, y] = snapCentre(x, y, spec.rack, spec.grid);
    const name = uniqueName(`${spec.namePrefix}${String(i + 1).padStart(2, '0')}`.replace(/\d+$/, (d) => String(Number(d) - 1).padStart(d.length, '0')), names);
    racks.push({ ...structuredClone(spec.rack), id: freshId('R', taken), name, rowId, x: round6(x), y: round6(y) });
  }
  return {
    doc: { ...doc, rows: [...doc.rows, { id: rowId, name: spec.rowName }], racks: [...doc.racks, ...racks] },
    ids: racks.map((r) => r.id),
  };
}
