// Slab parallelism for the solver's kernels: every hot kernel takes a z-slab k0..k1 of the grid, so N
// workers sharing the arrays (SharedArrayBuffer) can each run one slab and meet at a barrier between
// phases that read their neighbours' slabs (red and black colours of Gauss–Seidel, advection after the
// velocity update, …). This module holds the decomposition, an Atomics barrier and the per-worker phase
// loop. No DOM or Node imports: runs in Web Workers and Node worker_threads.
// STATUS (2026-11-26, branch airpar): wired. One solve runs on the coordinating thread plus N−1 slab
// workers (AirOptions.parallel.workers; the app: 2 threads, the engine worker and a nested slab worker;
// Node: worker_threads via cli/slab-threads.ts; serial when shared memory is unavailable, workers: 0, or
// the grid has < PARALLEL_MIN_CELLS cells):
//  - layout.ts: every big array (fields, work, energy coefficients, multigrid levels, CG vectors, running
//    means, masks, control block) is a view of one SharedArrayBuffer by a layout table (name, kind,
//    offset, length), same precision as before; a serial solve uses an ArrayBuffer with the same layout;
//  - phases.ts: the step as phases over chunks, a z-layer each (traces, diffusion colours, divergence, CG
//    pieces, each smoother colour / residual+restriction / prolongation of the multigrid levels with ≥ 16k
//    cells — coarser levels run on the coordinator alone —, velocity correction, energy assembly,
//    turbulence + residual partial sums, running means) or a row band (the pipelined sweeps); every
//    reduction is a per-z-layer partial summed in layer order, so any number of threads gives the serial
//    result bit for bit;
//  - the energy sweeps stay lexicographic Gauss–Seidel, run as a pipeline of row bands (band p of layer k
//    after band p−1 of layer k; reversed for the backward sweep): the same arithmetic as one thread. A
//    red–black (layer zebra) ordering was tried and dropped: it slowed the pseudo-transient energy
//    (de Vahl Davis +13–30 % steps) and broke the fast-mode warm-start test;
//  - team.ts: the coordinator publishes a phase (id, parameters, chunk count); the threads claim its chunks
//    from one counter (the coordinator from the bottom layer up, workers from the top down), and the
//    coordinator returns when all are done. Claimed, not dealt: the split follows the work (solid layers are
//    cheaper) and a descheduled worker (a shared machine) costs at most the chunk it holds; a worker asleep
//    when a phase starts joins late or not at all. (Until 2026-11-26: fixed slabs per slot and this
//    module's barrier after every phase.)
//    The plenum, couplings, leak faces, monitors and averaging decisions stay on the coordinator between
//    phases; the final steady energy solve and the capture tracer are pipelined like the march's sweeps;
//  - slab-pool.ts: protocol, the worker's loop (workers/entries/slab.worker.ts), SlabPool (spawn once,
//    await 'ready', reuse), postTeam + a timed joinTeam; a worker that does not join in time: the solve
//    runs serially on the same arrays. A browser worker must not block before its nested workers got the
//    solve (Chromium delivers nothing to them while the parent sits in Atomics.wait): the engine uses
//    solveAirAsync, which awaits the join between posting and blocking (steadySteps yields there);
//  - the capture tracer and its adjoint run on the row-band pipeline too.
//    (2026-11-27, branch airspeed2: fewer phases per step, same arithmetic: the next component's departure
//    in the phase of this one's backward trace, the divergence with its negation and with the energy
//    assembly, the V-cycle's first smoother colour in the residual phase, the next step's departure of u in
//    the turbulence phase, and the symmetric sweep as one phase whose backward parts run band by band once
//    a thread has nothing left to claim, PhaseFn.finish; plenum, leak faces and the first couplings run on
//    the coordinator while the others start a phase that shares nothing with them, Team.run meanwhile.)
// Tested: test/unit/airflow/parallel.test.ts (2 and 3 real threads = serial bit for bit, the async path,
// the join fallback); test/e2e/air.e2e.ts (an accurate solve on 2 threads in Chromium after a cancel).
// Not done: the coarse multigrid levels (< 16k cells) and the steady energy/capture assembly of the
// tracer run on the coordinator alone.
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
export function barrierWait(state: Int32Array, parties: number, spin = 0): void {
  const gen = Atomics.load(state, 1);
  if (Atomics.add(state, 0, 1) === parties - 1) {
    Atomics.store(state, 0, 0);
    Atomics.add(state, 1, 1);
    Atomics.notify(state, 1);
    return;
  }
  // spin a little first: a phase often ends within microseconds of the other thread's, and waking a
  // thread from Atomics.wait costs tens of microseconds
  for (let s = spin; s > 0 && Atomics.load(state, 1) === gen; s--);
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
