// Status of the room-air solve: which mode produced the shown result, a solve in progress with its
// progress, stale marking, convergence (steps, averaged steps, residuals, seconds), the Fast / Accurate
// buttons and the Auto checkbox; a failure is shown with its named error (and nothing is drawn).
import { useEngine, useResults } from '../../solver/engine-context';
import type { AirFailure } from '../../../../workers/airflow';
import { scopeText } from './scope-text';
import { marchText } from './march-text';
import { useUnits } from '../units';

const MODE_LABEL = { fast: 'Fast', accurate: 'Accurate' } as const;

export function AirStatus() {
  const { results } = useEngine();
  const air = useResults((s) => s.air);
  const u = useUnits();
  const c = air.result?.convergence;
  const pct = air.progress ? Math.round(air.progress.fraction * 100) : 0;
  return (
    <section className="panel air-status" data-testid="air-status">
      <h2>
        Room air {air.status === 'running' && <span className="spinner" aria-label="solving" />}
        {air.stale && <span className="badge stale" data-testid="air-stale">out of date</span>}
      </h2>
      <div className="air-actions">
        <button type="button" data-testid="air-solve-fast" onClick={() => results.requestAir('fast')}>Fast solve</button>
        <button type="button" data-testid="air-solve-accurate" onClick={() => results.requestAir('accurate')} title="0.2 m cells: slower, for the final check">Accurate solve</button>
        <label className="inline">
          <input type="checkbox" checked={air.auto} data-testid="air-auto" onChange={(e) => results.patchAir({ auto: e.target.checked })} /> Auto
        </label>
      </div>
      {air.status === 'running' && (
        <p className="small" data-testid="air-progress">
          {MODE_LABEL[air.runningMode ?? 'fast']} solve: {air.progress?.stage ?? 'queued'}{air.progress?.march && <> · {marchText(air.progress.march, u.fmt)}</>} {pct} %
          <progress max={100} value={pct} />
        </p>
      )}
      {air.error && <p className="field-error" role="alert">Engine error: {air.error}</p>}
      {air.failure && <FailureNote failure={air.failure} />}
      {air.result && c && (
        <p className="small muted" data-testid="air-convergence">
          {MODE_LABEL[air.mode ?? 'fast']} result · {c.converged ? 'converged' : 'not converged'} in {c.steps} steps
          {c.averagedSteps > 0 && <> · mean of {c.averagedSteps} steps</>} · {c.seconds.toFixed(1)} s
          {(c.threads ?? 1) > 1 && <> on {c.threads} threads</>}
          <br />
          residuals: momentum {c.residuals.momentum.toExponential(1)}, continuity {c.residuals.continuity.toExponential(1)}, energy {c.residuals.energy.toExponential(1)}
          <br />
          <span data-testid="air-accuracy" title={air.result.accuracy.basis}>
            {air.result.accuracy.intakeMeanUncertainty !== null && air.result.accuracy.intakeMaxUncertainty !== null
              ? <>vs OpenFOAM k-ε ({air.result.accuracy.halls}, worst rack): mean intakes ±{u.fmt(air.result.accuracy.intakeMeanUncertainty, 'temperatureDelta')}, hottest intake cell ±{u.fmt(air.result.accuracy.intakeMaxUncertainty, 'temperatureDelta')}</>
              : <>agreement with OpenFOAM not established: {air.result.accuracy.basis}</>}
          </span>
          {air.result.accuracy.outsideReferences.length > 0 && air.result.accuracy.intakeMeanUncertainty !== null && (
            <>
              <br />
              <span data-testid="air-accuracy-scope">{scopeText(air.result.accuracy.outsideReferences, u.fmt)}</span>
            </>
          )}
        </p>
      )}
      {air.status === 'idle' && !air.result && !air.failure && <p className="small muted">Not solved yet.</p>}
      {air.result && air.result.warnings.length > 0 && (
        <ul className="air-warnings small" data-testid="air-warnings">
          {air.result.warnings.map((w) => <li key={w}>{w}</li>)}
        </ul>
      )}
    </section>
  );
}

function FailureNote({ failure }: { failure: AirFailure }) {
  const e = failure.error;
  const where = 'objectId' in e && e.objectId ? ` (${e.objectId})` : '';
  // a diverged failure's message names its step, the nearest element and the place (workers/airflow/nearest.ts)
  return (
    <p className="field-error" role="alert" data-testid="air-failure">
      <strong>{e.kind}</strong>{where}: {e.message}
    </p>
  );
}
