// Edit one scenario of the document: name, failed equipment (failableEquipment), IT load factor, ambient
// dry bulb and facility supply (each "design" or a value). Every change is one undoable document edit.
import { useMemo } from 'react';
import type { ScenarioT } from '../../../../workers/model/schema';
import { failableEquipment } from '../../../../workers/scenarios/apply';
import { facilitySupplyTemperature } from '../../../../workers/loop/plant';
import { useDocumentState, useDocumentStore } from '../../document/context';
import { QuantityField } from '../QuantityField';

const GROUPS = [['coolingUnits', 'Cooling units'], ['cdus', 'CDUs'], ['cduPumps', 'CDU pumps'], ['plantUnits', 'Plant units'], ['plantPumps', 'Plant pumps']] as const;

export function ScenarioEditor({ scenario: s }: { scenario: ScenarioT }) {
  const store = useDocumentStore();
  const doc = useDocumentState((x) => x.doc);
  const eq = useMemo(() => failableEquipment(doc), [doc]);
  const patch = (label: string, p: Partial<ScenarioT>) =>
    store.apply(`${label} (scenario ${s.name})`, (d) => ({ ...d, scenarios: d.scenarios.map((x) => (x.id === s.id ? { ...x, ...p } : x)) }));
  const toggle = (id: string, on: boolean) => patch(on ? `Fail ${id}` : `Restore ${id}`, { failed: on ? [...s.failed, id] : s.failed.filter((f) => f !== id) });
  const nullable = (label: string, key: 'ambientDryBulb' | 'facilitySupplyTemp', design: number) => (
    <div className="vd-nullable">
      <label className="inline small">
        <input type="checkbox" checked={s[key] !== null} onChange={(e) => patch(`${label} ${e.target.checked ? 'set' : 'design'}`, { [key]: e.target.checked ? design : null })} /> override
      </label>
      {s[key] !== null
        ? <QuantityField label={label} kind="temperature" value={s[key]} onCommit={(v) => (patch(label, { [key]: v }) ? null : 'rejected')} />
        : <span className="small muted">{label}: design value</span>}
    </div>
  );
  return (
    <div className="vd-scenario-editor" data-testid="scenario-editor">
      <label className="field">
        <span className="field-label">Name</span>
        <input data-testid="scenario-name" defaultValue={s.name} key={s.name} onBlur={(e) => e.target.value.trim() && e.target.value !== s.name && patch('Rename', { name: e.target.value.trim() })} />
      </label>
      <QuantityField label="IT load factor" kind="fraction" value={s.loadFactor} testId="scenario-load" onCommit={(v) => (v < 0 || v > 3 ? 'between 0 and 300 %' : patch('Load factor', { loadFactor: v }) ? null : 'rejected')} />
      {nullable('Ambient dry bulb', 'ambientDryBulb', doc.plant.ambientDryBulb)}
      {nullable('FWS supply', 'facilitySupplyTemp', Math.round(facilitySupplyTemperature(doc.plant, doc.plant.ambientDryBulb, null)))}
      <div className="vd-failed">
        <span className="field-label">Failed equipment</span>
        {GROUPS.map(([k, label]) => eq[k].length > 0 && (
          <div key={k} className="small"><b>{label}:</b>{' '}
            {eq[k].map((id) => (
              <label key={id} className="inline vd-chip"><input type="checkbox" checked={s.failed.includes(id)} onChange={(e) => toggle(id, e.target.checked)} />{id}</label>
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
