// Presentation overlay: while the review store says `presenting`, marks <body> (CSS hides the toolbar,
// panels and status bar and enlarges the legends), shows the hall name and the way out, takes the arrow
// keys for the tour (window capture listener, so the app's nudge shortcuts never fire) and Esc to leave;
// leaving full screen by the browser's own Esc also ends the presentation.
import { useEffect } from 'react';
import { useDocumentState, useDocumentStore } from '../document/context';
import { useViewStore } from '../app/view-store';
import { useReviewState } from './review-store';
import { useReview } from './use-review';
import { presentationStep, stopPresentation } from './presentation';
import { stepTour } from './tour';
import { TourCaption } from './TourCaption';

export function Presentation() {
  const review = useReview();
  const view = useViewStore();
  const store = useDocumentStore();
  const presenting = useReviewState(review, (s) => s.presenting);
  const title = useDocumentState((s) => s.doc.meta.name);
  const stops = useDocumentState((s) => s.doc.viewpoints.length);

  useEffect(() => {
    if (!presenting) return;
    document.body.classList.add('presenting');
    let wasFull = !!document.fullscreenElement;
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT')) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        stopPresentation(review);
        return;
      }
      const step = view.getState().camera === 'walk' ? 0 : presentationStep(e.key);
      if (step === 0) return;
      e.preventDefault();
      e.stopPropagation();
      stepTour(review, store.getState().doc, step);
    };
    const onFull = () => {
      if (document.fullscreenElement) wasFull = true;
      else if (wasFull) stopPresentation(review);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    document.addEventListener('fullscreenchange', onFull);
    // the viewport changes size: the canvas follows through its resize observer
    return () => {
      document.body.classList.remove('presenting');
      window.removeEventListener('keydown', onKey, { capture: true });
      document.removeEventListener('fullscreenchange', onFull);
    };
  }, [presenting, review, view, store]);

  if (!presenting) return null;
  return (
    <>
      <div className="present-bar" data-testid="present-bar">
        <strong>{title}</strong>
        <span>{stops > 0 ? '← → viewpoints' : 'No viewpoints saved'} · Esc leaves</span>
        <button type="button" data-testid="present-leave" onClick={() => stopPresentation(review)}>Leave</button>
      </div>
      <TourCaption large />
    </>
  );
}
