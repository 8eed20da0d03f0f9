// Layout of the redundancy matrix: columns are racks grouped by their row (document rows, racks without a
// row last), in natural name order within a group; rows are the failure cases in their kind order with the
// design case first. Pure, unit-tested.
import type { FailureCase, RedundancyCell, RedundancyMatrix } from '../../../../workers/verdicts';

export interface ColumnGroup { id: string; name: string; racks: { id: string; name: string; index: number }[] }

interface RackRef { id: string; name: string; rowId: string | null }
interface RowRef { id: string; name: string }

const natural = (a: string, b: string) => a.localeCompare(b, undefined, { numeric: true });

export function columnGroups(rackIds: readonly string[], racks: readonly RackRef[], rows: readonly RowRef[]): ColumnGroup[] {
  const byId = new Map(racks.map((r) => [r.id, r]));
  const rowName = new Map(rows.map((r) => [r.id, r.name]));
  const groups = new Map<string, ColumnGroup>();
  rackIds.forEach((id, index) => {
    const r = byId.get(id);
    const gid = r?.rowId ?? '';
    let g = groups.get(gid);
    if (!g) groups.set(gid, (g = { id: gid, name: gid ? rowName.get(gid) ?? gid : 'No row', racks: [] }));
    g.racks.push({ id, name: r?.name ?? id, index });
  });
  for (const g of groups.values()) g.racks.sort((a, b) => natural(a.name, b.name));
  return [...groups.values()].sort((a, b) => (a.id === '' ? 1 : b.id === '' ? -1 : natural(a.name, b.name)));
}

const KIND_ORDER: Record<FailureCase['kind'], number> = { design: 0, 'cooling-unit': 1, cdu: 2, 'cdu-pump': 3, 'plant-unit': 4, 'plant-pump': 5 };

/** Row order of the matrix: indices into matrix.cases. */
export function caseOrder(cases: readonly FailureCase[]): number[] {
  return cases.map((_, i) => i).sort((a, b) => KIND_ORDER[cases[a].kind] - KIND_ORDER[cases[b].kind] || natural(cases[a].id, cases[b].id));
}

/** Racks that fail in a case while they pass by design (what makes the level N). */
export function newlyFailing(m: RedundancyMatrix, caseIndex: number): number {
  return m.cells[caseIndex].filter((c: RedundancyCell) => c.worse).length;
}
