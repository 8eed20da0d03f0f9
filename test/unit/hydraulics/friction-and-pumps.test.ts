// Friction factors against REFERENCE.md §5 (CalebBell/fluids docstring values) and EPANET's
// transition formula; pump curve fits as EPANET makes them.
import { describe, expect, it } from 'vitest';
import { colebrook, darcyFrictionFactor, fitPowerCurve, powerFitForPoints, swameeJain } from '../../../workers/hydraulics';

describe('friction factor', () => {
  it('Colebrook at Re 1e5, ε/D 1e-4 [REFERENCE.md §5]', () => {
    expect(colebrook(1e5, 1e-4)).toBeCloseTo(0.018513866077471, 12);
  });
  it('Swamee–Jain at Re 1e5, ε/D 1e-4 [REFERENCE.md §5]', () => {
    // The docstring value comes from fluids' form with (6.97/Re)^0.9 = 5.7397/Re^0.9; EPANET and
    // REFERENCE.md's formula use 5.74/Re^0.9, which differs by 1.1e-6 relative.
    const fluidsForm = 0.25 / Math.log10(Math.pow(6.97 / 1e5, 0.9) + 1e-4 / 3.7) ** 2;
    expect(fluidsForm).toBeCloseTo(0.018452424431901808, 15);
    expect(swameeJain(1e5, 1e-4)).toBeCloseTo(0.018452424431901808, 7);
    expect(swameeJain(1e5, 1e-4)).toBeCloseTo(0.01845244530756638, 15);
  });
  it("EPANET's turbulent formula is Swamee–Jain", () => {
    expect(darcyFrictionFactor(1e5, 1e-4)).toBeCloseTo(swameeJain(1e5, 1e-4), 14);
    expect(darcyFrictionFactor(4e6, 1e-3)).toBeCloseTo(swameeJain(4e6, 1e-3), 12);
  });
  it('is 64/Re in laminar flow', () => {
    expect(darcyFrictionFactor(1000, 1e-3)).toBe(0.064);
    expect(darcyFrictionFactor(2000, 1e-3)).toBe(0.032);
  });
  it('Dunlop cubic joins laminar at Re 2000 and Swamee–Jain at Re 4000', () => {
    expect(darcyFrictionFactor(2000.0001, 1e-3)).toBeCloseTo(0.032, 6);
    expect(darcyFrictionFactor(3999.9999, 1e-3)).toBeCloseTo(swameeJain(4000, 1e-3), 6);
    const mid = darcyFrictionFactor(3000, 1e-3);
    expect(mid).toBeGreaterThan(0.032);
    expect(mid).toBeLessThan(swameeJain(4000, 1e-3) * 1.2);
  });
});

describe('pump curves', () => {
  it('one-point curve: shutoff 1.33334·h1 and maximum flow 2·q1', () => {
    const fit = powerFitForPoints([0.05], [30]);
    expect(fit).not.toBe('custom');
    const f = fit as NonNullable<Exclude<typeof fit, 'custom'>>;
    expect(f.a).toBeCloseTo(1.33334 * 30, 12);
    expect(f.qmax).toBeCloseTo(0.1, 12);
    expect(f.a + f.b * Math.pow(0.05, f.c)).toBeCloseTo(30, 10);
  });
  it('three-point curve from zero flow passes through its points', () => {
    const f = fitPowerCurve(50, 40, 20, 0.02, 0.04);
    expect(f).not.toBeNull();
    const p = f as NonNullable<typeof f>;
    expect(p.a + p.b * Math.pow(0.02, p.c)).toBeCloseTo(40, 10);
    expect(p.a + p.b * Math.pow(0.04, p.c)).toBeCloseTo(20, 10);
  });
  it('rejects a curve whose head rises', () => {
    expect(fitPowerCurve(40, 50, 20, 0.02, 0.04)).toBeNull();
    expect(powerFitForPoints([0, 1, 2], [10, 12, 5])).toBeNull();
  });
  it('other point counts are piecewise-linear custom curves', () => {
    expect(powerFitForPoints([0.01, 0.02], [10, 5])).toBe('custom');
    expect(powerFitForPoints([0, 1, 2, 3], [10, 9, 7, 4])).toBe('custom');
  });
});
