// The guided tour's caption over the 3D view: the stop's name and note with previous / next.
import { useDocumentState, useDocumentStore } from '../document/context';
import { useReviewState } from './review-store';
import { useReview } from './use-review';
import { endTour, stepTour } from './tour';

export function TourCaption({ large = false }: { large?: boolean }) {
  const review = useReview();
  const store = useDocumentStore();
  const index = useReviewState(review, (s) => s.tourIndex);
  const viewpoints = useDocumentState((s) => s.doc.viewpoints);
  const v = index === null ? undefined : viewpoints[index];
  if (!v || index === null) return null;
  return (
    <div className={`tour-caption${large ? ' large' : ''}`} data-testid="tour-caption">
      <button type="button" aria-label="Previous viewpoint" onClick={() => stepTour(review, store.getState().doc, -1)}>◀</button>
      <div>
        <strong>{index + 1} / {viewpoints.length} · {v.name}</strong>
        {v.note && <p>{v.note}</p>}
      </div>
      <button type="button" aria-label="Next viewpoint" onClick={() => stepTour(review, store.getState().doc, 1)}>▶</button>
      <button type="button" className="link" aria-label="End tour" onClick={() => endTour(review)}>✕</button>
    </div>
  );
}
