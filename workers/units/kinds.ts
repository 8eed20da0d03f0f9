// The quantity metadata of any document field by path, read from the schema's `.meta()` (zod 4), so
// the inspector and the report can format a field they know only by its path, e.g.
// quantityAt(['racks', '3', 'itLoad']) → { quantity: 'power', title: 'IT load' }. Pass the document to
// pick the right branch of a discriminated union (rack airflow: per kW or ΔT); without it the first
// branch that has the field answers.
import { z } from 'zod';
import { QUANTITY_KINDS, type QuantityMeta } from '../model/quantity';
import { HallDocumentShape } from '../model/schema';
import { childSchema, unwrapSchema } from '../model/zod-walk';

type Schema = z.core.$ZodType;

export function quantityAt(schemaPath: readonly string[], doc?: unknown): QuantityMeta | null {
  let s: Schema | null = HallDocumentShape;
  let value: unknown = doc;
  for (const key of schemaPath) {
    if (s === null) return null;
    let next: Schema | null = childSchema(s, key, value);
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    // tolerate paths without array indices: ['racks', 'itLoad']
    const base = unwrapSchema(s);
    if (next === null && base instanceof z.ZodArray) next = childSchema(base.element as Schema, key);
    s = next;
  }
  if (s === null) return null;
  const meta = (z.globalRegistry.get(s) ?? z.globalRegistry.get(unwrapSchema(s))) as Partial<QuantityMeta> | undefined;
  if (!meta || typeof meta.quantity !== 'string' || !(QUANTITY_KINDS as readonly string[]).includes(meta.quantity)) return null;
  return { ...meta, quantity: meta.quantity } as QuantityMeta;
}
