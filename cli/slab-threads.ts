// Slab workers on Node worker_threads for the CLI, the benchmarks and the tests: a SlabPool whose
// workers run cli/slab-thread.mjs. Usage: const pool = nodeSlabPool(1); const workers = await pool.ready();
// solveAir(doc, { ...options, parallel: { workers } }); pool.dispose().
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { SlabPool, type WorkerLike } from '../workers/airflow/slab-pool';

/** A worker_threads Worker seen as a WorkerLike (message and error events as { data }). */
export function spawnSlabThread(): WorkerLike {
  const w = new Worker(new URL('./slab-thread.mjs', import.meta.url));
  // an idle slab worker must not keep the process alive
  w.unref();
  return {
    postMessage: (m) => w.postMessage(m),
    addEventListener: (type, listener) => { w.on(type, (data: unknown) => listener({ data })); },
    terminate: () => w.terminate(),
  };
}

/** A pool of `size` slab threads (an air solve then uses size + 1 threads). */
export function nodeSlabPool(size: number): SlabPool {
  return new SlabPool(spawnSlabThread, size);
}

/** Threads of one air solve in the CLI: HALLFLOW_AIR_THREADS, else 2 (at most the machine's cores). */
export function airThreads(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.HALLFLOW_AIR_THREADS ?? 2);
  return Math.max(1, Math.min(Number.isFinite(n) ? Math.floor(n) : 2, availableParallelism()));
}
