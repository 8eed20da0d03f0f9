// Hot spots: racks by maximum intake temperature, hottest first, those above the class's recommended
// maximum amber and above its allowable maximum red (ASHRAE TC 9.9 2021 [REFERENCE.md §1]). A click
// selects the rack.
import type { RackAirResult } from '../../../../workers/airflow';
import { useDocumentStore } from '../../document/context';
import { useUnits } from '../units';
import { countAbove, hotSpots, intakeLimits, type AirClass } from './hot-spots';

/** Rows shown: the hottest racks (the intake table below lists all). */
const SHOWN = 8;

export function HotSpots({ racks, airClass, names }: { racks: readonly RackAirResult[]; airClass: AirClass; names: ReadonlyMap<string, string> }) {
  const u = useUnits();
  const store = useDocumentStore();
  const lim = intakeLimits(airClass);
  const above = countAbove(racks, airClass);
  const rows = hotSpots(racks, airClass, SHOWN);
  return (
    <section className="panel" data-testid="air-hotspots">
      <h2>Hot spots</h2>
      <p className="small muted">
        Max intake vs {airClass}: recommended ≤ {u.fmt(lim.recMax, 'temperature')}, allowable ≤ {u.fmt(lim.allMax, 'temperature')}.{' '}
        <span className={above.recommended ? 'warn-text' : ''}>{above.recommended} above recommended</span>,{' '}
        <span className={above.allowable ? 'bad-text' : ''}>{above.allowable} above allowable</span>.
      </p>
      <ol className="hot-spots">
        {rows.map((r) => (
          <li key={r.id} className={`level-${r.level}`}>
            <button type="button" onClick={() => store.select([r.id])} data-testid="air-hotspot">
              <span>{names.get(r.id) ?? r.id}</span>
              <span className="num">{u.fmt(r.intakeMax, 'temperature')}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
