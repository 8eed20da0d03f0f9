// Array tool: places a row of N racks from a library template, starting at a typed or picked point,
// running along +x or +y, facing a chosen aisle. One undo step.
import { useState } from 'react';
import { useDocumentState, useDocumentStore } from '../document/context';
import { useViewStore } from '../app/view-store';
import { LIBRARY, rackTemplate } from '../../../workers/model/library';
import { addRowOfRacks } from '../document/edits';
import { tileSize } from '../document/geometry';
import { Modal } from './dialogs';
import { QuantityField } from './QuantityField';
import { useUnits } from './units';

export function ArrayToolDialog({ onClose }: { onClose: () => void }) {
  const store = useDocumentStore();
  const view = useViewStore();
  const doc = useDocumentState((s) => s.doc);
  const u = useUnits();
  const [templateId, setTemplateId] = useState(LIBRARY.racks[0]?.id ?? '');
  const [count, setCount] = useState(10);
  const [x, setX] = useState(doc.envelope.length / 2);
  const [y, setY] = useState(doc.envelope.width / 2);
  const [direction, setDirection] = useState<0 | 90>(0);
  const [facing, setFacing] = useState<0 | 180>(0);
  const [rowName, setRowName] = useState(`R${doc.rows.length + 1}`);
  const [error, setError] = useState<string | null>(null);
  const [picking, setPicking] = useState(false);
  const t = rackTemplate(templateId);

  const place = () => {
    if (!t) return setError('Template: choose a rack template');
    if (!Number.isInteger(count) || count < 1 || count > 500) return setError('Count: must be a whole number from 1 to 500');
    if (!rowName.trim()) return setError('Row name: must not be empty');
    const rotationDeg = direction === 0 ? facing : facing + 90;
    const r = addRowOfRacks(doc, {
      rack: { ...t.values, templateId: t.id, rotationDeg } as Parameters<typeof addRowOfRacks>[1]['rack'],
      count, x, y, directionDeg: direction, rowName: rowName.trim(), namePrefix: `${rowName.trim()}-`, grid: tileSize(doc),
    });
    store.apply(`Add row ${rowName} (${count} racks)`, () => r.doc, r.ids);
    onClose();
  };

  if (picking) return null;
  return (
    <Modal title="Add a row of racks" onClose={onClose} testId="array-dialog">
      <label className="field">
        <span className="field-label">Rack template</span>
        <select data-testid="array-template" value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
          {LIBRARY.racks.map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
        </select>
      </label>
      {t && <p className="muted small">{t.description} — {u.fmt(t.values.itLoad, 'power')}, {t.values.cooling}</p>}
      <label className="field">
        <span className="field-label">Number of racks</span>
        <input data-testid="array-count" type="number" min={1} max={500} value={count} onChange={(e) => setCount(Number(e.target.value))} />
      </label>
      <label className="field">
        <span className="field-label">Row name</span>
        <input data-testid="array-row-name" value={rowName} onChange={(e) => setRowName(e.target.value)} />
      </label>
      <QuantityField label="First rack X" kind="length" value={x} onCommit={(v) => { setX(v); return null; }} testId="array-x" />
      <QuantityField label="First rack Y" kind="length" value={y} onCommit={(v) => { setY(v); return null; }} testId="array-y" />
      <button type="button" onClick={() => {
        setPicking(true);
        view.set({
          floorPickLabel: 'Click the floor where the first rack goes (Esc cancels)',
          floorPick: (px, py) => {
            setX(px); setY(py); setPicking(false);
            view.set({ floorPick: null, floorPickLabel: null });
          },
        });
      }}>Pick start on floor</button>
      <label className="field">
        <span className="field-label">Row runs along</span>
        <select value={direction} onChange={(e) => setDirection(Number(e.target.value) as 0 | 90)}>
          <option value={0}>+X</option>
          <option value={90}>+Y</option>
        </select>
      </label>
      <label className="field">
        <span className="field-label">Fronts (intakes) face</span>
        <select value={facing} onChange={(e) => setFacing(Number(e.target.value) as 0 | 180)}>
          <option value={0}>{direction === 0 ? '−Y' : '+X'}</option>
          <option value={180}>{direction === 0 ? '+Y' : '−X'}</option>
        </select>
      </label>
      {error && <p className="field-error" role="alert">{error}</p>}
      <div className="actions">
        <button type="button" onClick={onClose}>Cancel</button>
        <button type="button" className="primary" data-testid="array-place" onClick={place}>Place {count} racks</button>
      </div>
    </Modal>
  );
}
