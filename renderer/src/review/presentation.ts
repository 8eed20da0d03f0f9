// Presentation mode for the projector: full screen where the browser allows it, the editing UI hidden
// (a `presenting` class on <body>, styles.css), large legends, viewpoints stepped with the arrow keys,
// Esc leaves. Entering must happen in a user gesture (the Present button) for requestFullscreen.
import type { ReviewStore } from './review-store';

export function startPresentation(review: ReviewStore, doc: Document = document): void {
  review.set({ presenting: true });
  const el = doc.documentElement;
  if (!doc.fullscreenElement && typeof el.requestFullscreen === 'function') {
    el.requestFullscreen().catch(() => undefined); // refused (iframe, policy, headless): present in the window
  }
}

export function stopPresentation(review: ReviewStore, doc: Document = document): void {
  review.set({ presenting: false });
  if (doc.fullscreenElement) void doc.exitFullscreen().catch(() => undefined);
}

/** The tour step for a key in presentation mode, or 0 when the key is not a navigation key. */
export function presentationStep(key: string): 1 | -1 | 0 {
  if (key === 'ArrowRight' || key === 'PageDown' || key === ' ' || key === 'ArrowDown') return 1;
  if (key === 'ArrowLeft' || key === 'PageUp' || key === 'ArrowUp') return -1;
  return 0;
}
