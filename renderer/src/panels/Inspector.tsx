// Inspector: edits the selected objects (several at once when they are of one kind) or, with nothing
// selected, the hall itself (project, envelope, design criteria, plant, piping). Every number is shown and
// typed in the project's units; every edit is one undo step.
import { useMemo } from 'react';
import type { z } from 'zod';
import { useDocumentState, useDocumentStore } from '../document/context';
import { findObject, type Collection } from '../document/geometry';
import { setField, setIn } from '../document/edits';
import * as S from '../../../workers/model/schema';
import { fieldsOf, titleOf } from './schema-fields';
import { FieldsView } from './FieldsView';
import { defaultFor } from './field-defaults';

const SKIP = new Set(['id', 'templateId', 'rackIds', 'rowId', 'point', 'replies']);

function schemaFor(collection: Collection, object: Record<string, unknown>): z.ZodType | null {
  switch (collection) {
    case 'racks': return S.Rack;
    case 'coolingUnits': return object.kind === 'inRow' ? S.InRowCooler : S.Crah;
    case 'cdus': return S.Cdu;
    case 'tiles': return S.PerforatedTile;
    case 'columns': return S.Column;
    case 'containment': return S.Containment;
    case 'walls': return S.Wall;
    case 'rows': return S.Row;
    default: return null;
  }
}

const COLLECTION_TITLE: Record<Collection, string> = {
  racks: 'Rack', coolingUnits: 'Cooling unit', cdus: 'CDU', tiles: 'Perforated tile', columns: 'Column',
  containment: 'Containment', walls: 'Wall', rows: 'Row',
};

export function Inspector() {
  const store = useDocumentStore();
  const doc = useDocumentState((s) => s.settledDoc);
  const selection = useDocumentState((s) => s.selection);
  const found = useMemo(() => selection.map((id) => findObject(doc, id)).filter((f) => f != null), [doc, selection]);
  const collections = new Set(found.map((f) => f.collection));
  const kinds = new Set(found.map((f) => (f.collection === 'coolingUnits' ? (f.object.kind === 'inRow' ? 'inRow' : 'crah') : f.collection)));

  if (found.length === 0) return <HallInspector />;
  if (collections.size > 1 || kinds.size > 1) {
    return (
      <section className="panel inspector" data-testid="inspector">
        <h2>Selection</h2>
        <p className="muted">{found.length} objects of different kinds selected. Select one kind to edit them together.</p>
      </section>
    );
  }
  const collection = found[0].collection;
  const schema = schemaFor(collection, found[0].object);
  if (!schema) return null;
  const values = found.map((f) => f.object);
  const ids = found.map((f) => f.object.id);
  const single = found.length === 1 ? found[0].object : null;
  return (
    <section className="panel inspector" data-testid="inspector">
      <h2>
        {COLLECTION_TITLE[collection]}
        {single ? `: ${String(single.name ?? single.id)}` : ` × ${found.length}`}
      </h2>
      {single && (
        <p className="muted small">
          id {single.id}
          {typeof single.templateId === 'string' && <> · template {single.templateId}</>}
        </p>
      )}
      {collection === 'racks' && <RowSelect ids={ids} values={values} />}
      <FieldsView
        fields={fieldsOf(schema, SKIP)}
        values={values}
        defaultFor={(key, vs) => defaultFor(key, vs)}
        onSet={(path, value) => {
          store.apply(`Edit ${titleOf(String(path[path.length - 1]))}`, (d) => ids.reduce((acc, id) => setField(acc, id, path, value), d));
        }}
      />
    </section>
  );
}

function RowSelect({ ids, values }: { ids: string[]; values: Record<string, unknown>[] }) {
  const store = useDocumentStore();
  const rows = useDocumentState((s) => s.doc.rows);
  const v = values.every((x) => x.rowId === values[0].rowId) ? String(values[0].rowId ?? '') : '*';
  return (
    <label className="field">
      <span className="field-label">Row</span>
      <select value={v} onChange={(e) => {
        const rowId = e.target.value || null;
        store.apply('Edit row', (d) => ids.reduce((acc, id) => setField(acc, id, ['rowId'], rowId), d));
      }}>
        {v === '*' && <option value="*">mixed</option>}
        <option value="">(none)</option>
        {rows.map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
      </select>
    </label>
  );
}

const HALL_SECTIONS: { key: 'meta' | 'envelope' | 'criteria' | 'plant' | 'piping'; title: string; schema: z.ZodType; skip?: string[] }[] = [
  { key: 'meta', title: 'Project', schema: S.Meta, skip: ['created', 'modified'] },
  { key: 'envelope', title: 'Hall envelope', schema: S.Envelope, skip: ['walls', 'columns'] },
  { key: 'criteria', title: 'Design criteria', schema: S.Criteria },
  { key: 'plant', title: 'Facility water plant', schema: S.Plant },
  { key: 'piping', title: 'Liquid loop piping', schema: S.Piping },
];

function HallInspector() {
  const store = useDocumentStore();
  const doc = useDocumentState((s) => s.settledDoc);
  return (
    <section className="panel inspector" data-testid="inspector">
      <h2>Hall: {doc.meta.name}</h2>
      <p className="muted small">Nothing selected — editing the hall. Click a rack or unit to edit it.</p>
      {HALL_SECTIONS.map((sec) => (
        <details key={sec.key} open={sec.key === 'envelope'}>
          <summary>{sec.title}</summary>
          <FieldsView
            fields={fieldsOf(sec.schema, new Set(sec.skip ?? []))}
            values={[doc[sec.key] as unknown as Record<string, unknown>]}
            path={[sec.key]}
            defaultFor={(key, vs) => defaultFor(key, vs)}
            onSet={(path, value) => store.apply(`Edit ${titleOf(String(path[path.length - 1]))}`, (d) => setIn(d, path, value) as typeof d)}
          />
        </details>
      ))}
    </section>
  );
}
