// Opens the Review tab when a comment pin is clicked in 3D (review store revealSeq), so the comment shows
// in the list. For the panel that owns the tabs (app RightPanel, the review package page).
import { useEffect, useRef } from 'react';
import { useReviewState } from './review-store';
import { useReview } from './use-review';

export function useRevealReviewTab(open: () => void): void {
  const review = useReview();
  const seq = useReviewState(review, (s) => s.revealSeq);
  const latest = useRef(open);
  useEffect(() => {
    latest.current = open;
  });
  useEffect(() => {
    if (seq > 0) latest.current();
  }, [seq]);
}
