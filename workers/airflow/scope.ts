// What the OpenFOAM reference halls span (test/validation/airflow/openfoam/fixture.ts), and what a hall has
// beyond it. The agreement an air result states (AirResult.accuracy, constants.ts INTAKE_UNCERTAINTY) was
// measured on those halls only: open aisles, a cold-aisle containment with a roof (cac) or without one
// (cacopen), a hot-aisle containment open at the top (hacopen), a roofed one under a ceiling plenum that is a
// chimney into the ceiling return (hac, fanwall), or a roofed one in-row coolers draw from (hacrow under a
// plenum, hacroof without); perimeter cooling units blowing from their front or into a raised floor (equal
// tiles) and returning at their top or from the ceiling plenum, through a chimney or over the open room
// (openceil), or blowing up from their top and drawing from their front (upflow); fan walls (fanwall); in-row
// coolers (inrow, hacrow, hacroof); air-cooled racks, of 20–60 kW into a chimney on two halls (fanwall, tallfan) and
// behind rear doors on another (doors); ceilings of 3–4.6 m, and of 5 and 6 m over racks that all exhaust into a
// chimney (fanwall, tallfan). A hall with equipment none of them has (a roofed hot aisle that is
// neither such a chimney nor drawn by in-row coolers, units with other pairs of faces…) or outside their
// ranges gets the same figures with a statement that its error there was not measured.
import type { HallDocument } from '../model/schema';
import { faceOpensInto } from '../model/footprint';
import { rackAirHeat } from './equipment';
import { REFERENCE_SCOPE } from './constants';

const m = (x: number) => `${Number(x.toFixed(2))} m`;
const kW = (w: number) => `${Number((w / 1e3).toFixed(1))} kW`;

/** "a" or "an" before a number as it is read aloud: an 8 m, an 11.0 ft, an 18.0 ft, an 80 kW, an 11,000 BTU/h
 *  (eleven thousand); a 1.5 m, a 110 ft, a 1,100 ft. */
export function article(spoken: string): 'a' | 'an' {
  const digits = (/^[\d,]+/.exec(spoken)?.[0] ?? '').replace(/,/g, '');
  // eleven and eighteen lead a group of two digits: 11, 18, 11,000, 18,000,000
  return digits.startsWith('8') || (/^1[18]/.test(digits) && digits.length % 3 === 2) ? 'an' : 'a';
}
const aM = (x: number) => `${article(m(x))} ${m(x)}`;

/** One thing a hall has beyond the references: `text` in SI (basis, CLI, report); a measured quantity
 *  outside the references' range also as numbers, for a display in the user's units. */
export interface OutsideReference {
  text: string;
  value?: { si: number; quantity: 'length' | 'power'; range: readonly [number, number]; label: 'ceiling' | 'ceilingOverOpenRacks' | 'rackAirHeat' | 'rackAirHeatInChimney' | 'rackAirHeatWithDoor' };
}

/** What this hall (at this load factor) has that none of the reference halls has. */
export function outsideReferences(doc: HallDocument, loadFactor = 1): OutsideReference[] {
  const out: OutsideReference[] = [];
  const s = REFERENCE_SCOPE;
  const has = (text: string) => out.push({ text });
  // a raised floor is in scope as the floor reference has it: units supplying the plenum, tiles open to the room
  if (doc.envelope.floor.kind === 'raised' && doc.coolingUnits.some((u) => u.enabled && u.kind !== 'inRow' && u.supply !== 'floor')) has('a raised floor with cooling units that do not supply it');
  const units = doc.coolingUnits.filter((u) => u.enabled);
  // the hac and fanwall references: units returning from the ceiling plenum through a hot-aisle chimney (a
  // roofed hot aisle under the plenum: voxelise.ts); the engine extracts the ceiling return over the
  // chimneys' tops only, or over the whole open ceiling when the hall has none (the openceil reference)
  const plenum = doc.envelope.ceilingPlenum !== null;
  const ceilingReturn = plenum && units.some((u) => u.kind !== 'inRow' && u.return === 'ceiling');
  const chimney = (c: HallDocument['containment'][number]) => c.kind === 'hotAisle' && c.roof && plenum;
  // the hacrow and hacroof references: a roofed hot aisle that in-row coolers draw from (their rear opens into
  // its rectangle, as workers/model/validate.ts reads it), a chimney closed at the ceiling (hacrow, under a
  // plenum) or closed by its own roof (hacroof, no plenum)
  const drawnByInRow = (c: HallDocument['containment'][number]) => units.some((u) => u.kind === 'inRow' && faceOpensInto(u, -1, c));
  // cold-aisle containment, roofed (cac) or not (cacopen), over a tiled aisle, is inside
  // hot-aisle containment open at the top (hacopen) is inside; roofed, only as a chimney into the ceiling
  // return or drawn by in-row coolers
  if (doc.containment.some((c) => c.kind === 'hotAisle' && c.roof && !((chimney(c) && ceilingReturn) || drawnByInRow(c)))) {
    has('roofed hot-aisle containment that is neither a chimney into the ceiling return nor drawn by in-row coolers');
  }
  // rear doors (the doors hall), in-row coolers (the inrow hall) and fan walls (the fanwall hall: a front
  // supply and a ceiling return, as the engine takes any unit of those faces) are inside; with hot-aisle
  // containment an in-row hall is outside by the containment rule above
  // the units' faces as the references pair them: a front or floor supply with a top or ceiling return (a
  // ceiling return without a ceiling plenum is taken from the unit's top: hall-problem.ts), or a top supply
  // with a front return (the upflow hall)
  const referenceFaces = (u: { supply: string; return: string }) => ((u.supply === 'front' || u.supply === 'floor') && (u.return === 'top' || u.return === 'ceiling')) || (u.supply === 'top' && u.return === 'front');
  if (units.some((u) => u.kind !== 'inRow' && !referenceFaces(u))) {
    has('cooling units whose supply and return faces no reference pairs (front or floor supply with a top or ceiling return; top supply with a front return)');
  }
  // air-side heat per rack (before its rear door): up to rackAirHeat[1] in an open aisle, up to
  // rackAirHeatInChimney for a rack exhausting into a hot-aisle chimney the scope has (the fanwall hall), up to
  // rackAirHeatWithDoor behind an enabled rear door (the doors hall)
  const door = (r: HallDocument['racks'][number]) => r.rearDoor !== null && r.rearDoor.enabled;
  const inChimney = (r: HallDocument['racks'][number]) => doc.containment.some((c) => chimney(c) && (ceilingReturn || drawnByInRow(c)) && faceOpensInto(r, -1, c));
  const classOf = (r: HallDocument['racks'][number]) => (door(r) ? 'door' : inChimney(r) ? 'chimney' : 'open');
  const hottestOf = (k: 'open' | 'chimney' | 'door') => Math.max(0, ...doc.racks.filter((r) => classOf(r) === k).map((r) => rackAirHeat(r, loadFactor)));
  const classes = [
    { k: 'open', limit: s.rackAirHeat[1], label: 'rackAirHeat', what: (p: string) => `racks putting up to ${p} into the air` },
    { k: 'chimney', limit: s.rackAirHeatInChimney, label: 'rackAirHeatInChimney', what: (p: string) => `racks exhausting into a hot-aisle chimney putting up to ${p} into the air` },
    { k: 'door', limit: s.rackAirHeatWithDoor, label: 'rackAirHeatWithDoor', what: (p: string) => `racks with rear doors putting up to ${p} into the air before their doors` },
  ] as const;
  // ceilings above ceilingOverOpenRacks were measured only over racks that all exhaust into a hot-aisle chimney
  // (fanwall, tallfan); every other reference hall has a ceiling of 3–4.6 m
  // every reference containment leaks 10 % (fixture.ts); a tighter one is no harder for the model, a leakier one
  // was not measured
  const leakiest = Math.max(0, ...doc.containment.map((c) => c.leakage));
  if (leakiest > s.containmentLeakage + 1e-9) has(`containment leaking ${Number((leakiest * 100).toFixed(1))} % (references: up to ${s.containmentLeakage * 100} %)`);
  const h = doc.envelope.ceilingHeight;
  const allInChimney = doc.racks.length > 0 && doc.racks.every((r) => classOf(r) === 'chimney');
  if (h < s.ceiling[0] - 1e-9 || h > s.ceiling[1] + 1e-9) {
    out.push({ text: `${aM(h)} ceiling (references: ${m(s.ceiling[0])}–${m(s.ceiling[1])})`, value: { si: h, quantity: 'length', range: s.ceiling, label: 'ceiling' } });
  } else if (!allInChimney && h > s.ceilingOverOpenRacks + 1e-9) {
    const range = [s.ceiling[0], s.ceilingOverOpenRacks] as const;
    out.push({ text: `${aM(h)} ceiling over racks that do not all exhaust into a hot-aisle chimney (references: ${m(range[0])}–${m(range[1])}; up to ${m(s.ceiling[1])} over chimneys)`, value: { si: h, quantity: 'length', range, label: 'ceilingOverOpenRacks' } });
  }
  for (const c of classes) {
    const q = hottestOf(c.k);
    if (q <= c.limit * (1 + 1e-9)) continue;
    const range = [s.rackAirHeat[0], c.limit] as const;
    out.push({ text: `${c.what(kW(q))} (references: ${kW(range[0])}–${kW(range[1])})`, value: { si: q, quantity: 'power', range, label: c.label } });
  }
  return out;
}

/**
 * Whether every rack draws from a contained cold aisle (its front opens into a cold-aisle containment, roofed
 * or not, fed as cac and cacopen are: perforated tiles of a raised floor inside it) or exhausts into a
 * contained hot aisle (its rear opens into a hot-aisle containment, roofed or not): the halls
 * INTAKE_UNCERTAINTY_CONTAINED was measured on (cac, hac, hacrow, cacopen, fanwall, hacopen, hacroof, tallfan).
 * False without racks. (What else those halls share, as their panels' leakage, is in outsideReferences.)
 */
export function racksContained(doc: HallDocument): boolean {
  const inside = (t: { x: number; y: number }, c: HallDocument['containment'][number]) =>
    t.x > Math.min(c.x0, c.x1) && t.x < Math.max(c.x0, c.x1) && t.y > Math.min(c.y0, c.y1) && t.y < Math.max(c.y0, c.y1);
  const fed = (c: HallDocument['containment'][number]) => doc.envelope.floor.kind === 'raised' && doc.tiles.some((t) => inside(t, c));
  return doc.racks.length > 0 && doc.racks.every((r) => doc.containment.some((c) =>
    (c.kind === 'coldAisle' && fed(c) && faceOpensInto(r, 1, c)) || (c.kind === 'hotAisle' && faceOpensInto(r, -1, c))));
}
