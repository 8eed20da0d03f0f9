// Web Worker entry: exposes the engine facade over comlink. Thin shim only: results that carry typed
// arrays (air fields) are transferred, not copied (ARCHITECTURE principle 10).
import * as Comlink from 'comlink';
import { createEngine, type EngineApi } from '../api';

function buffersOf(value: unknown, out: Set<ArrayBuffer>, depth = 0): Set<ArrayBuffer> {
  if (depth > 6 || value === null || typeof value !== 'object') return out;
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) out.add(value.buffer);
    return out;
  }
  for (const v of Object.values(value)) buffersOf(v, out, depth + 1);
  return out;
}

const engine = createEngine();
const exposed: EngineApi = {
  ...engine,
  async solveAir(doc, request, onProgress) {
    const r = await engine.solveAir(doc, request, onProgress);
    return r.ok ? Comlink.transfer(r, [...buffersOf(r.fields, new Set())]) : r;
  },
};

Comlink.expose(exposed, self as unknown as Comlink.Endpoint);
