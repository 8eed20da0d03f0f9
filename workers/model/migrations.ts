// Schema migrations: MIGRATIONS[n] turns a version-n document into version n+1. Documents older than
// SCHEMA_VERSION run the chain step by step before validation. Schema 1 is the first: the registry is
// empty today; add a step (and a test with an old file) whenever SCHEMA_VERSION is raised.
import { SCHEMA_VERSION } from './schema';
import type { LoadError } from './issues';

export type RawDocument = Record<string, unknown>;
/** One step: takes a version-n document (a private deep copy; may be mutated) and returns version n+1. */
export type Migration = (doc: RawDocument) => RawDocument;
export type MigrationRegistry = Readonly<Record<number, Migration>>;

export const MIGRATIONS: MigrationRegistry = Object.freeze({});

export type MigrateResult = { ok: true; doc: RawDocument } | { ok: false; errors: LoadError[] };

/** Runs registry[from], registry[from+1], … up to `target`; never throws (a failing step is an error). */
export function migrate(raw: RawDocument, from: number, registry: MigrationRegistry = MIGRATIONS, target: number = SCHEMA_VERSION): MigrateResult {
  let doc: RawDocument = structuredClone(raw);
  for (let v = from; v < target; v++) {
    const step = registry[v];
    if (!step) return { ok: false, errors: [{ path: 'schemaVersion', message: `cannot read schema ${from}: no migration from schema ${v} to ${v + 1}` }] };
    try {
      const next = step(doc);
      if (next === null || typeof next !== 'object' || Array.isArray(next)) {
        return { ok: false, errors: [{ path: 'schemaVersion', message: `migration from schema ${v} to ${v + 1} returned no document` }] };
      }
      doc = { ...next, schemaVersion: v + 1 };
    } catch (e) {
      return { ok: false, errors: [{ path: 'schemaVersion', message: `migration from schema ${v} to ${v + 1} failed: ${e instanceof Error ? e.message : String(e)}` }] };
    }
  }
  return { ok: true, doc };
}
