// Solve status of the liquid loops: running with progress, stale marker, convergence (outer iterations,
// last hydraulic residuals, temperature change), energy balances; "Solve now" and the Auto switch;
// expected failures (stage + every named error) and unexpected engine errors, each shown as such.
import { useEngine, useResults } from '../../solver/engine-context';
import { useUnits } from '../units';

export function requestSolve(): void {
  window.dispatchEvent(new Event('hallflow:solve'));
}

export function SolveStatus() {
  const { results } = useEngine();
  const loop = useResults((s) => s.loop);
  const auto = useResults((s) => s.auto);
  const u = useUnits();
  const c = loop.result?.convergence;
  const last = c?.history[c.history.length - 1];
  return (
    <section className="panel loop-status" data-testid="loop-status">
      <h2>
        Liquid loop solve
        {loop.status === 'running' && (
          <span className="loop-running" data-testid="loop-running">
            <span className="spinner" aria-label="solving" /> {Math.round((loop.progress?.fraction ?? 0) * 100)} %
            {loop.progress?.stage ? <span className="muted"> {loop.progress.stage}</span> : null}
          </span>
        )}
        {loop.stale && <span className="badge stale" data-testid="loop-stale">out of date</span>}
      </h2>
      <div className="loop-actions">
        <button type="button" className="primary" data-testid="loop-solve" onClick={requestSolve}>Solve now</button>
        <label className="inline">
          <input type="checkbox" data-testid="loop-auto" checked={auto} onChange={(e) => results.setAuto(e.target.checked)} /> Auto (re-solve after edits)
        </label>
      </div>
      {loop.status === 'idle' && !loop.result && <p className="muted small">Not solved yet.</p>}
      {loop.failure && (
        <div className="loop-failure" role="alert" data-testid="loop-failure">
          <strong>Solve failed at the {loop.failure.stage} stage</strong>
          <ul>{loop.failure.errors.map((e, i) => <li key={i}><code>{e.elementId}</code>: {e.message}</li>)}</ul>
        </div>
      )}
      {loop.error && (
        <div className="loop-failure engine" role="alert" data-testid="loop-error">
          <strong>Unexpected engine error</strong> (a bug, not a property of the design): {loop.error}
        </div>
      )}
      {c && (
        <table className="kv" data-testid="loop-convergence">
          <tbody>
            <tr>
              <th>Outer iterations</th>
              <td className={c.converged ? '' : 'bad'} data-testid="loop-converged">{c.outerIterations} · {c.converged ? 'converged' : 'NOT converged'}</td>
            </tr>
            <tr><th>Last temperature change</th><td>{u.fmt(c.temperatureChange, 'temperatureDelta', 3)}</td></tr>
            {last?.hydraulics.map((h) => (
              <tr key={h.side}>
                <th>{h.side.toUpperCase()} hydraulics</th>
                <td className={h.converged ? '' : 'bad'}>{h.iterations} it · residual {h.relativeError.toExponential(1)}</td>
              </tr>
            ))}
            <tr><th>Energy balance error (TCS / FWS)</th><td>{(c.energyBalanceError * 100).toFixed(3)} % / {(c.primaryBalanceError * 100).toFixed(3)} %</td></tr>
          </tbody>
        </table>
      )}
    </section>
  );
}
