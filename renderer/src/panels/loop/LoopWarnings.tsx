// Warnings of the latest loop result (or of a failure); a click on a rack or CDU warning selects it.
// Values are shown in the project's units: the engine sends a template and the values with their
// quantity kinds (the SI message is the fallback).
import type { LoopWarning } from '../../../../workers/loop';
import { useDocumentStore } from '../../document/context';
import { useUnits, type Units } from '../units';

/** The warning's text in the project's units (its template filled with formatted values), else its SI message. */
export function warningText(w: LoopWarning, u: Pick<Units, 'fmt'>): string {
  const values = w.values;
  if (w.template === undefined || values === undefined) return w.message;
  return w.template.replace(/\{(\d+)\}/g, (all, i: string) => {
    const v = values[Number(i)];
    return v === undefined ? all : u.fmt(v.value, v.quantity);
  });
}

const SHOWN = 200;

export function LoopWarnings({ warnings }: { warnings: readonly LoopWarning[] }) {
  const store = useDocumentStore();
  const u = useUnits();
  const n = warnings.filter((w) => w.severity === 'warning').length;
  return (
    <section className="panel" data-testid="loop-warnings">
      <h2>Warnings <span className={`count ${n ? 'warn' : 'ok'}`}>{n}</span>{warnings.length > n && <span className="muted small">+{warnings.length - n} info</span>}</h2>
      {warnings.length === 0 && <p className="muted small">No warnings.</p>}
      <ul className="issue-list">
        {warnings.slice(0, SHOWN).map((w, k) => {
          const selectable = w.elementKind === 'rack' || w.elementKind === 'cdu';
          const text = <><span className="sev">{w.severity === 'warning' ? '⚠' : 'ℹ'}</span> {warningText(w, u)}</>;
          return (
            <li key={k} className={w.severity}>
              {selectable
                ? <button type="button" title="Select in the hall" onClick={() => store.select([w.elementId])}>{text}</button>
                : <span className="loop-warning" title={`${w.elementKind} ${w.elementId} (${w.code})`}>{text}</span>}
            </li>
          );
        })}
        {warnings.length > SHOWN && <li className="muted">… and {warnings.length - SHOWN} more</li>}
      </ul>
    </section>
  );
}
