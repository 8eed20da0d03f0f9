// Outline of the project: rows with their racks, cooling units, CDUs, tiles, containment, columns.
// Click selects (shift/ctrl toggles); the list is virtualised by collapsing groups (5,000 racks stay fast).
import { useMemo, useState } from 'react';
import { useDocumentState, useDocumentStore } from '../document/context';
import type { HallDocument } from '../../../workers/model/schema';

interface Group {
  key: string;
  title: string;
  items: { id: string; label: string }[];
}

function groupsOf(doc: HallDocument): Group[] {
  const byRow = new Map<string | null, { id: string; label: string }[]>();
  for (const r of doc.racks) {
    const l = byRow.get(r.rowId) ?? [];
    l.push({ id: r.id, label: `${r.name}` });
    byRow.set(r.rowId, l);
  }
  const groups: Group[] = doc.rows.map((row) => ({ key: row.id, title: row.name, items: byRow.get(row.id) ?? [] }));
  const loose = byRow.get(null);
  if (loose?.length) groups.push({ key: 'racks-loose', title: 'Racks (no row)', items: loose });
  const named = (l: { id: string; name?: string }[]) => l.map((o) => ({ id: o.id, label: o.name || o.id }));
  groups.push({ key: 'cooling', title: 'Cooling units', items: named(doc.coolingUnits) });
  groups.push({ key: 'cdus', title: 'CDUs', items: named(doc.cdus) });
  groups.push({ key: 'containment', title: 'Containment', items: named(doc.containment) });
  groups.push({ key: 'tiles', title: 'Perforated tiles', items: named(doc.tiles) });
  groups.push({ key: 'columns', title: 'Columns', items: named(doc.envelope.columns) });
  return groups.filter((g) => g.items.length > 0 || g.key.startsWith('ROW'));
}

export function Outline() {
  const store = useDocumentStore();
  const doc = useDocumentState((s) => s.settledDoc);
  const selection = useDocumentState((s) => s.selection);
  const groups = useMemo(() => groupsOf(doc), [doc]);
  const selected = useMemo(() => new Set(selection), [selection]);
  const [open, setOpen] = useState<Record<string, boolean>>({});
  return (
    <section className="panel outline" data-testid="outline">
      <h2>Project</h2>
      <p className="muted small">{doc.meta.name} · {doc.racks.length} racks</p>
      <ul className="tree">
        {groups.map((g) => {
          const isOpen = open[g.key] ?? g.items.some((i) => selected.has(i.id));
          const anySel = g.items.some((i) => selected.has(i.id));
          return (
            <li key={g.key}>
              <div className={`tree-group${anySel ? ' has-selection' : ''}`}>
                <button type="button" className="twisty" aria-label={isOpen ? 'Collapse' : 'Expand'} onClick={() => setOpen({ ...open, [g.key]: !isOpen })}>
                  {isOpen ? '▾' : '▸'}
                </button>
                <button type="button" className="tree-title" onClick={(e) => store.select(g.items.map((i) => i.id), e.shiftKey || e.ctrlKey || e.metaKey ? 'add' : 'replace')}>
                  {g.title} <span className="muted">({g.items.length})</span>
                </button>
              </div>
              {isOpen && (
                <ul>
                  {g.items.map((i) => (
                    <li key={i.id}>
                      <button type="button" className={`tree-item${selected.has(i.id) ? ' selected' : ''}`}
                        onClick={(e) => store.select([i.id], e.shiftKey || e.ctrlKey || e.metaKey ? 'toggle' : 'replace')}>
                        {i.label}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
