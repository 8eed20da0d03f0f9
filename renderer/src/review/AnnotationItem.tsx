// One review comment in the list: text, author and date, status (open / resolved), replies and a reply
// field; clicking the text focuses it (its pin turns blue) and flies the camera to the pin — while walking,
// the walker goes to stand in front of the pinned object or point instead (walk-fit.ts). When its pin is
// clicked in 3D (review store revealSeq) the item scrolls into view. Edits are undoable document edits;
// read-only (review mode, packages) shows the comment and its replies without the editing controls.
import { useEffect, useRef, useState } from 'react';
import type { AnnotationT } from '../../../workers/model/schema';
import { useDocumentStore } from '../document/context';
import { planToScene } from '../scene/coords';
import { useReviewState } from './review-store';
import { useViewStore } from '../app/view-store';
import { standFacingPoint, standInFront } from './walk-fit';
import { walkerPose } from './walker';
import { useReview } from './use-review';
import { addReply, deleteAnnotation, pinPosition, setAnnotationStatus } from './annotation-edits';

interface Props { a: AnnotationT; index: number; author: string; focused: boolean; readOnly: boolean }

export function AnnotationItem({ a, index, author, focused, readOnly }: Props) {
  const store = useDocumentStore();
  const review = useReview();
  const view = useViewStore();
  const revealSeq = useReviewState(review, (s) => s.revealSeq);
  const item = useRef<HTMLLIElement>(null);
  const [reply, setReply] = useState('');
  useEffect(() => {
    if (focused && revealSeq > 0) item.current?.scrollIntoView?.({ block: 'nearest' });
  }, [focused, revealSeq]);
  const fly = () => {
    const doc = store.getState().doc;
    review.set({ focusedAnnotation: a.id });
    if (view.getState().camera === 'walk') {
      const goal = { ...review.walker };
      if (!a.objectId || !standInFront(doc, [a.objectId], goal)) standFacingPoint(doc, a.point[0], a.point[1], goal);
      return review.flyTo(walkerPose(goal), 'walk');
    }
    const [x, y, z] = planToScene(...pinPosition(doc, a));
    review.flyTo({ position: [x - 4, y + 6, z + 7], target: [x, y, z] }, 'orbit');
  };
  const sendReply = () => {
    const text = reply.trim();
    if (!text) return;
    if (store.apply('Reply', (d) => addReply(d, a.id, { author: author || 'Anonymous', created: new Date().toISOString(), text }))) setReply('');
  };
  return (
    <li ref={item} className={`annotation ${a.status}${focused ? ' on' : ''}`} data-testid={`annotation-${index}`} data-focused={focused || undefined}>
      <button type="button" className="annotation-text" data-testid={`annotation-go-${index}`} title="Fly to the pin" onClick={fly}>{a.text || '(no text)'}</button>
      <div className="muted small">
        {a.author || 'Anonymous'} · {a.created.slice(0, 10)}{a.objectId ? ` · on ${a.objectId}` : ''}{readOnly ? ` · ${a.status}` : ''}
      </div>
      {a.replies.map((r, i) => (
        <div key={i} className="annotation-reply small"><strong>{r.author || 'Anonymous'}:</strong> {r.text}</div>
      ))}
      {!readOnly && (
        <div className="review-row">
          <input aria-label="Reply" placeholder="Reply…" value={reply} onChange={(e) => setReply(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && sendReply()} />
          <button type="button" disabled={!reply.trim()} onClick={sendReply}>Reply</button>
          <button type="button" data-testid={`annotation-status-${index}`}
            onClick={() => store.apply(a.status === 'open' ? 'Resolve comment' : 'Reopen comment', (d) => setAnnotationStatus(d, a.id, a.status === 'open' ? 'resolved' : 'open'))}>
            {a.status === 'open' ? 'Resolve' : 'Reopen'}
          </button>
          <button type="button" className="danger" title="Delete comment" onClick={() => store.apply('Delete comment', (d) => deleteAnnotation(d, a.id))}>✕</button>
        </div>
      )}
    </li>
  );
}
