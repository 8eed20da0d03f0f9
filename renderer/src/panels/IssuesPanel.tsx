// Design warnings of the layout (out of the hall, overlaps, unknown templates…); click one to select its object.
import { useDocumentStore } from '../document/context';
import { useDesignIssues } from '../app/use-design-issues';

export function IssuesPanel() {
  const store = useDocumentStore();
  const issues = useDesignIssues();
  return (
    <section className="panel issues" data-testid="issues">
      <h2>Layout checks <span className={`count ${issues.length ? 'warn' : 'ok'}`}>{issues.length}</span></h2>
      {issues.length === 0 && <p className="muted small">No overlaps, nothing outside the hall.</p>}
      <ul className="issue-list">
        {issues.slice(0, 200).map((i, k) => (
          <li key={k} className={i.severity}>
            <button type="button" onClick={() => i.objectId && store.select([i.objectId])}>
              <span className="sev">{i.severity === 'error' ? '✖' : '⚠'}</span> {i.message}
            </button>
          </li>
        ))}
        {issues.length > 200 && <li className="muted">… and {issues.length - 200} more</li>}
      </ul>
    </section>
  );
}
