// Simple controls of an .inp file for a steady snapshot at time zero (EPANET hydraul.c
// controls() and hydsolver.c pswitch()): timer controls AT TIME 0, clock-time controls at the
// start clock time, tank/reservoir level controls evaluated on initial levels (volumes compared
// as EPANET does — a reservoir's "volume" is always 0, so its level controls always fire), and
// junction pressure controls handed to the solver. Rule-based controls only act after the
// first time step in EPANET, so they do not change the time-zero state.

import type { NetworkContext } from './inp-network';
import { convertSetting } from './inp-links';
import type { InpRecord } from './inp-sections';
import { matchKeyword, parseHours, parseNumber } from './tokens';

export interface ActionSpec {
  readonly link: string;
  readonly type: 'control' | 'speed';
  readonly status: 'open' | 'closed' | 'active';
  /** SI setting (pump speed, valve setting); undefined = none (EPANET MISSING). */
  readonly setting?: number;
}

export function readControls(ctx: NetworkContext, records: readonly InpRecord[]): ActionSpec[] {
  const actions: ActionSpec[] = [];
  for (const [id, f] of ctx.pumpPatterns) actions.push({ link: id, type: 'speed', status: f > 0 ? 'open' : 'closed', setting: f });
  let rules = false;
  for (const r of records) {
    if (r.section === 'RULES') rules = true;
    if (r.section !== 'CONTROLS') continue;
    const a = readControl(ctx, r);
    if (a) actions.push(a);
  }
  if (rules) ctx.warnings.push('[RULES] ignored: rule-based controls first act after the initial time step in EPANET, so they do not change the time-zero snapshot');
  return actions;
}

function readControl(ctx: NetworkContext, r: InpRecord): ActionSpec | null {
  let t = r.tokens;
  const err = (message: string): null => {
    ctx.errors.push({ line: r.line, element: t[1], message: `control on link ${t[1] ?? '?'}: ${message}` });
    return null;
  };
  if (t.length > 0 && matchKeyword(t[t.length - 1], 'DISABLED')) return null;
  if (t.length < 6) return err('incomplete control statement');
  const kind = ctx.linkKinds.get(t[1]);
  if (kind === undefined) return err('the link does not exist');
  if (kind === 'cv') return err('a check valve cannot be controlled');
  let status: ActionSpec['status'] = 'active';
  let setting: number | undefined;
  if (matchKeyword(t[2], 'OPEN')) {
    status = 'open';
    if (kind === 'pump') setting = 1;
  } else if (matchKeyword(t[2], 'CLOSED')) {
    status = 'closed';
    if (kind === 'pump') setting = 0;
  } else {
    if (kind === 'GPV') return err('a GPV can only be opened or closed');
    const v = parseNumber(t[2]);
    if (v === null) return err(`setting "${t[2]}" is not a number`);
    if (kind === 'pump' || kind === 'pipe') {
      if (v < 0) return err('setting must not be negative');
      status = v === 0 ? 'closed' : 'open';
      if (kind === 'pump') setting = v;
    } else setting = convertSetting(ctx, kind, v);
  }
  if (kind === 'GPV') setting = 0;
  if (matchKeyword(t[4], 'TIME') || matchKeyword(t[4], 'CLOCKTIME')) {
    const clock = matchKeyword(t[4], 'CLOCKTIME');
    const h = parseHours(t[5], t[6] ?? '');
    if (h === null || h < 0) return err(`invalid time "${t.slice(5).join(' ')}"`);
    let time = Math.trunc(3600 * h);
    if (clock) time %= 86400;
    const fires = clock ? ctx.options.startClock % 86400 === time : time === 0;
    return fires ? { link: t[1], type: 'control', status, setting } : null;
  }
  if (t.length < 8) return err('incomplete node condition');
  const node = t[5];
  const above = matchKeyword(t[6], 'ABOVE');
  if (!above && !matchKeyword(t[6], 'BELOW')) return err(`"${t[6]}" must be ABOVE or BELOW`);
  const level = parseNumber(t[7]);
  if (level === null) return err(`level "${t[7]}" is not a number`);
  if (ctx.junctions.has(node)) {
    ctx.builder.addPressureControl({
      link: t[1], node, above, pressure: ctx.units.pressure(level),
      status, setting,
    });
    return null;
  }
  const tank = ctx.tanks.get(node);
  if (tank === undefined) return err(`node ${node} does not exist`);
  const v1 = tankVolume(ctx, tank, tank.head);
  const v2 = tankVolume(ctx, tank, tank.elevation + level);
  t = r.tokens;
  const fires = above ? v1 >= v2 : v1 <= v2;
  return fires ? { link: t[1], type: 'control', status, setting } : null;
}

/** EPANET tankvolume() in file units; reservoirs have zero area so every level gives 0. */
function tankVolume(ctx: NetworkContext, tank: { elevation: number; area: number; vmin: number; hmin: number; curve?: string }, h: number): number {
  const c = tank.curve !== undefined ? ctx.curves.get(tank.curve) : undefined;
  if (c === undefined) return tank.vmin + (h - tank.hmin) * tank.area;
  const y = h - tank.elevation;
  const { x, y: v } = c;
  if (y <= x[0]) return v[0];
  for (let k = 1; k < x.length; k++) if (x[k] >= y) return v[k] - ((x[k] - y) * (v[k] - v[k - 1])) / (x[k] - x[k - 1]);
  return v[v.length - 1];
}
