// Small halls for the review tool tests: an empty hall (no walls) with racks placed by footprint only
// (the review code reads position, size, rotation and row).
import { emptyHall } from '../../../workers/model/defaults';
import type { HallDocument, RackT } from '../../../workers/model/schema';

export interface RackSpec { id: string; x: number; y: number; width?: number; depth?: number; rotationDeg?: number; rowId?: string | null }

export function hallWith(racks: RackSpec[], length = 20, width = 20): HallDocument {
  const doc = emptyHall('test', '2025-01-01T00:00:00Z');
  const rows = [...new Set(racks.map((r) => r.rowId).filter((r): r is string => !!r))].map((id) => ({ id, name: `Row ${id}` }));
  return {
    ...doc,
    envelope: { ...doc.envelope, length, width, walls: [], columns: [] },
    rows,
    racks: racks.map((r) => ({ name: r.id, height: 2.2, width: 0.6, depth: 1.2, rotationDeg: 0, rowId: null, ...r }) as unknown as RackT),
  };
}
