// Mini-map geometry and drawing: the hall plan (walls, columns, racks, cooling units, CDUs) fitted into a
// small canvas with plan +y up, and the walker as a dot with a view wedge. The transform is pure (tested);
// drawing takes a 2D context. Plan coordinates in m (schema.ts).
import type { HallDocument } from '../../../workers/model/schema';
import type { Walker } from './walker';

export interface MiniTransform {
  scale: number;
  ox: number;
  oy: number;
  height: number;
}

/** Fits the hall (length × width, m) into w × h pixels with a margin, plan +y pointing up. */
export function fitMinimap(length: number, width: number, w: number, h: number, pad = 6): MiniTransform {
  const scale = Math.max(1e-6, Math.min((w - 2 * pad) / Math.max(length, 1e-6), (h - 2 * pad) / Math.max(width, 1e-6)));
  return { scale, ox: (w - length * scale) / 2, oy: (h - width * scale) / 2, height: h };
}

/** Plan (x, y) → canvas pixels [px, py]. */
export function toMinimap(t: MiniTransform, x: number, y: number): [number, number] {
  return [t.ox + x * t.scale, t.height - (t.oy + y * t.scale)];
}

/** Canvas pixels → plan (x, y) (click to jump). */
export function fromMinimap(t: MiniTransform, px: number, py: number): [number, number] {
  return [(px - t.ox) / t.scale, (t.height - py - t.oy) / t.scale];
}

type Box = { x: number; y: number; width: number; depth: number; rotationDeg: number };

function rect(g: CanvasRenderingContext2D, t: MiniTransform, b: Box): void {
  const c = Math.cos((b.rotationDeg * Math.PI) / 180), s = Math.sin((b.rotationDeg * Math.PI) / 180);
  const hx = b.width / 2, hy = b.depth / 2;
  g.moveTo(...toMinimap(t, b.x - hx * c + hy * s, b.y - hx * s - hy * c));
  g.lineTo(...toMinimap(t, b.x + hx * c + hy * s, b.y + hx * s - hy * c));
  g.lineTo(...toMinimap(t, b.x + hx * c - hy * s, b.y + hx * s + hy * c));
  g.lineTo(...toMinimap(t, b.x - hx * c - hy * s, b.y - hx * s + hy * c));
  g.closePath();
}

/** The static plan (drawn once per document change into an offscreen canvas). */
export function drawPlan(g: CanvasRenderingContext2D, t: MiniTransform, doc: HallDocument, w: number, h: number): void {
  g.clearRect(0, 0, w, h);
  g.fillStyle = 'rgba(255,255,255,0.94)';
  g.fillRect(0, 0, w, h);
  const [x0, y0] = toMinimap(t, 0, doc.envelope.width);
  g.fillStyle = '#eef1f4';
  g.fillRect(x0, y0, doc.envelope.length * t.scale, doc.envelope.width * t.scale);
  g.beginPath();
  for (const r of doc.racks) rect(g, t, r);
  g.fillStyle = '#3b7dd8';
  g.fill();
  g.beginPath();
  for (const u of [...doc.coolingUnits, ...doc.cdus]) rect(g, t, u);
  for (const c of doc.envelope.columns) rect(g, t, { ...c, rotationDeg: 0 });
  g.fillStyle = '#8a94a3';
  g.fill();
  g.beginPath();
  for (const wl of doc.envelope.walls) {
    g.moveTo(...toMinimap(t, wl.x0, wl.y0));
    g.lineTo(...toMinimap(t, wl.x1, wl.y1));
  }
  g.strokeStyle = '#344054';
  g.lineWidth = 2;
  g.stroke();
}

/** The walker: a view wedge (60°) and a dot. */
export function drawWalker(g: CanvasRenderingContext2D, t: MiniTransform, w: Walker): void {
  const [px, py] = toMinimap(t, w.x, w.y);
  const r = 16;
  const a = -w.yaw; // canvas y points down
  g.beginPath();
  g.moveTo(px, py);
  g.arc(px, py, r, a - Math.PI / 6, a + Math.PI / 6);
  g.closePath();
  g.fillStyle = 'rgba(232, 89, 12, 0.35)';
  g.fill();
  g.beginPath();
  g.arc(px, py, 4, 0, 2 * Math.PI);
  g.fillStyle = '#e8590c';
  g.fill();
}
