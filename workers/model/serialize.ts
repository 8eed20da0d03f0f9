// Writes a hall document as text: keys in schema order (unknown keys sorted after), 2-space JSON,
// trailing newline. Stable: the same document always gives the same bytes (diff-friendly files).
import { HallDocumentShape } from './schema';
import type { HallDocument } from './schema';
import { childSchema, orderedKeys } from './zod-walk';
import type { z } from 'zod';

type Schema = z.core.$ZodType;

function ordered(value: unknown, schema: Schema | null): unknown {
  if (Array.isArray(value)) return value.map((v, i) => ordered(v, schema ? childSchema(schema, i, v) : null));
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of orderedKeys(schema, obj)) {
    if (obj[k] === undefined) continue;
    out[k] = ordered(obj[k], schema ? childSchema(schema, k, obj) : null);
  }
  return out;
}

export function serializeDocument(doc: HallDocument): string {
  return `${JSON.stringify(ordered(doc, HallDocumentShape), null, 2)}\n`;
}
