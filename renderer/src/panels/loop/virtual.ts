// Windowed rendering of long tables (5,000 racks stay responsive): fixed row height, only the rows in
// view plus an overscan are rendered; spacer rows keep the scrollbar honest. The scroll position is
// React state, but it changes only on user scroll, never per frame of the 3D view.
import { useCallback, useState, type UIEvent } from 'react';

export interface VirtualWindow {
  readonly start: number;
  readonly end: number;
  readonly padTop: number;
  readonly padBottom: number;
  readonly onScroll: (e: UIEvent<HTMLElement>) => void;
}

/** Rows [start, end) to render for a scroll offset. Pure, for tests. */
export function windowRange(count: number, rowHeight: number, viewport: number, scrollTop: number, overscan = 8): { start: number; end: number } {
  const visible = Math.ceil(viewport / rowHeight);
  // Clamped: a scroll offset left over from a longer list still shows its last rows.
  const first = Math.min(Math.floor(Math.max(0, scrollTop) / rowHeight), Math.max(0, count - visible));
  const start = Math.max(0, first - overscan);
  const end = Math.min(count, first + visible + overscan);
  return { start, end: Math.max(start, end) };
}

export function useVirtualWindow(count: number, rowHeight: number, viewport: number): VirtualWindow {
  const [scrollTop, setScrollTop] = useState(0);
  const onScroll = useCallback((e: UIEvent<HTMLElement>) => setScrollTop(e.currentTarget.scrollTop), []);
  const { start, end } = windowRange(count, rowHeight, viewport, scrollTop);
  return { start, end, padTop: start * rowHeight, padBottom: (count - end) * rowHeight, onScroll };
}
