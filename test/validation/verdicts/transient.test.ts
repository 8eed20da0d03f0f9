// Ride-through transients against the analytic lumped-capacitance solutions: T∞ + (T0 − T∞)·e^(−t/τ)
// and the constant-heat-input ramp T0 + Q·t/C; and the liquid events on a solved DLC test row.
import { describe, expect, it } from 'vitest';
import { airVolumetricHeatCapacity } from '../../../workers/fluids/air';
import { solveLoops } from '../../../workers/loop';
import { emptyHall } from '../../../workers/model/defaults';
import { createCoolingUnitFromTemplate } from '../../../workers/model/library';
import type { CoolingUnitT } from '../../../workers/model/schema';
import { flowFraction, integrate, lumpedExponential, lumpedRamp, rideThrough, testHall } from '../../../workers/scenarios';
import { sample, sampleRack } from '../../unit/verdicts/fixtures';

describe('lumped integrator vs analytic', () => {
  it('matches the exponential approach to 1e-8 K', () => {
    const C = 2e6, G = 5e4, Tinf = 35, T0 = 20;
    const r = integrate((_t, y, dy) => { dy[0] = (G * (Tinf - y[0])) / C; }, [T0], 300, 1, 0.5);
    let err = 0;
    r.t.forEach((t, k) => { err = Math.max(err, Math.abs(r.y[0][k] - lumpedExponential(t, T0, Tinf, C / G))); });
    expect(err).toBeLessThan(1e-8);
  });
  it('pump coast-down and failover: 1 → remaining, then back toward 1', () => {
    expect(flowFraction(0, 0.5, 2, 5)).toBe(1);
    expect(flowFraction(2, 0.5, 2, 5)).toBeCloseTo(0.5 + 0.5 * Math.exp(-1), 12);
    expect(flowFraction(60, 0.5, 2, 5)).toBeCloseTo(1, 9);
    expect(flowFraction(60, 0, 2, null)).toBeCloseTo(0, 9);
  });
});

function roomWithUnits(n: number): ReturnType<typeof emptyHall> {
  const doc = emptyHall('room');
  const units = Array.from({ length: n }, (_, i) => ({ ...createCoolingUnitFromTemplate('crah-cw-250kw', { id: `U${i + 1}`, name: `U${i + 1}`, x: 1, y: 3 + 4 * i, rotationDeg: 90 })!, capacity: 1e9 } as CoolingUnitT));
  const rack = { ...sampleRack(sample('ai-hall-mixed'), 'air'), itLoad: 100e3 };
  return { ...doc, coolingUnits: units, racks: [rack] };
}

describe('room-air ride-through (unit failure)', () => {
  const rhoCp = airVolumetricHeatCapacity(25);
  const C = 30 * 20 * 4.5 * rhoCp * 5;
  it('the only unit fails: constant heat input ramp Q·t/C', () => {
    const doc = roomWithUnits(1);
    const r = rideThrough(doc, {}, { kind: 'unit-failure', unitId: 'U1' }, { duration: 300 });
    if (!r.ok) throw new Error(r.message);
    const room = r.series[0].values;
    const T0 = room[0];
    expect(T0).toBeCloseTo(22 + 100e3 / (rhoCp * 17.5), 6); // steady state before the failure
    for (const k of [10, 100, 300]) expect(room[k]).toBeCloseTo(lumpedRamp(r.t[k], T0, 100e3, C), 6);
  });
  it('one of two units fails: exponential to T_sp + Q/(ρ·cp·V) with τ = C/(ρ·cp·V)', () => {
    const doc = roomWithUnits(2);
    const r = rideThrough(doc, {}, { kind: 'unit-failure', unitId: 'U2' }, { duration: 900 });
    if (!r.ok) throw new Error(r.message);
    const G = rhoCp * 17.5;
    const room = r.series[0].values;
    for (const k of [30, 200, 900]) expect(room[k]).toBeCloseTo(lumpedExponential(r.t[k], room[0], 22 + 100e3 / G, C / G), 5);
  });
});

describe('liquid ride-through on a DLC test row', () => {
  const doc = sample('ai-hall-mixed');
  const hall = testHall(doc, sampleRack(doc, 'dlc'));
  const loops = solveLoops(hall);
  it('CDU trip: cases heat at ≈ q/C once the flow has coasted down and pass their limit', () => {
    const r = rideThrough(hall, { loops }, { kind: 'cdu-trip', cduId: 'T-CDU' }, { duration: 120 });
    if (!r.ok) throw new Error(r.message);
    const c = r.series.find((s) => s.kind === 'case')!;
    const slope = (c.values[100] - c.values[90]) / 10;
    expect(slope).toBeGreaterThan(0.9); // → 1 K/s (1 J/K per W) as the conductance vanishes
    expect(slope).toBeLessThan(1.0001);
    expect(r.firstCaseLimit).not.toBeNull();
    expect(r.firstCaseLimit!).toBeLessThan(60);
  });
  it('pump trip with a standby: failover after 5 s keeps the cases below their limit', () => {
    const r = rideThrough(hall, { loops }, { kind: 'pump-trip', pumpId: 'T-CDU/pump1' }, { duration: 120 });
    if (!r.ok) throw new Error(r.message);
    expect(r.firstCaseLimit).toBeNull();
    const c = r.series.find((s) => s.kind === 'case')!;
    expect(Math.abs(c.values[120] - c.values[0])).toBeLessThan(0.5); // back to the design steady state
  });
});
