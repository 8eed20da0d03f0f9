// Review tab, measure: click two floor points for a distance (line and label in the 3D view, in the
// project's units), and the automatic aisle check listing aisles narrower than the criterion (their
// clearances drawn in the view).
import { useMemo } from 'react';
import { useViewStore } from '../app/view-store';
import { useDocumentState } from '../document/context';
import { useUnits } from '../panels/units';
import { useReviewState } from './review-store';
import { useReview } from './use-review';
import { nextMeasure, planDistance } from './measure';
import { narrowAisles } from './aisle-check';

export function MeasureSection() {
  const view = useViewStore();
  const review = useReview();
  const units = useUnits();
  const measure = useReviewState(review, (s) => s.measure);
  const aisleCheck = useReviewState(review, (s) => s.aisleCheck);
  const doc = useDocumentState((s) => s.settledDoc);
  const aisles = useMemo(() => narrowAisles(doc), [doc]);

  const pick = () => {
    const onPick = (x: number, y: number) => {
      const next = nextMeasure(review.getState().measure, [x, y]);
      review.set({ measure: next });
      if (next.b) view.set({ floorPick: null, floorPickLabel: null });
    };
    review.set({ measure: null });
    view.set({ floorPick: onPick, floorPickLabel: 'Measure: click two points on the floor' });
  };
  const clear = () => {
    review.set({ measure: null });
    if (view.getState().floorPickLabel?.startsWith('Measure')) view.set({ floorPick: null, floorPickLabel: null });
  };
  const d = measure?.a && measure.b ? planDistance(measure.a, measure.b) : null;

  return (
    <section className="panel review-section" data-testid="measure">
      <h2>Measure</h2>
      <div className="review-actions">
        <button type="button" data-testid="measure-start" onClick={pick}>Measure distance</button>
        {measure && <button type="button" onClick={clear}>Clear</button>}
        {d !== null && <strong data-testid="measure-result">{units.fmt(d, 'length')}</strong>}
        {measure?.a && !measure.b && <span className="muted">Click the second point…</span>}
      </div>
      <label className="inline">
        <input type="checkbox" data-testid="aisle-check" checked={aisleCheck} onChange={(e) => review.set({ aisleCheck: e.target.checked })} />
        {' '}Show aisles narrower than {units.fmt(doc.criteria.minAisleWidth, 'length')}
      </label>
      {aisles.length === 0 ? (
        <p className="muted small" data-testid="aisle-none">Every aisle between facing rows is at least the minimum width.</p>
      ) : (
        <ul className="small" data-testid="aisle-list">
          {aisles.map((a) => (
            <li key={a.between.join('|')}>{a.between[0]} – {a.between[1]}: <strong>{units.fmt(a.gap, 'length')}</strong></li>
          ))}
        </ul>
      )}
    </section>
  );
}
