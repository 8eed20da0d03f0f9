// First pass over an EPANET .inp file: split into sections (EPANET 2.2/2.3 section names),
// tokenise each data line, read [OPTIONS] and [TIMES]. Unknown sections and data outside any
// section are errors naming the line (EPANET input2.c readdata(): error 201 / 200).

import { matchKeyword, parseHours, parseNumber, tokenize } from './tokens';
import { FLOW_PER_CFS, type FlowUnits, type PressureUnits } from './units';

export const SECTIONS = [
  'TITLE', 'JUNCTIONS', 'RESERVOIRS', 'TANKS', 'PIPES', 'PUMPS', 'VALVES', 'CONTROLS', 'RULES',
  'DEMANDS', 'SOURCES', 'EMITTERS', 'PATTERNS', 'CURVES', 'QUALITY', 'STATUS', 'ROUGHNESS',
  'ENERGY', 'REACTIONS', 'MIXING', 'REPORT', 'TIMES', 'OPTIONS', 'COORDINATES', 'VERTICES',
  'LABELS', 'BACKDROP', 'TAGS', 'LEAKAGE', 'END',
] as const;
export type SectionName = (typeof SECTIONS)[number];

export interface InpRecord {
  readonly section: SectionName;
  readonly tokens: readonly string[];
  readonly line: number;
}

export interface InpError {
  readonly line?: number;
  readonly element?: string;
  readonly message: string;
}

export interface InpOptions {
  flowUnits: FlowUnits;
  pressureUnits: PressureUnits | null;
  headloss: 'H-W' | 'D-W' | 'C-M';
  viscosity: number | null; // raw option value
  specificGravity: number;
  accuracy: number;
  trials: number;
  extraIterations: number;
  checkFrequency: number;
  maxCheck: number;
  dampLimit: number;
  headError: number;
  flowChange: number;
  defaultPattern: string;
  demandMultiplier: number;
  emitterExponent: number;
  emitterBackflow: boolean;
  demandModel: 'DDA' | 'PDA';
  patternStep: number; // s
  patternStart: number; // s
  startClock: number; // s
}

export function splitSections(text: string, errors: InpError[]): InpRecord[] {
  const out: InpRecord[] = [];
  let section: SectionName | null = null;
  const lines = text.split(/\r\n|\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const tokens = tokenize(raw);
    if (tokens.length === 0) continue;
    const first = tokens[0];
    if (first.startsWith('[')) {
      const name = SECTIONS.find((s) => first.toUpperCase().startsWith(`[${s}]`));
      if (name === undefined) {
        errors.push({ line: i + 1, message: `unknown section ${first}` });
        section = null;
        continue;
      }
      if (name === 'END') break;
      section = name;
      continue;
    }
    if (section === null) {
      errors.push({ line: i + 1, message: `data outside any section: "${raw.trim()}"` });
      continue;
    }
    out.push({ section, tokens: section === 'TITLE' ? [raw.trim()] : tokens, line: i + 1 });
  }
  return out;
}

export function readOptions(records: readonly InpRecord[], errors: InpError[]): InpOptions {
  const o: InpOptions = {
    flowUnits: 'GPM', pressureUnits: null, headloss: 'H-W', viscosity: null, specificGravity: 1,
    accuracy: 0.001, trials: 200, extraIterations: -1, checkFrequency: 2, maxCheck: 10, dampLimit: 0,
    headError: 0, flowChange: 0, defaultPattern: '1', demandMultiplier: 1, emitterExponent: 0.5,
    emitterBackflow: true, demandModel: 'DDA', patternStep: 3600, patternStart: 0, startClock: 0,
  };
  for (const r of records) {
    if (r.section === 'OPTIONS') readOption(o, r, errors);
    else if (r.section === 'TIMES') readTime(o, r, errors);
  }
  if (o.patternStep <= 0) o.patternStep = 3600;
  return o;
}

function readOption(o: InpOptions, r: InpRecord, errors: InpError[]): void {
  const [k, v1, v2, v3] = r.tokens;
  const bad = (what: string): void => { errors.push({ line: r.line, message: `invalid ${what} option "${r.tokens.join(' ')}"` }); };
  if (matchKeyword(k, 'UNIT')) {
    if (v1 === undefined) return;
    const u = v1.toUpperCase();
    if (u in FLOW_PER_CFS) o.flowUnits = u as FlowUnits;
    else if (u === 'SI') o.flowUnits = 'LPS';
    else bad('UNITS');
    return;
  }
  if (matchKeyword(k, 'PRESSURE') && v1 !== undefined && !matchKeyword(v1, 'EXP')) {
    const map: Record<string, PressureUnits> = { PSI: 'PSI', KPA: 'KPA', METERS: 'METERS', BAR: 'BAR', FEET: 'FEET' };
    const p = Object.keys(map).find((key) => matchKeyword(v1, key));
    if (p) o.pressureUnits = map[p];
    else bad('PRESSURE');
    return;
  }
  if (matchKeyword(k, 'HEADL')) {
    if (matchKeyword(v1, 'H-W')) o.headloss = 'H-W';
    else if (matchKeyword(v1, 'D-W')) o.headloss = 'D-W';
    else if (matchKeyword(v1, 'C-M')) o.headloss = 'C-M';
    else bad('HEADLOSS');
    return;
  }
  if (matchKeyword(k, 'UNBA')) {
    if (matchKeyword(v1, 'STOP')) o.extraIterations = -1;
    else if (matchKeyword(v1, 'CONT')) o.extraIterations = v2 !== undefined ? Math.trunc(parseNumber(v2) ?? 0) : 0;
    else bad('UNBALANCED');
    return;
  }
  if (matchKeyword(k, 'PATT')) { if (v1 !== undefined) o.defaultPattern = v1; return; }
  if (matchKeyword(k, 'DEMAN') && matchKeyword(v1, 'MODEL')) {
    if (matchKeyword(v2, 'PDA')) o.demandModel = 'PDA';
    return;
  }
  if (matchKeyword(k, 'BACK') && matchKeyword(v1, 'ALLOW')) { o.emitterBackflow = !matchKeyword(v2, 'NO'); return; }
  const ignored = ['HYDR', 'QUAL', 'MAP', 'VERI', 'SEGM', 'TOLER', 'DIFF', 'MINI', 'REQ'];
  if (ignored.some((w) => matchKeyword(k, w))) return;
  // Numeric options; EPANET allows a two-word name for these.
  const twoWord = ['SPEC', 'EMIT', 'DEMAN', 'PRESSURE'].some((w) => matchKeyword(k, w));
  const raw = twoWord ? v2 : v1;
  if (raw === undefined) return;
  const y = parseNumber(raw);
  if (y === null) return bad(k);
  if (matchKeyword(k, 'PRESSURE')) return; // pressure exponent (PDA only)
  if (matchKeyword(k, 'DAMPLIMIT')) { o.dampLimit = y; return; }
  if (matchKeyword(k, 'FLOWCHANGE')) { o.flowChange = y; return; }
  if (matchKeyword(k, 'HEADERROR')) { o.headError = y; return; }
  if (y <= 0) return bad(k);
  if (matchKeyword(k, 'VISC')) o.viscosity = y;
  else if (matchKeyword(k, 'SPEC')) o.specificGravity = y;
  else if (matchKeyword(k, 'TRIAL')) o.trials = Math.trunc(y);
  else if (matchKeyword(k, 'ACCU')) o.accuracy = Math.min(Math.max(y, 1e-5), 1e-1);
  else if (matchKeyword(k, 'CHECKFREQ')) o.checkFrequency = Math.trunc(y);
  else if (matchKeyword(k, 'MAXCHECK')) o.maxCheck = Math.trunc(y);
  else if (matchKeyword(k, 'EMIT')) o.emitterExponent = y;
  else if (matchKeyword(k, 'DEMAN')) o.demandMultiplier = y;
  else if (['HTOL', 'QTOL', 'RQTOL'].some((w) => matchKeyword(k, w))) errors.push({ line: r.line, message: `option ${k} is not supported` });
  else errors.push({ line: r.line, message: `unknown option ${k}` });
  void v3;
}

function readTime(o: InpOptions, r: InpRecord, errors: InpError[]): void {
  const t = r.tokens;
  const n = t.length - 1;
  if (n < 1 || matchKeyword(t[0], 'STAT')) return;
  let h = parseHours(t[n]);
  if (h === null && n >= 2) h = parseHours(t[n - 1], t[n]);
  if (h === null || h < 0) {
    errors.push({ line: r.line, message: `invalid time value "${t.join(' ')}"` });
    return;
  }
  const s = Math.floor(3600 * h + 0.5);
  if (matchKeyword(t[0], 'PATT')) {
    if (matchKeyword(t[1], 'TIME')) o.patternStep = s;
    else if (matchKeyword(t[1], 'STAR')) o.patternStart = s;
  } else if (matchKeyword(t[0], 'STAR')) o.startClock = s % 86400;
}
