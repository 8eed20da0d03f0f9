// The review tools' HTML layer over the 3D view (mounted by HallScene outside the canvas): walk controls,
// the tour caption, and the review test hook.
import { useEffect } from 'react';
import { WalkHud } from './WalkHud';
import { TourCaption } from './TourCaption';
import { useReview } from './use-review';
import { installReviewDebugHook } from './review-debug';

export function ReviewOverlay() {
  const review = useReview();
  useEffect(() => installReviewDebugHook(review), [review]);
  return (
    <>
      <WalkHud />
      <TourCaption />
    </>
  );
}
