// Links of an .inp file in file order (EPANET link indices follow it): [PIPES], [PUMPS],
// [VALVES], with [STATUS] overrides applied as EPANET changestatus() does (input3.c).
// Unit conversion of diameters, roughness, settings and curves via UnitSystem.

import type { LinkStatusName, ValveType } from '../hydraulics';
import type { NetworkContext } from './inp-network';
import { patternFactor } from './inp-network';
import type { InpRecord } from './inp-sections';
import { matchKeyword, parseNumber } from './tokens';

const VALVE_TYPES: readonly ValveType[] = ['PRV', 'PSV', 'PBV', 'FCV', 'TCV', 'GPV', 'PCV'];

interface StatusOverride { status?: LinkStatusName; value?: number }

export function addLinks(ctx: NetworkContext, records: readonly InpRecord[]): void {
  const overrides = readStatus(ctx, records);
  for (const r of records) {
    if (r.section === 'PIPES') addPipe(ctx, r, overrides.get(r.tokens[0]));
    else if (r.section === 'PUMPS') addPump(ctx, r, overrides.get(r.tokens[0]));
    else if (r.section === 'VALVES') addValve(ctx, r, overrides.get(r.tokens[0]));
  }
  for (const [id] of overrides) {
    if (!ctx.linkKinds.has(id)) ctx.errors.push({ element: id, message: `[STATUS] refers to link ${id}, which does not exist` });
  }
}

function readStatus(ctx: NetworkContext, records: readonly InpRecord[]): Map<string, StatusOverride> {
  const out = new Map<string, StatusOverride>();
  for (const r of records) {
    if (r.section !== 'STATUS') continue;
    const t = r.tokens;
    const v = t[t.length - 1];
    let o: StatusOverride;
    if (matchKeyword(v, 'OPEN')) o = { status: 'open' };
    else if (matchKeyword(v, 'CLOSED')) o = { status: 'closed' };
    else {
      const y = parseNumber(v);
      if (y === null || y < 0) { ctx.errors.push({ line: r.line, element: t[0], message: `status of link ${t[0]} must be OPEN, CLOSED or a non-negative setting` }); continue; }
      o = { value: y };
    }
    if (t.length === 2) out.set(t[0], o);
    else ctx.warnings.push(`line ${r.line}: [STATUS] ranges of link IDs are not supported; ignored`);
  }
  return out;
}

function nodesOf(ctx: NetworkContext, r: InpRecord): boolean {
  const [id, n1, n2] = r.tokens;
  const known = (n: string): boolean => ctx.junctions.has(n) || ctx.tanks.has(n);
  let ok = true;
  if (n1 === undefined || !known(n1)) { ctx.errors.push({ line: r.line, element: id, message: `link ${id}: start node ${n1 ?? '(missing)'} does not exist` }); ok = false; }
  if (n2 === undefined || !known(n2)) { ctx.errors.push({ line: r.line, element: id, message: `link ${id}: end node ${n2 ?? '(missing)'} does not exist` }); ok = false; }
  return ok;
}

function num(ctx: NetworkContext, r: InpRecord, i: number, name: string): number | null {
  const v = parseNumber(r.tokens[i]);
  if (v === null) ctx.errors.push({ line: r.line, element: r.tokens[0], message: `link ${r.tokens[0]}: ${name} "${r.tokens[i]}" is not a number` });
  return v;
}

function addPipe(ctx: NetworkContext, r: InpRecord, ov: StatusOverride | undefined): void {
  const t = r.tokens;
  const id = t[0];
  if (!nodesOf(ctx, r)) return;
  const u = ctx.units;
  const dw = ctx.options.headloss === 'D-W';
  let length = u.si ? 100 : 330;
  let diam = u.si ? 254 : 10;
  let rough = ctx.options.headloss === 'H-W' ? 130 : dw ? 0.0005 : 0.01;
  let km = 0;
  let cv = false;
  let status: LinkStatusName = 'open';
  if (t.length > 3) length = num(ctx, r, 3, 'length') ?? length;
  if (t.length > 4) diam = num(ctx, r, 4, 'diameter') ?? diam;
  if (t.length > 5) rough = num(ctx, r, 5, 'roughness') ?? rough;
  const word = (s: string): boolean => {
    if (matchKeyword(s, 'CV')) cv = true;
    else if (matchKeyword(s, 'CLOSED')) status = 'closed';
    else if (matchKeyword(s, 'OPEN')) status = 'open';
    else return false;
    return true;
  };
  if (t.length > 7) {
    km = num(ctx, r, 6, 'minor loss') ?? 0;
    if (!word(t[7])) ctx.errors.push({ line: r.line, element: id, message: `pipe ${id}: status "${t[7]}" must be OPEN, CLOSED or CV` });
  } else if (t.length > 6 && !word(t[6])) km = num(ctx, r, 6, 'minor loss') ?? 0;
  if (ov?.status) {
    if (cv) ctx.errors.push({ element: id, message: `check valve pipe ${id} cannot have its status set` });
    else status = ov.status;
  }
  ctx.linkKinds.set(id, cv ? 'cv' : 'pipe');
  ctx.builder.addPipe(id, t[1], t[2], {
    length: u.length(length), diameter: u.diameter(diam), roughness: dw ? u.roughnessDW(rough) : rough,
    minorLoss: km, status, checkValve: cv,
  });
}

function addPump(ctx: NetworkContext, r: InpRecord, ov: StatusOverride | undefined): void {
  const t = r.tokens;
  const id = t[0];
  if (!nodesOf(ctx, r)) return;
  const u = ctx.units;
  let curveId: string | undefined;
  let power: number | undefined;
  let speed = 1;
  let pattern: string | undefined;
  for (let m = 4; m < t.length; m += 2) {
    const key = t[m - 1];
    const v = t[m];
    if (matchKeyword(key, 'HEAD')) {
      if (!ctx.curves.has(v)) ctx.errors.push({ line: r.line, element: id, message: `pump ${id}: head curve ${v} does not exist` });
      curveId = v;
    } else if (matchKeyword(key, 'POWER')) {
      const y = parseNumber(v);
      if (y === null || y <= 0) ctx.errors.push({ line: r.line, element: id, message: `pump ${id}: power must be a positive number` });
      else power = y;
    } else if (matchKeyword(key, 'SPEE')) {
      const y = parseNumber(v);
      if (y === null || y < 0) ctx.errors.push({ line: r.line, element: id, message: `pump ${id}: speed must be a non-negative number` });
      else speed = y;
    } else if (matchKeyword(key, 'PATT')) {
      if (!ctx.patterns.has(v)) ctx.errors.push({ line: r.line, element: id, message: `pump ${id}: pattern ${v} does not exist` });
      pattern = v;
    } else ctx.errors.push({ line: r.line, element: id, message: `pump ${id}: unknown keyword ${key}` });
  }
  let status: LinkStatusName = 'open';
  if (ov?.value !== undefined) speed = ov.value;
  else if (ov?.status === 'open') speed = 1;
  else if (ov?.status === 'closed') speed = 0;
  if (speed === 0) status = 'closed';
  const c = curveId !== undefined ? ctx.curves.get(curveId) : undefined;
  ctx.linkKinds.set(id, 'pump');
  if (pattern !== undefined) ctx.pumpPatterns.set(id, patternFactor(ctx, pattern, false));
  ctx.builder.addPump(id, t[1], t[2], {
    curve: c ? c.x.map((q, i) => [u.flow(q), u.length(c.y[i])] as const) : undefined,
    power: c ? undefined : power !== undefined ? u.power(power) : undefined,
    speed, status,
  });
}

function addValve(ctx: NetworkContext, r: InpRecord, ov: StatusOverride | undefined): void {
  const t = r.tokens;
  const id = t[0];
  if (!nodesOf(ctx, r)) return;
  const u = ctx.units;
  const type = VALVE_TYPES.find((v) => matchKeyword(t[4], v));
  if (type === undefined) { ctx.errors.push({ line: r.line, element: id, message: `valve ${id}: unknown type ${t[4] ?? '(missing)'}` }); return; }
  const diam = num(ctx, r, 3, 'diameter');
  if (diam === null) return;
  let setting: number | undefined;
  let curve: readonly (readonly [number, number])[] | undefined;
  let status: LinkStatusName | undefined;
  if (type === 'GPV') {
    const c = t[5] !== undefined ? ctx.curves.get(t[5]) : undefined;
    if (!c) ctx.errors.push({ line: r.line, element: id, message: `GPV ${id}: head loss curve ${t[5] ?? '(missing)'} does not exist` });
    else curve = c.x.map((q, i) => [u.flow(q), u.length(c.y[i])] as const);
  } else if (t[5] !== undefined) setting = num(ctx, r, 5, 'setting') ?? undefined;
  const km = t.length > 6 ? num(ctx, r, 6, 'minor loss') ?? 0 : 0;
  if (type === 'PCV' && t[7] !== undefined) {
    const c = ctx.curves.get(t[7]);
    if (!c) ctx.errors.push({ line: r.line, element: id, message: `PCV ${id}: valve curve ${t[7]} does not exist` });
    else curve = c.x.map((x, i) => [x, c.y[i]] as const);
  }
  if (ov?.value !== undefined && type !== 'GPV') setting = ov.value;
  else if (ov?.status) status = ov.status;
  if (type === 'GPV' && ov?.value !== undefined) ctx.errors.push({ element: id, message: `GPV ${id}: a numeric status setting is not allowed` });
  if (setting !== undefined) setting = convertSetting(ctx, type, setting);
  ctx.linkKinds.set(id, type);
  ctx.builder.addValve(id, t[1], t[2], { type, diameter: u.diameter(diam), setting, minorLoss: km, status, curve });
}

/** A valve or control setting in file units → SI (ValveSpec conventions). */
export function convertSetting(ctx: NetworkContext, type: ValveType | 'pump' | 'pipe' | 'cv', v: number): number {
  if (type === 'PRV' || type === 'PSV' || type === 'PBV') return ctx.units.pressure(v);
  if (type === 'FCV') return ctx.units.flow(v);
  return v;
}
