// Rows of the per-rack loop table and their sorting: natural order for names ("R-A2" before "R-A10"),
// numbers ascending or descending, missing values (no circulation) always last. Pure, no React.
import type { RackLoopResult } from '../../../../workers/loop';

export type RackSortKey = 'name' | 'flow' | 'flowPerPower' | 'flowShare' | 'dp' | 'supplyT' | 'returnT' | 'caseT' | 'caseMargin';
export type SortDir = 'asc' | 'desc';

export interface RackRow {
  readonly id: string;
  readonly name: string;
  readonly r: RackLoopResult;
}

const NUMERIC: Record<Exclude<RackSortKey, 'name'>, (r: RackLoopResult) => number | null> = {
  flow: (r) => r.flow,
  flowPerPower: (r) => r.flowPerPower,
  flowShare: (r) => r.flowShare,
  dp: (r) => r.branchPressureDrop,
  supplyT: (r) => r.supplyT,
  returnT: (r) => r.returnT,
  caseT: (r) => r.caseT,
  caseMargin: (r) => r.caseMargin,
};

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** A sorted copy of rows (stable: ties keep the name order). */
export function sortRackRows(rows: readonly RackRow[], key: RackSortKey, dir: SortDir): RackRow[] {
  const sign = dir === 'asc' ? 1 : -1;
  const byName = (a: RackRow, b: RackRow) => collator.compare(a.name, b.name) || collator.compare(a.id, b.id);
  if (key === 'name') return [...rows].sort((a, b) => sign * byName(a, b));
  const value = NUMERIC[key];
  return [...rows].sort((a, b) => {
    const va = value(a.r);
    const vb = value(b.r);
    const ma = va === null || !Number.isFinite(va);
    const mb = vb === null || !Number.isFinite(vb);
    if (ma || mb) return ma && mb ? byName(a, b) : ma ? 1 : -1;
    return sign * (va - vb) || byName(a, b);
  });
}

/** Racks of a result with their document names (falls back to the id). */
export function rackRows(results: readonly RackLoopResult[], names: ReadonlyMap<string, string>): RackRow[] {
  return results.map((r) => ({ id: r.id, name: names.get(r.id) ?? r.id, r }));
}
