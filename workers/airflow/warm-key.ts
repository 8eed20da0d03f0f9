// When the app may warm-start a room-air solve from the previous one. The figures an air result states
// (constants.ts INTAKE_UNCERTAINTY) were checked warm-started after a small edit (openfoam.test.ts: the same
// hall after one rack's load +50 %; the airflow bench: after moving one rack). After a large change the
// warm-started flow starts far from its new state: failing one cooling unit of the default sample, warm and
// cold starts differed by 2.6–13.4 K at a rack's hottest intake cell and flipped up to 4 verdicts
// (bench/RESULTS.md, N+1 batch C vs B, 2026-11-27). So the engine facade (workers/api.ts) warm-starts only
// across an edit that leaves the cooling side as it was: the envelope (walls, floor, plenums, columns), the
// cooling units, the tiles and the containment unchanged, the same number of racks and their total
// airflow within WARM_AIRFLOW_CHANGE. Anything else solves from rest, so the stated figures apply.
import type { HallDocument } from '../model/schema';
import { rackAirflow } from './equipment';

/** Largest relative change of the racks' total airflow across which a warm start is kept (the checked
 *  edit, one rack's load +50 %, changes it by 1.5–3.3 % on the reference halls; chosen with margin). */
export const WARM_AIRFLOW_CHANGE = 0.1;

/** What decides whether a warm start is kept. */
export interface WarmKey {
  /** The cooling side of the hall, serialised. */
  cooling: string;
  racks: number;
  /** Σ rack airflow at the solve's load factor, m³/s. */
  airflow: number;
}

export function warmKey(doc: HallDocument, loadFactor = 1): WarmKey {
  const { envelope, coolingUnits, tiles, containment } = doc;
  return {
    cooling: JSON.stringify([envelope, coolingUnits, tiles, containment]),
    racks: doc.racks.length,
    airflow: doc.racks.reduce((s, r) => s + rackAirflow(r, loadFactor), 0),
  };
}

/** Whether an edit from `from` to `to` is small enough to warm-start across; else the reason it is not. */
export function warmStartAcross(from: WarmKey, to: WarmKey): true | string {
  if (from.cooling !== to.cooling) return 'the cooling units, tiles, containment or envelope changed';
  if (from.racks !== to.racks) return `the number of racks changed (${from.racks} → ${to.racks})`;
  const change = Math.abs(to.airflow - from.airflow) / Math.max(from.airflow, 1e-9);
  if (change > WARM_AIRFLOW_CHANGE) return `the racks' total airflow changed by ${Math.round(change * 100)} %`;
  return true;
}
