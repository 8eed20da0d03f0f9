// Box (rubber-band) selection: the objects whose footprint centre projects inside a screen rectangle, and
// the rectangle overlay (one absolutely positioned div, moved by style writes, never by React state).
import type { HallDocument } from '../../../workers/model/schema';

export interface PlanPoint {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

/** Footprint centres of every selectable, movable object (racks, units, CDUs, tiles, columns, containment). */
export function footprintCentres(doc: HallDocument): PlanPoint[] {
  const out: PlanPoint[] = [];
  for (const l of [doc.racks, doc.coolingUnits, doc.cdus, doc.tiles, doc.envelope.columns] as readonly { id: string; x: number; y: number }[][]) {
    for (const o of l) out.push({ id: o.id, x: o.x, y: o.y });
  }
  for (const c of doc.containment) out.push({ id: c.id, x: (c.x0 + c.x1) / 2, y: (c.y0 + c.y1) / 2 });
  return out;
}

export interface ScreenRect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * Ids whose footprint centre (plan x, y at floor level) projects inside rect (CSS pixels, any corner order).
 * project writes the screen position of model point (x, y, 0) into out and returns false when the point is
 * behind the camera.
 */
export function idsInScreenRect(
  points: readonly PlanPoint[],
  rect: ScreenRect,
  project: (x: number, y: number, out: [number, number]) => boolean,
): string[] {
  const xa = Math.min(rect.x0, rect.x1);
  const xb = Math.max(rect.x0, rect.x1);
  const ya = Math.min(rect.y0, rect.y1);
  const yb = Math.max(rect.y0, rect.y1);
  const s: [number, number] = [0, 0];
  const ids: string[] = [];
  for (const p of points) {
    if (!project(p.x, p.y, s)) continue;
    if (s[0] >= xa && s[0] <= xb && s[1] >= ya && s[1] <= yb) ids.push(p.id);
  }
  return ids;
}

/** The dashed rectangle shown while box-selecting, positioned in the container's CSS pixels. */
export class BoxSelectOverlay {
  private readonly el: HTMLDivElement;

  constructor(private readonly container: HTMLElement) {
    const el = document.createElement('div');
    el.dataset.testid = 'box-select';
    Object.assign(el.style, {
      position: 'absolute',
      display: 'none',
      pointerEvents: 'none',
      border: '1px dashed #1f6feb',
      background: 'rgba(31, 111, 235, 0.10)',
      zIndex: '2',
    } satisfies Partial<CSSStyleDeclaration>);
    this.el = el;
    if (getComputedStyle(container).position === 'static') container.style.position = 'relative';
    container.appendChild(el);
  }

  show(r: ScreenRect): void {
    const s = this.el.style;
    s.display = 'block';
    s.left = `${Math.min(r.x0, r.x1)}px`;
    s.top = `${Math.min(r.y0, r.y1)}px`;
    s.width = `${Math.abs(r.x1 - r.x0)}px`;
    s.height = `${Math.abs(r.y1 - r.y0)}px`;
  }

  hide(): void {
    this.el.style.display = 'none';
  }

  dispose(): void {
    this.el.remove();
  }
}
