// Review tab, comments: pin a comment to the selected object or to a clicked floor point (view store
// floorPick), with the reviewer's name (remembered in localStorage); the list filtered by status.
// Pins are drawn in the 3D view (scene/review-pins.tsx); clicking one focuses its comment here (the filter
// switches to All if it hid it). Read-only: the list only.
import { useEffect, useState } from 'react';
import { useViewStore } from '../app/view-store';
import { useDocumentState, useDocumentStore } from '../document/context';
import { useReviewState } from './review-store';
import { useReview } from './use-review';
import { addAnnotation, objectAnchor } from './annotation-edits';
import { loadAuthor, saveAuthor } from './author';
import { AnnotationItem } from './AnnotationItem';
import { useReadOnly } from './ReadOnlyBadge';

type Filter = 'all' | 'open' | 'resolved';

export function AnnotationsSection() {
  const store = useDocumentStore();
  const view = useViewStore();
  const review = useReview();
  const annotations = useDocumentState((s) => s.doc.annotations);
  const selection = useDocumentState((s) => s.selection);
  const focused = useReviewState(review, (s) => s.focusedAnnotation);
  const readOnly = useReadOnly();
  const [author, setAuthor] = useState(() => loadAuthor());
  const [text, setText] = useState('');
  const [filter, setFilter] = useState<Filter>('all');
  const revealSeq = useReviewState(review, (s) => s.revealSeq);
  useEffect(() => {
    if (revealSeq > 0) setFilter('all');
  }, [revealSeq]);
  const anchorId = selection.length === 1 && objectAnchor(store.getState().doc, selection[0]) ? selection[0] : null;

  const add = (objectId: string | null, point: [number, number, number]) => {
    let id = '';
    store.apply('Add comment', (d) => {
      const r = addAnnotation(d, { author: author.trim() || 'Anonymous', text: text.trim(), objectId, point, created: new Date().toISOString() });
      id = r.id;
      return r.doc;
    });
    if (id) {
      setText('');
      review.set({ focusedAnnotation: id });
    }
  };
  const pinToSelection = () => {
    const p = anchorId ? objectAnchor(store.getState().doc, anchorId) : null;
    if (anchorId && p) add(anchorId, p);
  };
  const pinToPoint = () => {
    view.set({
      floorPick: (x, y) => {
        view.set({ floorPick: null, floorPickLabel: null });
        add(null, [Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000, 0]);
      },
      floorPickLabel: 'Comment: click a point on the floor',
    });
  };
  const shown = annotations.map((a, i) => [a, i] as const).filter(([a]) => filter === 'all' || a.status === filter);
  const open = annotations.filter((a) => a.status === 'open').length;

  return (
    <section className="panel review-section" data-testid="annotations">
      <h2>Comments <span className="muted">({open} open / {annotations.length})</span></h2>
      {!readOnly && (
        <>
          <div className="review-row">
            <input aria-label="Your name" data-testid="annotation-author" placeholder="Your name" value={author}
              onChange={(e) => { setAuthor(e.target.value); saveAuthor(e.target.value); }} />
          </div>
          <textarea aria-label="Comment" data-testid="annotation-text" rows={2} placeholder="Comment…" value={text} onChange={(e) => setText(e.target.value)} />
          <div className="review-actions">
            <button type="button" data-testid="annotation-pin-selection" disabled={!text.trim() || !anchorId} onClick={pinToSelection}
              title={anchorId ? `Pin to ${anchorId}` : 'Select one object first'}>Pin to selection</button>
            <button type="button" data-testid="annotation-pin-point" disabled={!text.trim()} onClick={pinToPoint}>Pin to a floor point…</button>
          </div>
        </>
      )}
      <div className="segmented" role="group" aria-label="Show comments">
        {(['all', 'open', 'resolved'] as const).map((f) => (
          <button key={f} type="button" data-testid={`annotation-filter-${f}`} className={filter === f ? 'on' : ''} onClick={() => setFilter(f)}>
            {f[0].toUpperCase() + f.slice(1)}
          </button>
        ))}
      </div>
      <ol className="review-list" data-testid="annotation-list">
        {shown.map(([a, i]) => <AnnotationItem key={a.id} a={a} index={i} author={author.trim()} focused={focused === a.id} readOnly={readOnly} />)}
      </ol>
      {shown.length === 0 && <p className="muted small">No comments{filter !== 'all' ? ` (${filter})` : ''}.</p>}
    </section>
  );
}
