// Design issues of a valid hall document, computed live by the editor and attached as warnings on
// load: objects outside the hall, overlapping footprints (racks, cooling units, CDUs, columns; spatial
// hash, fine for 5,000 racks), unknown template ids, liquid-capture inconsistencies, liquid racks
// without a CDU, aisles narrower than criteria.minAisleWidth, roofed hot aisles that racks blow into but
// nothing draws from, liquid-loop overrides naming no generated component or fields that do not apply to
// it. Lengths in m.
import type { HallDocument } from './schema';
import type { DesignIssue } from './issues';
import { boundingBox, corners, faceOpensInto, overlappingPairs, type Footprint } from './footprint';
import { templateIds } from './library';
import { aisleIssues } from './aisles';

export type { DesignIssue } from './issues';

/** Tolerance for "outside the hall" (m). */
const OUTSIDE_TOLERANCE = 1e-3;

interface Placed extends Footprint { id: string; label: string }

function placedObjects(doc: HallDocument): Placed[] {
  return [
    ...doc.racks.map((r) => ({ ...pick(r), label: `Rack ${r.name || r.id}` })),
    ...doc.coolingUnits.map((u) => ({ ...pick(u), label: `Cooling unit ${u.name || u.id}` })),
    ...doc.cdus.map((c) => ({ ...pick(c), label: `CDU ${c.name || c.id}` })),
    ...doc.envelope.columns.map((c) => ({ id: c.id, x: c.x, y: c.y, rotationDeg: 0, width: c.width, depth: c.depth, label: `Column ${c.id}` })),
  ];
}

function pick(o: { id: string; x: number; y: number; rotationDeg: number; width: number; depth: number }) {
  return { id: o.id, x: o.x, y: o.y, rotationDeg: o.rotationDeg, width: o.width, depth: o.depth };
}

/** A length in metres as the editor shows it (to the centimetre, no trailing zeros). */
const cm = (x: number): string => String(Math.round(x * 100) / 100);

function outsideIssues(doc: HallDocument, objects: readonly Placed[], out: DesignIssue[]): void {
  const L = doc.envelope.length;
  const W = doc.envelope.width;
  const t = OUTSIDE_TOLERANCE;
  for (const o of objects) {
    const b = boundingBox(o);
    if (b.minX >= -t && b.minY >= -t && b.maxX <= L + t && b.maxY <= W + t) continue;
    // the bounding box pokes out: confirm with the corners (a rotated box is tighter than its bounds)
    if (corners(o).every(([x, y]) => x >= -t && y >= -t && x <= L + t && y <= W + t)) continue;
    out.push({ severity: 'warning', objectId: o.id, message: `${o.label} is outside the hall (0–${cm(L)} m × 0–${cm(W)} m)` });
  }
  doc.tiles.forEach((tile) => {
    if (tile.x < 0 || tile.y < 0 || tile.x > L || tile.y > W) {
      out.push({ severity: 'warning', objectId: tile.id, message: `Tile ${tile.id} is outside the hall` });
    }
  });
}

function templateIssues(doc: HallDocument, out: DesignIssue[]): void {
  const racks = templateIds('racks');
  const units = templateIds('coolingUnits');
  const cdus = templateIds('cdus');
  const doors = templateIds('rearDoors');
  const unknown = (id: string, t: string, field: string) => out.push({ severity: 'warning', objectId: id, field, message: `${id}: template '${t}' is not in the equipment library` });
  for (const r of doc.racks) {
    if (r.templateId !== null && !racks.has(r.templateId)) unknown(r.id, r.templateId, 'templateId');
    if (r.rearDoor?.templateId != null && !doors.has(r.rearDoor.templateId)) unknown(r.id, r.rearDoor.templateId, 'rearDoor.templateId');
  }
  for (const u of doc.coolingUnits) if (u.templateId !== null && !units.has(u.templateId)) unknown(u.id, u.templateId, 'templateId');
  for (const c of doc.cdus) if (c.templateId !== null && !cdus.has(c.templateId)) unknown(c.id, c.templateId, 'templateId');
}

function coolingIssues(doc: HallDocument, out: DesignIssue[]): void {
  const hasCdu = doc.cdus.length > 0;
  for (const r of doc.racks) {
    const liquid = r.cooling !== 'air';
    if (liquid && r.liquidCaptureFraction === 0) {
      out.push({ severity: 'warning', objectId: r.id, field: 'liquidCaptureFraction', message: `${r.id}: ${r.cooling} rack with liquid capture 0 %` });
    }
    if (!liquid && r.liquidCaptureFraction > 0) {
      out.push({ severity: 'warning', objectId: r.id, field: 'liquidCaptureFraction', message: `${r.id}: air-cooled rack with liquid capture ${Math.round(r.liquidCaptureFraction * 100)} % (ignored)` });
    }
    if (liquid && r.liquidCaptureFraction > 0 && !hasCdu) {
      out.push({ severity: 'error', objectId: r.id, field: 'cooling', message: `${r.id}: liquid-cooled rack but the hall has no CDU` });
    }
    if (r.cooling === 'dlc' && r.coldPlate === null) {
      out.push({ severity: 'warning', objectId: r.id, field: 'coldPlate', message: `${r.id}: DLC rack without cold-plate data` });
    }
  }
}

/**
 * A roofed hot aisle is closed except for what draws air out of it: under a ceiling plenum it is a chimney
 * whose top is the return of the units that return from the ceiling (workers/airflow/voxelise.ts,
 * hall-problem.ts); in-row coolers whose rear opens into it take its air too. Racks exhausting into one
 * that nothing draws from can only push their air out through the panels' leakage gaps, a design error
 * (in the room model their whole exhaust then comes out through the panels).
 */
function containmentIssues(doc: HallDocument, out: DesignIssue[]): void {
  const units = doc.coolingUnits.filter((u) => u.enabled && u.airflow > 0);
  const plenum = doc.envelope.ceilingPlenum !== null;
  const ceilingReturn = plenum && units.some((u) => u.kind !== 'inRow' && u.return === 'ceiling');
  for (const ct of doc.containment) {
    if (ct.kind !== 'hotAisle' || !ct.roof) continue;
    const racks = doc.racks.filter((r) => faceOpensInto(r, -1, ct));
    if (racks.length === 0) continue;
    const drawn = ceilingReturn || units.some((u) => u.kind === 'inRow' && faceOpensInto(u, -1, ct));
    if (drawn) continue;
    const what = plenum
      ? 'under the ceiling plenum it is a chimney into the plenum, but no cooling unit returns from the ceiling'
      : 'the hall has no ceiling plenum and no in-row cooler draws from it';
    const fix = plenum ? 'set the cooling units\' return to the ceiling plenum' : 'add a ceiling plenum with ceiling returns, in-row coolers, or remove the roof';
    out.push({
      severity: 'warning', objectId: ct.id, field: 'roof',
      message: `Containment ${ct.name || ct.id}: ${racks.length} rack${racks.length === 1 ? '' : 's'} exhaust into this roofed hot aisle; ${what}, so their air can only leak out through the panels (${fix})`,
    });
  }
}

// ---------- liquid-loop overrides ----------
// Component ids the loop generator uses (workers/loop/tcs.ts, fws.ts), by owner; checked here by name
// so that the model layer does not depend on the loop layer. Whether a generated component exists in a
// given solve (e.g. a rack its CDU does not serve) is reported by the solve ('unknown-override').
type LoopPart = 'pipe' | 'kv' | 'component' | 'valve' | 'pump' | 'hx';
const RACK_PARTS: Readonly<Record<string, LoopPart>> = {
  'drop-s': 'pipe', 'drop-r': 'pipe', 'hose-s': 'pipe', 'hose-r': 'pipe', 'qd-s': 'kv', 'qd-r': 'kv', 'cold-plate': 'component', valve: 'valve',
};
const CDU_PARTS: Readonly<Record<string, LoopPart>> = {
  tank: 'pipe', 'hx-s': 'component', strainer: 'component', hx: 'hx', 'fws-s': 'pipe', 'fws-r': 'pipe', 'hx-p': 'component', 'valve-p': 'kv',
};
const PLANT_PARTS: Readonly<Record<string, LoopPart>> = { tank: 'pipe', 'run-s': 'pipe', 'run-r': 'pipe', return: 'pipe', cooler: 'component' };
const PART_FIELDS: Readonly<Record<LoopPart, readonly string[]>> = {
  pipe: ['diameter', 'length', 'roughness', 'minorLoss', 'status'],
  kv: ['kv', 'status'],
  component: ['designPressureDrop', 'designFlow', 'exponent', 'status'],
  valve: ['diameter', 'setting', 'status'],
  pump: ['ratedFlow', 'ratedHead', 'speed', 'status'],
  hx: ['ua'],
};
const PART_NAME: Readonly<Record<LoopPart, string>> = {
  pipe: 'pipe', kv: 'Kv resistance', component: 'ΔP–flow component', valve: 'balancing valve', pump: 'pump', hx: 'heat exchanger',
};

/** The part type of a generated loop component id, or the reason it names none. */
interface LoopIds { racks: ReadonlyMap<string, HallDocument['racks'][number]>; cdus: ReadonlyMap<string, HallDocument['cdus'][number]>; rows: ReadonlySet<string> }

function loopPartOf(doc: HallDocument, ids: LoopIds, elementId: string): { part: LoopPart; owner: string | null } | { reason: string; owner: string | null } {
  const { racks, cdus, rows } = ids;
  const pumpIndex = (rest: string, count: number, owner: string): { part: LoopPart; owner: string } | { reason: string; owner: string } | null => {
    const m = /^pump(\d+)(\/discharge)?$/.exec(rest);
    if (!m) return null;
    const n = Number(m[1]);
    if (n < 1 || n > count) return { reason: `${owner} has ${count} pump${count === 1 ? '' : 's'}`, owner };
    return { part: m[2] ? 'pipe' : 'pump', owner };
  };
  for (let i = elementId.indexOf('/'); i > 0; i = elementId.indexOf('/', i + 1)) {
    const owner = elementId.slice(0, i);
    const rest = elementId.slice(i + 1);
    if (owner === 'plant') {
      const p = pumpIndex(rest, doc.plant.pumps.count, 'the plant');
      if (p) return { ...p, owner: null };
      if (PLANT_PARTS[rest]) return { part: PLANT_PARTS[rest], owner: null };
    } else if (owner === 'fws') {
      const m = /^h[sr](\d+)$/.exec(rest);
      if (m && Number(m[1]) >= 1 && Number(m[1]) <= doc.cdus.length) return { part: 'pipe', owner: null };
    }
    const rack = racks.get(owner);
    if (rack && RACK_PARTS[rest]) {
      return rack.cooling === 'air' ? { reason: `${owner} is air-cooled: it has no loop components`, owner } : { part: RACK_PARTS[rest], owner };
    }
    const cdu = cdus.get(owner);
    if (cdu) {
      const p = pumpIndex(rest, cdu.pumps.count, owner);
      if (p) return p;
      if (CDU_PARTS[rest]) return { part: CDU_PARTS[rest], owner };
      const j = rest.lastIndexOf('/');
      if (j > 0 && /^(main-[sr]|h[sr]\d+)$/.test(rest.slice(j + 1))) {
        const key = rest.slice(0, j);
        if (rows.has(key) || racks.has(key)) return { part: 'pipe', owner };
        return { reason: `${key} is neither a row nor a rack`, owner };
      }
    }
  }
  return { reason: 'no such liquid-loop component (ids as in the Liquid loop tab\'s pipe table, or "<CDU>/hx")', owner: null };
}

function loopOverrideIssues(doc: HallDocument, out: DesignIssue[]): void {
  if (!doc.loopOverrides || doc.loopOverrides.length === 0) return;
  const ids: LoopIds = { racks: new Map(doc.racks.map((r) => [r.id, r])), cdus: new Map(doc.cdus.map((c) => [c.id, c])), rows: new Set(doc.rows.map((r) => r.id)) };
  const seen = new Set<string>();
  for (const o of doc.loopOverrides ?? []) {
    const label = `Loop override ${o.elementId}`;
    if (seen.has(o.elementId)) out.push({ severity: 'warning', objectId: null, field: 'loopOverrides', message: `${label} is listed twice (later values win, field by field)` });
    seen.add(o.elementId);
    const at = loopPartOf(doc, ids, o.elementId);
    if ('reason' in at) {
      out.push({ severity: 'warning', objectId: at.owner, field: 'loopOverrides', message: `${label}: ${at.reason}; the override is ignored` });
      continue;
    }
    const allowed = PART_FIELDS[at.part];
    const bad = Object.keys(o).filter((k) => k !== 'elementId' && (o as Record<string, unknown>)[k] !== undefined && !allowed.includes(k));
    if (bad.length > 0) {
      out.push({ severity: 'warning', objectId: at.owner, field: 'loopOverrides', message: `${label}: ${bad.join(', ')} do${bad.length === 1 ? 'es' : ''} not apply to a ${PART_NAME[at.part]} (ignored)` });
    }
  }
}

export function designIssues(doc: HallDocument): DesignIssue[] {
  const out: DesignIssue[] = [];
  const objects = placedObjects(doc);
  outsideIssues(doc, objects, out);
  for (const [i, j] of overlappingPairs(objects)) {
    out.push({ severity: 'warning', objectId: objects[j].id, message: `${objects[j].label} overlaps ${objects[i].label}` });
  }
  templateIssues(doc, out);
  coolingIssues(doc, out);
  out.push(...aisleIssues(doc));
  containmentIssues(doc, out);
  loopOverrideIssues(doc, out);
  return out;
}
