// `hallflow sweep <project.hallflow.json> --kind power|fws [--json out.json] [--cell 0.6]`: sufficiency
// sweeps (workers/scenarios/sweep.ts) printed point by point as they finish; --json writes all points.
// Also verdictsForCli(doc, loops, air): the "verdicts" and "redundancy" keys `hallflow solve` adds to its JSON.
import { readFile, writeFile } from 'node:fs/promises';
import type { AirFailure, AirResult } from '../workers/airflow';
import type { LoopFailure, LoopResult } from '../workers/loop';
import { loadDocument } from '../workers/model/load';
import type { HallDocument } from '../workers/model/schema';
import { fwsSweep, POWER_SWEEP_METHOD, powerSweep, type FwsSweepPoint, type PowerSweepPoint } from '../workers/scenarios';
import { hallSummary, rackVerdicts, runRedundancyBatch, type HallSummary, type HallVerdicts, type RedundancyMatrix } from '../workers/verdicts';

const USAGE = 'usage: hallflow sweep <project.hallflow.json> --kind power|fws [--json out.json] [--cell <m>]';

interface Args { file: string; kind: 'power' | 'fws'; json: string | null; cell: number | undefined }

function parse(argv: string[]): Args | string {
  let kind: string | null = null;
  let json: string | null = null;
  let cell: number | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--kind' || a === '--json' || a === '--cell') {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) return `hallflow sweep: ${a} needs a value\n${USAGE}`;
      if (a === '--kind') kind = v; else if (a === '--json') json = v; else cell = Number(v);
    } else if (a.startsWith('--')) return `hallflow sweep: unknown option ${a}\n${USAGE}`;
    else files.push(a);
  }
  if (files.length !== 1 || (kind !== 'power' && kind !== 'fws')) return USAGE;
  if (cell !== undefined && !(cell >= 0.1 && cell <= 2)) return `hallflow sweep: --cell must be 0.1–2 m\n${USAGE}`;
  return { file: files[0], kind, json, cell };
}

const num = (v: number | null, d = 1) => (v === null ? '–' : v.toFixed(d));

function powerLine(p: PowerSweepPoint): string {
  return [p.mode.padEnd(16), String(p.powerKw).padStart(5), p.status.padEnd(10), (p.governing ?? '–').padEnd(20), num(p.intakeMax).padStart(6), num(p.caseT).padStart(6), `${p.seconds.toFixed(1)} s`.padStart(7), p.note].join('  ');
}

function fwsLine(p: FwsSweepPoint): string {
  return [num(p.supplyT).padStart(5), (p.withinDocumentClass ? 'yes' : 'no').padEnd(6), p.wClasses.join(' ').padEnd(26), num(p.maxReturnT).padStart(7), num(p.maxCaseT).padStart(7), String(p.failingRacks).padStart(5), p.ok ? 'ok' : p.message || 'racks fail'].join('  ');
}

export async function runSweep(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) { console.log(USAGE); return 0; }
  const args = parse(argv);
  if (typeof args === 'string') { console.error(args); return 1; }
  let text: string;
  try { text = await readFile(args.file, 'utf8'); } catch (e) { console.error(`hallflow sweep: cannot read ${args.file}: ${(e as Error).message}`); return 1; }
  const loaded = loadDocument(text);
  if (!loaded.ok) { for (const e of loaded.errors) console.error(`hallflow sweep: ${args.file}: ${e.path}: ${e.message}`); return 1; }
  const points: (PowerSweepPoint | FwsSweepPoint)[] = [];
  if (args.kind === 'power') {
    console.log('Method:'); for (const m of POWER_SWEEP_METHOD) console.log(`  - ${m}`);
    console.log(['mode'.padEnd(16), '   kW', 'status'.padEnd(10), 'governing'.padEnd(20), 'inlet', '  case', '   time', 'governing reason'].join('  '));
    for (const p of powerSweep(loaded.doc, { cellSize: args.cell })) { points.push(p); console.log(powerLine(p)); }
  } else {
    console.log(`Facility water sweep (document class ${loaded.doc.criteria.wClass}); temperatures °C`);
    console.log(['  FWS', 'in cls', 'W classes admitting it'.padEnd(26), ' return', '   case', ' fail', 'result'].join('  '));
    for (const p of fwsSweep(loaded.doc)) { points.push(p); console.log(fwsLine(p)); }
  }
  if (args.json !== null) {
    try { await writeFile(args.json, JSON.stringify({ kind: args.kind, method: args.kind === 'power' ? POWER_SWEEP_METHOD : [], points })); } catch (e) {
      console.error(`hallflow sweep: cannot write ${args.json}: ${(e as Error).message}`);
      return 1;
    }
    console.log(`\nresults written to ${args.json}`);
  }
  return 0;
}

/**
 * The keys `hallflow solve` adds to its JSON: per-rack verdicts and the hall summary of the given results,
 * and the redundancy matrix (re-solving each failure; air solves only when an air result was given).
 */
export function verdictsForCli(doc: HallDocument, loops: LoopResult | LoopFailure | null, air: AirResult | AirFailure | null):
  { verdicts: HallVerdicts; summary: HallSummary; redundancy: RedundancyMatrix } {
  return {
    verdicts: rackVerdicts(doc, air, loops),
    summary: hallSummary(doc, air, loops),
    redundancy: runRedundancyBatch(doc, undefined, { air: air === null ? false : 'fast' }),
  };
}
