// Cooperative cancel of a room-air solve (AirOptions.cancel, the app's pool): once another thread sets the
// flag, the solve stops at its next step with error kind 'cancelled' — on one thread and on a team with a
// slab worker, which then serves the next solve as before (no worker has to be terminated).
import { afterAll, describe, expect, it } from 'vitest';
import { solveAir, type AirOptions } from '../../../workers/airflow/index';
import { benchHall } from '../../../workers/airflow/sample-halls';
import { nodeSlabPool } from '../../../cli/slab-threads';
import type { SlabPool } from '../../../workers/airflow/slab-pool';

const pools: SlabPool[] = [];
afterAll(() => { for (const p of pools) p.dispose(); });

const doc = benchHall(7.2, 4.8, 3);
const options: AirOptions = { mode: 'accurate', solver: { maxSteps: 60, minSteps: 5, developSteps: 30, averageSteps: 20, minAverageSteps: 5, monitorWindow: 5 } };

/** A solve whose flag is set when the solver reports progress at step 10 (it reports every 10 steps). */
function cancelledAtStep10(extra: Partial<AirOptions> = {}) {
  const cancel = new Int32Array(new SharedArrayBuffer(4));
  return solveAir(doc, { ...options, ...extra, cancel }, (p) => { if (p.stage === 'airflow') Atomics.store(cancel, 0, 1); });
}

describe('cancelling a room-air solve', () => {
  it('stops at the next step with error kind cancelled', () => {
    const r = cancelledAtStep10();
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.kind).toBe('cancelled');
      expect(r.error.message).toBe('the room-air solve was cancelled at step 11');
    }
    // a flag set before the solve starts: nothing is solved
    const early = new Int32Array(new SharedArrayBuffer(4));
    early[0] = 1;
    const none = solveAir(doc, { ...options, cancel: early });
    expect(!none.ok && none.error.message).toBe('the room-air solve was cancelled at step 1');
    // an unset flag changes nothing
    const plain = solveAir(doc, options);
    const flagged = solveAir(doc, { ...options, cancel: new Int32Array(new SharedArrayBuffer(4)) });
    if (!plain.ok || !flagged.ok) throw new Error('solve failed');
    expect(flagged.racks).toEqual(plain.racks);
  }, 60_000);

  it('a team with a slab worker stops too, and the worker serves the next solve', async () => {
    const pool = nodeSlabPool(1);
    pools.push(pool);
    const workers = await pool.ready();
    const parallel = { workers, minCells: 0 };
    const r = cancelledAtStep10({ parallel });
    expect(!r.ok && r.error.kind).toBe('cancelled');
    const next = solveAir(doc, { ...options, parallel });
    if (!next.ok) throw new Error(next.error.message);
    expect(next.convergence.threads).toBe(2);
    const serial = solveAir(doc, options);
    if (!serial.ok) throw new Error(serial.error.message);
    expect(next.racks).toEqual(serial.racks);
  }, 60_000);
});
