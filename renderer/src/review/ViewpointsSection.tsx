// Review tab, viewpoints: save the current camera as a viewpoint (undoable), rename, annotate with a note,
// reorder (the tour order), delete, fly there; the guided tour (next / previous with the note as a
// caption over the view) and "screenshot this view". Read-only (review mode, packages): fly, tour and
// screenshot only.
import { useState } from 'react';
import { useDocumentState, useDocumentStore } from '../document/context';
import { getPlatform } from '../platform';
import { useReviewState } from './review-store';
import { useReview } from './use-review';
import { addViewpoint, deleteViewpoint, moveViewpoint, updateViewpoint } from './viewpoint-edits';
import { endTour, goToViewpoint, stepTour } from './tour';
import { saveScreenshot, screenshotName } from './screenshot';
import { DraftField } from './DraftField';
import { useReadOnly } from './ReadOnlyBadge';

export function ViewpointsSection() {
  const store = useDocumentStore();
  const review = useReview();
  const viewpoints = useDocumentState((s) => s.doc.viewpoints);
  const fileName = useDocumentState((s) => s.fileName);
  const tourIndex = useReviewState(review, (s) => s.tourIndex);
  const readOnly = useReadOnly();
  const [message, setMessage] = useState('');
  const doc = () => store.getState().doc;

  const save = () => {
    const pose = review.currentPose?.();
    if (!pose) return;
    let id = '';
    store.apply('Save viewpoint', (d) => {
      const r = addViewpoint(d, pose);
      id = r.id;
      return r.doc;
    });
    setMessage(id ? `Saved ${id}` : '');
  };
  const shot = async () => {
    const name = tourIndex !== null ? viewpoints[tourIndex]?.name ?? 'view' : 'view';
    setMessage(await saveScreenshot(review, getPlatform(), screenshotName(fileName, name)));
  };

  return (
    <section className="panel review-section" data-testid="viewpoints">
      <h2>Viewpoints <span className="muted">({viewpoints.length})</span></h2>
      <div className="review-actions">
        {!readOnly && <button type="button" className="primary" data-testid="vp-save" onClick={save}>Save current view</button>}
        <button type="button" data-testid="vp-screenshot" onClick={() => void shot()}>Screenshot</button>
      </div>
      {viewpoints.length === 0 && <p className="muted small">{readOnly ? 'No viewpoints saved in this project.' : 'No viewpoints yet: frame a view, then save it.'}</p>}
      <ol className="review-list">
        {viewpoints.map((v, i) => (
          <li key={v.id} className={tourIndex === i ? 'on' : ''} data-testid={`vp-${i}`}>
            <div className="review-row">
              <DraftField label="Viewpoint name" testId={`vp-name-${i}`} value={v.name} disabled={readOnly}
                onCommit={(name) => store.apply('Rename viewpoint', (d) => updateViewpoint(d, v.id, { name }))} />
              <button type="button" data-testid={`vp-go-${i}`} title="Fly there" onClick={() => goToViewpoint(review, doc(), i)}>Go</button>
              {!readOnly && (
                <>
                  <button type="button" title="Earlier in the tour" disabled={i === 0} onClick={() => store.apply('Reorder viewpoints', (d) => moveViewpoint(d, v.id, -1))}>↑</button>
                  <button type="button" title="Later in the tour" disabled={i === viewpoints.length - 1} onClick={() => store.apply('Reorder viewpoints', (d) => moveViewpoint(d, v.id, 1))}>↓</button>
                  <button type="button" className="danger" data-testid={`vp-delete-${i}`} title="Delete viewpoint" onClick={() => store.apply('Delete viewpoint', (d) => deleteViewpoint(d, v.id))}>✕</button>
                </>
              )}
            </div>
            {readOnly ? (v.note && <p className="muted small">{v.note}</p>) : <DraftField label="Tour note" multiline placeholder="Note shown as the tour caption" value={v.note}
              onCommit={(note) => store.apply('Viewpoint note', (d) => updateViewpoint(d, v.id, { note }))} />}
          </li>
        ))}
      </ol>
      {viewpoints.length > 0 && (
        <div className="review-actions">
          <button type="button" data-testid="tour-prev" onClick={() => stepTour(review, doc(), -1)}>◀ Previous</button>
          <button type="button" data-testid="tour-next" onClick={() => stepTour(review, doc(), 1)}>{tourIndex === null ? 'Start tour ▶' : 'Next ▶'}</button>
          {tourIndex !== null && <button type="button" onClick={() => endTour(review)}>End tour</button>}
        </div>
      )}
      {message && <p className="muted small" data-testid="vp-message">{message}</p>}
    </section>
  );
}
