// Builds the solver's AirProblem from a hall document and its voxels: rack intake/exhaust patches
// (front/rear faces, the rack's fans move its IT airflow whatever the room does), cooling-unit supply and
// return patches (schema `supply`/`return`; in-row coolers take from the rear and supply at the front),
// perforated tiles fed by the lumped floor plenum, the ceiling-plenum extraction, rear doors and physics.
// A patch face is a grid face between an equipment cell and a fluid cell; it is the front when its
// outward normal is within 45° of the object's front normal (sin θ, −cos θ), the rear when opposite.
import type { HallDocument } from '../model/schema';
import { FIXED, type Grid } from './grid';
import { makePatch, wallSide, type Axis, type AirProblem, type Patch, type RackCoupling, type UnitCoupling } from './problem';
import { round, type AirInputError } from './errors';
import type { Voxels } from './voxelise';
import { footprintColumns } from './footprint-cells';
import { boundingBox, footprintsOverlap, type Box, type Footprint } from '../model/footprint';
import { rackAirflow, rackAirHeat, tileLossCoefficient } from './equipment';
import { AIR_CP, AIR_DENSITY, AIR_NU, AIR_PR, GRAVITY, KELVIN, PR_T, WATER_CP, WATER_DENSITY } from './constants';

type FaceRef = { axis: Axis; face: number; cell: number; inward: 1 | -1 };
type FaceClass = 'front' | 'rear' | 'top' | 'side';

export interface HallProblem { problem: AirProblem; warnings: string[]; rackIndex: number[]; unitIndex: number[]; tileIds: string[] }

/** Exterior faces of every owner's cells, classified by the owner's rotation. */
function classifyFaces(g: Grid, vox: Voxels, owners: number, rotation: (o: number) => number): Map<FaceClass, FaceRef[]>[] {
  const out: Map<FaceClass, FaceRef[]>[] = [];
  for (let o = 0; o < owners; o++) out.push(new Map([['front', []], ['rear', []], ['top', []], ['side', []]]));
  const { nx, ny, nz, layer } = g;
  const fronts = Array.from({ length: owners }, (_, o) => { const t = (rotation(o) * Math.PI) / 180; return [Math.sin(t), -Math.cos(t)]; });
  for (let c = 0; c < g.nCells; c++) {
    const o = vox.owner[c];
    if (o < 0 || o >= owners) continue;
    const i = c % nx, j = Math.floor(c / nx) % ny, k = Math.floor(c / layer);
    const [fx, fy] = fronts[o];
    const add = (n: number, axis: Axis, face: number, inward: 1 | -1, nxv: number, nyv: number, nzv: number) => {
      if (vox.solid[n]) return;
      const dot = nxv * fx + nyv * fy;
      const cls: FaceClass = nzv > 0 ? 'top' : dot > 0.7 ? 'front' : dot < -0.7 ? 'rear' : 'side';
      if (nzv < 0) return;
      out[o].get(cls)!.push({ axis, face, cell: n, inward });
    };
    if (i < nx - 1) add(c + 1, 0, c + j + ny * k + 1, 1, 1, 0, 0);
    if (i > 0) add(c - 1, 0, c + j + ny * k, -1, -1, 0, 0);
    if (j < ny - 1) add(c + nx, 1, c + nx * k + nx, 1, 0, 1, 0);
    if (j > 0) add(c - nx, 1, c + nx * k, -1, 0, -1, 0);
    if (k < nz - 1) add(c + layer, 2, c + layer, 1, 0, 0, 1);
  }
  return out;
}

export function buildHallProblem(doc: HallDocument, vox: Voxels, loadFactor: number): HallProblem | AirInputError {
  const g = vox.grid;
  const warnings = [...vox.warnings];
  const nr = doc.racks.length;
  const p: AirProblem = {
    grid: g, solid: vox.solid, uState: vox.uState, vState: vox.vState, wState: vox.wState, leaks: vox.leaks,
    sides: [wallSide(), wallSide(), wallSide(), wallSide(), wallSide(), wallSide()],
    patches: [], patchT: new Float64Array(0), racks: [], units: [], plenum: null,
    physics: { nu: AIR_NU, prandtl: AIR_PR, turbulence: { kind: 'chenXu', prandtlT: PR_T }, gBeta: 0, tRef: 20, density: AIR_DENSITY, cp: AIR_CP },
    scales: { velocity: 0.3, length: g.nz * g.dz, flow: 0 }, t0: 20,
  };
  const faces = classifyFaces(g, vox, nr + doc.coolingUnits.length,
    (o) => (o < nr ? doc.racks[o].rotationDeg : doc.coolingUnits[o - nr].rotationDeg));
  const add = (name: string, list: FaceRef[], flow: number): number => { p.patches.push(makePatch(p, name, list, flow)); return p.patches.length - 1; };
  const rackIndex: number[] = [];
  // racks
  for (let r = 0; r < nr; r++) {
    const rack = doc.racks[r];
    const heat = rackAirHeat(rack, loadFactor);
    const flow = rackAirflow(rack, loadFactor);
    if (heat <= 0 && flow <= 0) continue;
    if (!(flow > 0)) return { kind: 'zeroAirflow', objectId: rack.id, message: `rack ${rack.id} has ${heat.toFixed(0)} W of air-side heat but no airflow` };
    const fr = faces[r].get('front')!, re = faces[r].get('rear')!;
    if (fr.length === 0) return { kind: 'blockedAirPath', objectId: rack.id, face: 'intake', message: `rack ${rack.id}: its front (intake) is blocked${blockedBy(doc, rack, 'front', g.dx)}` };
    if (re.length === 0) return { kind: 'blockedAirPath', objectId: rack.id, face: 'exhaust', message: `rack ${rack.id}: its rear (exhaust) is blocked${blockedBy(doc, rack, 'rear', g.dx)}` };
    const d = rack.rearDoor;
    const door = d && d.enabled && d.ua > 0 && d.waterFlow > 0 ? { ua: d.ua, waterCapacityRate: WATER_DENSITY * WATER_CP * d.waterFlow, waterTemp: d.waterSupplyTemp } : null;
    if (d && d.enabled && !door) warnings.push(`rack ${rack.id}: rear door enabled without water flow or UA, ignored`);
    const rc: RackCoupling = { id: rack.id, intake: add(`${rack.id}/intake`, fr, -flow), exhaust: add(`${rack.id}/exhaust`, re, flow), flow, heat, door };
    p.racks.push(rc);
    rackIndex.push(r);
  }
  // cooling units
  const unitIndex: number[] = [];
  const ceilingUnits: UnitCoupling[] = [];
  const floorUnits: number[] = [];
  const raised = doc.envelope.floor.kind === 'raised';
  for (let n = 0; n < doc.coolingUnits.length; n++) {
    const u = doc.coolingUnits[n];
    if (!u.enabled) continue;
    if (u.airflow <= 0) {
      warnings.push(`cooling unit ${u.id}: enabled with no airflow, so it moves no air and removes no heat (left out of the air solve)`);
      continue;
    }
    if (u.kind !== 'crac' && u.supplySetpoint < u.waterSupplyTemp) {
      return { kind: 'unphysicalSetpoint', objectId: u.id, message: `${u.id}: supply setpoint ${round(u.supplySetpoint)} °C is below its chilled-water supply ${round(u.waterSupplyTemp)} °C` };
    }
    const fc = faces[nr + n];
    const supplyFace: FaceClass | 'floor' = u.kind === 'inRow' ? 'front' : u.supply;
    let returnFace: FaceClass | 'ceiling' = u.kind === 'inRow' ? 'rear' : u.return;
    if (returnFace === 'ceiling' && !doc.envelope.ceilingPlenum) {
      warnings.push(`${u.id}: ceiling return without a ceiling plenum, taken from the unit's top`);
      returnFace = 'top';
    }
    if (supplyFace === returnFace) return { kind: 'blockedSupply', objectId: u.id, message: `${u.id}: supply and return on the same face (${supplyFace})` };
    const unit: UnitCoupling = { id: u.id, returns: [], returnShare: [1], supply: -1, flow: u.airflow, setpoint: u.supplySetpoint, capacity: u.capacity };
    if (supplyFace === 'floor') {
      if (!raised) return { kind: 'blockedSupply', objectId: u.id, message: `${u.id} supplies the floor, but the hall has no raised floor` };
      floorUnits.push(p.units.length);
    } else {
      const list = fc.get(supplyFace)!;
      if (list.length === 0) return { kind: 'blockedSupply', objectId: u.id, message: `${u.id}: its ${supplyFace} supply is blocked` };
      unit.supply = add(`${u.id}/supply`, list, u.airflow);
    }
    if (returnFace === 'ceiling') ceilingUnits.push(unit);
    else {
      const list = fc.get(returnFace)!;
      if (list.length === 0) return { kind: 'blockedAirPath', objectId: u.id, face: 'return', message: `${u.id}: its ${returnFace} return is blocked` };
      unit.returns.push(add(`${u.id}/return`, list, -u.airflow));
    }
    p.units.push(unit);
    unitIndex.push(n);
  }
  const heatTotal = p.racks.reduce((s, r) => s + r.heat, 0);
  const unitFlow = p.units.reduce((s, u) => s + u.flow, 0);
  if (heatTotal > 0 && unitFlow <= 0) return { kind: 'zeroAirflow', objectId: null, message: 'racks dissipate heat to air but no enabled cooling unit moves air' };
  const capacity = p.units.reduce((s, u) => s + u.capacity, 0);
  if (heatTotal > capacity && !p.racks.some((r) => r.door)) {
    return { kind: 'insufficientCooling', heat: heatTotal, capacity, message: `air-side heat ${(heatTotal / 1e3).toFixed(1)} kW exceeds the enabled cooling capacity ${(capacity / 1e3).toFixed(1)} kW: the room has no steady state` };
  }
  // ceiling extraction (one patch shared by every ceiling-return unit: the plenum mixes)
  if (ceilingUnits.length > 0) {
    const list: FaceRef[] = [];
    const top = g.nz - 1;
    for (let j = 0; j < g.ny; j++) for (let i = 0; i < g.nx; i++) {
      const c = i + g.nx * (j + g.ny * top);
      if (vox.solid[c]) continue;
      if (vox.chimneys.length > 0 && !vox.chimneys.some(([i0, i1, j0, j1]) => i >= i0 && i < i1 && j >= j0 && j < j1)) continue;
      list.push({ axis: 2, face: c + g.layer, cell: c, inward: -1 });
    }
    if (list.length === 0) return { kind: 'blockedAirPath', objectId: ceilingUnits[0].id, face: 'return', message: 'no open ceiling above the hot aisles for the ceiling return' };
    const patch = add('ceiling/return', list, -ceilingUnits.reduce((s, u) => s + u.flow, 0));
    for (const u of ceilingUnits) u.returns.push(patch);
  }
  // floor tiles
  const tileIds: string[] = [];
  if (floorUnits.length > 0) {
    const size = doc.envelope.floor.kind === 'raised' ? doc.envelope.floor.tileSize : 0.6;
    const tiles: number[] = [], area: number[] = [], kk: number[] = [];
    const floorObjects = [...doc.racks, ...doc.coolingUnits, ...doc.cdus, ...doc.envelope.columns.map((c) => ({ ...c, rotationDeg: 0 }))].map(boundingBox);
    for (const t of doc.tiles) {
      if (t.x < 0 || t.y < 0 || t.x > doc.envelope.length || t.y > doc.envelope.width) { warnings.push(`tile ${t.id} is outside the hall (${round(doc.envelope.length)} × ${round(doc.envelope.width)} m) at x ${round(t.x)} m, y ${round(t.y)} m: ignored`); continue; }
      const cols = footprintColumns(g, { x: t.x, y: t.y, rotationDeg: 0, width: size, depth: size });
      // a cell on the edge between two tiles is the first one's (its face is then FIXED): the second keeps its area
      const list: FaceRef[] = cols.filter((c) => !vox.solid[c] && vox.wState[c] !== FIXED).map((c) => ({ axis: 2, face: c, cell: c, inward: 1 }));
      if (list.length === 0) { warnings.push(`tile ${t.id} is covered by equipment, ignored`); continue; }
      tiles.push(add(`tile/${t.id}`, list, 0));
      // the tile's own flow area: its plan area less what equipment standing on it covers, from the plan
      // geometry (not from the cells: a 0.6 m tile covers 1–4 cells of 0.4 m, and a rack touching its edge
      // claims the cells on that edge; its flow must not depend on how the grid cuts either)
      area.push(size * size * (1 - coveredShare(t.x, t.y, size, floorObjects)));
      kk.push(tileLossCoefficient(t.openArea));
      tileIds.push(t.id);
    }
    if (tiles.length === 0) return { kind: 'blockedSupply', objectId: doc.coolingUnits[unitIndex[floorUnits[0]]].id, message: `${doc.coolingUnits[unitIndex[floorUnits[0]]].id} supplies the raised floor, but no perforated tile is open to the room` };
    const q = floorUnits.reduce((s, u) => s + p.units[u].flow, 0);
    const weight = area.map((a, i) => a / Math.sqrt(kk[i]));
    const wsum = weight.reduce((s, x) => s + x, 0);
    tiles.forEach((t, i) => { p.patches[t].flow = (q * weight[i]) / wsum; });
    p.plenum = { tiles, tileArea: Float64Array.from(area), tileK: Float64Array.from(kk), units: floorUnits };
  }
  p.patchT = new Float64Array(p.patches.length);
  // physics and scales
  const t0 = unitFlow > 0 ? p.units.reduce((s, u) => s + u.flow * u.setpoint, 0) / unitFlow : 20;
  p.t0 = t0;
  p.patchT.fill(t0);
  p.physics.tRef = t0;
  p.physics.gBeta = GRAVITY / (t0 + KELVIN); // ideal gas β = 1/T
  let vmax = 0;
  for (const patch of p.patches as Patch[]) if (patch.area > 0) vmax = Math.max(vmax, Math.abs(patch.flow) / patch.area);
  p.scales = { velocity: Math.max(0.3, vmax), length: g.nz * g.dz, flow: Math.max(unitFlow, 1e-3) };
  return { problem: p, warnings, rackIndex, unitIndex, tileIds };
}

/**
 * What blocks a rack's face, for its error message: " by rack A2, column C1" (objects on the rack's own
 * footprint, which take its cells, or on the strip of one cell in front of the face), " by the hall wall"
 * (the strip leaves the hall), or "" when neither explains it (walls and panels inside the hall).
 */
function blockedBy(doc: HallDocument, rack: HallDocument['racks'][number], face: 'front' | 'rear', h: number): string {
  const t = (rack.rotationDeg * Math.PI) / 180;
  const out = face === 'front' ? 1 : -1; // front normal (sin θ, −cos θ)
  const off = rack.depth / 2 + h / 2;
  const strip: Footprint = { x: rack.x + out * off * Math.sin(t), y: rack.y - out * off * Math.cos(t), rotationDeg: rack.rotationDeg, width: rack.width, depth: h };
  const others: [string, Footprint][] = [
    ...doc.racks.filter((r) => r.id !== rack.id).map((r) => [`rack ${r.id}`, r] as [string, Footprint]),
    ...doc.coolingUnits.filter((u) => u.enabled).map((u) => [`cooling unit ${u.id}`, u] as [string, Footprint]),
    ...doc.cdus.map((c) => [`CDU ${c.id}`, c] as [string, Footprint]),
    ...doc.envelope.columns.map((c) => [`column ${c.id}`, { ...c, rotationDeg: 0 }] as [string, Footprint]),
  ];
  const names = others.filter(([, f]) => footprintsOverlap(f, rack) || footprintsOverlap(f, strip)).map(([n]) => n);
  if (names.length > 0) return ` by ${names.slice(0, 3).join(', ')}${names.length > 3 ? ` and ${names.length - 3} more` : ''}`;
  const box = boundingBox(strip);
  if (box.minX < 0 || box.minY < 0 || box.maxX > doc.envelope.length || box.maxY > doc.envelope.width) return ' by the hall wall';
  return '';
}

/** Share of a square tile (centre x, y, side `size`) under the given plan boxes (bounding boxes: exact for
 *  equipment turned by multiples of 90°), 0–1. Boxes touching its edge cover none of it. */
export function coveredShare(x: number, y: number, size: number, boxes: readonly Box[]): number {
  const h = size / 2;
  let a = 0;
  for (const b of boxes) {
    const w = Math.min(x + h, b.maxX) - Math.max(x - h, b.minX), d = Math.min(y + h, b.maxY) - Math.max(y - h, b.minY);
    if (w > 0 && d > 0) a += w * d;
  }
  return Math.min(1, a / (size * size));
}
