// Web Worker entry of a slab worker for the slab-parallel air solve (workers/airflow/slab-pool.ts):
// started by the engine worker, it runs its z-slab's phases on the shared buffer of each solve. Thin shim.
import { attachSlabWorker } from '../airflow/slab-pool';

attachSlabWorker(self as unknown as Parameters<typeof attachSlabWorker>[0]);
