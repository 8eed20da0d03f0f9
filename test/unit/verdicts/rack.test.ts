// Per-rack verdicts against margins computed by hand on a two-rack hall (one 20 kW air rack, one
// 120 kW DLC rack at 85 % capture) with hand-made solver results; missing solvers; failures.
import { describe, expect, it } from 'vitest';
import { heatLoadSummary } from '../../../workers/loads/summary';
import type { HallDocument } from '../../../workers/model/schema';
import { rackVerdicts, type RackVerdict } from '../../../workers/verdicts';
import { airRack, airResult, loopCdu, loopRack, loopResult, sample } from './fixtures';

function twoRackHall(): HallDocument {
  const doc = sample('ai-hall-mixed');
  const racks = doc.racks.filter((r) => r.id === 'R-E01' || r.id === 'R-A01');
  return { ...doc, racks, cdus: [{ ...doc.cdus[0], rackIds: ['R-A01'] }], coolingUnits: [doc.coolingUnits[0]], containment: [] };
}

const V_AIR = 5.66337e-5 * 20000; // R-E01: perPower spec × 20 kW, m³/s
const check = (v: RackVerdict, id: string) => {
  const c = v.checks.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id} on ${v.rackId}`);
  return c;
};

function results(doc: HallDocument, intakeE = 24, intakeMaxE = 25) {
  const vA = heatLoadSummary(doc).racks.find((r) => r.id === 'R-A01')!.requiredAirflow;
  const air = airResult(
    [airRack('R-A01', { intake: 23, airflow: vA, airHeat: 18000, dT: 15 }), airRack('R-E01', { intake: intakeE, intakeMax: intakeMaxE, airflow: V_AIR, airHeat: 20000, dT: 14.83 })],
    [{ id: 'CRAH-01', supplyT: 22, airflow: 17.5, capacity: 250000, load: 38000 }],
  );
  const loops = loopResult([loopRack('R-A01', 'CDU-A', { liquidHeat: 102000, flow: 102000 * 2.5e-8 * 1.2, caseT: 70, returnT: 50 })],
    [loopCdu('CDU-A', { load: 1020000, capacity: 1350000, primarySupplyT: 36 })]);
  return { air, loops };
}

describe('rack verdicts: margins by hand', () => {
  it('air rack: inlet 27 − 25 = 2 K, allowable 32 − 25 = 7 K, supply share 14.83/16.83, governed by airflow', () => {
    const doc = twoRackHall();
    const { air, loops } = results(doc);
    const v = rackVerdicts(doc, air, loops).racks.find((r) => r.rackId === 'R-E01')!;
    expect(v.mode).toBe('air');
    expect(v.status).toBe('pass');
    expect(check(v, 'inlet-recommended').margin).toBeCloseTo(2, 9);
    expect(check(v, 'inlet-allowable').margin).toBeCloseTo(7, 9);
    const deliverable = (14.83 / (24 + 14.83 - 22)) * V_AIR;
    expect(check(v, 'airflow').value).toBeCloseTo(deliverable, 9);
    expect(check(v, 'airflow').margin).toBeCloseTo(deliverable - 0.75 * V_AIR, 9);
    expect(check(v, 'air-capacity').margin).toBeCloseTo(250000 - 38000, 6);
    expect(v.governing).toBe('airflow'); // 0.148/0.849 = 0.175 < inlet 2/10 = 0.2
  });

  it('an inlet margin inside the air result\'s stated hottest-cell figure is undecided: said on the check, the rack and the hall', () => {
    const doc = twoRackHall();
    const { air, loops } = results(doc);
    // without a stated figure (hand-made results): nothing is undecided
    const plain = rackVerdicts(doc, air, loops);
    expect(plain.undecided).toBe(0);
    expect(check(plain.racks.find((r) => r.rackId === 'R-E01')!, 'inlet-recommended').uncertainty).toBeUndefined();
    // ±7.5 K (the fast mode on a contained hall): recommended 27 − 25 = 2 K and allowable 32 − 25 = 7 K are both inside it
    const v = rackVerdicts(doc, { ...air, accuracy: { intakeMaxUncertainty: 7.5 } }, loops);
    const e = v.racks.find((r) => r.rackId === 'R-E01')!;
    expect(e.status).toBe('pass');
    expect(e.undecided).toBe(true);
    expect(check(e, 'inlet-recommended').uncertainty).toBe(7.5);
    expect(check(e, 'inlet-recommended').reason).toContain("; margin inside the air result's ±7.5 K (hottest intake cell vs OpenFOAM): undecided");
    expect(e.reasons).toContain("undecided — Inlet vs recommended: margin 2.0 K, inside the air result's ±7.5 K");
    expect(e.reasons).toContain("undecided — Inlet vs allowable: margin 7.0 K, inside the air result's ±7.5 K");
    // the DLC rack: its air side (23 °C: 4 K and 9 K) is inside ±7.5 K only for the recommended limit
    const a = v.racks.find((r) => r.rackId === 'R-A01')!;
    expect(a.undecided).toBe(true);
    expect(v.undecided).toBe(2);
    // ±1.5 K: neither margin of R-E01 is inside it (2 K, 7 K); the figure is still carried
    const tight = rackVerdicts(doc, { ...air, accuracy: { intakeMaxUncertainty: 1.5 } }, loops);
    const t = tight.racks.find((r) => r.rackId === 'R-E01')!;
    expect(t.undecided).toBe(false);
    expect(check(t, 'inlet-allowable').uncertainty).toBe(1.5);
    expect(check(t, 'inlet-allowable').reason).not.toContain('undecided');
    // a failing margin inside it is undecided too (the rack may pass): intake max 28 °C against 27 °C
    const hot = results(doc, 26, 28);
    const f = rackVerdicts(doc, { ...hot.air, accuracy: { intakeMaxUncertainty: 7.5 } }, hot.loops).racks.find((r) => r.rackId === 'R-E01')!;
    expect(f.status).toBe('fail');
    expect(f.undecided).toBe(true);
  });

  it('DLC rack: flow, share, case, return, W class and CDU margins; governed by CDU capacity', () => {
    const doc = twoRackHall();
    const { air, loops } = results(doc);
    const v = rackVerdicts(doc, air, loops).racks.find((r) => r.rackId === 'R-A01')!;
    expect(v.mode).toBe('dlc');
    expect(v.status).toBe('pass');
    expect(check(v, 'coolant-flow').margin).toBeCloseTo(3.0e-8 - 1.25 / 6e7, 15);
    expect(check(v, 'coolant-flow-max').margin).toBeCloseTo(2.0 / 6e7 - 3.0e-8, 15);
    expect(check(v, 'coolant-flow-max').required).toBe(false);
    expect(check(v, 'flow-share').margin).toBeCloseTo(1.2 - 0.9, 9);
    expect(check(v, 'case-temperature').margin).toBeCloseTo(15, 9);
    expect(check(v, 'return-temperature').margin).toBeCloseTo(10, 9);
    expect(check(v, 'facility-supply').margin).toBeCloseTo(40 - 36, 9); // W40
    expect(check(v, 'cdu-capacity').margin).toBeCloseTo(330000, 6);
    expect(check(v, 'airflow').margin).toBeGreaterThan(0); // 15/16 supply share
    expect(v.governing).toBe('cdu-capacity'); // 330/1350 = 0.244 is the smallest normalised margin
    expect(v.governingMargin).toBeCloseTo(330000, 6);
  });

  it('a rack whose required airflow is three times what reaches it fails air', () => {
    const doc = twoRackHall();
    // supply share 1/3: T_in − T_s + ΔT = 3·ΔT → T_in = 22 + 2·14.83
    const { air, loops } = results(doc, 22 + 2 * 14.83, 22 + 2 * 14.83);
    const v = rackVerdicts(doc, air, loops).racks.find((r) => r.rackId === 'R-E01')!;
    expect(check(v, 'airflow').value).toBeCloseTo(V_AIR / 3, 9);
    expect(check(v, 'airflow').status).toBe('fail');
    expect(v.verdict).toBe('not-coolable');
    expect(v.status).toBe('fail');
    expect(v.reasons.some((r) => r.startsWith('Supply air reaching the rack'))).toBe(true);
  });
});

describe('rack verdicts: missing and failed solvers', () => {
  it('without a loop solve the liquid checks are not evaluated and the DLC rack is incomplete, never pass', () => {
    const doc = twoRackHall();
    const { air } = results(doc);
    const h = rackVerdicts(doc, air, null);
    const dlc = h.racks.find((r) => r.rackId === 'R-A01')!;
    expect(dlc.status).toBe('incomplete');
    expect(check(dlc, 'case-temperature').status).toBe('not-evaluated');
    expect(h.racks.find((r) => r.rackId === 'R-E01')!.status).toBe('pass');
    expect(h.loops).toBe('no loop solve');
  });

  it('without an air solve the air checks are not evaluated', () => {
    const doc = twoRackHall();
    const { loops } = results(doc);
    const v = rackVerdicts(doc, undefined, loops).racks.find((r) => r.rackId === 'R-E01')!;
    expect(v.status).toBe('incomplete');
    expect(v.checks.every((c) => c.status === 'not-evaluated')).toBe(true);
  });

  it('a DLC rack whose CDU is offline fails on coolant flow', () => {
    const doc = twoRackHall();
    const { air } = results(doc);
    const loops = loopResult([loopRack('R-A01', null, { liquidHeat: 102000, flow: 0 })], []);
    const v = rackVerdicts(doc, air, loops).racks.find((r) => r.rackId === 'R-A01')!;
    expect(v.status).toBe('fail');
    expect(v.governing).toBe('coolant-flow');
    expect(check(v, 'coolant-flow').margin).toBeCloseTo(-doc.criteria.flowPerPowerMin, 15);
  });

  it('an air solve with no steady state (insufficient cooling) fails the air checks with the capacity margin', () => {
    const doc = twoRackHall();
    const air = { ok: false as const, error: { kind: 'insufficientCooling' as const, heat: 300e3, capacity: 250e3, message: 'no steady state' } };
    const v = rackVerdicts(doc, air, null).racks.find((r) => r.rackId === 'R-E01')!;
    expect(v.status).toBe('fail');
    expect(check(v, 'air-capacity').margin).toBeCloseTo(-50e3, 6);
    expect(check(v, 'inlet-allowable').status).toBe('fail');
  });

  it('a rear door is checked against the exhaust heat; the mode becomes air-with-rear-door', () => {
    const doc = twoRackHall();
    doc.racks = doc.racks.map((r) => (r.id === 'R-E01' ? { ...r, rearDoor: { templateId: null, capacity: 35000, ua: 3520, waterSupplyTemp: 18, waterFlow: 0.0014, airPressureDrop: 0, enabled: true } } : r));
    const { air, loops } = results(doc);
    const v = rackVerdicts(doc, air, loops).racks.find((r) => r.rackId === 'R-E01')!;
    expect(v.mode).toBe('air-rear-door');
    expect(check(v, 'rear-door').margin).toBeCloseTo(15000, 6);
  });

  it('allowable basis makes the recommended check advisory', () => {
    const doc = twoRackHall();
    const { air, loops } = results(doc, 28, 29); // above 27 recommended, below 32 allowable
    const design = rackVerdicts(doc, air, loops).racks.find((r) => r.rackId === 'R-E01')!;
    const failure = rackVerdicts(doc, air, loops, { criteria: { inletBasis: 'allowable', minSupplyShare: 0 } }).racks.find((r) => r.rackId === 'R-E01')!;
    expect(design.status).toBe('fail');
    expect(failure.status).toBe('pass');
    expect(check(failure, 'inlet-recommended').required).toBe(false);
  });
});
