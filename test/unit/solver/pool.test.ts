// The engine worker pool: jobs run in real module workers (@vitest/web-worker), report progress, and a
// cancelled job rejects with JobCancelled while the pool keeps serving new jobs; jobs of one affinity keep
// to one worker, and a cooperative cancel keeps the worker unless it does not answer in time.
import { afterEach, describe, expect, it } from 'vitest';
import { COOPERATIVE_GRACE_MS, JobCancelled, WorkerPool, type JobRun } from '../../../renderer/src/solver/pool';
import type { AirSolveRequest, AirSolved } from '../../../workers/api';
import type { HallDocument } from '../../../workers/model/schema';
import { heatLoadSummary } from '../../../workers/loads/summary';
import { createEngine } from '../../../workers/api';
import { loadDocument } from '../../../workers/model/load';
import { readFileSync } from 'node:fs';
import { benchHall } from '../../../workers/airflow/sample-halls';

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

  // a small hall (fast mode: a fraction of a second) for the room-air jobs below
  const hall = benchHall(7.2, 4.8, 3);
  /** A room-air job (comlink types the remote answer as a union of promises). */
  const air = (doc: HallDocument, request: AirSolveRequest): JobRun<AirSolved> => (api, _p, cancel) => api.solveAir(doc, { ...request, cancel }) as Promise<AirSolved>;
  const idle = async (p: WorkerPool) => { for (let i = 0; i < 200 && p.pending > 0; i++) await new Promise((r) => setTimeout(r, 20)); };

  it('jobs of one affinity run on the worker that ran the first of them (its engine keeps the last air solution)', async () => {
    pool = new WorkerPool(factory, 2);
    // a ping takes the first worker, so the first air job runs on the second, which becomes the air worker
    await Promise.all([pool.submit((api) => api.ping()).promise, pool.submit(air(hall, { mode: 'fast' }), undefined, { affinity: 'air' }).promise]);
    // the next air job is submitted first, the ping second: the air job still goes to the air worker, whose
    // engine warm-starts from its own last solution (a job on the other worker would start from rest)
    const moved = structuredClone(hall);
    moved.racks[0].x -= 0.6;
    const next = pool.submit(air(moved, { mode: 'fast', warmStart: true }), undefined, { affinity: 'air' });
    const ping = pool.submit((api) => api.ping());
    const r = await next.promise;
    await ping.promise;
    if (!r.ok) throw new Error(r.error.message);
    expect(r.accuracy.basis).toContain('this solve was warm-started');
  }, 60_000);

  it('an air job does not wait behind another kind of job on the air worker: it takes a free one', async () => {
    pool = new WorkerPool(factory, 2);
    await pool.submit(air(hall, { mode: 'fast' }), undefined, { affinity: 'air' }).promise;
    // two jobs that never answer: the first takes the worker no key owns, the second the air worker
    const hold = () => new Promise<never>(() => undefined);
    const first = pool.submit(hold);
    const second = pool.submit(hold);
    const next = pool.submit(air(hall, { mode: 'fast' }), undefined, { affinity: 'air' });
    // the first is cancelled (its worker replaced): the air job runs there, not behind the second
    first.cancel();
    await expect(first.promise).rejects.toBeInstanceOf(JobCancelled);
    expect((await next.promise).ok).toBe(true);
    second.cancel();
    await expect(second.promise).rejects.toBeInstanceOf(JobCancelled);
  }, 60_000);

  it('dispose settles the running jobs, and a cancel after it does nothing more', async () => {
    pool = new WorkerPool(factory, 1);
    const job = pool.submit(() => new Promise<never>(() => undefined), undefined, { cooperative: true });
    const p = pool;
    pool = null;
    p.dispose();
    await expect(job.promise).rejects.toThrow('worker pool disposed');
    job.cancel();
    await new Promise((r) => setTimeout(r, COOPERATIVE_GRACE_MS + 200));
    expect(p.pending).toBe(0);
  }, 60_000);

  it('a cooperative cancel lets the engine stop and keeps its worker; a plain cancel replaces the worker', async () => {
    pool = new WorkerPool(factory, 1);
    const before = spawned;
    const job = pool.submit(air(hall, { mode: 'fast' }), undefined, { affinity: 'air', cooperative: true });
    job.cancel();
    await expect(job.promise).rejects.toBeInstanceOf(JobCancelled);
    await idle(pool);
    expect(pool.pending).toBe(0);
    expect(spawned).toBe(before);
    // the same worker serves the next job
    const r = await pool.submit(air(hall, { mode: 'fast' }), undefined, { affinity: 'air', cooperative: true }).promise;
    expect(r.ok).toBe(true);
    const plain = pool.submit(air(hall, { mode: 'fast' }));
    plain.cancel();
    await expect(plain.promise).rejects.toBeInstanceOf(JobCancelled);
    expect(spawned).toBe(before + 1);
  }, 60_000);

  it('a cooperative job that does not stop within the grace period has its worker replaced', async () => {
    pool = new WorkerPool(factory, 1);
    const before = spawned;
    // a job that never answers (an engine stuck outside its steps)
    const stuck = pool.submit(() => new Promise<never>(() => undefined), undefined, { cooperative: true });
    stuck.cancel();
    await expect(stuck.promise).rejects.toBeInstanceOf(JobCancelled);
    expect(spawned).toBe(before);
    await new Promise((r) => setTimeout(r, COOPERATIVE_GRACE_MS + 200));
    expect(spawned).toBe(before + 1);
    await expect(pool.submit((api) => api.ping()).promise).resolves.toBe('hallflow-engine');
  }, 60_000);

  it('queues more jobs than workers and completes them all', async () => {
    pool = new WorkerPool(factory, 2);
    const jobs = Array.from({ length: 6 }, () => pool!.submit((api) => api.ping()));
    expect(pool.pending).toBe(6);
    await Promise.all(jobs.map((j) => j.promise));
    expect(pool.pending).toBe(0);
  });
});
