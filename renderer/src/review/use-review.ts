// The review tools' store of this window, reached through the view store (one per window).
import { useViewStore } from '../app/view-store';
import type { ReviewStore } from './review-store';

export function useReview(): ReviewStore {
  return useViewStore().review;
}
