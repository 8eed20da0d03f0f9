// Test hook of the review tools: window.__hallflowReview reads the walker and the review state (e2e tests
// check walking and collision with it). Reads only; carries no secrets.
import type { ReviewState, ReviewStore } from './review-store';
import type { Walker } from './walker';

export interface ReviewDebugHook {
  walker(): Walker;
  state(): ReviewState;
  tweening(): boolean;
  /** Client position of a plan point at height z (default the floor); null when behind the camera or no scene. */
  screenOf(x: number, y: number, z?: number): [number, number] | null;
}

declare global {
  interface Window {
    __hallflowReview?: ReviewDebugHook;
  }
}

export function installReviewDebugHook(review: ReviewStore): () => void {
  const hook: ReviewDebugHook = {
    walker: () => ({ ...review.walker }),
    state: () => review.getState(),
    tweening: () => review.tween.active,
    screenOf: (x, y, z) => review.screenOf?.(x, y, z) ?? null,
  };
  window.__hallflowReview = hook;
  return () => {
    if (window.__hallflowReview === hook) delete window.__hallflowReview;
  };
}
