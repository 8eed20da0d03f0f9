// Slab parallelism for the solver's kernels: every hot kernel takes a z-slab k0..k1 of the grid, so N
// workers sharing the arrays (SharedArrayBuffer) can each run one slab and meet at a barrier between
// phases that read their neighbours' slabs (red and black colours of Gauss–Seidel, advection after the
// velocity update, …). This module holds the decomposition, an Atomics barrier and the per-worker phase
// loop. STATUS: the decomposition is verified (slab-split red–black smoothing equals the full sweep bit for
// bit, test/unit/airflow/parallel.test.ts); solveSteady does not run on workers yet — the app and CLI use
// the single-threaded path. No DOM or Node imports: runs in Web Workers and Node worker_threads.

export interface SlabRange { k0: number; k1: number }

/** Splits nz layers into `parts` contiguous slabs of near-equal size (empty slabs when parts > nz). */
export function splitSlabs(nz: number, parts: number): SlabRange[] {
  const out: SlabRange[] = [];
  for (let p = 0; p < parts; p++) out.push({ k0: Math.floor((p * nz) / parts), k1: Math.floor(((p + 1) * nz) / parts) });
  return out;
}

/** Barrier state: Int32Array(2) on a SharedArrayBuffer: [arrived, generation]. */
export function createBarrier(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(8));
}

/**
 * Waits until `parties` callers have arrived (generation counting, so the barrier is reusable). Uses
 * Atomics.wait, which browsers allow in workers only: the main thread must not take part.
 */
export function barrierWait(state: Int32Array, parties: number): void {
  const gen = Atomics.load(state, 1);
  if (Atomics.add(state, 0, 1) === parties - 1) {
    Atomics.store(state, 0, 0);
    Atomics.add(state, 1, 1);
    Atomics.notify(state, 1);
    return;
  }
  while (Atomics.load(state, 1) === gen) Atomics.wait(state, 1, gen);
}

/** A phase: a kernel over layers k0..k1 of this worker's slab. */
export type Phase = (k0: number, k1: number) => void;

/** One worker's loop: run each phase on its slab, then wait for the others before the next phase. */
export function runPhases(phases: readonly Phase[], slab: SlabRange, wait: () => void): void {
  for (const phase of phases) {
    if (slab.k1 > slab.k0) phase(slab.k0, slab.k1);
    wait();
  }
}
