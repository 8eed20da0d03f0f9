// User overrides of generated components: {componentId → partial parameters} applied to the loop
// model before the network is built (on copies of the links they change; generated links stay intact). Values are not range-checked here: the network builder names
// bad ones (e.g. a zero diameter) as input issues. Unknown ids and fields that do not apply to the
// component come back as messages (never thrown).
import type { ComponentOverride } from './options';
import type { LoopModel, ModelLink } from './model';

export interface OverrideNote { readonly id: string; readonly message: string }

/** Ids handled outside the link model (the CDU heat exchanger's UA). */
export function isHxOverrideId(id: string): boolean { return id.endsWith('/hx'); }

function applyOne(link: ModelLink, o: ComponentOverride): string[] {
  const bad: string[] = [];
  const s = link.spec;
  const take = <K extends keyof ComponentOverride>(k: K, ok: boolean, set: (v: NonNullable<ComponentOverride[K]>) => void) => {
    const v = o[k];
    if (v === undefined) return;
    if (ok) set(v as NonNullable<ComponentOverride[K]>); else bad.push(k);
  };
  take('status', true, (v) => { link.status = v; });
  take('length', s.type === 'pipe', (v) => { if (s.type === 'pipe') s.length = v; });
  take('diameter', s.type === 'pipe' || s.type === 'tcv', (v) => { if (s.type === 'pipe' || s.type === 'tcv') s.diameter = v; });
  take('roughness', s.type === 'pipe', (v) => { if (s.type === 'pipe') s.roughness = v; });
  take('minorLoss', s.type === 'pipe', (v) => { if (s.type === 'pipe') s.minorLoss = v; });
  take('designPressureDrop', s.type === 'component', (v) => { if (s.type === 'component') s.designPressureDrop = v; });
  take('designFlow', s.type === 'component', (v) => { if (s.type === 'component') s.designFlow = v; });
  take('exponent', s.type === 'component', (v) => { if (s.type === 'component') s.exponent = v; });
  take('kv', s.type === 'kv', (v) => { if (s.type === 'kv') s.kv = v; });
  take('setting', s.type === 'tcv', (v) => { if (s.type === 'tcv') s.setting = v; });
  take('ratedFlow', s.type === 'pump', (v) => { if (s.type === 'pump') s.ratedFlow = v; });
  take('ratedHead', s.type === 'pump', (v) => { if (s.type === 'pump') s.ratedHead = v; });
  take('speed', s.type === 'pump', (v) => { if (s.type === 'pump') s.speed = v; });
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
    const links = m.links;
    for (let index = 0; index < links.length; index++) if (wanted.has(links[index].id)) byId.set(links[index].id, { model: m, index });
  }
  const notes: OverrideNote[] = [];
  for (const [id, o] of Object.entries(overrides)) {
    if (isHxOverrideId(id)) continue;
    const at = byId.get(id);
    if (at === undefined) {
      notes.push({ id, message: `override ${id}: no such component in the loop model (ignored)` });
      continue;
    }
    // Copy on write: generated links may be shared with a cache (cache.ts) and are never mutated.
    const link: ModelLink = { ...at.model.links[at.index], spec: { ...at.model.links[at.index].spec } };
    at.model.links[at.index] = link;
    const bad = applyOne(link, o);
    if (bad.length > 0) notes.push({ id, message: `override ${id}: ${bad.join(', ')} do not apply to a ${link.kind} (ignored)` });
  }
  return notes;
}
