// Shared fixtures for the loop tests: the sample halls loaded through the document loader, and a
// small hand-checkable hall (one CDU, N identical racks in one row) cut from the default sample.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadDocument } from '../../../workers/model/load';
import type { HallDocument } from '../../../workers/model/schema';

export function sample(name: 'ai-hall-mixed' | 'future-300kw-hall' | 'legacy-air-hall'): HallDocument {
  const path = fileURLToPath(new URL(`../../../assets/samples/${name}.hallflow.json`, import.meta.url));
  const r = loadDocument(readFileSync(path, 'utf8'));
  if (!r.ok) throw new Error(`cannot load ${name}: ${JSON.stringify(r.errors)}`);
  return r.doc;
}

/** One CDU (CDU-A of the default sample) serving the first n racks of row A, all identical. */
export function oneRowHall(n: number, returnLayout: 'direct' | 'reverse' = 'reverse'): HallDocument {
  const doc = structuredClone(sample('ai-hall-mixed'));
  const racks = doc.racks.filter((r) => r.rowId === 'row-A').slice(0, n);
  const cdu = { ...doc.cdus[0], rackIds: racks.map((r) => r.id) };
  return { ...doc, racks, cdus: [cdu], piping: { ...doc.piping, returnLayout } };
}
