// Sample halls for benchmarks and profiling (bench/airflow.bench.ts): a raised-floor
// hall of rack-row pairs around tiled cold aisles with CRAHs on the end walls (floor supply, top return).
// 8 kW racks at 5.66337e-5 m³/s per W (120 CFM/kW, a common IT airflow rule of thumb), CRAHs at 115 % of
// the rack airflow and 130 % of the heat.
import { emptyHall } from '../model/defaults';
import type { HallDocument, RackT, CoolingUnitT, TileT } from '../model/schema';

/** A raised-floor hall: rack-row pairs around tiled cold aisles, CRAHs on the end walls (floor supply, top return).
 *  coldAisleContainment: each cold aisle closed by a roofed containment at the racks' height (2 m) over the rows'
 *  length, leaking 10 % (the reference halls' panels), as new halls are usually built; open aisles otherwise. */
export function benchHall(L: number, W: number, H: number, opts: { coldAisleContainment?: boolean } = {}): HallDocument {
  const doc = emptyHall(`bench ${L}×${W}`, '2026-01-01T00:00:00.000Z');
  Object.assign(doc.envelope, { length: L, width: W, ceilingHeight: H, floor: { kind: 'raised', plenumDepth: 0.6, tileSize: 0.6 }, walls: [] });
  const racks: RackT[] = [], tiles: TileT[] = [], units: CoolingUnitT[] = [];
  const rack = (id: string, x: number, y: number, rot: number): RackT => ({
    id, name: id, rowId: null, templateId: null, x, y, rotationDeg: rot, width: 0.6, depth: 1.2, height: 2.0, itLoad: 8000,
    cooling: 'air', liquidCaptureFraction: 0, airflow: { spec: 'perPower', value: 5.66337e-5 }, rearDoor: null, coldPlate: null,
  });
  const perRow = Math.floor((L - 4.8) / 0.6);
  for (let pair = 0, y0 = 0.6; y0 + 3.6 <= W; pair++, y0 += 4.8) {
    for (let n = 0; n < perRow; n++) {
      const x = 2.7 + 0.6 * n;
      racks.push(rack(`P${pair}A${n}`, x, y0 + 0.6, 180), rack(`P${pair}B${n}`, x, y0 + 3.0, 0));
      if (n % 2 === 0) for (const ty of [y0 + 1.5, y0 + 2.1]) tiles.push({ id: `T${pair}-${n}-${ty.toFixed(1)}`, x, y: ty, openArea: 0.25 });
    }
  }
  const flow = racks.length * 8000 * 5.66337e-5 * 1.15;
  const ys: number[] = [];
  for (let y = 1.8; y + 1.2 <= W; y += 4.8) ys.push(y);
  const ends = L > 20 ? [[0.45, 90], [L - 0.45, 270]] : [[0.45, 90]];
  const capacity = (1.3 * racks.length * 8000) / (ys.length * ends.length);
  for (const [x, rot] of ends) for (const y of ys) {
    units.push({ id: `CRAH-${units.length + 1}`, name: 'CRAH', templateId: null, x, y, rotationDeg: rot, width: 2.4, depth: 0.9, height: 2.0,
      capacity, airflow: flow / (ys.length * ends.length), supplySetpoint: 20, fanPower: 5000, enabled: true, kind: 'crah',
      supply: 'floor', return: 'top', waterSupplyTemp: 14 });
  }
  doc.racks = racks; doc.tiles = tiles; doc.coolingUnits = units;
  if (opts.coldAisleContainment && perRow > 0) {
    // the aisle between a pair's rows (fronts at y0 + 1.2 and y0 + 2.4), from the first rack's side to the last's
    const x0 = 2.7 - 0.3, x1 = 2.7 + 0.6 * (perRow - 1) + 0.3;
    for (let pair = 0, y0 = 0.6; y0 + 3.6 <= W; pair++, y0 += 4.8) {
      doc.containment.push({ id: `CAC-${pair}`, name: `cold aisle ${pair + 1}`, kind: 'coldAisle', x0, y0: y0 + 1.2, x1, y1: y0 + 2.4, height: 2.0, roof: true, leakage: 0.1 });
    }
  }
  return doc;
}

