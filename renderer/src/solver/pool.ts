// Worker pool for the engine (comlink). Jobs queue FIFO on up to `size` module workers; each job can
// report progress and be cancelled. Cancel terminates the worker running the job and starts a fresh one,
// so even a CPU-bound solve stops at once — or, for a cooperative job (the room-air solve), sets a shared
// flag the engine reads between steps, so the worker and its state survive (terminated after a grace
// period if it does not answer). Jobs with an affinity key run on one worker. Dispose terminates every
// worker (ARCHITECTURE principle 10).
import * as Comlink from 'comlink';
import type { EngineApi, Progress } from '../../../workers/api';

export type { Progress };

export class JobCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'JobCancelled';
  }
}

interface Slot {
  worker: Worker;
  api: Comlink.Remote<EngineApi>;
  busy: boolean;
  /** The job running here (a cooperatively cancelled one until its worker answers). */
  job: Job<unknown> | null;
  /** The affinity key whose jobs run only here (JobOptions.affinity), once one has run here. */
  owner: string | null;
}

interface Job<T> {
  run: JobRun<T>;
  onProgress?: (p: Progress) => void;
  resolve: (v: T) => void;
  reject: (e: unknown) => void;
  slot: Slot | null;
  done: boolean;
  affinity: string | null;
  /** The cooperative cancel flag (JobOptions.cooperative, when shared memory is available). */
  flag: Int32Array | null;
  grace: ReturnType<typeof setTimeout> | null;
}

/** A job: calls the engine through api; `cancel` is its cooperative cancel flag (JobOptions.cooperative)
 *  to hand to the engine, or null. */
export type JobRun<T> = (api: Comlink.Remote<EngineApi>, progress: (p: Progress) => void, cancel: Int32Array | null) => Promise<T>;

export interface JobOptions {
  /** Jobs with the same key run on one worker, the first that ran one (an engine keeps state per worker:
   *  the room-air solve's JIT-compiled kernels, slab workers and last solution); they wait for it when busy. */
  affinity?: string;
  /** Cancel by a flag the job passes to the engine (which stops at its next step and answers), so the
   *  worker and what it holds survive; a worker that has not answered within COOPERATIVE_GRACE_MS is
   *  terminated as for any other job. Needs shared memory (cross-origin isolation); without it, terminate. */
  cooperative?: boolean;
}

/** How long a cooperatively cancelled job may take to stop before its worker is terminated, ms. The air
 *  solver reads the flag at each step (≈ 0.5 s for a 1M-cell accurate solve on two cores) and every 16 final
 *  energy sweeps; not while it builds the grid, waits for its slab workers, makes the final projection or
 *  runs the capture tracer, so a cancel there may end in a terminate on a large grid. */
export const COOPERATIVE_GRACE_MS = 2000;

export interface JobHandle<T> {
  promise: Promise<T>;
  cancel(): void;
}

export type WorkerFactory = () => Worker;

/** A cancel flag on shared memory, or null where there is none (a page without cross-origin isolation). */
function sharedFlag(): Int32Array | null {
  if (typeof SharedArrayBuffer === 'undefined') return null;
  if ((globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === false) return null;
  return new Int32Array(new SharedArrayBuffer(4));
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job<unknown>[] = [];
  private disposed = false;

  constructor(private readonly factory: WorkerFactory, readonly size: number) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = this.factory();
    return { worker, api: Comlink.wrap<EngineApi>(worker), busy: false, job: null, owner: null };
  }

  submit<T>(run: JobRun<T>, onProgress?: (p: Progress) => void, options: JobOptions = {}): JobHandle<T> {
    let job!: Job<T>;
    const promise = new Promise<T>((resolve, reject) => {
      job = { run, onProgress, resolve, reject, slot: null, done: false, affinity: options.affinity ?? null, flag: options.cooperative ? sharedFlag() : null, grace: null };
    });
    if (this.disposed) job.reject(new Error('worker pool disposed'));
    else {
      this.queue.push(job as Job<unknown>);
      this.pump();
    }
    return { promise, cancel: () => this.cancel(job as Job<unknown>) };
  }

  /** The slot a job may start on now, or null. A job with an affinity runs on its key's slot; it waits for
   *  that slot only while a job of the same key runs there (a cancelled one answering at its next step),
   *  else it takes a free slot no other key owns, which becomes its key's (it never waits behind another kind
   *  of job). Other jobs prefer slots no key owns. */
  private slotFor(job: Job<unknown>): Slot | null {
    const free = this.slots.filter((s) => !s.busy);
    if (job.affinity !== null) {
      const owner = this.slots.find((s) => s.owner === job.affinity);
      if (owner && !owner.busy) return owner;
      if (owner && owner.job?.affinity === job.affinity) return null;
      const pick = free.find((s) => s.owner === null) ?? null;
      if (pick) {
        if (owner) owner.owner = null;
        pick.owner = job.affinity;
      }
      return pick;
    }
    return free.find((s) => s.owner === null) ?? free[0] ?? null;
  }

  /** Starts queued jobs in order on free slots; a job waiting for its affinity's slot lets later ones by. */
  private pump(): void {
    for (let q = 0; q < this.queue.length;) {
      const job = this.queue[q];
      const slot = this.slotFor(job);
      if (!slot) { q++; continue; }
      this.queue.splice(q, 1);
      slot.busy = true;
      slot.job = job;
      job.slot = slot;
      const progress = Comlink.proxy((p: Progress) => {
        if (!job.done) job.onProgress?.(p);
      });
      job.run(slot.api, progress, job.flag).then(
        (v) => this.settled(job, slot, () => job.resolve(v)),
        (e) => this.settled(job, slot, () => job.reject(e)),
      );
    }
  }

  /** The worker answered: its slot is free (unless replaced meanwhile); the job settles unless cancelled. */
  private settled(job: Job<unknown>, slot: Slot, settle: () => void): void {
    if (slot.job === job) {
      slot.busy = false;
      slot.job = null;
    }
    if (job.grace !== null) clearTimeout(job.grace);
    job.grace = null;
    if (!job.done) {
      job.done = true;
      settle();
    }
    this.pump();
  }

  private cancel(job: Job<unknown>): void {
    if (job.done) return;
    job.done = true;
    if (this.disposed) {
      job.reject(new JobCancelled());
      return;
    }
    const qi = this.queue.indexOf(job);
    if (qi >= 0) this.queue.splice(qi, 1);
    const slot = job.slot;
    if (slot && slot.job === job) {
      if (job.flag) {
        // the engine stops at its next step and answers (settled frees the slot); else terminate
        Atomics.store(job.flag, 0, 1);
        job.grace = setTimeout(() => {
          job.grace = null;
          if (slot.job === job) this.replace(slot);
        }, COOPERATIVE_GRACE_MS);
      } else this.replace(slot);
    }
    job.reject(new JobCancelled());
    this.pump();
  }

  /** Terminates a slot's worker and puts a fresh one in its place (keeping its affinity). */
  private replace(slot: Slot): void {
    if (this.disposed) return;
    const i = this.slots.indexOf(slot);
    slot.api[Comlink.releaseProxy]();
    slot.worker.terminate();
    slot.busy = false;
    slot.job = null;
    if (i >= 0 && !this.disposed) this.slots[i] = { ...this.spawn(), owner: slot.owner };
    this.pump();
  }

  /** Jobs queued or running, counting a cancelled cooperative job until its worker answers (≤ the grace). */
  get pending(): number {
    return this.queue.length + this.slots.filter((s) => s.busy).length;
  }

  dispose(): void {
    this.disposed = true;
    for (const j of this.queue.splice(0)) j.reject(new Error('worker pool disposed'));
    for (const s of this.slots) {
      const job = s.job;
      if (job) {
        if (job.grace !== null) clearTimeout(job.grace);
        job.grace = null;
        s.job = null;
        if (!job.done) {
          job.done = true;
          job.reject(new Error('worker pool disposed'));
        }
      }
      s.api[Comlink.releaseProxy]();
      s.worker.terminate();
    }
    this.slots.length = 0;
  }
}

/** The app's pool: one worker per core beyond the UI thread, at least two and at most four. */
export function createEnginePool(): WorkerPool {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
  // At least two, so a long air solve never queues the loop and heat-load jobs behind it.
  const size = Math.max(2, Math.min(4, cores - 1));
  return new WorkerPool(
    () => new Worker(new URL('../../../workers/entries/engine.worker.ts', import.meta.url), { type: 'module', name: 'hallflow-engine' }),
    size,
  );
}
