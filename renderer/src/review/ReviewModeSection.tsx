// Review tab, review mode: present full screen, and the read-only switch (edits refused while on).
import { useDocumentStore } from '../document/context';
import { useReview } from './use-review';
import { startPresentation } from './presentation';
import { useReadOnly } from './ReadOnlyBadge';

export function ReviewModeSection() {
  const store = useDocumentStore();
  const review = useReview();
  const readOnly = useReadOnly();
  return (
    <section className="panel review-section">
      <h2>Review mode</h2>
      <div className="review-actions">
        <button type="button" data-testid="review-present" onClick={() => startPresentation(review)}>Present full screen</button>
        <label className="inline">
          <input type="checkbox" data-testid="review-readonly" checked={readOnly} onChange={(e) => store.setReadOnly(e.target.checked)} /> Read-only
        </label>
      </div>
      <p className="muted small">Open with <code>?review=1</code> to start read-only. Presentation: ← → step through the viewpoints, Esc leaves.</p>
    </section>
  );
}
