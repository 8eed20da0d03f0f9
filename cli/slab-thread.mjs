// A Node worker_threads slab worker for the slab-parallel air solve (cli/slab-threads.ts): registers the
// TypeScript loader (like bin/hallflow.mjs) and attaches the engine's slab worker to parentPort.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { attachSlabWorker } = await import('../workers/airflow/slab-pool.ts');
attachSlabWorker({
  addEventListener: (_type, listener) => parentPort.on('message', (data) => listener({ data })),
  postMessage: (m) => parentPort.postMessage(m),
});
