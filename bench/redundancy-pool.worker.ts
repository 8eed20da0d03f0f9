// One worker of bench/redundancy.bench.ts's pool: runs redundancy jobs of one document as the app's engine
// worker does (workers/api.ts redundancyDesign / redundancyCase), one message at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { loadDocument } from '../workers/model/load';
import { runRedundancyCase, solveRedundancyDesign, type FailureCase, type RedundancyBase, type RedundancyOptions } from '../workers/verdicts';

const loaded = loadDocument((workerData as { docText: string }).docText);
if (!loaded.ok) throw new Error('cannot load the document');
const doc = loaded.doc;
const options = (workerData as { options: RedundancyOptions }).options;

type Request = { id: number; kind: 'design' } | { id: number; kind: 'case'; failure: FailureCase; base: RedundancyBase | null };
parentPort!.on('message', (m: Request) => {
  const value = m.kind === 'design' ? solveRedundancyDesign(doc, options) : runRedundancyCase(doc, m.failure, options, m.base);
  parentPort!.postMessage({ id: m.id, value });
});
