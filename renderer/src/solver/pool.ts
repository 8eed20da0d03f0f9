// Worker pool for the engine (comlink). Jobs queue FIFO on up to `size` module workers; each job can
// report progress and be cancelled. Cancel terminates the worker running the job and starts a fresh one,
// so even a CPU-bound solve stops at once. Dispose terminates every worker (ARCHITECTURE principle 10).
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
}

interface Job<T> {
  run: (api: Comlink.Remote<EngineApi>, progress: (p: Progress) => void) => Promise<T>;
  onProgress?: (p: Progress) => void;
  resolve: (v: T) => void;
  reject: (e: unknown) => void;
  slot: Slot | null;
  done: boolean;
}

export interface JobHandle<T> {
  promise: Promise<T>;
  cancel(): void;
}

export type WorkerFactory = () => Worker;

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job<unknown>[] = [];
  private disposed = false;

  constructor(private readonly factory: WorkerFactory, readonly size: number) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = this.factory();
    return { worker, api: Comlink.wrap<EngineApi>(worker), busy: false };
  }

  submit<T>(
    run: (api: Comlink.Remote<EngineApi>, progress: (p: Progress) => void) => Promise<T>,
    onProgress?: (p: Progress) => void,
  ): JobHandle<T> {
    let job!: Job<T>;
    const promise = new Promise<T>((resolve, reject) => {
      job = { run, onProgress, resolve, reject, slot: null, done: false };
    });
    if (this.disposed) job.reject(new Error('worker pool disposed'));
    else {
      this.queue.push(job as Job<unknown>);
      this.pump();
    }
    return { promise, cancel: () => this.cancel(job as Job<unknown>) };
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy) continue;
      const job = this.queue.shift();
      if (!job) return;
      slot.busy = true;
      job.slot = slot;
      const progress = Comlink.proxy((p: Progress) => {
        if (!job.done) job.onProgress?.(p);
      });
      job.run(slot.api, progress).then(
        (v) => this.finish(job, slot, () => job.resolve(v)),
        (e) => this.finish(job, slot, () => job.reject(e)),
      );
    }
  }

  private finish(job: Job<unknown>, slot: Slot, settle: () => void): void {
    if (job.done) return;
    job.done = true;
    slot.busy = false;
    settle();
    this.pump();
  }

  private cancel(job: Job<unknown>): void {
    if (job.done) return;
    job.done = true;
    const qi = this.queue.indexOf(job);
    if (qi >= 0) this.queue.splice(qi, 1);
    if (job.slot) {
      const i = this.slots.indexOf(job.slot);
      job.slot.api[Comlink.releaseProxy]();
      job.slot.worker.terminate();
      if (i >= 0 && !this.disposed) this.slots[i] = this.spawn();
    }
    job.reject(new JobCancelled());
    this.pump();
  }

  get pending(): number {
    return this.queue.length + this.slots.filter((s) => s.busy).length;
  }

  dispose(): void {
    this.disposed = true;
    for (const j of this.queue.splice(0)) j.reject(new Error('worker pool disposed'));
    for (const s of this.slots) {
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
