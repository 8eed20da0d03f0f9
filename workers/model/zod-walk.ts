// Walking the zod 4 document schema by path: used to find a field's quantity metadata (units/kinds.ts)
// and to write documents in the schema's key order (serialize.ts). Handles objects, arrays, tuples,
// nullable/optional wrappers and (discriminated) unions. No units, no state.
import { z } from 'zod';

type Schema = z.core.$ZodType;

/** Strips nullable / optional / default / readonly wrappers. */
export function unwrapSchema(schema: Schema): Schema {
  let s = schema;
  for (let i = 0; i < 16; i++) {
    if (s instanceof z.ZodNullable || s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodReadonly) {
      s = (s as z.ZodNullable<Schema>).unwrap() as Schema;
    } else break;
  }
  return s;
}

/** Options of a union, narrowed to the one whose discriminator matches `value` when that is possible. */
export function unionOptions(schema: Schema, value?: unknown): Schema[] {
  if (!(schema instanceof z.ZodUnion)) return [schema];
  const options = schema.options as readonly Schema[];
  const disc = (schema._zod.def as { discriminator?: string }).discriminator;
  if (disc && value !== null && typeof value === 'object' && disc in value) {
    const tag = (value as Record<string, unknown>)[disc];
    const hit = options.find((o) => {
      const u = unwrapSchema(o);
      if (!(u instanceof z.ZodObject)) return false;
      const d = u.shape[disc] as Schema | undefined;
      return d instanceof z.ZodLiteral && (d.values as Set<unknown>).has(tag);
    });
    if (hit) return [hit];
  }
  return [...options];
}

/** The schema of `key` inside `schema` (value, when given, picks a union branch), or null. */
export function childSchema(schema: Schema, key: string | number, value?: unknown): Schema | null {
  const base = unwrapSchema(schema);
  for (const option of unionOptions(base, value)) {
    const s = unwrapSchema(option);
    if (s instanceof z.ZodObject && typeof key === 'string' && Object.prototype.hasOwnProperty.call(s.shape, key)) {
      return s.shape[key] as Schema;
    }
    if (s instanceof z.ZodArray && (typeof key === 'number' || /^\d+$/.test(key))) return s.element as Schema;
    if (s instanceof z.ZodTuple) {
      const items = s._zod.def.items as readonly Schema[];
      const i = typeof key === 'number' ? key : Number(key);
      if (Number.isInteger(i) && i >= 0 && i < items.length) return items[i];
    }
  }
  return null;
}

/** Object keys in schema order (unknown keys after, sorted), for a value of `schema`. */
export function orderedKeys(schema: Schema | null, value: Record<string, unknown>): string[] {
  const keys = Object.keys(value);
  if (!schema) return keys.sort();
  const base = unwrapSchema(schema);
  const option = unwrapSchema(unionOptions(base, value)[0]);
  if (!(option instanceof z.ZodObject)) return keys.sort();
  const order = Object.keys(option.shape);
  const known = order.filter((k) => k in value);
  const rest = keys.filter((k) => !order.includes(k)).sort();
  return [...known, ...rest];
}
