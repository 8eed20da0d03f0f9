// The halls of the OpenFOAM references. Every edge lies on the 0.2 m grid so both codes see the same
// geometry; racks at IT ΔT 12 K; CRAHs blow into the cold aisle from its ends (front supply) and return at
// the top.
//  small  7.2 × 5.6 × 3.0 m on a slab, two rows of five racks (row A faces +y, row B faces −y) around a
//         1.2 m cold aisle, hot aisles against the long walls; loads 3–6 kW; CRAHs supply 116 % of the
//         rack airflow.
//  dense  9.6 × 5.6 × 3.0 m, two rows of eight racks at 6–12 kW, unequal CRAHs (4.8 and 3.6 m³/s) that
//         supply only 83 % of the rack airflow: hot air must recirculate over and around the rows.
//  rows3  9.6 × 7.2 × 3.0 m, the third reference (a different topology): four rows of six racks at 4–10 kW
//         running along y, in two hot-aisle/cold-aisle pairs — x: hot aisle at the west wall 0–0.8 | A
//         (faces +x) | cold aisle 1 2.0–3.2 | B (faces −x) | hot aisle 4.4–5.2 | C (faces +x) | cold aisle 2
//         6.4–7.6 | D (faces −x) | hot aisle at the east wall 8.8–9.6. Rows y 2.0–5.6. Both CRAHs on the
//         south wall (y 0–0.8), one at the end of each cold aisle blowing along it (+y), no opposed jets;
//         equal units supplying 103 % of the rack airflow. (Four rows of 1.2 m racks fit the 9.6 m side
//         only, so the aisles run along y and the CRAHs' end wall is the south one.) Its k-ε SIMPLE
//         solution keeps a regular limit cycle (intakes swing by up to 1.7 K peak to peak, period ≈ 250
//         iterations): make-reference.sh averages it over longer windows.
//  tall   9.6 × 6.4 × 4.0 m, the fourth reference, held out (added 2026-11-27 after every model choice had
//         been made on the first three, and never used to tune one): a 4 m ceiling, a central hot aisle
//         (y 2.4–4.0) between two rows of eight racks facing the long walls (A faces −y, B faces +y), cold
//         aisles 1.2 m wide along the walls, racks 5–14 kW at IT ΔT 10 or 15 K, both CRAHs on the west wall
//         at the ends of the two cold aisles blowing along them (+x), returning at their tops 2 m above the
//         floor (2 m below the ceiling), supplying 112 % of the rack airflow; the east 2.8 m of the hall is
//         open floor where air can pass round the row ends.
//  cross  9.6 × 6.0 × 3.6 m, the fifth reference, held out like tall: perimeter CRAHs on two walls, one
//         blowing across a row — two rows of seven racks along y, back to back around a 1.2 m hot aisle
//         (A x 2.8–4.0 faces −x, B x 5.2–6.4 faces +x); CRAH-1 on the west wall blows +x at the fronts of
//         row A across a 2 m cold aisle; CRAH-2 on the north wall (x 7.4–8.6) blows −y along row B's cold
//         aisle (the east 3.2 m of the hall); 3.6 m ceiling, racks 5–12 kW (A at IT ΔT 12 K, B at 10 K),
//         CRAHs supplying 113 % of the rack airflow.
//  hot    8.4 × 6.6 × 4.6 m, the sixth reference, held out like tall and cross, and past the first five's
//         scope: racks of 15–30 kW into the air (A at IT ΔT 14 K, B at 12 K) and a 4.6 m ceiling, as in
//         the sample halls; two rows of seven facing a 1.8 m cold aisle, hot aisles along the long walls,
//         a 1.8 m wide CRAH at each end of the cold aisle blowing along it (3.1 m/s), 110 % of the rack
//         airflow.
//  floor  7.2 × 6.6 × 3.6 m on a 0.6 m raised floor, the seventh reference, held out, and the first with a
//         floor supply: both CRAHs (end walls) supply the plenum and return at their top; twelve perforated
//         tiles (25 % open) in two lines along a 1.8 m cold aisle between two rows of six racks at 5–12 kW;
//         110 % of the rack airflow. OpenFOAM sees the plenum as what the engine's lumped plenum gives equal
//         tiles: each tile an inlet of 1/12 of the CRAH airflow at the supply temperature (the engine then
//         shifts the split slightly with the room pressure above each tile).
//  cac    floor's geometry, the eighth reference, held out (never used to tune anything), and the first with
//         containment: the tiled cold aisle (x 1.8–5.4, y 2.4–4.2) is closed by end panels and a roof at
//         the rack height (2.0 m), leakage 0.1, and the two CRAHs UNDER-supply it: 3.2 m³/s each, 6.4 m³/s
//         against 7.14 m³/s of rack airflow (90 %), so hot room air must leak into the contained aisle
//         through the panels and the roof, and the racks' intakes depend on the leakage model. OpenFOAM
//         sees the panels as a cyclic porous baffle (createBaffles, porousBafflePressure on p_rgh) on the
//         same faces the engine marks LEAK, with the engine's own linear law u = κ·Δp (case-writer.ts).
//  hac    8.4 × 7.2 × 3.6 m on a 0.6 m raised floor with a ceiling return plenum, the ninth reference, held
//         out (never used to tune anything), and the first with a hot-aisle chimney and a ceiling return, as
//         in the product's sample hall: two rows of six racks (x 2.4–6.0) back to back around a 1.2 m central
//         hot aisle (A y 1.8–3.0 faces −y at IT ΔT 12 K, B y 4.2–5.4 faces +y at 14 K), racks 8–20 kW,
//         1.8 m cold aisles along the long walls, each with a line of six perforated tiles (25 % open) in
//         front of its row; a roofed hot-aisle containment over the hot aisle (x 2.4–6.0, y 3.0–4.2, 2.0 m,
//         leakage 0.1) under the ceiling plenum, which the engine makes a chimney (panels to the ceiling, no
//         roof, voxelise.ts); two CRAHs on the end walls supply the floor and return from the ceiling
//         plenum, i.e. through the chimney's top (the engine's one 'ceiling/return' patch), 108 % of the rack
//         airflow, so the chimney draws 8 % more than the racks exhaust into it and room air must leak in
//         through its panels.
//  doors  8.4 × 6.6 × 3.6 m, the tenth reference, held out (never used to tune anything), the first with rear-door heat
//         exchangers: the hot hall's plan (two rows of seven facing a 1.8 m cold aisle, hot aisles along the
//         long walls, 1.8 m wide CRAHs at both ends of the cold aisle blowing along it) under a 3.6 m ceiling,
//         racks of 20–40 kW (A at IT ΔT 14 K, B at 12 K), every rack with an enabled rear door of the
//         equipment library (water at 18 °C: passive 30 kW below 30 kW of rack heat, active 35 kW from 30 kW),
//         CRAHs at 110 % of the rack airflow. OpenFOAM's exhaust follows the engine's compact door model
//         (hx.ts rearDoorHeat, ε-NTU, on OpenFOAM's own intakes; update-exhaust.ts).
//  inrow  8.4 × 7.2 × 3.6 m, the eleventh reference, held out, the first with in-row coolers and no CRAHs: two rows back to back
//         around an open 1.2 m hot aisle (A y 1.8–3.0 faces −y, B y 4.2–5.4 faces +y), each of six air-cooled
//         racks of 8–20 kW (IT ΔT 12 K) and two 0.6 m in-row coolers (positions 3 and 6 of eight, x 1.8–6.6)
//         supplying at their front into the 1.8 m cold aisles along the long walls at 22 °C and returning at
//         their rear from the hot aisle, 107 % of the rack airflow; the row ends are open (1.8 m each side).
//  hacrow the inrow hall with its hot aisle closed by a roofed hot-aisle containment (x 1.8–6.6, y 3.0–4.2,
//         leakage 0.1) under a ceiling plenum, the twelfth reference, held out: a chimney closed at the ceiling
//         that only the in-row coolers draw from (the future-300kw sample's configuration), 107 % of the rack
//         airflow.
//  openceil floor's geometry, the thirteenth reference, held out (never used to tune anything): a ceiling
//         return over the OPEN room, the classic legacy hall — a ceiling plenum (depth 1 m) over the 3.6 m
//         ceiling, no containment, both CRAHs supplying the raised floor (the twelve tiles of floor) and
//         returning from the ceiling plenum, which the engine extracts over the whole open ceiling
//         (hall-problem.ts; OpenFOAM's ceiling_return on the same faces, case-writer.ts); racks of 6–14 kW
//         (IT ΔT 12 K), 108 % of the rack airflow (2 × 4.46 m³/s).
//  cacopen cac's geometry and leakage, the fourteenth reference, held out (never used to tune anything): the
//         cold-aisle containment WITHOUT a roof (end panels only, 2.0 m, leakage 0.1; the rack rows close its
//         sides), the CRAHs (returning at their top) at 95 % of the rack airflow (2 × 3.39 m³/s against
//         7.14 m³/s), so hot room air must spill over the open top (and through the end panels) into the aisle.
//  fanwall 9.6 × 7.2 m on a slab under a 5.0 m ceiling with a ceiling return plenum, the fifteenth reference, held
//         out (never used to tune anything), the first with fan walls (kind 'fanWall': front supply, ceiling
//         return), the modern AI hall's air configuration: two fan walls 3.6 m wide, 1.4 m deep and 3.6 m high
//         filling the west wall (x 0–1.4, y 0–3.6 and 3.6–7.2) flood the room at 24 °C facing +x (≈ 0.9 m/s over
//         their faces) and return from the ceiling plenum, 110 % of the rack airflow; two rows of six air-cooled
//         racks (x 3.0–6.6; A y 1.8–3.0 faces −y at 20–32 kW, B y 4.2–5.4 faces +y at 26–40 kW, IT ΔT 14 K)
//         back to back around a roofed hot-aisle containment (y 3.0–4.2, 2.0 m, leakage 0.1), which the engine
//         makes a chimney into the ceiling return (as in hac); 1.8 m cold aisles along the long walls, 1.6 m of
//         open floor between the fan walls and the row ends, 3.0 m east of the rows.
//  hacopen hac's plan, the sixteenth reference, held out (never used to tune anything): hot-aisle containment that is
//         NOT a chimney — the hot aisle (x 2.4–6.0, y 3.0–4.2) closed by end panels only (roof false, 2.0 m,
//         leakage 0.1; the rack rows close its sides), no ceiling plenum, a 3.6 m ceiling, the two CRAHs on the
//         end walls supplying the raised floor (the twelve tiles of hac along the outer cold aisles) and
//         returning at their TOP, 105 % of the rack airflow; racks of 8–18 kW (A at IT ΔT 12 K, B at 14 K). The
//         hot exhaust rises out of the open top, spreads under the ceiling and returns to the CRAH tops.
//  upflow 8.4 × 6.6 × 3.6 m on a slab, the seventeenth reference, held out (never used to tune anything), the first
//         with cooling units that blow neither from their front nor into a raised floor: two legacy UPFLOW
//         CRAHs (kind 'crah', supply 'top', return 'front'; 1.8 m wide, 0.8 m deep, 2.0 m high) supply 18 °C
//         straight up from their whole top face towards the ceiling and draw from their whole front face, 110 %
//         of the rack airflow; the hot hall's plan (two rows of seven, x 2.0–6.2: A y 1.2–2.4 faces +y, B y
//         4.2–5.4 faces −y, around a 1.8 m central cold aisle; hot aisles along the long walls), racks of 5–12 kW
//         (IT ΔT 12 K); the units stand at the ends of the hot aisles, UF-W against the west wall (x 0–0.8, y
//         0–1.8, facing +x along the south hot aisle) and UF-E against the east wall (x 7.6–8.4, y 4.8–6.6,
//         facing −x along the north hot aisle).
//  hacroof the inrow hall's plan, the eighteenth reference, held out (never used to tune anything): in-row coolers
//         drawing from a ROOFED hot-aisle containment (x 1.8–6.6, y 3.0–4.2, roof at 2.0 m, leakage 0.1) with NO
//         ceiling plenum under the 3.6 m ceiling — the classic in-row + roofed hot aisle, not a chimney (hacrow
//         had a plenum, so the engine made its aisle a chimney to the ceiling; here the roof closes the aisle at
//         2.0 m and its panels are LEAK faces like cac's roof); racks of 10–22 kW (IT ΔT 12 K), the coolers at
//         107 % of the rack airflow, so room air leaks into the aisle through the end panels and the roof.
//  tallfan fanwall's plan under a 6.0 m ceiling with a ceiling return plenum, the nineteenth reference,
//         held out (never used to tune anything): the modern AI hall at the top of the range —
//         two fan walls 3.6 m wide, 1.4 m deep and 4.4 m high filling the west wall (x 0–1.4, y 0–3.6 and 3.6–7.2)
//         flood the room at 24 °C facing +x (≈ 1.1 m/s over their faces), 110 % of the rack airflow (2 × 17.4
//         m³/s), and return from the ceiling plenum through the chimney the engine makes of a roofed hot-aisle
//         containment (x 3.0–6.6, y 3.0–4.2, 2.0 m, leakage 0.1); two rows of six air-cooled racks of 35–60 kW
//         (x 3.0–6.6; A y 1.8–3.0 faces −y, B y 4.2–5.4 faces +y; IT ΔT 14–16 K by position; 561 kW) back to back
//         around it; 1.8 m cold aisles along the long walls, 1.6 m of open floor between the fan walls and the row
//         ends, 3.0 m east of the rows.
import { emptyHall } from '../../../../workers/model/defaults';
import type { HallDocument, RackT, CoolingUnitT } from '../../../../workers/model/schema';
import { rackAirflow } from '../../../../workers/airflow/equipment';

export const RACK_LOADS_A = [3000, 4000, 5000, 6000, 4000];
export const RACK_LOADS_B = [5000, 3000, 6000, 4000, 5000];

function rack(id: string, x: number, y: number, rot: number, load: number, deltaT = 12): RackT {
  return {
    id, name: id, rowId: null, templateId: null, x, y, rotationDeg: rot, width: 0.6, depth: 1.2, height: 2.0,
    itLoad: load, cooling: 'air', liquidCaptureFraction: 0, airflow: { spec: 'deltaT', value: deltaT }, rearDoor: null, coldPlate: null,
  };
}

function crah(id: string, x: number, rot: number, airflow = 1.8, capacity = 80000, y = 2.6, width = 1.2): CoolingUnitT {
  return {
    id, name: id, templateId: null, x, y, rotationDeg: rot, width, depth: 0.8, height: 2.0, capacity,
    airflow, supplySetpoint: 20, fanPower: 1500, enabled: true, kind: 'crah', supply: 'front', return: 'top', waterSupplyTemp: 12,
  };
}

/** An empty hall on a slab, L × W × H m, without walls. */
function newHall(title: string, L: number, W: number, H: number): HallDocument {
  const doc = emptyHall(title, '2026-01-01T00:00:00.000Z');
  doc.envelope.length = L; doc.envelope.width = W; doc.envelope.ceilingHeight = H;
  doc.envelope.walls = [];
  return doc;
}

/** A row of racks `${prefix}1…` at the given centres, one rotation, its loads and IT ΔT (one per rack or all). */
function row(prefix: string, centres: [number, number][], rot: number, loads: readonly number[], deltaT: number | readonly number[] = 12): RackT[] {
  return centres.map(([x, y], i) => rack(`${prefix}${i + 1}`, x, y, rot, loads[i], typeof deltaT === 'number' ? deltaT : deltaT[i]));
}
/** Centres 0.6 m apart along x (at y) or along y (at x), from `first`. */
const alongX = (n: number, first: number, y: number): [number, number][] => Array.from({ length: n }, (_, i) => [first + 0.6 * i, y]);
const alongY = (n: number, first: number, x: number): [number, number][] => Array.from({ length: n }, (_, i) => [x, first + 0.6 * i]);

export function smallHall(): HallDocument {
  const doc = emptyHall('OpenFOAM reference hall', '2026-01-01T00:00:00.000Z');
  const L = 7.2, W = 5.6, H = 3.0;
  doc.envelope.length = L; doc.envelope.width = W; doc.envelope.ceilingHeight = H;
  doc.envelope.walls = [];
  const xs = [2.3, 2.9, 3.5, 4.1, 4.7];
  doc.racks = [
    ...xs.map((x, i) => rack(`A${i + 1}`, x, 1.4, 180, RACK_LOADS_A[i])),
    ...xs.map((x, i) => rack(`B${i + 1}`, x, 3.8, 0, RACK_LOADS_B[i])),
  ];
  doc.coolingUnits = [crah('CRAH-W', 0.4, 90), crah('CRAH-E', 6.8, 270)];
  return doc;
}

export const DENSE_LOADS_A = [6000, 8000, 10000, 12000, 9000, 7000, 11000, 8000];
export const DENSE_LOADS_B = [10000, 7000, 12000, 9000, 6000, 11000, 8000, 10000];

export function denseHall(): HallDocument {
  const doc = emptyHall('OpenFOAM reference hall (dense, under-supplied)', '2026-01-01T00:00:00.000Z');
  doc.envelope.length = 9.6; doc.envelope.width = 5.6; doc.envelope.ceilingHeight = 3.0;
  doc.envelope.walls = [];
  const xs = DENSE_LOADS_A.map((_, i) => 2.3 + 0.6 * i);
  doc.racks = [
    ...xs.map((x, i) => rack(`A${i + 1}`, x, 1.4, 180, DENSE_LOADS_A[i])),
    ...xs.map((x, i) => rack(`B${i + 1}`, x, 3.8, 0, DENSE_LOADS_B[i])),
  ];
  doc.coolingUnits = [crah('CRAH-W', 0.4, 90, 4.8, 200000), crah('CRAH-E', 9.2, 270, 3.6, 200000)];
  return doc;
}

export const ROWS3_LOADS = {
  A: [5000, 8000, 10000, 6000, 4000, 9000],
  B: [7000, 4000, 9000, 10000, 6000, 5000],
  C: [9000, 6000, 4000, 8000, 10000, 7000],
  D: [4000, 10000, 7000, 5000, 8000, 6000],
};

export function rows3Hall(): HallDocument {
  const doc = emptyHall('OpenFOAM reference hall (two cold aisles, end-of-aisle CRAHs)', '2026-01-01T00:00:00.000Z');
  doc.envelope.length = 9.6; doc.envelope.width = 7.2; doc.envelope.ceilingHeight = 3.0;
  doc.envelope.walls = [];
  // Row centre x and rotation: 90° faces +x, 270° faces −x (front normal (sin θ, −cos θ)).
  const rows: [keyof typeof ROWS3_LOADS, number, number][] = [['A', 1.4, 90], ['B', 3.8, 270], ['C', 5.8, 90], ['D', 8.2, 270]];
  doc.racks = rows.flatMap(([row, x, rot]) => ROWS3_LOADS[row].map((load, i) => rack(`${row}${i + 1}`, x, 2.3 + 0.6 * i, rot, load)));
  doc.coolingUnits = [crah('CRAH-1', 2.6, 180, 6.0, 150000, 0.4), crah('CRAH-2', 7.0, 180, 6.0, 150000, 0.4)];
  return doc;
}

export const TALL_LOADS = {
  A: [8000, 12000, 6000, 14000, 9000, 5000, 11000, 7000],
  B: [10000, 6000, 13000, 8000, 12000, 7000, 5000, 9000],
};
/** IT ΔT per rack position (both rows): alternating 10 and 15 K. */
export const TALL_DELTA_T = [15, 10, 10, 15, 10, 15, 15, 10];

export function tallHall(): HallDocument {
  const doc = newHall('OpenFOAM reference hall (held out: 4 m ceiling, central hot aisle, end-wall CRAHs)', 9.6, 6.4, 4.0);
  // rotation 0 faces −y, 180 faces +y (front normal (sin θ, −cos θ))
  doc.racks = [...row('A', alongX(8, 2.3, 1.8), 0, TALL_LOADS.A, TALL_DELTA_T), ...row('B', alongX(8, 2.3, 4.6), 180, TALL_LOADS.B, TALL_DELTA_T)];
  doc.coolingUnits = [crah('CRAH-S', 0.4, 90, 5.2, 150000, 0.6), crah('CRAH-N', 0.4, 90, 5.2, 150000, 5.8)];
  return doc;
}

export const CROSS_LOADS = { A: [6000, 9000, 12000, 8000, 5000, 10000, 7000], B: [8000, 5000, 11000, 7000, 12000, 6000, 9000] };

export function crossHall(): HallDocument {
  const doc = newHall('OpenFOAM reference hall (held out: CRAHs blowing across the rows)', 9.6, 6.0, 3.6);
  // rotation 90 faces +x, 270 faces −x
  doc.racks = [...row('A', alongY(7, 1.5, 3.4), 270, CROSS_LOADS.A, 12), ...row('B', alongY(7, 1.5, 5.8), 90, CROSS_LOADS.B, 10)];
  doc.coolingUnits = [crah('CRAH-1', 0.4, 90, 5.0, 150000, 3.0), crah('CRAH-2', 8.0, 0, 5.0, 150000, 5.6)];
  return doc;
}

export const HOT_LOADS = { A: [18000, 25000, 30000, 22000, 15000, 28000, 20000], B: [24000, 16000, 27000, 20000, 30000, 19000, 23000] };

export function hotHall(): HallDocument {
  const doc = newHall('OpenFOAM reference hall (held out: 15–30 kW racks, 4.6 m ceiling)', 8.4, 6.6, 4.6);
  // rotation 180 faces +y, 0 faces −y
  doc.racks = [...row('A', alongX(7, 2.3, 1.8), 180, HOT_LOADS.A, 14), ...row('B', alongX(7, 2.3, 4.8), 0, HOT_LOADS.B, 12)];
  doc.coolingUnits = [crah('CRAH-W', 0.4, 90, 11.3, 400000, 3.3, 1.8), crah('CRAH-E', 8.0, 270, 11.3, 400000, 3.3, 1.8)];
  return doc;
}

export const FLOOR_LOADS = { A: [6000, 9000, 12000, 7000, 10000, 5000], B: [8000, 11000, 6000, 12000, 7000, 9000] };

export function floorHall(): HallDocument {
  const doc = newHall('OpenFOAM reference hall (held out: raised floor, perforated tiles)', 7.2, 6.6, 3.6);
  doc.envelope.floor = { kind: 'raised', plenumDepth: 0.6, tileSize: 0.6 };
  doc.racks = [...row('A', alongX(6, 2.1, 1.8), 180, FLOOR_LOADS.A), ...row('B', alongX(6, 2.1, 4.8), 0, FLOOR_LOADS.B)];
  doc.coolingUnits = [crah('CRAH-W', 0.4, 90, 3.9, 150000, 3.3), crah('CRAH-E', 6.8, 270, 3.9, 150000, 3.3)].map((u) => ({ ...u, supply: 'floor' as const }));
  doc.tiles = alongX(6, 2.1, 0).flatMap(([x], i) => [{ id: `T-A${i + 1}`, x, y: 2.7, openArea: 0.25 }, { id: `T-B${i + 1}`, x, y: 3.9, openArea: 0.25 }]);
  return doc;
}

export function cacHall(): HallDocument {
  const doc = floorHall();
  doc.meta.name = 'OpenFOAM reference hall (held out: cold-aisle containment, under-supplied raised floor)';
  doc.coolingUnits = doc.coolingUnits.map((u) => ({ ...u, airflow: 3.2 }));
  doc.containment = [{ id: 'CAC-1', name: 'cold aisle', kind: 'coldAisle', x0: 1.8, y0: 2.4, x1: 5.4, y1: 4.2, height: 2.0, roof: true, leakage: 0.1 }];
  return doc;
}

export const HAC_LOADS = { A: [10000, 16000, 8000, 20000, 12000, 14000], B: [14000, 9000, 18000, 11000, 20000, 12000] };
/** The hac hall's CRAH airflow (each): 108 % of the rack airflow between the two. */
export const HAC_CRAH_AIRFLOW = 5.74;

export function hacHall(): HallDocument {
  const doc = newHall('OpenFOAM reference hall (held out: hot-aisle chimney into a ceiling return plenum, raised floor)', 8.4, 7.2, 3.6);
  doc.envelope.floor = { kind: 'raised', plenumDepth: 0.6, tileSize: 0.6 };
  doc.envelope.ceilingPlenum = { depth: 1 };
  // rotation 0 faces −y, 180 faces +y: backs on the hot aisle y 3.0–4.2
  doc.racks = [...row('A', alongX(6, 2.7, 2.4), 0, HAC_LOADS.A, 12), ...row('B', alongX(6, 2.7, 4.8), 180, HAC_LOADS.B, 14)];
  doc.coolingUnits = [crah('CRAH-W', 0.4, 90, HAC_CRAH_AIRFLOW, 150000, 3.6), crah('CRAH-E', 8.0, 270, HAC_CRAH_AIRFLOW, 150000, 3.6)]
    .map((u) => ({ ...u, supply: 'floor' as const, return: 'ceiling' as const }));
  doc.tiles = alongX(6, 2.7, 0).flatMap(([x], i) => [{ id: `T-A${i + 1}`, x, y: 1.5, openArea: 0.25 }, { id: `T-B${i + 1}`, x, y: 5.7, openArea: 0.25 }]);
  doc.containment = [{ id: 'HAC-1', name: 'hot aisle', kind: 'hotAisle', x0: 2.4, y0: 3.0, x1: 6.0, y1: 4.2, height: 2.0, roof: true, leakage: 0.1 }];
  return doc;
}

/** The reference halls by name (make-reference.sh's argument; reference.json is 'small', reference-<name>.json the others). */
export const REFERENCE_HALLS: Record<string, () => HallDocument> = { small: smallHall, dense: denseHall, rows3: rows3Hall, tall: tallHall, cross: crossHall, hot: hotHall, floor: floorHall, cac: cacHall, hac: hacHall, doors: doorsHall, inrow: inrowHall, hacrow: hacrowHall, openceil: openceilHall, cacopen: cacopenHall, fanwall: fanwallHall, hacopen: hacopenHall, upflow: upflowHall, hacroof: hacroofHall, tallfan: tallfanHall };

export function referenceFile(name: string): string {
  return name === 'small' ? 'reference.json' : `reference-${name}.json`;
}

export function hallFile(name: string): string {
  return name === 'small' ? 'small-hall.hallflow.json' : `${name}-hall.hallflow.json`;
}

// ---- hybrid cooling (held out): rear doors and in-row coolers ----

/** A rear door of the equipment library (assets/library/equipment.json): passive 30 kW (IBM RDHx class,
 *  driven by the IT fans) below 30 kW of rack heat, active 35 kW (HPE/Motivair 14–35 kW family) from 30 kW;
 *  water at 18 °C. */
function door(load: number): NonNullable<RackT['rearDoor']> {
  return load < 30000
    ? { templateId: 'rdhx-passive-30kw', capacity: 30000, ua: 3018, waterSupplyTemp: 18, waterFlow: 0.0012, airPressureDrop: 30, enabled: true }
    : { templateId: 'rdhx-active-35kw', capacity: 35000, ua: 3520, waterSupplyTemp: 18, waterFlow: 0.0014, airPressureDrop: 0, enabled: true };
}

export const DOORS_LOADS = { A: [24000, 32000, 20000, 38000, 28000, 22000, 34000], B: [30000, 22000, 36000, 26000, 40000, 24000, 28000] };

/** The hot hall's plan with a 3.6 m ceiling, racks of 20–40 kW each with a rear door, CRAHs at 110 % of the
 *  rack airflow. */
export function doorsHall(): HallDocument {
  const doc = newHall('OpenFOAM reference hall (held out: rear-door heat exchangers on every rack)', 8.4, 6.6, 3.6);
  // rotation 180 faces +y, 0 faces −y
  doc.racks = [...row('A', alongX(7, 2.3, 1.8), 180, DOORS_LOADS.A, 14), ...row('B', alongX(7, 2.3, 4.8), 0, DOORS_LOADS.B, 12)]
    .map((r) => ({ ...r, rearDoor: door(r.itLoad) }));
  const perUnit = Number(((1.1 * doc.racks.reduce((s, r) => s + rackAirflow(r), 0)) / 2).toFixed(1));
  doc.coolingUnits = [crah('CRAH-W', 0.4, 90, perUnit, 200000, 3.3, 1.8), crah('CRAH-E', 8.0, 270, perUnit, 200000, 3.3, 1.8)];
  return doc;
}

export const INROW_LOADS = { A: [12000, 18000, 8000, 15000, 20000, 10000], B: [16000, 9000, 14000, 20000, 11000, 17000] };

function inRow(id: string, x: number, y: number, rot: number, airflow: number): CoolingUnitT {
  return {
    id, name: id, templateId: 'inrow-cw-70kw', x, y, rotationDeg: rot, width: 0.6, depth: 1.2, height: 2.0, capacity: 70000,
    airflow, supplySetpoint: 22, fanPower: 2100, enabled: true, kind: 'inRow', waterSupplyTemp: 14,
  };
}

/** Two rows back to back around an open 1.2 m hot aisle, each of six racks and two in-row coolers (positions 3
 *  and 6 of eight), cold aisles along the long walls, no CRAHs. */
export function inrowHall(): HallDocument {
  const doc = newHall('OpenFOAM reference hall (held out: in-row coolers, open hot aisle)', 8.4, 7.2, 3.6);
  // x centres of the eight positions of a row (x 1.8–6.6); the coolers at positions 3 and 6
  const xs = Array.from({ length: 8 }, (_, i) => 2.1 + 0.6 * i);
  const rackXs = xs.filter((_, i) => i !== 2 && i !== 5);
  // row A y 1.8–3.0 faces −y (rotation 0) into the south cold aisle; row B y 4.2–5.4 faces +y (180)
  doc.racks = [...row('A', rackXs.map((x) => [x, 2.4]), 0, INROW_LOADS.A), ...row('B', rackXs.map((x) => [x, 4.8]), 180, INROW_LOADS.B)];
  const rackFlow = doc.racks.reduce((s, r) => s + rackAirflow(r), 0);
  const perUnit = Number(((1.07 * rackFlow) / 4).toFixed(2));
  doc.coolingUnits = [
    inRow('IR-A1', xs[2], 2.4, 0, perUnit), inRow('IR-A2', xs[5], 2.4, 0, perUnit),
    inRow('IR-B1', xs[2], 4.8, 180, perUnit), inRow('IR-B2', xs[5], 4.8, 180, perUnit),
  ];
  return doc;
}

/** The inrow hall with its hot aisle closed: a roofed hot-aisle containment over it (x 1.8–6.6, y 3.0–4.2,
 *  2.0 m, leakage 0.1) under a ceiling plenum, which the engine makes a chimney to the ceiling, and no unit
 *  returning from the ceiling: the chimney is closed at the top and only the in-row coolers draw from it (as
 *  in the future-300kw sample hall). The coolers draw 107 % of the rack airflow, so room air leaks in. */
export function hacrowHall(): HallDocument {
  const doc = inrowHall();
  doc.meta.name = 'OpenFOAM reference hall (held out: in-row coolers drawing from a hot-aisle chimney)';
  doc.envelope.ceilingPlenum = { depth: 1 };
  doc.containment = [{ id: 'HAC-1', name: 'hot aisle', kind: 'hotAisle', x0: 1.8, y0: 3.0, x1: 6.6, y1: 4.2, height: 2.0, roof: true, leakage: 0.1 }];
  return doc;
}

export const OPENCEIL_LOADS = { A: [8000, 12000, 6000, 14000, 9000, 11000], B: [10000, 7000, 13000, 8000, 14000, 6000] };

/** The floor hall's geometry with a ceiling return over the open room (the classic legacy hall): a ceiling
 *  plenum (depth 1 m) over the 3.6 m ceiling, no containment, the two CRAHs supplying the floor and returning
 *  from the ceiling plenum, which the engine extracts over the whole open ceiling (hall-problem.ts); racks of
 *  6–14 kW, CRAHs at 108 % of the rack airflow. */
export function openceilHall(): HallDocument {
  const doc = floorHall();
  doc.meta.name = 'OpenFOAM reference hall (held out: ceiling return over the open room, raised floor)';
  doc.envelope.ceilingPlenum = { depth: 1 };
  doc.racks = [...row('A', alongX(6, 2.1, 1.8), 180, OPENCEIL_LOADS.A), ...row('B', alongX(6, 2.1, 4.8), 0, OPENCEIL_LOADS.B)];
  const perUnit = Number(((1.08 * doc.racks.reduce((s, r) => s + rackAirflow(r), 0)) / 2).toFixed(2));
  doc.coolingUnits = doc.coolingUnits.map((u) => ({ ...u, airflow: perUnit, return: 'ceiling' as const }));
  return doc;
}

/** The cac hall's geometry and leakage with the containment's roof off (end panels only: a cold aisle open at
 *  the top) and the CRAHs at 95 % of the rack airflow, returning at their top: the shortfall comes over the
 *  open top and through the end panels, hot room air spilling into the aisle. */
export function cacopenHall(): HallDocument {
  const doc = cacHall();
  doc.meta.name = 'OpenFOAM reference hall (held out: cold-aisle containment without a roof, under-supplied raised floor)';
  const perUnit = Number(((0.95 * doc.racks.reduce((s, r) => s + rackAirflow(r), 0)) / 2).toFixed(2));
  doc.coolingUnits = doc.coolingUnits.map((u) => ({ ...u, airflow: perUnit }));
  doc.containment = doc.containment.map((c) => ({ ...c, roof: false }));
  return doc;
}

// ---- fan walls (held out) ----

export const FANWALL_LOADS = { A: [20000, 26000, 32000, 24000, 30000, 22000], B: [34000, 28000, 40000, 30000, 36000, 26000] };

/** A chilled-water fan wall (kind 'fanWall', as the library's "Chilled-water fan wall": front supply at 24 °C,
 *  ceiling-plenum return) 3.6 m wide (along y), 1.4 m deep, 3.6 m high, against the west wall facing +x. */
function fanWall(id: string, y: number, airflow: number): CoolingUnitT {
  return {
    id, name: id, templateId: null, x: 0.7, y, rotationDeg: 90, width: 3.6, depth: 1.4, height: 3.6, capacity: 240000,
    airflow, supplySetpoint: 24, fanPower: 7200, enabled: true, kind: 'fanWall', supply: 'front', return: 'ceiling', waterSupplyTemp: 16,
  };
}

/** Two fan walls filling the west wall (x 0–1.4, y 0–3.6 and 3.6–7.2) blowing +x at low velocity, a slab
 *  floor, a 5 m ceiling with a ceiling plenum, two rows of six racks of 20–40 kW (x 3.0–6.6) back to back
 *  around a roofed hot-aisle containment (y 3.0–4.2, 2.0 m, leakage 0.1: a chimney into the ceiling return
 *  the fan walls draw from), 110 % of the rack airflow. */
export function fanwallHall(): HallDocument {
  return fanWallPlan('OpenFOAM reference hall (held out: fan walls, hot-aisle chimney into a ceiling return, 20–40 kW racks, 5 m ceiling)', 5.0, FANWALL_LOADS, 14, fanWall);
}

/** The fan-wall halls' plan (fanwall, tallfan): 9.6 × 7.2 m on a slab under a ceiling plenum, two fan walls
 *  (made by `unit`) filling the west wall at 110 % of the rack airflow, two rows of six racks (x 3.0–6.6) back to
 *  back around a roofed hot-aisle containment (y 3.0–4.2, 2.0 m, leakage 0.1: a chimney into the ceiling return). */
function fanWallPlan(name: string, ceiling: number, loads: { A: number[]; B: number[] }, deltaT: Parameters<typeof row>[4],
  unit: (id: string, y: number, airflow: number) => CoolingUnitT): HallDocument {
  const doc = newHall(name, 9.6, 7.2, ceiling);
  doc.envelope.ceilingPlenum = { depth: 1 };
  // rotation 0 faces −y, 180 faces +y: backs on the hot aisle y 3.0–4.2
  doc.racks = [...row('A', alongX(6, 3.3, 2.4), 0, loads.A, deltaT), ...row('B', alongX(6, 3.3, 4.8), 180, loads.B, deltaT)];
  const perUnit = Number(((1.1 * doc.racks.reduce((s, r) => s + rackAirflow(r), 0)) / 2).toFixed(1));
  doc.coolingUnits = [unit('FW-S', 1.8, perUnit), unit('FW-N', 5.4, perUnit)];
  doc.containment = [{ id: 'HAC-1', name: 'hot aisle', kind: 'hotAisle', x0: 3.0, y0: 3.0, x1: 6.6, y1: 4.2, height: 2.0, roof: true, leakage: 0.1 }];
  return doc;
}

// ---- hot-aisle containment without a roof (held out) ----

export const HACOPEN_LOADS = { A: [12000, 8000, 16000, 10000, 18000, 9000], B: [9000, 15000, 11000, 18000, 8000, 13000] };

/** hac's plan (raised floor, tiles along the outer cold aisles, end-wall CRAHs supplying the floor) without the
 *  ceiling plenum: the hot aisle closed by end panels only (roof false, 2.0 m, leakage 0.1), so it is open at the
 *  top, not a chimney; the CRAHs return at their top at 105 % of the rack airflow; racks of 8–18 kW. */
export function hacopenHall(): HallDocument {
  const doc = hacHall();
  doc.meta.name = 'OpenFOAM reference hall (held out: hot-aisle containment without a roof, top-return CRAHs, raised floor)';
  doc.envelope.ceilingPlenum = null;
  doc.racks = [...row('A', alongX(6, 2.7, 2.4), 0, HACOPEN_LOADS.A, 12), ...row('B', alongX(6, 2.7, 4.8), 180, HACOPEN_LOADS.B, 14)];
  const perUnit = Number(((1.05 * doc.racks.reduce((s, r) => s + rackAirflow(r), 0)) / 2).toFixed(2));
  doc.coolingUnits = doc.coolingUnits.map((u) => ({ ...u, airflow: perUnit, return: 'top' as const }));
  doc.containment = doc.containment.map((c) => ({ ...c, roof: false }));
  return doc;
}

// ---- upflow units on a slab (held out) ----

export const UPFLOW_LOADS = { A: [6000, 9000, 12000, 7000, 10000, 5000, 8000], B: [9000, 5000, 11000, 8000, 12000, 6000, 10000] };

/** A legacy upflow CRAH (kind 'crah', supply 'top', return 'front'): 1.8 m wide, 0.8 m deep, 2.0 m high,
 *  blowing 18 °C straight up from its top face and drawing from its front face. */
function upflowUnit(id: string, x: number, y: number, rot: number, airflow: number): CoolingUnitT {
  return {
    id, name: id, templateId: null, x, y, rotationDeg: rot, width: 1.8, depth: 0.8, height: 2.0, capacity: 100000,
    airflow, supplySetpoint: 18, fanPower: 3000, enabled: true, kind: 'crah', supply: 'top', return: 'front', waterSupplyTemp: 10,
  };
}

/** The hot hall's plan under a 3.6 m ceiling on a slab, racks of 5–12 kW (IT ΔT 12 K), two upflow CRAHs at the
 *  ends of the hot aisles (UF-W west wall, south hot aisle, facing +x; UF-E east wall, north hot aisle, facing
 *  −x) at 110 % of the rack airflow. */
export function upflowHall(): HallDocument {
  const doc = newHall('OpenFOAM reference hall (held out: upflow CRAHs on a slab, top supply, front return)', 8.4, 6.6, 3.6);
  // rotation 180 faces +y, 0 faces −y
  doc.racks = [...row('A', alongX(7, 2.3, 1.8), 180, UPFLOW_LOADS.A, 12), ...row('B', alongX(7, 2.3, 4.8), 0, UPFLOW_LOADS.B, 12)];
  const perUnit = Number(((1.1 * doc.racks.reduce((s, r) => s + rackAirflow(r), 0)) / 2).toFixed(2));
  doc.coolingUnits = [upflowUnit('UF-W', 0.4, 0.9, 90, perUnit), upflowUnit('UF-E', 8.0, 5.7, 270, perUnit)];
  return doc;
}

// ---- in-row coolers drawing from a roofed hot aisle without a ceiling plenum (held out) ----

export const HACROOF_LOADS = { A: [14000, 20000, 10000, 22000, 12000, 18000], B: [19000, 11000, 22000, 15000, 21000, 13000] };

/** The hacrow hall without the ceiling plenum: the roofed hot-aisle containment (x 1.8–6.6, y 3.0–4.2, 2.0 m,
 *  leakage 0.1) is closed by its roof at 2.0 m (not a chimney), only the in-row coolers draw from it, at 107 %
 *  of the rack airflow, so room air leaks in through the end panels and the roof; racks of 10–22 kW. */
export function hacroofHall(): HallDocument {
  const doc = hacrowHall();
  doc.meta.name = 'OpenFOAM reference hall (held out: in-row coolers drawing from a roofed hot aisle, no ceiling plenum)';
  doc.envelope.ceilingPlenum = null;
  const xs = Array.from({ length: 8 }, (_, i) => 2.1 + 0.6 * i);
  const rackXs = xs.filter((_, i) => i !== 2 && i !== 5);
  doc.racks = [...row('A', rackXs.map((x) => [x, 2.4]), 0, HACROOF_LOADS.A), ...row('B', rackXs.map((x) => [x, 4.8]), 180, HACROOF_LOADS.B)];
  const perUnit = Number(((1.07 * doc.racks.reduce((s, r) => s + rackAirflow(r), 0)) / 4).toFixed(2));
  doc.coolingUnits = doc.coolingUnits.map((u) => ({ ...u, airflow: perUnit }));
  return doc;
}

// ---- tall fan-wall hall (held out) ----

export const TALLFAN_LOADS = { A: [42000, 54000, 36000, 60000, 48000, 40000], B: [50000, 38000, 58000, 45000, 55000, 35000] };
/** IT ΔT per rack position (both rows), K: 14–16. */
export const TALLFAN_DELTA_T = [15, 14, 16, 15, 14, 16];

/** A chilled-water fan wall 3.6 m wide (along y), 1.4 m deep, 4.4 m high against the west wall facing +x,
 *  front supply at 24 °C, ceiling-plenum return. */
function tallFanWall(id: string, y: number, airflow: number): CoolingUnitT {
  return { ...fanWall(id, y, airflow), height: 4.4, capacity: 400000, fanPower: 12000 };
}

/** fanwall's plan under a 6.0 m ceiling with a ceiling plenum: two fan walls 4.4 m high filling the west wall,
 *  two rows of six racks of 35–60 kW (IT ΔT 14–16 K, x 3.0–6.6) back to back around a roofed hot-aisle
 *  containment (y 3.0–4.2, 2.0 m, leakage 0.1: a chimney into the ceiling return), 1.8 m cold aisles, fan walls
 *  at 110 % of the rack airflow. */
export function tallfanHall(): HallDocument {
  return fanWallPlan('OpenFOAM reference hall (held out: fan walls, hot-aisle chimney into a ceiling return, 35–60 kW racks, 6 m ceiling)', 6.0, TALLFAN_LOADS, TALLFAN_DELTA_T, tallFanWall);
}
