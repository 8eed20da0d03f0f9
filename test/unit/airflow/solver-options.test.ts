// options.solver of solveAir (a partial SolverOptions merged over the mode's defaults in index.ts) is
// checked before the grid is built: a value the solver cannot use (NaN, Infinity where a finite number is
// needed, negative, zero where it must be positive, a fractional step count, a non-boolean switch) or a
// key that is no solver option is refused as 'invalidOptions', naming the option and the reason. Valid
// options solve exactly as before.
import { describe, expect, it } from 'vitest';
import { solveAir, solverOptionsFor } from '../../../workers/airflow/index';
import type { SolverOptions } from '../../../workers/airflow/solver';
import { benchHall } from '../../../workers/airflow/sample-halls';

const doc = benchHall(6, 4.8, 3);
const QUICK: Partial<SolverOptions> = { maxSteps: 6, minSteps: 2, developSteps: 4, averageSteps: 2, minAverageSteps: 1, monitorWindow: 2, finalEnergySweeps: 20, captureSweeps: 10 };

function refusal(solver: Record<string, unknown>): string {
  const r = solveAir(doc, { mode: 'fast', cellSize: 0.4, solver: { ...QUICK, ...solver } as Partial<SolverOptions> });
  if (r.ok) throw new Error(`solved with ${JSON.stringify(solver)}`);
  expect(r.error.kind).toBe('invalidOptions');
  if (r.error.kind === 'invalidOptions') expect(r.error.field).toBe(`solver.${Object.keys(solver)[0]}`);
  return r.error.message;
}

describe('solveAir options.solver', () => {
  it.each(([
    [{ cfl: -1 }, 'solver.cfl is -1; it must be a finite number > 0'],
    [{ cfl: 0 }, 'solver.cfl is 0; it must be a finite number > 0'],
    [{ cfl: NaN }, 'solver.cfl is NaN; it must be a finite number > 0'],
    [{ cfl: Infinity }, 'solver.cfl is Infinity; it must be a finite number > 0'],
    [{ dtMax: -0.5 }, 'solver.dtMax is -0.5; it must be a number > 0'],
    [{ tolMomentum: 0 }, 'solver.tolMomentum is 0; it must be a finite number > 0'],
    [{ tolCapture: -1e-6 }, 'solver.tolCapture is -0.000001; it must be a finite number > 0'],
    [{ maxSteps: 10.5 }, 'solver.maxSteps is 10.5; it must be a whole number ≥ 1'],
    [{ maxSteps: 0 }, 'solver.maxSteps is 0; it must be a whole number ≥ 1'],
    [{ monitorWindow: 0 }, 'solver.monitorWindow is 0; it must be a whole number ≥ 1'],
    [{ energySweeps: -1 }, 'solver.energySweeps is -1; it must be a whole number ≥ 0'],
    [{ captureSweeps: 2.5 }, 'solver.captureSweeps is 2.5; it must be a whole number ≥ 0'],
    [{ averageSteps: NaN }, 'solver.averageSteps is NaN; it must be a whole number ≥ 0'],
    [{ restartSteps: 150.5 }, 'solver.restartSteps is 150.5; it must be a whole number ≥ 0 (Infinity allowed)'],
    [{ restartSteps: -1 }, 'solver.restartSteps is -1; it must be a whole number ≥ 0 (Infinity allowed)'],
    [{ maccormack: 'yes' }, 'solver.maccormack is "yes"; it must be true or false'],
    [{ cfl: '3' }, 'solver.cfl is "3"; it must be a finite number > 0'],
    [{ cfl: undefined }, 'solver.cfl is missing; it must be a finite number > 0'],
    [{ cfll: 3 }, 'solver.cfll is not a solver option'],
  ] as [Record<string, unknown>, string][]).map(([solver, message]) => [Object.entries(solver).map(([k, v]) => `${k} ${typeof v === 'string' ? `"${v}"` : String(v)}`).join(), solver, message] as const))('refuses %s', (_label, solver, message) => {
    expect(refusal(solver)).toContain(message);
  });

  it('refuses solver options that are not an object', () => {
    const r = solveAir(doc, { mode: 'fast', cellSize: 0.4, solver: 3 as unknown as Partial<SolverOptions> });
    expect(r.ok ? null : r.error).toMatchObject({ kind: 'invalidOptions', message: expect.stringContaining('solver options are 3; they must be an object') });
  });

  it('accepts the limits of each rule (zero counts, Infinity for dtMax, energyDtFactor and restartSteps, every default)', () => {
    for (const mode of ['fast', 'accurate'] as const) {
      const r = solveAir(doc, { mode, cellSize: 0.4, solver: { ...solverOptionsFor(mode), ...QUICK } });
      expect(r.ok ? 'ok' : r.error.message).toBe('ok');
    }
    const r = solveAir(doc, { mode: 'fast', cellSize: 0.4, solver: { ...QUICK, energySweeps: 0, diffusionSweeps: 0, averageSteps: 0, captureSweeps: 0, dtMax: Infinity, energyDtFactor: Infinity, restartSteps: 0 } });
    expect(r.ok ? 'ok' : r.error.message).toBe('ok');
  });

  it('passing the defaults gives the same result as passing nothing (bit for bit)', () => {
    const a = solveAir(doc, { mode: 'fast', cellSize: 0.4 });
    const b = solveAir(doc, { mode: 'fast', cellSize: 0.4, solver: solverOptionsFor('fast') });
    if (!a.ok || !b.ok) throw new Error('failed');
    expect(Array.from(b.fields.t)).toEqual(Array.from(a.fields.t));
    expect(b.racks).toEqual(a.racks);
  });
});
