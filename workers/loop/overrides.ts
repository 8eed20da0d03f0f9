// User overrides of generated components: {componentId → partial parameters} applied to the loop
// model before the network is built (on the solve's own columns; cached generated parts stay intact). Values are not range-checked here: the network builder names
// bad ones (e.g. a zero diameter) as input issues. Unknown ids and fields that do not apply to the
// component come back as messages (never thrown).
import type { ComponentOverride } from './options';
import { SpecType, type LoopModel } from './model';

export interface OverrideNote { readonly id: string; readonly message: string }

/** Ids handled outside the link model (the CDU heat exchanger's UA). */
export function isHxOverrideId(id: string): boolean { return id.endsWith('/hx'); }

/** Writes the override into link k's columns; returns the fields that do not apply to its spec type. */
function applyOne(m: LoopModel, k: number, o: ComponentOverride): string[] {
  const bad: string[] = [];
  const t = m.specType[k];
  const pipe = t === SpecType.pipe;
  const tcv = t === SpecType.tcv;
  const component = t === SpecType.component;
  const pump = t === SpecType.pump;
  const take = <K extends keyof ComponentOverride>(key: K, ok: boolean, set: (v: NonNullable<ComponentOverride[K]>) => void) => {
    const v = o[key];
    if (v === undefined) return;
    if (ok) set(v as NonNullable<ComponentOverride[K]>); else bad.push(key);
  };
  // Columns by spec type (model.ts): pipe length p0, diameter p1, roughness p2, minorLoss p3; component
  // designPressureDrop p0, designFlow p1, exponent p2; kv p0; tcv diameter p0, setting p1; pump
  // ratedFlow p0, ratedHead p1, speed p3.
  take('status', true, (v) => { m.closed[k] = v === 'closed' ? 1 : 0; });
  take('length', pipe, (v) => { m.p0[k] = v; });
  take('diameter', pipe || tcv, (v) => { if (pipe) m.p1[k] = v; else m.p0[k] = v; });
  take('roughness', pipe, (v) => { m.p2[k] = v; });
  take('minorLoss', pipe, (v) => { m.p3[k] = v; });
  take('designPressureDrop', component, (v) => { m.p0[k] = v; });
  take('designFlow', component, (v) => { m.p1[k] = v; });
  take('exponent', component, (v) => { m.p2[k] = v; });
  take('kv', t === SpecType.kv, (v) => { m.p0[k] = v; });
  take('setting', tcv, (v) => { m.p1[k] = v; });
  take('ratedFlow', pump, (v) => { m.p0[k] = v; });
  take('ratedHead', pump, (v) => { m.p1[k] = v; });
  take('speed', pump, (v) => { m.p3[k] = v; });
  if (o.ua !== undefined) bad.push('ua');
  return bad;
}

/** Applies the overrides that name links of `models`; returns notes for unknown ids and fields. */
export function applyOverrides(models: readonly LoopModel[], overrides: Readonly<Record<string, ComponentOverride>>): OverrideNote[] {
  if (Object.keys(overrides).length === 0) return [];
  // Index only the overridden links (a few of many thousands).
  const wanted = new Map(Object.entries(overrides));
  const byId = new Map<string, { model: LoopModel; index: number }>();
  for (const m of models) {
    const ids = m.linkId;
    for (let index = 0; index < m.nLinks; index++) if (wanted.has(ids[index])) byId.set(ids[index], { model: m, index });
  }
  const notes: OverrideNote[] = [];
  for (const [id, o] of Object.entries(overrides)) {
    if (isHxOverrideId(id)) continue;
    const at = byId.get(id);
    if (at === undefined) {
      notes.push({ id, message: `override ${id}: no such component in the loop model (ignored)` });
      continue;
    }
    // Changed in place: a cached generated part (cache.ts) viewing this row takes rows of its own first.
    at.model.detachRow(at.index);
    at.model.overridden[at.index] = 1;
    const bad = applyOne(at.model, at.index, o);
    at.model.changed();
    if (bad.length > 0) notes.push({ id, message: `override ${id}: ${bad.join(', ')} do not apply to a ${at.model.kind[at.index]} (ignored)` });
  }
  return notes;
}
