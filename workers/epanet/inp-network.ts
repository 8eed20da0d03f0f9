// Second pass of the .inp reader: turns section records into NetworkBuilder calls (SI) with
// EPANET's parsing rules (input3.c juncdata/tankdata/pipedata/pumpdata/valvedata/demanddata,
// changestatus) and time-zero multipliers of patterns (hydraul.c demands(): period
// (Pstart/Pstep) mod length, default pattern for demands without one). Every error names the
// line and the element.

import { NetworkBuilder, type HeadlossName, type ValveType } from '../hydraulics';
import type { InpError, InpOptions, InpRecord } from './inp-sections';
import { matchKeyword, parseNumber } from './tokens';
import type { UnitSystem } from './units';

export interface Curves { readonly [id: string]: { x: number[]; y: number[] } }

export interface NetworkContext {
  readonly builder: NetworkBuilder;
  readonly units: UnitSystem;
  readonly options: InpOptions;
  readonly errors: InpError[];
  readonly warnings: string[];
  readonly patterns: Map<string, number[]>;
  readonly curves: Map<string, { x: number[]; y: number[] }>;
  /** Fixed-head node data needed for time-zero tank controls. */
  readonly tanks: Map<string, { head: number; elevation: number; area: number; vmin: number; hmin: number; curve?: string }>;
  readonly junctions: Set<string>;
  readonly linkKinds: Map<string, 'pipe' | 'cv' | 'pump' | ValveType>;
  /** Pump utilisation pattern multipliers at time zero. */
  readonly pumpPatterns: Map<string, number>;
}

export function patternFactor(ctx: NetworkContext, id: string | undefined, useDefault: boolean): number {
  let pid = id;
  if ((pid === undefined || pid === '') && useDefault) pid = ctx.options.defaultPattern;
  if (pid === undefined || pid === '') return 1;
  const f = ctx.patterns.get(pid);
  if (f === undefined || f.length === 0) return 1;
  const period = Math.floor(ctx.options.patternStart / ctx.options.patternStep);
  return f[period % f.length];
}

export function collectPatternsAndCurves(ctx: NetworkContext, records: readonly InpRecord[]): void {
  for (const r of records) {
    if (r.section === 'PATTERNS') {
      const [id, ...vals] = r.tokens;
      const list = ctx.patterns.get(id) ?? [];
      for (const v of vals) {
        const x = parseNumber(v);
        if (x === null) ctx.errors.push({ line: r.line, element: id, message: `pattern ${id}: "${v}" is not a number` });
        else list.push(x);
      }
      ctx.patterns.set(id, list);
    } else if (r.section === 'CURVES') {
      const [id, xs, ys] = r.tokens;
      const x = parseNumber(xs);
      const y = parseNumber(ys);
      if (x === null || y === null) {
        ctx.errors.push({ line: r.line, element: id, message: `curve ${id}: needs numeric x and y values` });
        continue;
      }
      const c = ctx.curves.get(id) ?? { x: [], y: [] };
      c.x.push(x);
      c.y.push(y);
      ctx.curves.set(id, c);
    }
  }
}

export function addNodes(ctx: NetworkContext, records: readonly InpRecord[]): void {
  const { units: u, builder: b } = ctx;
  const demands = new Map<string, { base: number; pattern?: string }[]>();
  const emitters = new Map<string, number>();
  for (const r of records) {
    if (r.section === 'DEMANDS') {
      const [id, base, pat] = r.tokens;
      const v = parseNumber(base);
      if (v === null) { ctx.errors.push({ line: r.line, element: id, message: `demand for node ${id} is not a number` }); continue; }
      if (pat !== undefined && !ctx.patterns.has(pat)) ctx.errors.push({ line: r.line, element: id, message: `node ${id}: demand pattern ${pat} does not exist` });
      const list = demands.get(id) ?? [];
      list.push({ base: v, pattern: pat });
      demands.set(id, list);
    } else if (r.section === 'EMITTERS') {
      const [id, c] = r.tokens;
      const v = parseNumber(c);
      if (v === null || v < 0) ctx.errors.push({ line: r.line, element: id, message: `emitter coefficient of node ${id} must be a non-negative number` });
      else emitters.set(id, v);
    }
  }
  const gamma = ctx.options.emitterExponent;
  for (const r of records) {
    const t = r.tokens;
    const id = t[0];
    const num = (i: number, name: string, dflt = 0): number => {
      if (t[i] === undefined) return dflt;
      const v = parseNumber(t[i]);
      if (v === null) ctx.errors.push({ line: r.line, element: id, message: `node ${id}: ${name} "${t[i]}" is not a number` });
      return v ?? dflt;
    };
    if (r.section === 'JUNCTIONS') {
      const el = num(1, 'elevation');
      let list = demands.get(id);
      if (!list) {
        if (t[3] !== undefined && !ctx.patterns.has(t[3])) ctx.errors.push({ line: r.line, element: id, message: `junction ${id}: pattern ${t[3]} does not exist` });
        list = [{ base: num(2, 'demand'), pattern: t[3] }];
      }
      let q = 0;
      for (const d of list) q += d.base * patternFactor(ctx, d.pattern, true) * ctx.options.demandMultiplier;
      const e = emitters.get(id) ?? 0;
      ctx.junctions.add(id);
      b.addJunction(id, { elevation: u.length(el), demand: u.flow(q), emitter: e > 0 ? u.emitter(e, gamma) : undefined });
    } else if (r.section === 'RESERVOIRS') {
      if (t.length < 2) { ctx.errors.push({ line: r.line, element: id, message: `reservoir ${id} needs a head` }); continue; }
      const head = num(1, 'head');
      if (t[2] !== undefined && !ctx.patterns.has(t[2])) ctx.errors.push({ line: r.line, element: id, message: `reservoir ${id}: pattern ${t[2]} does not exist` });
      const h = head * patternFactor(ctx, t[2], false);
      ctx.tanks.set(id, { head: h, elevation: h, area: 0, vmin: 0, hmin: h });
      b.addReservoir(id, { head: u.length(h) });
    } else if (r.section === 'TANKS') {
      addTank(ctx, r, num);
    }
  }
  for (const id of [...demands.keys(), ...emitters.keys()]) {
    if (!ctx.junctions.has(id) && !ctx.tanks.has(id)) ctx.errors.push({ element: id, message: `[DEMANDS]/[EMITTERS] refer to node ${id}, which does not exist` });
  }
}

function addTank(ctx: NetworkContext, r: InpRecord, num: (i: number, name: string, d?: number) => number): void {
  const t = r.tokens;
  const id = t[0];
  if (t.length < 6 && t.length > 3) { ctx.errors.push({ line: r.line, element: id, message: `tank ${id} needs elevation, initial, minimum and maximum level and diameter` }); return; }
  const el = num(1, 'elevation');
  const init = num(2, 'initial level');
  const min = num(3, 'minimum level');
  const max = num(4, 'maximum level');
  const diam = num(5, 'diameter');
  const minVol = num(6, 'minimum volume');
  const curve = t[7] !== undefined && t[7] !== '*' ? t[7] : undefined;
  if (curve !== undefined && !ctx.curves.has(curve)) ctx.errors.push({ line: r.line, element: id, message: `tank ${id}: volume curve ${curve} does not exist` });
  if ([init, min, max, diam, minVol].some((v) => v < 0)) ctx.errors.push({ line: r.line, element: id, message: `tank ${id}: levels and diameter must not be negative` });
  const area = (Math.PI * diam * diam) / 4;
  const vmin = minVol > 0 ? minVol : area * min;
  ctx.tanks.set(id, { head: el + init, elevation: el, area, vmin, hmin: el + min, curve });
  if (diam === 0 && curve === undefined) {
    ctx.builder.addReservoir(id, { head: ctx.units.length(el + init) });
    return;
  }
  const overflow = t[8] !== undefined && matchKeyword(t[8], 'YES');
  ctx.builder.addTank(id, {
    elevation: ctx.units.length(el), initialLevel: ctx.units.length(init),
    minLevel: ctx.units.length(min), maxLevel: ctx.units.length(max), canOverflow: overflow,
  });
}

export function headlossName(o: InpOptions): HeadlossName {
  return o.headloss;
}
