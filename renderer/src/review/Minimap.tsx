// Mini-map over the 3D view in walk mode: plan of the hall with the walker's position and view direction.
// The plan is drawn once per settled document into an offscreen canvas; walker moves (review store
// onWalker, every walk frame) only blit it and redraw the marker — no React state per frame.
import { useEffect, useRef } from 'react';
import { useViewState } from '../app/view-store';
import { useDocumentStore } from '../document/context';
import { useReview } from './use-review';
import { drawPlan, drawWalker, fitMinimap } from './minimap';

const SIZE = 200;

export function Minimap() {
  const walking = useViewState((s) => s.camera === 'walk');
  const store = useDocumentStore();
  const review = useReview();
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const el = canvas.current;
    if (!walking || !el) return;
    const g = el.getContext('2d');
    if (!g) return;
    const plan = document.createElement('canvas');
    const pg = plan.getContext('2d');
    let doc: unknown = null;
    let t = fitMinimap(1, 1, SIZE, SIZE);
    const draw = () => {
      const d = store.getState().settledDoc;
      if (d !== doc && pg) {
        doc = d;
        t = fitMinimap(d.envelope.length, d.envelope.width, SIZE, SIZE);
        el.height = Math.round(Math.min(SIZE, d.envelope.width * t.scale + 12));
        plan.width = el.width;
        plan.height = el.height;
        t = fitMinimap(d.envelope.length, d.envelope.width, el.width, el.height);
        drawPlan(pg, t, d, plan.width, plan.height);
      }
      g.clearRect(0, 0, el.width, el.height);
      g.drawImage(plan, 0, 0);
      drawWalker(g, t, review.walker);
    };
    draw();
    const a = review.onWalker(draw);
    const b = store.subscribe(draw);
    return () => {
      a();
      b();
      plan.width = 0;
    };
  }, [walking, store, review]);

  if (!walking) return null;
  return <canvas ref={canvas} className="minimap" data-testid="minimap" width={SIZE} height={SIZE} aria-label="Mini-map: your position and view direction" />;
}
