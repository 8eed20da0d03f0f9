// Fixtures of the verdict tests: the sample halls, small derived test rows, and hand-made solver results
// (so that margins can be checked by hand without running a solver).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AirResult } from '../../../workers/airflow';
import type { CduLoopResult, LoopResult, RackLoopResult } from '../../../workers/loop';
import { loadDocument } from '../../../workers/model/load';
import type { HallDocument, RackT } from '../../../workers/model/schema';

export function sample(name: 'ai-hall-mixed' | 'future-300kw-hall' | 'legacy-air-hall'): HallDocument {
  const path = fileURLToPath(new URL(`../../../assets/samples/${name}.hallflow.json`, import.meta.url));
  const r = loadDocument(readFileSync(path, 'utf8'));
  if (!r.ok) throw new Error(`cannot load ${name}: ${JSON.stringify(r.errors)}`);
  return r.doc;
}

/** The sample's first rack of a cooling kind, as a template for test rows. */
export function sampleRack(doc: HallDocument, cooling: RackT['cooling']): RackT {
  const r = doc.racks.find((x) => x.cooling === cooling);
  if (!r) throw new Error(`no ${cooling} rack in ${doc.meta.name}`);
  return structuredClone(r);
}

type AirRack = AirResult['racks'][number];
export function airRack(id: string, o: Partial<AirRack> & { intake: number; airflow: number; airHeat: number; dT: number }): AirRack {
  return { id, intakeMean: o.intake, intakeMax: o.intakeMax ?? o.intake, exhaust: o.intake + o.dT, airflow: o.airflow, airHeat: o.airHeat, doorHeat: o.doorHeat ?? 0, equipmentDeltaT: o.dT };
}

export function airResult(racks: AirRack[], units: { id: string; supplyT: number; airflow: number; capacity: number; load: number }[]): Pick<AirResult, 'ok' | 'racks' | 'units' | 'energy'> {
  const rackHeat = racks.reduce((s, r) => s + r.airHeat, 0);
  const doorHeat = racks.reduce((s, r) => s + r.doorHeat, 0);
  const unitHeat = units.reduce((s, u) => s + u.load, 0);
  return {
    ok: true, racks,
    units: units.map((u) => ({ ...u, returnT: u.supplyT + 10, overCapacity: false })),
    energy: { rackHeat, doorHeat, unitHeat, wallHeat: 0, imbalance: rackHeat > 0 ? (rackHeat - doorHeat - unitHeat) / rackHeat : 0 },
  };
}

export function loopRack(id: string, cduId: string | null, o: Partial<RackLoopResult> & { liquidHeat: number; flow: number }): RackLoopResult {
  const designFlow = o.liquidHeat * 2.5e-8;
  const ok = { flowShare: true, flowPerPower: true, caseTemp: true, returnTemp: true, all: true };
  return {
    id, cduId, liquidHeat: o.liquidHeat, designFlow, flow: o.flow, flowPerPower: o.flow / o.liquidHeat, flowShare: o.flow / designFlow,
    branchPressureDrop: 0, coldPlatePressureDrop: 0, supplyT: o.supplyT ?? 40, returnT: o.returnT ?? 50, caseT: o.caseT ?? 70, caseMargin: null, ok,
  };
}

export function loopCdu(id: string, o: { load: number; capacity: number; primarySupplyT: number; hxHeat?: number; pumpPower?: number }): CduLoopResult {
  return {
    id, online: true, rackIds: [], load: o.load, capacity: o.capacity, utilisation: o.load / o.capacity, hxHeat: o.hxHeat ?? o.load, secondaryFlow: 0,
    primaryFlow: 0, primaryHxFlow: 0, valvePosition: 1, supplyT: 40, returnT: 50, primarySupplyT: o.primarySupplyT, primaryReturnT: 46, approach: 4,
    ua: 0, effectiveness: 0, ntu: 0, setpoint: 40, setpointHeld: true,
    pumps: { installed: 3, standby: 1, running: 2, failed: [], flow: 0, head: 0, headM: 0, flowPerPump: 0, power: o.pumpPower ?? 0, efficiency: 0.7 },
  };
}

export function loopResult(racks: RackLoopResult[], cdus: CduLoopResult[]): Pick<LoopResult, 'ok' | 'racks' | 'cdus' | 'plant'> {
  return { ok: true, racks, cdus, plant: null };
}
