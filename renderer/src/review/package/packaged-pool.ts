// The engine pool of a review package: no workers at all. The package build (vite.review.config.ts)
// substitutes this module for solver/pool.ts, so the shared React code (EngineProvider, the scene's result
// layers) runs unchanged while nothing tries to start a module worker from file:// (which browsers refuse).
// Results come embedded with the package (package/data.ts); a job submitted here is refused with a message
// saying so. The review package's UI mounts no component that submits jobs.
import type { JobHandle, WorkerPool as EngineWorkerPool } from '../../solver/pool';

export type { Progress, JobHandle, WorkerFactory } from '../../solver/pool';

export class JobCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'JobCancelled';
  }
}

export const NO_SOLVER_MESSAGE = 'Solvers do not run in a review package: it shows the results embedded when it was made. Open the project in Hallflow to re-solve.';

/** A pool of size 0 whose jobs are refused at once. */
export class PackagedPool {
  readonly size = 0;
  readonly pending = 0;
  submit<T>(): JobHandle<T> {
    return { promise: Promise.reject(new Error(NO_SOLVER_MESSAGE)), cancel: () => undefined };
  }
  dispose(): void {
    /* nothing to release: no workers */
  }
}

export function createEnginePool(): EngineWorkerPool {
  return new PackagedPool() as unknown as EngineWorkerPool;
}

/** Present for modules that import the class by name (never constructed in a package). */
export const WorkerPool = PackagedPool;
