// Review tab, review mode: present full screen, the read-only switch (edits refused while on) and, in the
// app, "Export review package" (package/ExportPackage.tsx). Inside a package (`packaged`) the page is
// always read-only: no switch, no export.
import { useDocumentStore } from '../document/context';
import { useReview } from './use-review';
import { startPresentation } from './presentation';
import { useReadOnly } from './ReadOnlyBadge';
import { ExportPackage } from './package/ExportPackage';

export function ReviewModeSection({ packaged = false }: { packaged?: boolean }) {
  const store = useDocumentStore();
  const review = useReview();
  const readOnly = useReadOnly();
  return (
    <section className="panel review-section">
      <h2>Review mode</h2>
      <div className="review-actions">
        <button type="button" data-testid="review-present" onClick={() => startPresentation(review)}>Present full screen</button>
        {!packaged && (
          <label className="inline">
            <input type="checkbox" data-testid="review-readonly" checked={readOnly} onChange={(e) => store.setReadOnly(e.target.checked)} /> Read-only
          </label>
        )}
      </div>
      {packaged ? (
        <p className="muted small">A review package: read-only, with the results it was made with. Presentation: ← → step through the viewpoints, Esc leaves.</p>
      ) : (
        <>
          <p className="muted small">Open with <code>?review=1</code> to start read-only. Presentation: ← → step through the viewpoints, Esc leaves.</p>
          <ExportPackage />
        </>
      )}
    </section>
  );
}
