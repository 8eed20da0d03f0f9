// Navigation between saved viewpoints (list "Go", guided tour next / previous, presentation arrow keys):
// flies the camera there through the review store and remembers the tour stop.
import type { HallDocument } from '../../../workers/model/schema';
import type { ReviewStore } from './review-store';
import { poseOfViewpoint } from './viewpoint-edits';

export function goToViewpoint(review: ReviewStore, doc: HallDocument, index: number, tour = review.getState().tourIndex !== null): void {
  const v = doc.viewpoints[index];
  if (!v) return;
  const { pose, mode } = poseOfViewpoint(v);
  review.set({ tourIndex: tour ? index : null });
  review.flyTo(pose, mode);
}

/** Next (+1) or previous (−1) tour stop, wrapping; starts the tour at the first viewpoint. */
export function stepTour(review: ReviewStore, doc: HallDocument, by: 1 | -1): void {
  const n = doc.viewpoints.length;
  if (n === 0) return;
  const cur = review.getState().tourIndex;
  const next = cur === null ? (by > 0 ? 0 : n - 1) : (((cur + by) % n) + n) % n;
  goToViewpoint(review, doc, next, true);
}

export function endTour(review: ReviewStore): void {
  review.set({ tourIndex: null });
}
