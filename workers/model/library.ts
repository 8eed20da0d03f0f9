// Equipment library: named templates (racks, cooling units, CDUs, rear doors) read from
// assets/library/equipment.json, validated against the hall schema, and helpers that create
// schema-valid document objects from a template ("add from library").
// Units: SI as in schema.ts (temperatures °C, differences K). Every numeric template field carries a
// provenance entry {source, assumption?}; sources cite REFERENCE.md or show the computation.
import { z } from 'zod';
import equipmentJson from '../../assets/library/equipment.json';
import { Cdu, CoolingUnit, Rack, RearDoor } from './schema';
import type { CduT, CoolingUnitT, RackT, RearDoorT } from './schema';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export type RackTemplateValues = Omit<RackT, 'id' | 'name' | 'rowId' | 'templateId' | 'x' | 'y' | 'rotationDeg'>;
export type CoolingUnitTemplateValues = DistributiveOmit<CoolingUnitT, 'id' | 'name' | 'templateId' | 'x' | 'y' | 'rotationDeg'>;
export type CduTemplateValues = Omit<CduT, 'id' | 'name' | 'templateId' | 'x' | 'y' | 'rotationDeg' | 'rackIds'>;
export type RearDoorTemplateValues = Omit<RearDoorT, 'templateId'>;

/** Where a template figure comes from; `assumption` marks [U] or chosen values (the UI labels them). */
export interface Provenance { source: string; assumption?: boolean }

export interface Template<V> {
  id: string;
  name: string;
  description: string;
  values: V;
  /** Keyed by dotted field path inside `values`, e.g. "coldPlate.maxCaseTemp". */
  provenance: Record<string, Provenance>;
}

export type TemplateCategory = 'racks' | 'coolingUnits' | 'cdus' | 'rearDoors';

export interface EquipmentLibrary {
  libraryVersion: number;
  notes: string;
  racks: Template<RackTemplateValues>[];
  coolingUnits: Template<CoolingUnitTemplateValues>[];
  cdus: Template<CduTemplateValues>[];
  rearDoors: Template<RearDoorTemplateValues>[];
}

const ProvenanceShape = z.object({ source: z.string().min(1), assumption: z.boolean().optional() });
const TemplateShape = z.object({
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(120),
  description: z.string(),
  values: z.record(z.string(), z.unknown()),
  provenance: z.record(z.string(), ProvenanceShape),
});
const LibraryShape = z.object({
  libraryVersion: z.number().int(),
  notes: z.string(),
  racks: z.array(TemplateShape),
  coolingUnits: z.array(TemplateShape),
  cdus: z.array(TemplateShape),
  rearDoors: z.array(TemplateShape),
});

const PLACEMENT = { id: 'template', name: 'template', x: 0, y: 0, rotationDeg: 0 };

/** Checks each template by building a full object through the document schema. */
const CATEGORY_CHECK: Record<TemplateCategory, (values: Record<string, unknown>, id: string) => z.ZodSafeParseResult<unknown>> = {
  racks: (v, id) => Rack.safeParse({ ...v, ...PLACEMENT, rowId: null, templateId: id }),
  coolingUnits: (v, id) => CoolingUnit.safeParse({ ...v, ...PLACEMENT, templateId: id }),
  cdus: (v, id) => Cdu.safeParse({ ...v, ...PLACEMENT, templateId: id, rackIds: [] }),
  rearDoors: (v, id) => RearDoor.safeParse({ ...v, templateId: id }),
};
const CATEGORIES: TemplateCategory[] = ['racks', 'coolingUnits', 'cdus', 'rearDoors'];

/** Numeric leaves of a plain value as dotted paths. */
function numericPaths(value: unknown, prefix = ''): string[] {
  if (typeof value === 'number') return [prefix];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([k, v]) => numericPaths(v, prefix ? `${prefix}.${k}` : k));
}

export type LibraryParseResult = { ok: true; library: EquipmentLibrary } | { ok: false; errors: string[] };

/** Validates a library (the bundled one or a user's): schema-valid values, unique ids, a source for every number. */
export function parseLibrary(raw: unknown): LibraryParseResult {
  const shape = LibraryShape.safeParse(raw);
  if (!shape.success) return { ok: false, errors: shape.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const category of CATEGORIES) {
    for (const t of shape.data[category]) {
      if (seen.has(t.id)) errors.push(`${category}/${t.id}: duplicate template id`);
      seen.add(t.id);
      const check = CATEGORY_CHECK[category](t.values, t.id);
      if (!check.success) for (const i of check.error.issues) errors.push(`${category}/${t.id}.${i.path.join('.')}: ${i.message}`);
      for (const p of numericPaths(t.values)) {
        if (!t.provenance[p]) errors.push(`${category}/${t.id}.${p}: no provenance (source) entry`);
      }
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, library: shape.data as unknown as EquipmentLibrary };
}

function loadBundled(): EquipmentLibrary {
  const r = parseLibrary(equipmentJson);
  // The bundled asset is checked by test/unit/model/library.test.ts; a failure here is a build defect.
  if (!r.ok) throw new Error(`assets/library/equipment.json is invalid:\n${r.errors.join('\n')}`);
  return r.library;
}

/** The bundled equipment library (read-only). */
export const LIBRARY: Readonly<EquipmentLibrary> = Object.freeze(loadBundled());

function find<V>(list: Template<V>[], templateId: string): Template<V> | null {
  return list.find((t) => t.id === templateId) ?? null;
}

export function rackTemplate(templateId: string): Template<RackTemplateValues> | null { return find(LIBRARY.racks, templateId); }
export function coolingUnitTemplate(templateId: string): Template<CoolingUnitTemplateValues> | null { return find(LIBRARY.coolingUnits, templateId); }
export function cduTemplate(templateId: string): Template<CduTemplateValues> | null { return find(LIBRARY.cdus, templateId); }
export function rearDoorTemplate(templateId: string): Template<RearDoorTemplateValues> | null { return find(LIBRARY.rearDoors, templateId); }

/** Template ids of one category (for "unknown template" checks). */
export function templateIds(category: TemplateCategory): ReadonlySet<string> {
  return new Set(LIBRARY[category].map((t) => t.id));
}

/** Provenance of one template figure, e.g. ('rack-nvl72-120kw-dlc', 'liquidCaptureFraction'). */
export function templateProvenance(templateId: string, fieldPath: string): Provenance | null {
  for (const c of CATEGORIES) {
    const t = (LIBRARY[c] as Template<unknown>[]).find((x) => x.id === templateId);
    if (t) return t.provenance[fieldPath] ?? null;
  }
  return null;
}

export interface Placement { id: string; name: string; x: number; y: number; rotationDeg: number }

/** A schema-valid rack from a template, or null if the template id is not in the library. */
export function createRackFromTemplate(templateId: string, at: Placement & { rowId: string | null }): RackT | null {
  const t = rackTemplate(templateId);
  if (!t) return null;
  return { id: at.id, name: at.name, rowId: at.rowId, templateId, x: at.x, y: at.y, rotationDeg: at.rotationDeg, ...structuredClone(t.values) };
}

/** A schema-valid cooling unit (CRAH, CRAC, fan wall, in-row) from a template, or null. */
export function createCoolingUnitFromTemplate(templateId: string, at: Placement): CoolingUnitT | null {
  const t = coolingUnitTemplate(templateId);
  if (!t) return null;
  return { ...structuredClone(t.values), id: at.id, name: at.name, templateId, x: at.x, y: at.y, rotationDeg: at.rotationDeg } as CoolingUnitT;
}

/** A schema-valid CDU from a template (rackIds empty = automatic assignment unless given), or null. */
export function createCduFromTemplate(templateId: string, at: Placement & { rackIds?: string[] }): CduT | null {
  const t = cduTemplate(templateId);
  if (!t) return null;
  return { id: at.id, name: at.name, templateId, x: at.x, y: at.y, rotationDeg: at.rotationDeg, ...structuredClone(t.values), rackIds: [...(at.rackIds ?? [])] };
}

/** A schema-valid rear door (attach to rack.rearDoor) from a template, or null. */
export function createRearDoorFromTemplate(templateId: string, opts: { enabled?: boolean } = {}): RearDoorT | null {
  const t = rearDoorTemplate(templateId);
  if (!t) return null;
  const door: RearDoorT = { templateId, ...structuredClone(t.values) };
  if (opts.enabled !== undefined) door.enabled = opts.enabled;
  return door;
}
