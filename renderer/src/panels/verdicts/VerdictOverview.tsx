// Counts per verdict and pass / fail / not evaluated, and which solver results the verdicts rest on
// ("not evaluated" where a result is missing, running, stale or failed). Swatches match the 3D colours.
import { useViewStore } from '../../app/view-store';
import { VERDICT_CATEGORIES } from '../../scene/colours';
import type { SolverBasis, VerdictSnapshot } from './snapshot';
import { countVerdicts } from './format';
import { VERDICT_ORDER } from './snapshot';
import { useUnits } from '../units';
import { useEngine, useResults } from '../../solver/engine-context';

const STATE_TEXT: Record<SolverBasis['state'], string> = {
  used: 'used', missing: 'not evaluated — no result', stale: 'not evaluated — out of date', failed: 'solve failed', running: 'not evaluated — solving',
};

function Basis({ name, b, testId }: { name: string; b: SolverBasis; testId: string }) {
  return (
    <li data-testid={testId} data-state={b.state} className={b.state === 'used' ? '' : 'warn-text'}>
      <b>{name}:</b> {STATE_TEXT[b.state]}{b.state !== 'used' && b.detail ? ` (${b.detail})` : ''}
    </li>
  );
}

/** How many racks' inlet margins are inside the air result's stated figure (workers/verdicts checks.ts undecided). */
function Undecided({ snap }: { snap: VerdictSnapshot }) {
  const u = useUnits();
  const { results } = useEngine();
  // the mode of the air result the verdicts rest on: from a fast one, offer the accurate solve (its figure is tighter)
  const airMode = useResults((s) => s.air.mode);
  const n = snap.verdicts.undecided;
  const figure = snap.verdicts.racks.flatMap((r) => r.checks).find((c) => c.uncertainty !== undefined)?.uncertainty;
  return (
    <p className="small muted" data-testid="verdict-undecided">
      <b className="warn-text">{n} rack{n === 1 ? '' : 's'}</b> (± in the table) {n === 1 ? 'has an inlet margin' : 'have inlet margins'} inside the ±{figure !== undefined ? u.fmt(figure, 'temperatureDelta') : '?'} the air result states for the hottest intake cell against OpenFOAM: undecided by this tool. Confirm them with {airMode === 'fast' ? 'the accurate mode, ' : ''}a CFD study or measurement.
      {airMode === 'fast' && (
        <> <button type="button" className="vd-link" data-testid="verdict-undecided-accurate" title="Solve the room air in the accurate mode (0.2 m cells; minutes); the verdicts follow when it is done"
          onClick={() => results.requestAir('accurate')}>Accurate solve</button></>
      )}
    </p>
  );
}

export function VerdictOverview({ snap }: { snap: VerdictSnapshot }) {
  const view = useViewStore();
  const c = countVerdicts(snap.verdicts.racks);
  return (
    <section className="panel" data-testid="verdict-overview">
      <h2>
        Verdicts
        <span className={`count ${c.fail ? 'warn' : 'ok'}`} data-testid="verdict-passfail">{c.pass} pass · {c.fail} fail{c.incomplete ? ` · ${c.incomplete} not evaluated` : ''}</span>
        <button type="button" className="vd-link" data-testid="verdict-colour" onClick={() => view.set({ colorBy: 'verdict' })}>Colour racks</button>
      </h2>
      <ul className="vd-counts" data-testid="verdict-counts">
        {VERDICT_ORDER.map((k, i) => (
          <li key={k} data-verdict={k} data-count={c[k]} className={c[k] === 0 ? 'zero' : ''}>
            <span className="vd-swatch" style={{ background: VERDICT_CATEGORIES[i].hex }} />
            <span className="label">{VERDICT_CATEGORIES[i].label}</span>
            <span className="n">{c[k]}</span>
          </li>
        ))}
      </ul>
      {snap.verdicts.undecided > 0 && <Undecided snap={snap} />}
      <ul className="vd-basis small">
        <Basis name="Liquid loops" b={snap.loops} testId="verdict-basis-loops" />
        <Basis name="Room air" b={snap.air} testId="verdict-basis-air" />
      </ul>
    </section>
  );
}
