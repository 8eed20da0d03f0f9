// "Add from library": pick a template (rack, cooling unit, CDU), then click the floor to place it.
import { useDocumentStore } from '../document/context';
import { useViewStore } from '../app/view-store';
import { LIBRARY, createCduFromTemplate, createCoolingUnitFromTemplate, createRackFromTemplate } from '../../../workers/model/library';
import { allIds, freshId } from '../document/edits';
import { snapCentre, tileSize } from '../document/geometry';

export function AddFromLibrary() {
  const store = useDocumentStore();
  const view = useViewStore();
  const start = (value: string) => {
    const [category, id] = value.split(':');
    if (!id) return;
    view.set({
      floorPickLabel: `Click the floor to place ${id} (Esc cancels)`,
      floorPick: (x, y) => {
        view.set({ floorPick: null, floorPickLabel: null });
        const doc = store.getState().doc;
        const taken = allIds(doc);
        const grid = tileSize(doc);
        if (category === 'racks') {
          const newId = freshId('R', taken);
          const r = createRackFromTemplate(id, { id: newId, name: newId, x, y, rotationDeg: 0, rowId: null });
          if (!r) return;
          [r.x, r.y] = snapCentre(x, y, r, grid);
          store.apply(`Add ${r.name}`, (d) => ({ ...d, racks: [...d.racks, r] }), [r.id]);
        } else if (category === 'coolingUnits') {
          const newId = freshId('CU', taken);
          const u = createCoolingUnitFromTemplate(id, { id: newId, name: newId, x, y, rotationDeg: 0 });
          if (!u) return;
          [u.x, u.y] = snapCentre(x, y, u, grid);
          store.apply(`Add ${u.name}`, (d) => ({ ...d, coolingUnits: [...d.coolingUnits, u] }), [u.id]);
        } else if (category === 'cdus') {
          const newId = freshId('CDU', taken);
          const c = createCduFromTemplate(id, { id: newId, name: newId, x, y, rotationDeg: 0 });
          if (!c) return;
          [c.x, c.y] = snapCentre(x, y, c, grid);
          store.apply(`Add ${c.name}`, (d) => ({ ...d, cdus: [...d.cdus, c] }), [c.id]);
        }
      },
    });
  };
  return (
    <select aria-label="Add from library" data-testid="add-from-library" value="" onChange={(e) => start(e.target.value)}>
      <option value="">Add from library…</option>
      <optgroup label="Racks">{LIBRARY.racks.map((t) => <option key={t.id} value={`racks:${t.id}`}>{t.name}</option>)}</optgroup>
      <optgroup label="Cooling units">{LIBRARY.coolingUnits.map((t) => <option key={t.id} value={`coolingUnits:${t.id}`}>{t.name}</option>)}</optgroup>
      <optgroup label="CDUs">{LIBRARY.cdus.map((t) => <option key={t.id} value={`cdus:${t.id}`}>{t.name}</option>)}</optgroup>
    </select>
  );
}
