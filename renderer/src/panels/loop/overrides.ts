// Pure edits of the document's liquid-loop overrides (doc in, new doc out; the store records them as
// undoable steps): set or clear fields of one component's override, clear it, list the overridden ids.
// An override left with no fields is removed; an edit that changes nothing returns the same document.
import { LoopOverride, type HallDocument, type LoopOverrideT } from '../../../../workers/model/schema';

export type OverrideField = Exclude<keyof LoopOverrideT, 'elementId'>;
/** New values per field; undefined clears the field. */
export type OverridePatch = { [K in OverrideField]?: LoopOverrideT[K] | undefined };

export function overrideOf(doc: HallDocument, elementId: string): LoopOverrideT | null {
  const list = doc.loopOverrides ?? [];
  for (let i = list.length - 1; i >= 0; i--) if (list[i].elementId === elementId) return list[i];
  return null;
}

export function overriddenIds(doc: HallDocument): ReadonlySet<string> {
  return new Set((doc.loopOverrides ?? []).map((o) => o.elementId));
}

function hasFields(o: LoopOverrideT): boolean {
  return Object.keys(o).some((k) => k !== 'elementId' && (o as Record<string, unknown>)[k] !== undefined);
}

export function setLoopOverride(doc: HallDocument, elementId: string, patch: OverridePatch): HallDocument {
  const list = doc.loopOverrides ?? [];
  const prev = overrideOf(doc, elementId);
  const next: Record<string, unknown> = { ...(prev ?? { elementId }) };
  let changed = false;
  for (const [k, v] of Object.entries(patch)) {
    if (next[k] === v) continue;
    changed = true;
    if (v === undefined) delete next[k]; else next[k] = v;
  }
  if (!changed) return doc;
  const entry = next as LoopOverrideT;
  const rest = list.filter((o) => o.elementId !== elementId);
  const loopOverrides = hasFields(entry) ? [...rest, entry] : rest;
  if (loopOverrides.length === 0) {
    const { loopOverrides: _gone, ...without } = doc;
    return without;
  }
  return { ...doc, loopOverrides };
}

export function clearLoopOverride(doc: HallDocument, elementId: string): HallDocument {
  if (overrideOf(doc, elementId) === null) return doc;
  const loopOverrides = (doc.loopOverrides ?? []).filter((o) => o.elementId !== elementId);
  if (loopOverrides.length === 0) {
    const { loopOverrides: _gone, ...without } = doc;
    return without;
  }
  return { ...doc, loopOverrides };
}

/** The schema's verdict on one field value (range, finiteness), as the message to show, or null. */
export function checkOverrideValue(field: OverrideField, value: unknown): string | null {
  const r = LoopOverride.shape[field].safeParse(value);
  return r.success ? null : r.error.issues[0]?.message ?? 'invalid value';
}
