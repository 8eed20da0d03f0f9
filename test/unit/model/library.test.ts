import { describe, expect, it } from 'vitest';
import equipment from '../../../assets/library/equipment.json';
import {
  LIBRARY, createCduFromTemplate, createCoolingUnitFromTemplate, createRackFromTemplate, createRearDoorFromTemplate,
  parseLibrary, templateProvenance,
} from '../../../workers/model/library';
import { Cdu, CoolingUnit, Rack, RearDoor } from '../../../workers/model/schema';

const at = { id: 'X1', name: 'X1', x: 3, y: 4, rotationDeg: 90 };

describe('equipment library', () => {
  it('the bundled file is valid: schema-valid values, unique ids, a source for every number', () => {
    const r = parseLibrary(equipment);
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  it('holds the templates the UI expects', () => {
    const ids = (l: { id: string }[]) => l.map((t) => t.id);
    expect(ids(LIBRARY.racks)).toEqual(expect.arrayContaining(['rack-nvl72-120kw-dlc', 'rack-nvl72-140kw-dlc', 'rack-air-20kw', 'rack-vr-nvl144-190kw-dlc', 'rack-future-300kw-dlc']));
    expect(ids(LIBRARY.coolingUnits)).toEqual(expect.arrayContaining(['inrow-cw-70kw', 'crah-cw-150kw', 'crah-cw-250kw', 'fanwall-cw-400kw']));
    expect(ids(LIBRARY.cdus)).toEqual(expect.arrayContaining(['cdu-1350kw', 'cdu-600kw']));
    expect(ids(LIBRARY.rearDoors)).toEqual(expect.arrayContaining(['rdhx-active-35kw', 'rdhx-active-55kw', 'rdhx-active-75kw', 'rdhx-passive-30kw']));
  });

  it('carries REFERENCE.md figures', () => {
    // REFERENCE.md §3: GB200 NVL72 ≈ 120 kW, GB300 up to ≈ 142 kW, VR NVL144 ≈ 190 kW, APC InRow 70 kW
    expect(createRackFromTemplate('rack-nvl72-120kw-dlc', { ...at, rowId: null })?.itLoad).toBe(120e3);
    expect(createRackFromTemplate('rack-nvl72-140kw-dlc', { ...at, rowId: null })?.itLoad).toBe(140e3);
    expect(createRackFromTemplate('rack-vr-nvl144-190kw-dlc', { ...at, rowId: null })?.itLoad).toBe(190e3);
    expect(createCoolingUnitFromTemplate('inrow-cw-70kw', at)?.capacity).toBe(70e3);
    // REFERENCE.md §2: XDU1350 1350 kW at 4 K approach
    const cdu = createCduFromTemplate('cdu-1350kw', at);
    expect(cdu?.capacity).toBe(1350e3);
    expect(cdu?.approach).toBe(4);
    expect(cdu && cdu.pumps.count - cdu.pumps.standby).toBeGreaterThanOrEqual(1);
    expect(cdu?.pumps.standby).toBeGreaterThanOrEqual(1); // N+1 (NVIDIA qualification)
  });

  it('CRAH airflow follows Q = ρ·cp·V·ΔT at 12 K', () => {
    // ρ = 101325 / (287.05 · 298.15) = 1.18393 kg/m³, cp 1006 → ρ·cp = 1191.0; 150 kW / (1191.0 · 12) = 10.495 m³/s
    expect(createCoolingUnitFromTemplate('crah-cw-150kw', at)?.airflow).toBeCloseTo(10.495, 1);
    expect(createCoolingUnitFromTemplate('crah-cw-250kw', at)?.airflow).toBeCloseTo(17.49, 1);
  });

  it('flags [U] figures as assumptions', () => {
    expect(templateProvenance('rack-nvl72-120kw-dlc', 'liquidCaptureFraction')?.assumption).toBe(true);
    expect(templateProvenance('rack-vr-nvl144-190kw-dlc', 'liquidCaptureFraction')?.assumption).toBe(true);
    expect(templateProvenance('rack-nvl72-120kw-dlc', 'itLoad')?.assumption).toBeUndefined();
    expect(templateProvenance('cdu-1350kw', 'approach')?.source).toMatch(/XDU1350/);
  });

  it('creates schema-valid objects from every template', () => {
    for (const t of LIBRARY.racks) expect(Rack.safeParse(createRackFromTemplate(t.id, { ...at, rowId: 'row-A' })).success).toBe(true);
    for (const t of LIBRARY.coolingUnits) expect(CoolingUnit.safeParse(createCoolingUnitFromTemplate(t.id, at)).success).toBe(true);
    for (const t of LIBRARY.cdus) expect(Cdu.safeParse(createCduFromTemplate(t.id, { ...at, rackIds: ['a'] })).success).toBe(true);
    for (const t of LIBRARY.rearDoors) expect(RearDoor.safeParse(createRearDoorFromTemplate(t.id)).success).toBe(true);
  });

  it('copies values (editing a created object does not change the template)', () => {
    const a = createRackFromTemplate('rack-nvl72-120kw-dlc', { ...at, rowId: null });
    a!.coldPlate!.maxCaseTemp = 1;
    const b = createRackFromTemplate('rack-nvl72-120kw-dlc', { ...at, rowId: null });
    expect(b!.coldPlate!.maxCaseTemp).toBe(85);
    expect(b!.templateId).toBe('rack-nvl72-120kw-dlc');
    expect([b!.x, b!.y, b!.rotationDeg]).toEqual([3, 4, 90]);
  });

  it('returns null for unknown ids and rejects a bad library', () => {
    expect(createRackFromTemplate('nope', { ...at, rowId: null })).toBeNull();
    expect(createRearDoorFromTemplate('nope')).toBeNull();
    const bad = structuredClone(equipment) as { racks: { values: Record<string, unknown>; provenance: Record<string, unknown> }[] };
    bad.racks[0].values.itLoad = -1;
    delete bad.racks[1].provenance.itLoad;
    const r = parseLibrary(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.some((e) => e.includes('itLoad') && e.includes('≥ 0'))).toBe(true);
      expect(r.errors.some((e) => e.includes('no provenance'))).toBe(true);
    }
  });
});
