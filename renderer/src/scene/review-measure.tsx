// Measure-tool line and aisle clearances in the 3D view: all segments in one LineSegments (one draw call,
// vertex colours, 3 cm above the floor), rebuilt only when the measurement or the settled document changes;
// the distance label(s) as HTML (drei Html, no fonts loaded; aisle labels not while walking, where dozens
// would pile up in perspective — the Review tab lists them).
// Disposed on unmount.
import { useEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { useViewState } from '../app/view-store';
import { Html } from '@react-three/drei';
import { BufferGeometry, Float32BufferAttribute, LineBasicMaterial, LineSegments } from 'three';
import { useDocumentState } from '../document/context';
import { useUnits } from '../panels/units';
import { useReviewState } from '../review/review-store';
import { useReview } from '../review/use-review';
import { narrowAisles, type NarrowAisle } from '../review/aisle-check';
import { planDistance } from '../review/measure';

const LIFT = 0.03;
const MEASURE_RGB = [0.12, 0.44, 0.92];
const AISLE_RGB = [0.77, 0.2, 0.04];
const MAX_LABELS = 24;

function segments(m: { a: readonly [number, number] | null; b: readonly [number, number] | null } | null, aisles: readonly NarrowAisle[]) {
  const pos: number[] = [];
  const col: number[] = [];
  const seg = (x0: number, y0: number, x1: number, y1: number, rgb: number[]) => {
    pos.push(x0, LIFT, -y0, x1, LIFT, -y1);
    col.push(...rgb, ...rgb);
  };
  if (m?.a) {
    const [ax, ay] = m.a;
    const [bx, by] = m.b ?? m.a;
    seg(ax, ay, bx, by, MEASURE_RGB);
    const len = Math.hypot(bx - ax, by - ay) || 1;
    const nx = (-(by - ay) / len) * 0.25, ny = ((bx - ax) / len) * 0.25; // end ticks across the line
    seg(ax - nx, ay - ny, ax + nx, ay + ny, MEASURE_RGB);
    if (m.b) seg(bx - nx, by - ny, bx + nx, by + ny, MEASURE_RGB);
  }
  for (const a of aisles) {
    seg(a.x0, a.y0, a.x1, a.y0, AISLE_RGB); seg(a.x1, a.y0, a.x1, a.y1, AISLE_RGB);
    seg(a.x1, a.y1, a.x0, a.y1, AISLE_RGB); seg(a.x0, a.y1, a.x0, a.y0, AISLE_RGB);
    const cx = (a.x0 + a.x1) / 2, cy = (a.y0 + a.y1) / 2;
    if (a.alongX) seg(cx, a.y0, cx, a.y1, AISLE_RGB);
    else seg(a.x0, cy, a.x1, cy, AISLE_RGB);
  }
  return { pos, col };
}

export function ReviewMeasure() {
  const review = useReview();
  const units = useUnits();
  const invalidate = useThree((s) => s.invalidate);
  const measure = useReviewState(review, (s) => s.measure);
  const aisleCheck = useReviewState(review, (s) => s.aisleCheck);
  const walking = useViewState((s) => s.camera === 'walk');
  const doc = useDocumentState((s) => s.settledDoc);
  const aisles = useMemo(() => (aisleCheck ? narrowAisles(doc) : []), [aisleCheck, doc]);
  const material = useMemo(() => new LineBasicMaterial({ vertexColors: true }), []);
  const lines = useMemo(() => {
    const { pos, col } = segments(measure, aisles);
    if (pos.length === 0) return null;
    const g = new BufferGeometry();
    g.setAttribute('position', new Float32BufferAttribute(pos, 3));
    g.setAttribute('color', new Float32BufferAttribute(col, 3));
    const l = new LineSegments(g, material);
    l.renderOrder = 10;
    l.frustumCulled = false;
    return l;
  }, [measure, aisles, material]);
  useEffect(() => {
    invalidate();
    return () => lines?.geometry.dispose();
  }, [lines, invalidate]);
  useEffect(() => () => material.dispose(), [material]);

  const m = measure?.a && measure.b ? measure : null;
  return (
    <>
      {lines && <primitive object={lines} />}
      {m && m.a && m.b && (
        <Html position={[(m.a[0] + m.b[0]) / 2, 0.4, -(m.a[1] + m.b[1]) / 2]} center zIndexRange={[5, 0]}>
          <div className="measure-label" data-testid="measure-label">{units.fmt(planDistance(m.a, m.b), 'length')}</div>
        </Html>
      )}
      {!walking && aisles.slice(0, MAX_LABELS).map((a) => (
        <Html key={a.between.join('|')} position={[(a.x0 + a.x1) / 2, 0.4, -(a.y0 + a.y1) / 2]} center zIndexRange={[5, 0]}>
          <div className="measure-label aisle">{units.fmt(a.gap, 'length')}</div>
        </Html>
      ))}
    </>
  );
}
