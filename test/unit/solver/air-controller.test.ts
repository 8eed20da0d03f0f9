// The UI's room-air controller keeps the last solve's warm state per mode and sends it with the next request
// of that mode (AirSolveRequest.warmFrom), and stores the result without it: a cancel may still terminate the
// engine worker (one that does not stop in time, or a page without shared memory), and the next solve then
// runs on a fresh worker whose engine has no solution of its own. Its requests are cooperative air jobs.
import { describe, expect, it } from 'vitest';
import { AirSolveController } from '../../../renderer/src/solver/air-solver';
import { JobMonitor } from '../../../renderer/src/solver/engine-context';
import { ResultsStore } from '../../../renderer/src/solver/results-store';
import type { JobOptions, JobRun, WorkerPool } from '../../../renderer/src/solver/pool';
import type { AirSolveRequest, AirSolved, AirWarmState } from '../../../workers/api';
import { smallHall } from '../../validation/airflow/openfoam/fixture';

/** A pool that runs each job at once against a fake engine recording its requests. */
function fakePool(answer: (request: AirSolveRequest, n: number) => AirSolved) {
  const requests: AirSolveRequest[] = [];
  const options: JobOptions[] = [];
  const pool = {
    submit<T>(run: JobRun<T>, _progress?: unknown, o: JobOptions = {}) {
      options.push(o);
      const api = { solveAir: async (_doc: unknown, request: AirSolveRequest) => { requests.push(request); return answer(request, requests.length); } };
      return { promise: run(api as never, () => undefined, null), cancel: () => undefined };
    },
  } as unknown as WorkerPool;
  return { pool, requests, options };
}

const warmOf = (n: number, mode: 'fast' | 'accurate'): AirWarmState => ({ mode, cellSize: null, key: { cooling: `c${n}`, racks: 1, airflow: 1 }, state: { dims: [1, 1, 1], fields: {} as never }, at: n });
const solvedAnswer = (request: AirSolveRequest, n: number): AirSolved => ({ ok: true, warm: warmOf(n, request.mode) } as unknown as AirSolved);

describe('the room-air controller', () => {
  it('sends the last warm state of the mode with the next request, and stores the result without it', async () => {
    const { pool, requests, options } = fakePool(solvedAnswer);
    const results = new ResultsStore();
    const c = new AirSolveController(pool, new JobMonitor(), results);
    const doc = smallHall();
    const settle = () => new Promise((r) => setTimeout(r, 0));
    c.run(doc, 'fast');
    await settle();
    expect(requests[0]).toMatchObject({ mode: 'fast', warmStart: true, warmFrom: null });
    expect(options[0]).toEqual({ affinity: 'air', cooperative: true });
    expect(results.getState().air.result).not.toHaveProperty('warm');
    c.run(structuredClone(doc), 'fast');
    await settle();
    expect(requests[1].warmFrom).toEqual(warmOf(1, 'fast'));
    // the accurate mode has its own
    c.run(doc, 'accurate');
    await settle();
    expect(requests[2].warmFrom).toBeNull();
    c.run(doc, 'fast');
    await settle();
    expect(requests[3].warmFrom).toEqual(warmOf(2, 'fast'));
  });

  it('a failed solve leaves the last warm state in place', async () => {
    const { pool, requests } = fakePool((request, n) => (n === 2 ? { ok: false, error: { kind: 'zeroAirflow', objectId: null, message: 'no air' } } : solvedAnswer(request, n)));
    const c = new AirSolveController(pool, new JobMonitor(), new ResultsStore());
    const doc = smallHall();
    for (let i = 0; i < 3; i++) {
      c.run(doc, 'fast');
      await new Promise((r) => setTimeout(r, 0));
    }
    expect(requests[2].warmFrom).toEqual(warmOf(1, 'fast'));
  });
});
