// Slab parallelism for the solver's kernels: every hot kernel takes a z-slab k0..k1 of the grid, so N
// workers sharing the arrays (SharedArrayBuffer) can each run one slab and meet at a barrier between
// phases that read their neighbours' slabs (red and black colours of Gauss–Seidel, advection after the
// velocity update, …). This module holds the decomposition, an Atomics barrier and the per-worker phase
// loop. No DOM or Node imports: runs in Web Workers and Node worker_threads.
// STATUS (2026-11-26): verified — the decomposition (slab-split red–black smoothing equals the full sweep
// bit for bit) and the barrier between two real worker_threads (test/unit/airflow/parallel.test.ts).
// NOT done — solveSteady runs single-threaded in the app and the CLI. Missing, in order:
//  1. allocate Fields, Work, EnergyCoeffs and the multigrid levels on one SharedArrayBuffer (a layout
//     table of offsets) instead of separate typed arrays (Float64, and Float32 for the face coefficients,
//     MacCormack bounds, wall distance and running means; CG's r and z are the finest level's b and x);
//  2. AirOptions.parallel?: { workers: number; spawn: () => WorkerLike } and a slab.worker.ts entry that
//     receives the buffer + layout, rebuilds typed-array views and runs a phase loop on its slab;
//  3. split solveSteady's step into phases (trace, diffuse colours, divergence, each smoother colour and
//     residual/restrict/prolong per multigrid level, CG dot products as per-slab partial sums reduced
//     by the coordinator, energy sweeps as red–black instead of lexicographic Gauss–Seidel — this changes
//     the serial results too, so the validation figures must be re-measured); the plenum, couplings,
//     monitors and the averaging's batch-means stop test stay on the coordinating worker between barriers;
//  4. a serial-vs-parallel test (results equal to round-off: only the CG reductions change order).
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
