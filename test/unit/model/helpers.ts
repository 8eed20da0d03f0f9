// Shared test helpers: the sample halls as text and as parsed documents.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadDocument } from '../../../workers/model/load';
import type { HallDocument } from '../../../workers/model/schema';

export const SAMPLE_KEYS = ['ai-hall-mixed', 'legacy-air-hall', 'future-300kw-hall'] as const;

export function sampleText(key: string): string {
  return readFileSync(fileURLToPath(new URL(`../../../assets/samples/${key}.hallflow.json`, import.meta.url)), 'utf8');
}

export function sampleDoc(key: string): HallDocument {
  const r = loadDocument(sampleText(key));
  if (!r.ok) throw new Error(`${key}: ${JSON.stringify(r.errors)}`);
  return structuredClone(r.doc);
}
