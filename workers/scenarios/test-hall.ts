// A small single-row test hall derived from a document, so that one sweep point or one "what it would
// take" probe is a fast solve: n identical racks in a row on a raised floor, one perforated tile in
// front of each rack, one floor-supply cooling unit on the end wall, one CDU at the row end. The hall's
// conditions are carried over: criteria, plant, piping, floor plenum depth, the first CRAH's setpoint
// and kind, the first CDU, and the document's air-side provisioning (unit airflow and capacity per unit
// of rack airflow and air heat). Method and assumptions are listed in TEST_HALL_METHOD. SI units.
import { createCduFromTemplate, createCoolingUnitFromTemplate } from '../model/library';
import { heatLoadSummary } from '../loads/summary';
import type { ContainmentT, CoolingUnitT, HallDocument, RackT } from '../model/schema';

export const TEST_HALL_METHOD = [
  'n identical racks (default 3) in one row at the centre of a 6 m deep room, the representative rack in the middle',
  'raised floor (document plenum depth, else 0.6 m), one perforated tile per rack at the document mean open area (else 0.25)',
  'one floor-supply cooling unit (the document\'s first CRAH/CRAC/fan wall, else library crah-cw-250kw) on the west wall',
  'unit airflow and capacity: "scaled" = the document\'s ratio of installed unit airflow / rack airflow and capacity / air heat, clamped to 1–3 (assumption); "per-position" = the document\'s installed unit airflow and capacity per rack position × n',
  'one CDU (the document\'s first, else library cdu-1350kw) at the east end of the row serving all racks',
  'containment, when asked for, is a roofed cold aisle over the tiles with 5 % leakage (assumption)',
];

export interface TestHallOptions {
  /** Racks in the row (≥ 1), default 3. */
  count?: number;
  /** Add cold-aisle containment over the row's cold aisle. */
  containment?: boolean;
  /**
   * Air-side provisioning of the derived unit: 'scaled' (default) sizes it to the row's own needs at the
   * document's ratios; 'per-position' gives each rack position the document's installed unit airflow and
   * capacity per rack (Σ units / rack count), i.e. what the hall can give a rack wherever it stands.
   */
  provisioning?: 'scaled' | 'per-position';
}

/** Chosen provisioning bounds of the derived unit (labelled assumption, TEST_HALL_METHOD). */
const RATIO_MIN = 1;
const RATIO_MAX = 3;
const clampRatio = (v: number) => (Number.isFinite(v) ? Math.min(RATIO_MAX, Math.max(RATIO_MIN, v)) : RATIO_MIN);

export function testHall(doc: HallDocument, rack: RackT, options: TestHallOptions = {}): HallDocument {
  const n = Math.max(1, Math.floor(options.count ?? 3));
  const plenumDepth = doc.envelope.floor.kind === 'raised' ? doc.envelope.floor.plenumDepth : 0.6;
  const tile = doc.envelope.floor.kind === 'raised' ? doc.envelope.floor.tileSize : 0.6;
  const openArea = doc.tiles.length > 0 ? doc.tiles.reduce((s, t) => s + t.openArea, 0) / doc.tiles.length : 0.25;
  const baseUnit = doc.coolingUnits.find((u) => u.kind !== 'inRow') ?? createCoolingUnitFromTemplate('crah-cw-250kw', { id: 'U', name: 'U', x: 0, y: 0, rotationDeg: 0 });
  const baseCdu = doc.cdus[0] ?? createCduFromTemplate('cdu-1350kw', { id: 'C', name: 'C', x: 0, y: 0, rotationDeg: 0 });
  if (!baseUnit || !baseCdu) throw new Error('bundled library lacks crah-cw-250kw or cdu-1350kw');

  const hall = heatLoadSummary(doc).hall;
  const airRatio = clampRatio(hall.coolingAirflow / hall.requiredAirflow);
  const capRatio = clampRatio(hall.airCoolingCapacity / hall.airHeat);

  const unitDepth = baseUnit.depth;
  const x0 = unitDepth + 1.5;
  const length = Math.max(8, x0 + n * rack.width + 2.5);
  const width = 6;
  const yRow = 3.2;
  const racks: RackT[] = [];
  for (let i = 0; i < n; i++) {
    racks.push({ ...structuredClone(rack), id: `T-R${i + 1}`, name: `T-R${i + 1}`, rowId: 'T-row', x: x0 + (i + 0.5) * rack.width, y: yRow, rotationDeg: 0 });
  }
  const rowDoc = { ...doc, racks } as HallDocument;
  const rowLoad = heatLoadSummary(rowDoc).hall;
  const yFront = yRow - rack.depth / 2;
  const tiles = racks.map((r, i) => ({ id: `T-tile${i + 1}`, x: r.x, y: yFront - tile / 2, openArea }));
  const perPosition = options.provisioning === 'per-position' && doc.racks.length > 0 && hall.coolingAirflow > 0;
  const unit = {
    ...structuredClone(baseUnit), id: 'T-U1', name: 'T-U1', x: unitDepth / 2 + 0.05, y: yFront - 0.6, rotationDeg: 90, enabled: true,
    supply: 'floor', return: 'top',
    airflow: perPosition ? (n * hall.coolingAirflow) / doc.racks.length : Math.max(0.5, airRatio * rowLoad.requiredAirflow),
    capacity: perPosition ? Math.max(1e3, (n * hall.airCoolingCapacity) / doc.racks.length) : Math.max(10e3, capRatio * rowLoad.airHeat),
  } as CoolingUnitT;
  const cdu = { ...structuredClone(baseCdu), id: 'T-CDU', name: 'T-CDU', x: x0 + n * rack.width + 0.8, y: yRow, rotationDeg: 0, rackIds: racks.map((r) => r.id), enabled: true };
  const containment: ContainmentT[] = options.containment
    ? [{ id: 'T-CAC', name: 'cold aisle', kind: 'coldAisle', x0, y0: yFront - 1.2, x1: x0 + n * rack.width, y1: yFront, height: rack.height, roof: true, leakage: 0.05 }]
    : [];
  const wall = (id: string, ax: number, ay: number, bx: number, by: number) => ({ id, x0: ax, y0: ay, x1: bx, y1: by, thickness: 0.2, height: doc.envelope.ceilingHeight });
  return {
    ...doc,
    meta: { ...doc.meta, name: `${doc.meta.name} — test row` },
    envelope: {
      ...doc.envelope, length, width, floor: { kind: 'raised', plenumDepth, tileSize: tile }, ceilingPlenum: null, columns: [],
      walls: [wall('w-s', 0, 0, length, 0), wall('w-e', length, 0, length, width), wall('w-n', length, width, 0, width), wall('w-w', 0, width, 0, 0)],
    },
    rows: [{ id: 'T-row', name: 'test row' }],
    racks, coolingUnits: [unit], cdus: [cdu], tiles, containment, scenarios: [], viewpoints: [], annotations: [],
  };
}
