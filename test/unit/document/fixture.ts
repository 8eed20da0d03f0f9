// A small hall for document tests: 20 × 10 m raised floor, 0.6 m grid, four racks in a row.
import { emptyHall } from '../../../workers/model/defaults';
import type { HallDocument, RackT } from '../../../workers/model/schema';

export function rack(id: string, x: number, y: number, over: Partial<RackT> = {}): RackT {
  return {
    id, name: id, rowId: 'ROW-1', templateId: null, x, y, rotationDeg: 0, width: 0.6, depth: 1.2, height: 2.2,
    itLoad: 20_000, cooling: 'air', liquidCaptureFraction: 0, airflow: { spec: 'deltaT', value: 12 },
    rearDoor: null, coldPlate: null, ...over,
  };
}

export function smallHall(): HallDocument {
  const d = emptyHall('Test hall', '2026-11-26T00:00:00.000Z');
  return {
    ...d,
    envelope: { ...d.envelope, length: 20, width: 10, floor: { kind: 'raised', plenumDepth: 0.6, tileSize: 0.6 }, gridSize: 0.6 },
    rows: [{ id: 'ROW-1', name: 'A' }],
    racks: [rack('R-1', 3.3, 4.2), rack('R-2', 3.9, 4.2), rack('R-3', 4.5, 4.2), rack('R-4', 5.1, 4.2)],
  };
}
