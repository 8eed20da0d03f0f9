// The selected rack's checks: every check with value, limit, margin (units), status, reason and the source
// of its limit (CRITERIA_SOURCES, "assumption" badge), and for a failing rack "What would it take?" —
// whatItWouldTake in the worker pool (re-solves within a budget), cancellable, with the remedy found.
import { Fragment, useEffect } from 'react';
import { CRITERIA_SOURCES, MODE_LABEL, type RackVerdict } from '../../../../workers/verdicts';
import { useDocumentState } from '../../document/context';
import { useEngine } from '../../solver/engine-context';
import { useUnits } from '../units';
import { airForEngine } from './basis';
import { CHECK_CRITERION, formatMargin, formatValue, governingText } from './format';
import { usePoolJob } from './use-pool-job';
import type { RemedyResult } from '../../../../workers/verdicts';

const REMEDY_BUDGET = 12;

export function RackChecks({ verdict }: { verdict: RackVerdict }) {
  const u = useUnits();
  const name = useDocumentState((s) => s.doc.racks.find((r) => r.id === verdict.rackId)?.name ?? verdict.rackId);
  return (
    <section className="panel" data-testid="verdict-rack">
      <h2>
        {name} <span className={`count ${verdict.status === 'fail' ? 'warn' : 'ok'}`}>{verdict.status === 'incomplete' ? 'not evaluated' : verdict.status}</span>
        <span className="muted small">configured: {MODE_LABEL[verdict.mode]}</span>
      </h2>
      <table className="vd-table vd-checks" data-testid="verdict-checks">
        <thead><tr><th>Check</th><th>Value</th><th>Limit</th><th>Margin</th></tr></thead>
        <tbody>
          {verdict.checks.map((c) => {
            const key = CHECK_CRITERION[c.id];
            const src = key ? CRITERIA_SOURCES[key] : null;
            return (
              <Fragment key={c.id}>
                <tr className={`${c.status}${c.id === verdict.governing ? ' gov' : ''} vd-check-head`} data-check={c.id}>
                  <td className="name">
                    <span className={`st ${c.status}`}>{c.status === 'not-evaluated' ? '○' : c.status === 'pass' ? '✓' : '✗'}</span> {c.label}
                    {!c.required && <span className="muted"> (advisory)</span>}
                    {c.id === verdict.governing && <span className="badge">governing</span>}
                  </td>
                  <td className="num">{formatValue(u, c.value, c.quantity)}</td>
                  <td className="num">{formatValue(u, c.limit, c.quantity)}</td>
                  <td className={`num st ${c.status}`}>{formatMargin(u, c.margin, c.quantity)}</td>
                </tr>
                <tr className={`${c.id === verdict.governing ? 'gov' : ''} vd-check-body`}>
                  <td colSpan={4}>
                    <div className="vd-reason">{c.reason}</div>
                    {src && <div className="vd-source">Limit source: {src.source}{src.assumption && <span className="badge assumption">assumption</span>}</div>}
                  </td>
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
      {verdict.status === 'fail' && <Remedy rackId={verdict.rackId} />}
    </section>
  );
}

function Remedy({ rackId }: { rackId: string }) {
  const { results } = useEngine();
  const u = useUnits();
  const doc = useDocumentState((s) => s.settledDoc);
  const job = usePoolJob<RemedyResult>(`What would it take: ${rackId}`);
  const { reset } = job;
  useEffect(() => reset(), [rackId, doc, reset]);
  const start = () => {
    const s = results.getState();
    const air = airForEngine(s.air.result ?? s.air.failure);
    const loops = s.loop.result ?? s.loop.failure;
    job.run((api, progress) => api.whatItWouldTake(doc, rackId, { air, loops }, { budget: REMEDY_BUDGET }, progress));
  };
  const r = job.state.value;
  return (
    <div className="vd-remedy" data-testid="verdict-remedy">
      {!job.state.running && <button type="button" data-testid="verdict-remedy-run" onClick={start}>What would it take?</button>}
      {job.state.running && (
        <p className="small">
          <span className="spinner" /> Trying changes (up to {REMEDY_BUDGET} solves)… <progress />{' '}
          <button type="button" onClick={job.cancel}>Cancel</button>
        </p>
      )}
      {job.state.error && <p className="field-error">Engine error: {job.state.error}</p>}
      {r && (
        <div className={r.found ? 'vd-found' : 'vd-notfound'} data-testid="verdict-remedy-result">
          <p><b>{r.found ? `Found: ${r.found.change}` : 'No remedy found'}</b> — {r.message} ({r.solves} solves{r.budgetExhausted ? ', budget exhausted' : ''})</p>
          {r.trials.length > 0 && (
            <ol className="small">
              {r.trials.map((t) => (
                <li key={t.change} className={t.status}>{t.change}: <b>{t.status}</b>, governing {governingText(u, t.governing, t.governingMargin)}</li>
              ))}
            </ol>
          )}
        </div>
      )}
    </div>
  );
}
