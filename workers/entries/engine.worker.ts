// Web Worker entry: exposes the engine facade over comlink. Thin shim only: results that carry typed
// arrays (air fields) are transferred, not copied (ARCHITECTURE principle 10). A room-air solve uses
// AIR_THREADS threads: this worker and slab workers it starts on its first air solve (nested workers on
// a SharedArrayBuffer: needs cross-origin isolation, else the solve runs here alone). Terminating this
// worker (the pool's cancel) terminates its slab workers with it.
import * as Comlink from 'comlink';
import { createEngine, type EngineApi } from '../api';
import { SlabPool, type WorkerLike } from '../airflow/slab-pool';

/** Threads of one air solve: both cores of a 2-core machine, at most 2 (the pool runs other jobs beside). */
const AIR_THREADS = Math.max(1, Math.min(2, self.navigator?.hardwareConcurrency || 1));

function buffersOf(value: unknown, out: Set<ArrayBuffer>, depth = 0): Set<ArrayBuffer> {
  if (depth > 6 || value === null || typeof value !== 'object') return out;
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) out.add(value.buffer);
    return out;
  }
  for (const v of Object.values(value)) buffersOf(v, out, depth + 1);
  return out;
}

const airSlabs = new SlabPool(
  () => new Worker(new URL('./slab.worker.ts', import.meta.url), { type: 'module', name: 'hallflow-slab' }) as unknown as WorkerLike,
  AIR_THREADS - 1,
);
const engine = createEngine({ airSlabs });
const exposed: EngineApi = {
  ...engine,
  async solveAir(doc, request, onProgress) {
    const r = await engine.solveAir(doc, request, onProgress);
    return r.ok ? Comlink.transfer(r, [...buffersOf(r.fields, new Set())]) : r;
  },
};

Comlink.expose(exposed, self as unknown as Comlink.Endpoint);
