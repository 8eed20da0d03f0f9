// The review tools' HTML layer over the 3D view (mounted by HallScene outside the canvas): walk controls
// and mini-map, the tour caption, presentation mode, the read-only badge, and the review test hook.
import { useEffect } from 'react';
import { WalkHud } from './WalkHud';
import { Minimap } from './Minimap';
import { TourCaption } from './TourCaption';
import { Presentation } from './Presentation';
import { ReadOnlyBadge } from './ReadOnlyBadge';
import { useReviewState } from './review-store';
import { useReview } from './use-review';
import { installReviewDebugHook } from './review-debug';

export function ReviewOverlay() {
  const review = useReview();
  useEffect(() => installReviewDebugHook(review), [review]);
  const presenting = useReviewState(review, (s) => s.presenting);
  return (
    <>
      <WalkHud />
      <Minimap />
      {!presenting && <TourCaption />}
      <Presentation />
      <ReadOnlyBadge />
    </>
  );
}
