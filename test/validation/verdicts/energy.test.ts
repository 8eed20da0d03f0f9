// Solved small halls (fast air at 0.6 m cells + loops): energy bookkeeping of the hall summary
// (IT = air + liquid + door heat to 0.1 %), and a real under-supplied air rack failing air.
import { describe, expect, it } from 'vitest';
import { solveAir } from '../../../workers/airflow';
import { solveLoops } from '../../../workers/loop';
import { createRearDoorFromTemplate } from '../../../workers/model/library';
import { testHall } from '../../../workers/scenarios/test-hall';
import { hallSummary, rackVerdicts } from '../../../workers/verdicts';
import { sample, sampleRack } from '../../unit/verdicts/fixtures';

const CELL = 0.6;

describe('hall summary energy bookkeeping', () => {
  it('IT = air + liquid + door heat within 0.1 % for hybrid racks with rear doors', () => {
    const doc = sample('ai-hall-mixed');
    const rack = { ...sampleRack(doc, 'dlc'), cooling: 'hybrid' as const, itLoad: 60e3, liquidCaptureFraction: 0.5, rearDoor: createRearDoorFromTemplate('rdhx-active-35kw') };
    const hall = testHall(doc, rack);
    const air = solveAir(hall, { mode: 'fast', cellSize: CELL });
    const loops = solveLoops(hall);
    expect(air.ok && loops.ok).toBe(true);
    const s = hallSummary(hall, air, loops);
    expect(s.itLoad).toBe(180e3);
    expect(s.heat.liquid!).toBeCloseTo(90e3, -1);
    expect(s.heat.doors!).toBeGreaterThan(0);
    expect(s.heat.balanceError!).toBeLessThan(1e-3);
    // heat rejected by the plant = liquid heat (FWS), to 0.1 %
    expect(Math.abs(s.facilityWater!.load - s.heat.liquid!) / s.heat.liquid!).toBeLessThan(1e-3);
    expect(s.partialPue!).toBeGreaterThan(1);
    expect(s.power.total).toBeCloseTo(s.power.fans + s.power.cduPumps! + s.power.plantPumps!, 6);
    const v = rackVerdicts(hall, air, loops);
    expect(v.racks.map((r) => r.mode)).toEqual(['hybrid', 'hybrid', 'hybrid']);
  });

  it('an air rack fed a third of its airflow by the cooling unit fails air', () => {
    const doc = sample('ai-hall-mixed');
    const rack = sampleRack(doc, 'air');
    const hall = testHall(doc, rack, { count: 1 });
    const need = 5.66337e-5 * rack.itLoad;
    hall.coolingUnits = hall.coolingUnits.map((u) => ({ ...u, airflow: need / 3, capacity: 200e3 }));
    const air = solveAir(hall, { mode: 'fast', cellSize: CELL });
    expect(air.ok).toBe(true);
    const v = rackVerdicts(hall, air, solveLoops(hall)).racks[0];
    const flow = v.checks.find((c) => c.id === 'airflow')!;
    expect(flow.status).toBe('fail');
    expect(flow.value!).toBeLessThan(0.5 * need);
    expect(v.verdict).toBe('not-coolable');
  });
});
