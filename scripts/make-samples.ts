// Generates the sample halls in assets/samples/ from the equipment library (workers/model/library.ts).
// Run: npx tsx scripts/make-samples.ts   (deterministic: same output every run; commit the results)
// Geometry: 600 mm tile grid; x along the rows, y across; object x/y are footprint centres; rotation 0
// = front (intake) facing −y, 180 = facing +y, 90 = facing +x (schema.ts header). Sizing rules are noted
// where they are applied; physics figures cite REFERENCE.md.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createCduFromTemplate, createCoolingUnitFromTemplate, createRackFromTemplate } from '../workers/model/library';
import { defaultCriteria, defaultPlant, emptyHall, defaultPiping } from '../workers/model/defaults';
import { HallDocumentShape } from '../workers/model/schema';
import type { CduT, CoolingUnitT, HallDocument, RackT, RowT, TileT } from '../workers/model/schema';
import { serializeDocument } from '../workers/model/serialize';

const T = 0.6; // tile / grid size, m
const STAMP = '2025-01-01T00:00:00.000Z'; // fixed so that regenerated files do not change
const r6 = (v: number) => Math.round(v * 1e6) / 1e6;

function must<V>(v: V | null, what: string): V {
  if (v === null) throw new Error(`unknown template: ${what}`);
  return v;
}

interface RowSpec {
  key: string; // "A"
  template: string;
  count: number;
  x0: number; // row start (m, on the grid)
  yFront: number; // y of the rack face toward −y (rack occupies yFront .. yFront + depth)
  facing: 'minusY' | 'plusY';
  itLoad?: number; // override of the template's IT load
}

function buildRow(s: RowSpec, startX = s.x0): { row: RowT; racks: RackT[] } {
  const row: RowT = { id: `row-${s.key}`, name: `Row ${s.key}` };
  const racks: RackT[] = [];
  for (let i = 0; i < s.count; i++) {
    const n = String(i + 1).padStart(2, '0');
    const rack = must(createRackFromTemplate(s.template, {
      id: `R-${s.key}${n}`, name: `R-${s.key}${n}`, rowId: row.id,
      x: 0, y: 0, rotationDeg: s.facing === 'minusY' ? 0 : 180,
    }), s.template);
    rack.x = r6(startX + (i + 0.5) * rack.width);
    rack.y = r6(s.yFront + rack.depth / 2);
    if (s.itLoad !== undefined) rack.itLoad = s.itLoad;
    racks.push(rack);
  }
  return { row, racks };
}

/** Perforated tiles filling a plan rectangle (tile centres), openArea chosen 0.25 (standard perforated tile, assumption). */
function tilesIn(prefix: string, x0: number, x1: number, y0: number, y1: number, openArea = 0.25): TileT[] {
  const out: TileT[] = [];
  for (let j = 0; Math.round(y0 / T) + j < Math.round(y1 / T); j++) {
    for (let i = 0; Math.round(x0 / T) + i < Math.round(x1 / T); i++) {
      out.push({ id: `${prefix}-${j + 1}-${String(i + 1).padStart(2, '0')}`, x: r6(x0 + (i + 0.5) * T), y: r6(y0 + (j + 0.5) * T), openArea });
    }
  }
  return out;
}

function unit(template: string, id: string, x: number, y: number, rotationDeg: number): CoolingUnitT {
  return must(createCoolingUnitFromTemplate(template, { id, name: id, x, y, rotationDeg }), template);
}

function cdu(template: string, id: string, x: number, y: number, rotationDeg: number, rackIds: string[], setpoint: number): CduT {
  const c = must(createCduFromTemplate(template, { id, name: id, x, y, rotationDeg, rackIds }), template);
  c.secondarySupplySetpoint = setpoint;
  return c;
}

function base(name: string, length: number, width: number, notes: string): HallDocument {
  const doc = emptyHall(name, STAMP);
  doc.meta = { ...doc.meta, author: 'Hallflow samples', notes };
  doc.envelope.length = length;
  doc.envelope.width = width;
  const w = doc.envelope.walls;
  w[0].x1 = length; w[1].x0 = length; w[1].x1 = length; w[1].y1 = width;
  w[2].x0 = length; w[2].y0 = width; w[2].y1 = width; w[3].y0 = width;
  return doc;
}

/** FWS flow and pumps of a plant serving the given CDUs (2 duty + 1 standby; head and η chosen). */
function sizePlant(doc: HallDocument, unitCapacity: number, units: number) {
  const flow = doc.cdus.reduce((s, c) => s + c.primaryDesignFlow, 0);
  const perPump = r6(flow / 2);
  doc.plant.unitCapacity = unitCapacity;
  doc.plant.units = units;
  doc.plant.redundantUnits = 1;
  // Q·H/η with head 250 kPa and η 0.7 (both chosen)
  doc.plant.pumps = { ...doc.plant.pumps, count: 3, standby: 1, ratedFlow: perPump, ratedHead: 250e3, ratedPower: Math.round((perPump * 250e3) / 0.7) };
}

// ---------------------------------------------------------------------------------------------------
function mixedHall(): HallDocument {
  const doc = base('Mixed AI hall (DLC + air)', 15.6, 16.2,
    'Four rows of GB200/GB300 NVL72-class DLC racks (120/140 kW) with hot-aisle containment, one CDU (1350 kW, N+1 pumps) per DLC row, ' +
    'one row of 20 kW air racks, chilled-water CRAHs on the end walls feeding a raised floor. FWS 37 °C from dry coolers (NVIDIA DSX high-temp, REFERENCE.md §3).');
  doc.envelope.floor = { kind: 'raised', plenumDepth: 0.9, tileSize: T };
  doc.envelope.ceilingPlenum = { depth: 1.0 };
  doc.envelope.columns = [
    { id: 'col-1', x: 12.6, y: 3.6, width: 0.6, depth: 0.6 },
    { id: 'col-2', x: 12.6, y: 9.0, width: 0.6, depth: 0.6 },
  ];
  const fws = 37; // NVIDIA DSX high-temp FWS 37 °C [REFERENCE.md §3]
  const tcs = fws + 4; // + 4 K CDU approach (Vertiv XDU1350 record [REFERENCE.md §2])
  const rowX = 5.4; // racks from x 5.4 to 11.4; the CDU sits at 4.2–5.4 at the start of each DLC row
  const specs: RowSpec[] = [
    { key: 'A', template: 'rack-nvl72-120kw-dlc', count: 10, x0: rowX, yFront: 1.8, facing: 'minusY' },
    { key: 'B', template: 'rack-nvl72-120kw-dlc', count: 10, x0: rowX, yFront: 4.2, facing: 'plusY' },
    { key: 'C', template: 'rack-nvl72-140kw-dlc', count: 10, x0: rowX, yFront: 7.2, facing: 'minusY' },
    { key: 'D', template: 'rack-nvl72-140kw-dlc', count: 10, x0: rowX, yFront: 9.6, facing: 'plusY' },
    { key: 'E', template: 'rack-air-20kw', count: 10, x0: rowX, yFront: 12.6, facing: 'minusY' },
  ];
  for (const s of specs) {
    const { row, racks } = buildRow(s);
    doc.rows.push(row);
    doc.racks.push(...racks);
    if (s.template.includes('dlc')) {
      // Row liquid load 10 × 140 kW × 0.85 = 1190 kW ≤ 1350 kW: one CDU per row.
      doc.cdus.push(cdu('cdu-1350kw', `CDU-${s.key}`, 4.8, s.yFront + 0.6, s.facing === 'minusY' ? 0 : 180, racks.map((r) => r.id), tcs));
    }
  }
  // Air heat: 40 DLC racks × 15 % + 10 × 20 kW = 780 + 200 = 980 kW → 4 duty + 1 redundant 250 kW CRAHs.
  doc.coolingUnits = [
    unit('crah-cw-250kw', 'CRAH-01', 1.2, 2.1, 90),
    unit('crah-cw-250kw', 'CRAH-02', 1.2, 8.1, 90),
    unit('crah-cw-250kw', 'CRAH-03', 1.2, 14.1, 90),
    unit('crah-cw-250kw', 'CRAH-04', 14.4, 5.1, -90),
    unit('crah-cw-250kw', 'CRAH-05', 14.4, 11.1, -90),
  ];
  doc.tiles = [
    ...tilesIn('T1', rowX, 11.4, 0, 1.8),
    ...tilesIn('T2', rowX, 11.4, 5.4, 7.2),
    ...tilesIn('T3', rowX, 11.4, 10.8, 12.6),
  ];
  doc.containment = [
    { id: 'HAC-1', name: 'Hot aisle A/B', kind: 'hotAisle', x0: 4.2, y0: 3.0, x1: 11.4, y1: 4.2, height: 2.4, roof: true, leakage: 0.05 },
    { id: 'HAC-2', name: 'Hot aisle C/D', kind: 'hotAisle', x0: 4.2, y0: 8.4, x1: 11.4, y1: 9.6, height: 2.4, roof: true, leakage: 0.05 },
  ];
  doc.plant = { ...defaultPlant(), supplyTemp: fws };
  sizePlant(doc, 1.6e6, 4); // liquid 4.42 MW → 3 duty × 1.6 MW + 1 redundant
  doc.criteria = { ...defaultCriteria(), wClass: 'W40' }; // FWS 37 °C ≤ 40 °C [REFERENCE.md §1]
  doc.piping = defaultPiping();
  doc.scenarios = [
    { id: 'scn-design', name: 'Design day', notes: 'All equipment running at full IT load.', failed: [], loadFactor: 1, ambientDryBulb: null, facilitySupplyTemp: null },
    { id: 'scn-crah-fail', name: 'CRAH-02 failed', notes: 'N+1 check of the air side.', failed: ['CRAH-02'], loadFactor: 1, ambientDryBulb: null, facilitySupplyTemp: null },
    { id: 'scn-cdu-pump', name: 'CDU-C pump trip', notes: 'One secondary pump of CDU-C trips; standby takes over.', failed: ['CDU-C/pump1'], loadFactor: 1, ambientDryBulb: null, facilitySupplyTemp: null },
  ];
  doc.viewpoints = [{ id: 'vp-overview', name: 'Overview', position: [-4, -6, 12], target: [7.8, 8.1, 0], note: '' }];
  return doc;
}

function legacyHall(): HallDocument {
  const doc = base('Legacy air-cooled hall', 14.4, 12.0,
    'Four rows of 8–15 kW air-cooled racks on a raised floor with cold-aisle containment and five 150 kW chilled-water CRAHs (4 + 1).');
  doc.envelope.floor = { kind: 'raised', plenumDepth: 0.6, tileSize: T };
  doc.envelope.ceilingHeight = 3.6;
  for (const w of doc.envelope.walls) w.height = 3.6;
  const rowX = 3.6; // 12 racks from x 3.6 to 10.8
  const specs: RowSpec[] = [
    { key: 'A', template: 'rack-air-10kw', count: 12, x0: rowX, yFront: 1.2, facing: 'plusY', itLoad: 8000 },
    { key: 'B', template: 'rack-air-10kw', count: 12, x0: rowX, yFront: 4.2, facing: 'minusY', itLoad: 10000 },
    { key: 'C', template: 'rack-air-10kw', count: 12, x0: rowX, yFront: 6.6, facing: 'plusY', itLoad: 12000 },
    { key: 'D', template: 'rack-air-10kw', count: 12, x0: rowX, yFront: 9.6, facing: 'minusY', itLoad: 15000 },
  ];
  for (const s of specs) {
    const { row, racks } = buildRow(s);
    doc.rows.push(row);
    doc.racks.push(...racks);
  }
  // IT 12 × (8 + 10 + 12 + 15) = 540 kW → 4 duty × 150 kW = 600 kW + 1 redundant.
  doc.coolingUnits = [
    unit('crah-cw-150kw', 'CRAH-01', 1.05, 3.6, 90),
    unit('crah-cw-150kw', 'CRAH-02', 1.05, 6.0, 90),
    unit('crah-cw-150kw', 'CRAH-03', 1.05, 8.4, 90),
    unit('crah-cw-150kw', 'CRAH-04', 13.35, 3.6, -90),
    unit('crah-cw-150kw', 'CRAH-05', 13.35, 8.4, -90),
  ];
  doc.tiles = [...tilesIn('T1', rowX, 10.8, 2.4, 4.2), ...tilesIn('T2', rowX, 10.8, 7.8, 9.6)];
  doc.containment = [
    { id: 'CAC-1', name: 'Cold aisle A/B', kind: 'coldAisle', x0: rowX, y0: 2.4, x1: 10.8, y1: 4.2, height: 2.1, roof: true, leakage: 0.05 },
    { id: 'CAC-2', name: 'Cold aisle C/D', kind: 'coldAisle', x0: rowX, y0: 7.8, x1: 10.8, y1: 9.6, height: 2.1, roof: true, leakage: 0.05 },
  ];
  // Chilled-water plant for the CRAH coils (chosen: 14 °C supply, two 400 kW chillers + 1 redundant).
  doc.plant = { ...defaultPlant(), kind: 'chiller', supplyTemp: 14, approach: 0, chilledWaterSupplyTemp: 14, unitCapacity: 400e3, units: 3, redundantUnits: 1,
    pumps: { count: 2, standby: 1, ratedFlow: 0.026, ratedHead: 200e3, ratedPower: 7400, failoverTime: 5 } };
  // 0.026 m³/s: 540 kW at chilled-water ΔT 5 K (chosen), water at 15 °C ρ·cp ≈ 4.18e6 J/(m³·K) [REFERENCE.md §4]; power Q·H/0.7.
  doc.criteria = defaultCriteria();
  doc.scenarios = [
    { id: 'scn-design', name: 'Design day', notes: '', failed: [], loadFactor: 1, ambientDryBulb: null, facilitySupplyTemp: null },
    { id: 'scn-crah-fail', name: 'CRAH-04 failed', notes: 'N+1 check.', failed: ['CRAH-04'], loadFactor: 1, ambientDryBulb: null, facilitySupplyTemp: null },
  ];
  doc.viewpoints = [{ id: 'vp-overview', name: 'Overview', position: [-3, -5, 9], target: [7.2, 6.0, 0], note: '' }];
  return doc;
}

function futureHall(): HallDocument {
  const doc = base('Future 300 kW DLC hall', 12.6, 12.6,
    'Four rows of six 300 kW DLC racks (planning assumption), one 2000 kW CDU per row, a 70 kW in-row cooler per row for the residual air heat, ' +
    'hot-aisle containment on a slab. W45 facility water from dry coolers.');
  doc.envelope.ceilingPlenum = { depth: 1.0 };
  const fws = 45; // W45: LBNL 2024 assigns W45 to AI liquid-cooled IT [REFERENCE.md §1]
  const tcs = fws + 4; // 4 K approach (chosen, NVIDIA qualification figure [REFERENCE.md §2])
  const specs: RowSpec[] = [
    { key: 'A', template: 'rack-future-300kw-dlc', count: 6, x0: 5.4, yFront: 1.8, facing: 'minusY' },
    { key: 'B', template: 'rack-future-300kw-dlc', count: 6, x0: 5.4, yFront: 4.2, facing: 'plusY' },
    { key: 'C', template: 'rack-future-300kw-dlc', count: 6, x0: 5.4, yFront: 7.2, facing: 'minusY' },
    { key: 'D', template: 'rack-future-300kw-dlc', count: 6, x0: 5.4, yFront: 9.6, facing: 'plusY' },
  ];
  for (const s of specs) {
    const { row, racks } = buildRow(s);
    doc.rows.push(row);
    doc.racks.push(...racks);
    const rot = s.facing === 'minusY' ? 0 : 180;
    // Row liquid 6 × 300 kW × 0.97 = 1746 kW ≤ 2000 kW; residual air 6 × 9 kW = 54 kW ≤ 70 kW in-row.
    doc.cdus.push(cdu('cdu-2000kw', `CDU-${s.key}`, 4.2, s.yFront + 0.6, rot, racks.map((r) => r.id), tcs));
    doc.coolingUnits.push(unit('inrow-cw-70kw', `IRC-${s.key}`, 9.3, s.yFront + 0.6, rot));
  }
  doc.containment = [
    { id: 'HAC-1', name: 'Hot aisle A/B', kind: 'hotAisle', x0: 3.0, y0: 3.0, x1: 9.6, y1: 4.2, height: 2.4, roof: true, leakage: 0.05 },
    { id: 'HAC-2', name: 'Hot aisle C/D', kind: 'hotAisle', x0: 3.0, y0: 8.4, x1: 9.6, y1: 9.6, height: 2.4, roof: true, leakage: 0.05 },
  ];
  doc.plant = { ...defaultPlant(), supplyTemp: fws, ambientDryBulb: 40 }; // 40 °C + 5 K dry-cooler approach (NVIDIA DSX [REFERENCE.md §3])
  sizePlant(doc, 2.5e6, 4); // liquid 6.98 MW → 3 duty × 2.5 MW + 1 redundant
  doc.criteria = { ...defaultCriteria(), wClass: 'W45' };
  doc.scenarios = [
    { id: 'scn-design', name: 'Design day', notes: '', failed: [], loadFactor: 1, ambientDryBulb: null, facilitySupplyTemp: null },
    { id: 'scn-cdu-fail', name: 'CDU-B failed', notes: 'Loss of one CDU.', failed: ['CDU-B'], loadFactor: 1, ambientDryBulb: null, facilitySupplyTemp: null },
  ];
  doc.viewpoints = [{ id: 'vp-overview', name: 'Overview', position: [-3, -5, 10], target: [6.3, 6.3, 0], note: '' }];
  return doc;
}

const outDir = fileURLToPath(new URL('../assets/samples/', import.meta.url));
const samples: [string, HallDocument][] = [
  ['ai-hall-mixed', mixedHall()],
  ['legacy-air-hall', legacyHall()],
  ['future-300kw-hall', futureHall()],
];
for (const [key, doc] of samples) {
  const parsed = HallDocumentShape.safeParse(doc);
  if (!parsed.success) throw new Error(`${key} is invalid: ${JSON.stringify(parsed.error.issues.slice(0, 5))}`);
  writeFileSync(`${outDir}${key}.hallflow.json`, serializeDocument(parsed.data));
  console.log(`wrote assets/samples/${key}.hallflow.json: ${doc.racks.length} racks, ${doc.coolingUnits.length} units, ${doc.cdus.length} CDUs`);
}
