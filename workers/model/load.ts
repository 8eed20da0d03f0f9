// Loading a hall document from text: JSON syntax (with line/column), schemaVersion (newer files are
// refused, older ones migrated), zod validation with every issue named by path, referential checks;
// a loaded document also carries its design issues as warnings. Never throws.
import { HallDocumentShape, SCHEMA_VERSION } from './schema';
import type { HallDocument } from './schema';
import { zodErrors, type DesignIssue, type LoadError } from './issues';
import { migrate, MIGRATIONS, type MigrationRegistry, type RawDocument } from './migrations';
import { referentialErrors } from './referential';
import { designIssues } from './validate';
import { findJsonSyntaxProblem } from './json-position';

export { serializeDocument } from './serialize';
export type { LoadError } from './issues';

export type LoadResult =
  | { ok: true; doc: HallDocument; migratedFrom: number | null; warnings: DesignIssue[] }
  | { ok: false; kind: 'syntax' | 'newerVersion' | 'invalid'; errors: LoadError[] };

function syntaxError(text: string, e: unknown): LoadError {
  const p = findJsonSyntaxProblem(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (p) return { path: `line ${p.line}, column ${p.column}`, message: p.message };
  return { path: 'line 1, column 1', message: e instanceof Error ? e.message.slice(0, 200) : 'invalid JSON' };
}

export function loadDocument(text: string, registry: MigrationRegistry = MIGRATIONS): LoadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text); // tolerate a UTF-8 BOM
  } catch (e) {
    return { ok: false, kind: 'syntax', errors: [syntaxError(text, e)] };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, kind: 'invalid', errors: [{ path: '(document)', message: 'must be a JSON object (a Hallflow hall document)' }] };
  }
  const version = (raw as RawDocument).schemaVersion;
  if (version === undefined) return { ok: false, kind: 'invalid', errors: [{ path: 'schemaVersion', message: `is required (an integer; this Hallflow reads schema 1–${SCHEMA_VERSION})` }] };
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { ok: false, kind: 'invalid', errors: [{ path: 'schemaVersion', message: `must be a whole number (got ${JSON.stringify(version)?.slice(0, 40)})` }] };
  }
  if (version > SCHEMA_VERSION) {
    return { ok: false, kind: 'newerVersion', errors: [{ path: 'schemaVersion', message: `made by a newer Hallflow (schema ${version}); this version reads up to ${SCHEMA_VERSION}` }] };
  }
  let migratedFrom: number | null = null;
  let input: unknown = raw;
  if (version < SCHEMA_VERSION) {
    const m = migrate(raw as RawDocument, version, registry, SCHEMA_VERSION);
    if (!m.ok) return { ok: false, kind: 'invalid', errors: m.errors };
    input = m.doc;
    migratedFrom = version;
  }
  const parsed = HallDocumentShape.safeParse(input);
  if (!parsed.success) return { ok: false, kind: 'invalid', errors: zodErrors(parsed.error.issues, input) };
  const refs = referentialErrors(parsed.data);
  if (refs.length > 0) return { ok: false, kind: 'invalid', errors: refs };
  return { ok: true, doc: parsed.data, migratedFrom, warnings: designIssues(parsed.data) };
}
