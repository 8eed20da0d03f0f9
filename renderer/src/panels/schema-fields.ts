// Reads the hall schema (zod 4) to build inspector fields: each field's kind (quantity / enum / boolean /
// text / nested object / nullable object / tagged union), its title and metadata, so that the inspector
// formats every number through its declared quantity kind.
import { z } from 'zod';
import type { QuantityMeta } from '../../../workers/model/quantity';

export type FieldSpec =
  | { type: 'quantity'; key: string; title: string; meta: QuantityMeta; schema: z.ZodType }
  | { type: 'enum'; key: string; title: string; options: readonly string[] }
  | { type: 'boolean'; key: string; title: string }
  | { type: 'text'; key: string; title: string; schema: z.ZodType }
  | { type: 'object'; key: string; title: string; fields: FieldSpec[]; nullable: boolean; schema: z.ZodType }
  | { type: 'union'; key: string; title: string; discriminator: string; variants: { tag: string; fields: FieldSpec[] }[] };

type Def = { type: string; innerType?: z.ZodType; discriminator?: string };
const def = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

const TITLES: Record<string, string> = {
  name: 'Name', kind: 'Type', cooling: 'Cooling', supply: 'Air supply', return: 'Air return', enabled: 'In service',
  rearDoor: 'Rear-door heat exchanger', coldPlate: 'Cold-plate circuit', airflow: 'IT airflow', pumps: 'Pumps',
  roof: 'Roof panels', routing: 'Header routing', returnLayout: 'Return layout', airClass: 'ASHRAE air class',
  wClass: 'ASHRAE W class', coolant: 'Coolant', spec: 'Specified as', author: 'Author', client: 'Client',
  revision: 'Revision', notes: 'Notes', floor: 'Floor', ceilingPlenum: 'Ceiling return plenum',
};

export function titleOf(key: string, meta?: { title?: string } | undefined): string {
  return meta?.title ?? TITLES[key] ?? key.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());
}

/** Field specs of an object schema; keys in `skip` are left out (ids, references, arrays). */
export function fieldsOf(schema: z.ZodType, skip: ReadonlySet<string> = new Set()): FieldSpec[] {
  const shape = (schema as z.ZodObject).shape as Record<string, z.ZodType>;
  const out: FieldSpec[] = [];
  for (const [key, s] of Object.entries(shape)) {
    if (skip.has(key)) continue;
    const f = fieldOf(key, s);
    if (f) out.push(f);
  }
  return out;
}

function fieldOf(key: string, s: z.ZodType): FieldSpec | null {
  const d = def(s);
  const meta = z.globalRegistry.get(s) as QuantityMeta | undefined;
  switch (d.type) {
    case 'number':
      return meta?.quantity ? { type: 'quantity', key, title: titleOf(key, meta), meta, schema: s } : null;
    case 'enum':
      return { type: 'enum', key, title: titleOf(key), options: (s as unknown as { options: string[] }).options };
    case 'boolean':
      return { type: 'boolean', key, title: titleOf(key) };
    case 'string':
      return { type: 'text', key, title: titleOf(key), schema: s };
    case 'object':
      return { type: 'object', key, title: titleOf(key), fields: fieldsOf(s), nullable: false, schema: s };
    case 'nullable': {
      const inner = d.innerType as z.ZodType;
      const id = def(inner);
      if (id.type === 'object') return { type: 'object', key, title: titleOf(key), fields: fieldsOf(inner), nullable: true, schema: inner };
      if (id.type === 'number') {
        const m = z.globalRegistry.get(inner) as QuantityMeta | undefined;
        return m?.quantity ? { type: 'quantity', key, title: titleOf(key, m), meta: m, schema: inner } : null;
      }
      return null;
    }
    case 'union': {
      if (!d.discriminator) return null;
      const disc = d.discriminator;
      const options = (s as unknown as { options: z.ZodObject[] }).options;
      return {
        type: 'union', key, title: titleOf(key), discriminator: disc,
        variants: options.map((o) => ({
          tag: String((def(o.shape[disc] as z.ZodType) as unknown as { values: string[] }).values[0]),
          fields: fieldsOf(o, new Set([disc])),
        })),
      };
    }
    default:
      return null;
  }
}

/** Checks one value against the field's schema; returns the reason when it is refused. */
export function checkValue(schema: z.ZodType, value: unknown): string | null {
  const r = schema.safeParse(value);
  return r.success ? null : r.error.issues.map((i) => i.message).join('; ');
}
