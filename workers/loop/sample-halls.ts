// Generated DLC halls for benchmarks and tests (bench/loop.bench.ts, test/unit/loop/invariants.test.ts):
// n racks of a document's first DLC rack, 10 per row, one CDU (its first CDU) per row, rows in a square
// block layout; the plant scaled to the CDU capacity with 8 duty pumps sized for the rows' primary flow.
import type { HallDocument } from '../model/schema';

const PER_ROW = 10;

/** n DLC racks in rows of 10, one CDU per row, rows in a square block layout. */
export function generatedHall(base: HallDocument, n: number): HallDocument {
  const rackT = base.racks.find((r) => r.cooling === 'dlc');
  const cduT = base.cdus[0];
  if (!rackT || !cduT) throw new Error('generatedHall needs a document with a DLC rack and a CDU');
  const rows = Math.ceil(n / PER_ROW);
  const perCol = Math.ceil(Math.sqrt(rows));
  const racks: HallDocument['racks'] = [];
  const cdus: HallDocument['cdus'] = [];
  const rowList: HallDocument['rows'] = [];
  for (let r = 0; r < rows; r++) {
    const x0 = 2 + Math.floor(r / perCol) * (PER_ROW * 0.6 + 3);
    const y = 2 + (r % perCol) * 2.4;
    const rowId = `row-${r + 1}`;
    rowList.push({ id: rowId, name: rowId });
    const ids: string[] = [];
    for (let i = 0; i < PER_ROW && racks.length < n; i++) {
      const id = `R${r + 1}-${i + 1}`;
      ids.push(id);
      racks.push({ ...rackT, id, name: id, rowId, x: x0 + 0.9 + i * 0.6, y, rotationDeg: r % 2 === 0 ? 0 : 180 });
    }
    cdus.push({ ...cduT, id: `CDU-${r + 1}`, name: `CDU-${r + 1}`, x: x0, y, rackIds: ids });
  }
  const ratedFlow = (rows * cduT.primaryDesignFlow) / 8;
  const ratedPower = base.plant.pumps.ratedPower * (ratedFlow / base.plant.pumps.ratedFlow);
  const plant = { ...base.plant, units: Math.ceil((rows * cduT.capacity) / base.plant.unitCapacity), redundantUnits: 0, pumps: { ...base.plant.pumps, count: 8, standby: 0, ratedFlow, ratedPower } };
  return { ...base, rows: rowList, racks, cdus, plant, tiles: [], containment: [], coolingUnits: [] };
}
