// The agreement with OpenFOAM an air result states (index.ts airAccuracy): the measured figures only for the mode's own
// cell size and default solver options, which is what the OpenFOAM references were compared at
// (test/validation/airflow/openfoam.test.ts checks that the figures hold there).
import { describe, expect, it } from 'vitest';
import { airAccuracy } from '../../../workers/airflow/index';
import { CELL_SIZE_ACCURATE, CELL_SIZE_FAST, INTAKE_UNCERTAINTY } from '../../../workers/airflow/constants';

describe('airAccuracy', () => {
  it('states the validated figure for each mode at its own cell size', () => {
    expect(airAccuracy({ mode: 'accurate' }, CELL_SIZE_ACCURATE).intakeMeanUncertainty).toBe(INTAKE_UNCERTAINTY.mean.accurate);
    expect(airAccuracy({ mode: 'accurate' }, CELL_SIZE_ACCURATE).intakeMaxUncertainty).toBe(INTAKE_UNCERTAINTY.hottest.accurate);
    expect(airAccuracy({ mode: 'fast' }, CELL_SIZE_FAST).intakeMaxUncertainty).toBe(INTAKE_UNCERTAINTY.hottest.fast);
    expect(airAccuracy({ mode: 'fast', solver: {} }, CELL_SIZE_FAST).intakeMeanUncertainty).toBe(INTAKE_UNCERTAINTY.mean.fast);
  });

  it('says when a solve was warm-started (the figure covers warm starts after small edits)', () => {
    const warm = airAccuracy({ mode: 'fast' }, CELL_SIZE_FAST, true);
    expect(warm.intakeMeanUncertainty).toBe(INTAKE_UNCERTAINTY.mean.fast);
    expect(warm.basis).toContain('warm-started from the previous one');
    expect(airAccuracy({ mode: 'fast' }, CELL_SIZE_FAST).basis).not.toContain('warm-started from the previous one');
  });

  it('states none at another cell size or with custom solver options, and says why', () => {
    const finer = airAccuracy({ mode: 'accurate' }, 0.1);
    expect(finer.intakeMeanUncertainty).toBeNull();
    expect(finer.intakeMaxUncertainty).toBeNull();
    expect(finer.basis).toContain('not compared with OpenFOAM at 0.1 m cells');
    const fastFine = airAccuracy({ mode: 'fast' }, CELL_SIZE_ACCURATE);
    expect(fastFine.intakeMeanUncertainty).toBeNull();
    const tuned = airAccuracy({ mode: 'accurate', solver: { maxSteps: 50 } }, CELL_SIZE_ACCURATE);
    expect(tuned.intakeMaxUncertainty).toBeNull();
    expect(tuned.basis).toContain('maxSteps');
  });
});
