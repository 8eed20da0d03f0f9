// The verdict table's pure parts: the filter (name or id text, result) and keyboard navigation (which row
// a key moves the selection to, and the scroll position that brings a row into view). Unit-tested.
import type { RackVerdict } from '../../../../workers/verdicts';

export type StatusFilter = 'all' | RackVerdict['status'];

export interface VerdictFilter { text: string; status: StatusFilter }

export function filterRows<T extends { verdict: RackVerdict; name: string }>(rows: readonly T[], f: VerdictFilter): readonly T[] {
  const q = f.text.trim().toLowerCase();
  if (q === '' && f.status === 'all') return rows;
  return rows.filter((r) => (f.status === 'all' || r.verdict.status === f.status)
    && (q === '' || r.name.toLowerCase().includes(q) || r.verdict.rackId.toLowerCase().includes(q)));
}

/** Row the key moves to from `current` (−1: none selected yet), or null for keys the table ignores. */
export function keyTarget(key: string, current: number, count: number, pageRows: number): number | null {
  if (count === 0) return null;
  const page = Math.max(1, pageRows);
  switch (key) {
    case 'ArrowDown': return current < 0 ? 0 : Math.min(count - 1, current + 1);
    case 'ArrowUp': return current < 0 ? 0 : Math.max(0, current - 1);
    case 'PageDown': return Math.min(count - 1, Math.max(0, current) + page);
    case 'PageUp': return Math.max(0, Math.max(0, current) - page);
    case 'Home': return 0;
    case 'End': return count - 1;
    default: return null;
  }
}

/**
 * scrollTop that shows row `index` (rows of rowHeight under a sticky header of headerHeight, in a viewport
 * of viewportHeight), changing the current scrollTop as little as possible.
 */
export function scrollToRow(index: number, scrollTop: number, rowHeight: number, headerHeight: number, viewportHeight: number): number {
  const top = index * rowHeight; // row top in body coordinates (0 = first row's top, just under the header)
  const body = viewportHeight - headerHeight;
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + body) return top + rowHeight - body;
  return scrollTop;
}
