// Renders schema fields for one or more objects (values differing across the selection show as mixed)
// and reports edits as (path, value). Used by the inspector for racks, equipment and hall settings.
import { useEffect, useState } from 'react';
import type { FieldSpec } from './schema-fields';
import { checkValue } from './schema-fields';
import { QuantityField } from './QuantityField';

type Path = (string | number)[];

export interface FieldsViewProps {
  fields: FieldSpec[];
  values: Record<string, unknown>[];
  path?: Path;
  onSet(path: Path, value: unknown): void;
  /** Default value for a nullable object being added (e.g. a rear door from the library). */
  defaultFor?(key: string, values: Record<string, unknown>[]): unknown;
}

function same(values: unknown[]): boolean {
  return values.every((v) => v === values[0]);
}

export function FieldsView({ fields, values, path = [], onSet, defaultFor }: FieldsViewProps) {
  return (
    <div className="fields">
      {fields.map((f) => {
        const vs = values.map((v) => v?.[f.key]);
        const p = [...path, f.key];
        const key = p.join('.');
        switch (f.type) {
          case 'quantity': {
            const mixed = !same(vs);
            return (
              <QuantityField
                key={key}
                testId={`field-${key}`}
                label={f.title}
                kind={f.meta.quantity}
                value={mixed ? null : (vs[0] as number | null)}
                mixed={mixed}
                assumption={f.meta.assumption}
                source={f.meta.source}
                onCommit={(v) => {
                  const err = checkValue(f.schema, v);
                  if (!err) onSet(p, v);
                  return err;
                }}
              />
            );
          }
          case 'enum':
            return (
              <label key={key} className="field">
                <span className="field-label">{f.title}</span>
                <select data-testid={`field-${key}`} value={same(vs) ? String(vs[0]) : ''} onChange={(e) => onSet(p, e.target.value)}>
                  {!same(vs) && <option value="">mixed</option>}
                  {f.options.map((o) => <option key={o} value={o}>{o}</option>)}
                </select>
              </label>
            );
          case 'boolean':
            return (
              <label key={key} className="field check">
                <input type="checkbox" data-testid={`field-${key}`} checked={vs[0] === true} ref={(el) => { if (el) el.indeterminate = !same(vs); }}
                  onChange={(e) => onSet(p, e.target.checked)} />
                <span className="field-label">{f.title}</span>
              </label>
            );
          case 'text':
            return <TextField key={key} label={f.title} mixed={!same(vs)} value={same(vs) ? String(vs[0] ?? '') : ''} onCommit={(v) => {
              const err = checkValue(f.schema, v);
              if (!err) onSet(p, v);
              return err;
            }} />;
          case 'object': {
            const present = vs.filter((v) => v != null) as Record<string, unknown>[];
            return (
              <fieldset key={key} className="group">
                <legend>{f.title}</legend>
                {f.nullable && present.length === 0 && (
                  <button type="button" onClick={() => onSet(p, defaultFor?.(f.key, values) ?? null)} disabled={!defaultFor?.(f.key, values)}>
                    Add {f.title.toLowerCase()}
                  </button>
                )}
                {present.length > 0 && present.length === vs.length && (
                  <FieldsView fields={f.fields} values={present} path={p} onSet={onSet} defaultFor={defaultFor} />
                )}
                {present.length > 0 && present.length < vs.length && <p className="muted">Only some of the selection have one.</p>}
                {f.nullable && present.length > 0 && (
                  <button type="button" className="danger" onClick={() => onSet(p, null)}>Remove</button>
                )}
              </fieldset>
            );
          }
          case 'union': {
            const tags = vs.map((v) => (v as Record<string, unknown> | undefined)?.[f.discriminator]);
            const tag = same(tags) ? String(tags[0]) : '';
            const variant = f.variants.find((v) => v.tag === tag);
            return (
              <fieldset key={key} className="group">
                <legend>{f.title}</legend>
                <label className="field">
                  <span className="field-label">Specified as</span>
                  <select value={tag} onChange={(e) => {
                    const nv = defaultFor?.(`${f.key}:${e.target.value}`, values);
                    if (nv) onSet(p, nv);
                  }}>
                    {!tag && <option value="">mixed</option>}
                    {f.variants.map((v) => <option key={v.tag} value={v.tag}>{v.tag}</option>)}
                  </select>
                </label>
                {variant && <FieldsView fields={variant.fields} values={vs as Record<string, unknown>[]} path={p} onSet={onSet} />}
              </fieldset>
            );
          }
        }
        return null;
      })}
    </div>
  );
}

function TextField({ label, value, mixed, onCommit }: { label: string; value: string; mixed?: boolean; onCommit(v: string): string | null }) {
  const [text, setText] = useState(value);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(value), [value]);
  return (
    <label className={`field${error ? ' invalid' : ''}`}>
      <span className="field-label">{label}</span>
      <input value={text} placeholder={mixed ? 'mixed' : ''} onChange={(e) => setText(e.target.value)} onBlur={() => {
        if (text === value) return;
        const err = onCommit(text);
        setError(err ? `${label}: ${err}` : null);
      }} onKeyDown={(e) => { if (e.key === 'Enter') (e.target as HTMLInputElement).blur(); }} />
      {error && <span className="field-error" role="alert">{error}</span>}
    </label>
  );
}
