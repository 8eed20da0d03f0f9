// A numeric field shown and typed in the project's units. Accepts any compatible unit ("30 kW",
// "150 CFM/kW"); a bad entry shows the field name and the reason and changes nothing.
import { useEffect, useState } from 'react';
import type { QuantityKind } from '../../../workers/model/quantity';
import { useUnits } from './units';

export interface QuantityFieldProps {
  label: string;
  kind: QuantityKind;
  value: number | null;
  /** Shown when several selected objects differ. */
  mixed?: boolean;
  assumption?: boolean;
  source?: string;
  onCommit(valueSI: number): string | null;
  testId?: string;
}

export function QuantityField({ label, kind, value, mixed, assumption, source, onCommit, testId }: QuantityFieldProps) {
  const u = useUnits();
  const shown = mixed || value == null ? '' : u.fmt(value, kind);
  const [text, setText] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setText(shown);
    setError(null);
  }, [shown]);
  const commit = () => {
    if (text.trim() === shown.trim()) return;
    const r = u.parse(text, kind);
    if (!r.ok) return setError(`${label}: ${r.error}`);
    const err = onCommit(r.value);
    setError(err ? `${label}: ${err}` : null);
    if (err) return;
  };
  return (
    <label className={`field${error ? ' invalid' : ''}`} title={source}>
      <span className="field-label">
        {label}
        {assumption && <span className="badge assumption" title="Default is a labelled assumption (no verified source)">assumption</span>}
      </span>
      <input
        data-testid={testId}
        value={text}
        placeholder={mixed ? 'mixed' : u.unit(kind)}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
          if (e.key === 'Escape') {
            setText(shown);
            setError(null);
          }
        }}
      />
      {error && <span className="field-error" role="alert">{error}</span>}
    </label>
  );
}
