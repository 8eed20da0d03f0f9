// The accuracy an air result states (index.ts airAccuracy): the validated figure only for the mode's own
// cell size and default solver options, which is what the OpenFOAM references were compared at
// (test/validation/airflow/openfoam.test.ts checks that the figures hold there).
import { describe, expect, it } from 'vitest';
import { airAccuracy } from '../../../workers/airflow/index';
import { CELL_SIZE_ACCURATE, CELL_SIZE_FAST, INTAKE_UNCERTAINTY } from '../../../workers/airflow/constants';

describe('airAccuracy', () => {
  it('states the validated figure for each mode at its own cell size', () => {
    expect(airAccuracy({ mode: 'accurate' }, CELL_SIZE_ACCURATE).intakeUncertainty).toBe(INTAKE_UNCERTAINTY.accurate);
    expect(airAccuracy({ mode: 'fast' }, CELL_SIZE_FAST).intakeUncertainty).toBe(INTAKE_UNCERTAINTY.fast);
    expect(airAccuracy({ mode: 'fast', solver: {} }, CELL_SIZE_FAST).intakeUncertainty).toBe(INTAKE_UNCERTAINTY.fast);
  });

  it('says when a solve was warm-started (the figure covers warm starts after small edits)', () => {
    const warm = airAccuracy({ mode: 'fast' }, CELL_SIZE_FAST, true);
    expect(warm.intakeUncertainty).toBe(INTAKE_UNCERTAINTY.fast);
    expect(warm.basis).toContain('warm-started from the previous one');
    expect(airAccuracy({ mode: 'fast' }, CELL_SIZE_FAST).basis).not.toContain('warm-started from the previous one');
  });

  it('states none at another cell size or with custom solver options, and says why', () => {
    const finer = airAccuracy({ mode: 'accurate' }, 0.1);
    expect(finer.intakeUncertainty).toBeNull();
    expect(finer.basis).toContain('not validated at 0.1 m cells');
    const fastFine = airAccuracy({ mode: 'fast' }, CELL_SIZE_ACCURATE);
    expect(fastFine.intakeUncertainty).toBeNull();
    const tuned = airAccuracy({ mode: 'accurate', solver: { maxSteps: 50 } }, CELL_SIZE_ACCURATE);
    expect(tuned.intakeUncertainty).toBeNull();
    expect(tuned.basis).toContain('maxSteps');
  });
});
