// Inline editor of one loop component's override (the Liquid loop tab's component table): the fields that
// apply to its type — pipes and hoses: bore, length, minor-loss K, roughness; balancing valves: bore and
// K; Kv valves: Kv; cold plates, HX passes, strainers, coolers: ΔP at design flow, design flow, exponent;
// pumps: rated flow, rated head, relative speed; any: open/closed. Shown values are the override, else the generated value from the
// latest result where it has one. Every commit is one undoable document edit; values are checked against
// the schema's ranges first (a bad entry names the field and changes nothing).
import type { LinkKind, PipeLoopResult } from '../../../../workers/loop';
import type { QuantityKind } from '../../../../workers/model/quantity';
import { useDocumentState, useDocumentStore } from '../../document/context';
import { QuantityField } from '../QuantityField';
import { checkOverrideValue, clearLoopOverride, overrideOf, setLoopOverride, type OverrideField } from './overrides';

interface FieldSpec { field: OverrideField; label: string; kind: QuantityKind; current: (p: PipeLoopResult) => number | null }

const PIPE_KINDS: ReadonlySet<LinkKind> = new Set<LinkKind>(['tank-connection', 'pump-discharge', 'main', 'header', 'drop', 'hose', 'plant-run', 'fws-header', 'fws-branch']);

/** Power-law components ΔP = ΔP_d·(Q/Q_d)ⁿ (cold plates, HX passes, strainers, plant coolers). */
const COMPONENT_KINDS: ReadonlySet<LinkKind> = new Set<LinkKind>(['cold-plate', 'hx-secondary', 'hx-primary', 'strainer', 'plant-cooler']);

const BORE: FieldSpec = { field: 'diameter', label: 'Inside diameter', kind: 'length', current: (p) => p.diameter };

/** The override fields that apply to a component of this kind (as validate.ts and the solve apply them). */
export function fieldsFor(kind: LinkKind): FieldSpec[] {
  if (PIPE_KINDS.has(kind)) {
    return [
      BORE,
      { field: 'length', label: 'Length', kind: 'length', current: (p) => p.length },
      { field: 'minorLoss', label: 'Minor-loss K', kind: 'ratio', current: () => null },
      { field: 'roughness', label: 'Roughness', kind: 'length', current: () => null },
    ];
  }
  if (kind === 'balancing-valve') return [BORE, { field: 'setting', label: 'Valve K', kind: 'ratio', current: (p) => p.parameters?.setting ?? null }];
  if (kind === 'quick-disconnect' || kind === 'three-way-valve') return [{ field: 'kv', label: 'Kv', kind: 'flowCoefficient', current: (p) => p.parameters?.kv ?? null }];
  if (COMPONENT_KINDS.has(kind)) {
    return [
      { field: 'designPressureDrop', label: 'ΔP at design flow', kind: 'pressure', current: (p) => p.parameters?.designPressureDrop ?? null },
      { field: 'designFlow', label: 'Design flow', kind: 'liquidFlow', current: (p) => p.parameters?.designFlow ?? null },
      { field: 'exponent', label: 'ΔP exponent n', kind: 'ratio', current: (p) => p.parameters?.exponent ?? null },
    ];
  }
  if (kind === 'pump' || kind === 'plant-pump') {
    return [
      { field: 'ratedFlow', label: 'Rated flow', kind: 'liquidFlow', current: (p) => p.parameters?.ratedFlow ?? null },
      { field: 'ratedHead', label: 'Rated head', kind: 'head', current: (p) => p.parameters?.ratedHead ?? null },
      { field: 'speed', label: 'Relative speed', kind: 'ratio', current: (p) => p.parameters?.speed ?? null },
    ];
  }
  return [];
}

export function OverrideEditor({ pipe, onClose }: { pipe: PipeLoopResult; onClose(): void }) {
  const store = useDocumentStore();
  const o = useDocumentState((s) => overrideOf(s.doc, pipe.id));
  const set = (field: OverrideField, value: number | 'open' | 'closed' | undefined): string | null => {
    if (value !== undefined) {
      const bad = checkOverrideValue(field, value);
      if (bad) return bad;
    }
    store.apply(`Override ${pipe.id} ${field}`, (d) => setLoopOverride(d, pipe.id, { [field]: value }));
    return null;
  };
  return (
    <div className="panel override-editor" data-testid="override-editor" style={{ borderTop: '1px solid #e4e7ec', marginTop: 4, paddingTop: 4 }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }}>
        <strong>{pipe.id}</strong>
        <span className="muted small">{pipe.kind}, {pipe.side.toUpperCase()}</span>
      </div>
      {fieldsFor(pipe.kind).map((f) => {
        const own = o?.[f.field];
        return (
          <div key={f.field} style={{ display: 'flex', alignItems: 'flex-end', gap: 4 }}>
            <QuantityField label={`${f.label}${typeof own === 'number' ? ' (override)' : ''}`} kind={f.kind}
              value={typeof own === 'number' ? own : f.current(pipe)} testId={`override-field-${f.field}`}
              onCommit={(v) => set(f.field, v)} />
            {typeof own === 'number' && (
              <button type="button" className="link" data-testid={`override-reset-${f.field}`} title="Back to the generated value"
                onClick={() => set(f.field, undefined)}>reset</button>
            )}
          </div>
        );
      })}
      <label className="field">
        <span className="field-label">Status</span>
        <select data-testid="override-field-status" value={o?.status ?? ''}
          onChange={(e) => set('status', e.target.value === '' ? undefined : (e.target.value as 'open' | 'closed'))}>
          <option value="">as generated ({pipe.status})</option>
          <option value="open">open</option>
          <option value="closed">closed</option>
        </select>
      </label>
      <div style={{ display: 'flex', gap: 8 }}>
        <button type="button" data-testid="override-clear" disabled={o === null}
          onClick={() => store.apply(`Clear override of ${pipe.id}`, (d) => clearLoopOverride(d, pipe.id))}>Clear override</button>
        <button type="button" data-testid="override-close" onClick={onClose}>Close</button>
      </div>
      <p className="muted small">Saved in the project (undoable); the loop re-solves with it.</p>
    </div>
  );
}
