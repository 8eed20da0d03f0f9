// The quantity metadata of any document field by path, read from the schema's `.meta()` (zod 4), so
// the inspector and the report can format a field they know only by its path, e.g.
// quantityAt(['racks', '3', 'itLoad']) → { quantity: 'power', title: 'IT load' }.
import { z } from 'zod';
import { QUANTITY_KINDS, type QuantityMeta } from '../model/quantity';
import { HallDocumentShape } from '../model/schema';
import { childSchema, unwrapSchema } from '../model/zod-walk';

type Schema = z.core.$ZodType;

export function quantityAt(schemaPath: readonly string[]): QuantityMeta | null {
  let s: Schema | null = HallDocumentShape;
  for (const key of schemaPath) {
    if (s === null) return null;
    let next: Schema | null = childSchema(s, key);
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
