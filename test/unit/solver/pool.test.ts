// The engine worker pool: jobs run in real module workers (@vitest/web-worker), report progress, and a
// cancelled job rejects with JobCancelled while the pool keeps serving new jobs.
import { afterEach, describe, expect, it } from 'vitest';
import { JobCancelled, WorkerPool } from '../../../renderer/src/solver/pool';
import { heatLoadSummary } from '../../../workers/loads/summary';
import { createEngine } from '../../../workers/api';
import { loadDocument } from '../../../workers/model/load';
import { readFileSync } from 'node:fs';

const sample = readFileSync(new URL('../../../assets/samples/ai-hall-mixed.hallflow.json', import.meta.url), 'utf8');
// A distinct query per worker makes the shim evaluate the module anew, as a browser would per worker.
let spawned = 0;
const factory = () => new Worker(new URL(`../../../workers/entries/engine.worker.ts?w=${++spawned}`, import.meta.url), { type: 'module' });

let pool: WorkerPool | null = null;
afterEach(() => pool?.dispose());

describe('WorkerPool', () => {
  it('runs the heat-load summary in a worker with progress, equal to the in-process result', async () => {
    const r = loadDocument(sample);
    if (!r.ok) throw new Error('sample does not load');
    pool = new WorkerPool(factory, 1);
    // (Progress proxies need MessagePort transfer, which the Node web-worker shim lacks; progress is
    // checked in-process below and through the app in the e2e tests.)
    const job = pool.submit((api) => api.heatLoadSummary(r.doc));
    const remote = await job.promise;
    expect(remote).toEqual(heatLoadSummary(r.doc));
  });

  it('the engine reports progress in order, before its result', async () => {
    const r = loadDocument(sample);
    if (!r.ok) throw new Error('sample does not load');
    const seen: number[] = [];
    const result = await createEngine().heatLoadSummary(r.doc, async (p) => {
      await new Promise((res) => setTimeout(res, 5));
      seen.push(p.fraction);
    });
    seen.push(result.racks.length);
    expect(seen).toEqual([0, 1, r.doc.racks.length]);
  });

  it('cancel rejects the job and the pool still serves the next one', async () => {
    pool = new WorkerPool(factory, 1);
    const slow = pool.submit((api) => api.ping());
    slow.cancel();
    await expect(slow.promise).rejects.toBeInstanceOf(JobCancelled);
    const next = pool.submit((api) => api.ping());
    await expect(next.promise).resolves.toBe('hallflow-engine');
  });

  it('queues more jobs than workers and completes them all', async () => {
    pool = new WorkerPool(factory, 2);
    const jobs = Array.from({ length: 6 }, () => pool!.submit((api) => api.ping()));
    expect(pool.pending).toBe(6);
    await Promise.all(jobs.map((j) => j.promise));
    expect(pool.pending).toBe(0);
  });
});
