// `hallflow solve <project.hallflow.json> [--json out.json] [--scenario id] [--air fast|accurate|off]`:
// load a hall document (every named load error to stderr, exit 1), solve its liquid loops (workers/loop
// solveLoops) and its room air (workers/airflow solveAir, default 'fast'), print a loop summary (per
// CDU: load, flows, temperatures, pump head/power; per rack the worst margins; warnings) and an air
// summary (rack intakes worst first, RCI/RTI/SHI/RHI, energy balance), and write the results as JSON
// {"designIssues": [...], "loops": LoopResult, "air": {racks, units, metrics, energy, convergence,
// warnings}, …} with --json (no field arrays). The editor's design issues (overlaps, objects outside the
// hall) come first: the hall is solved anyway. Exit 0 on a solved hall (warnings included), 1 on bad input or a failed solve.
import { readFile, writeFile } from 'node:fs/promises';
import { loadDocument } from '../workers/model/load';
import { solveLoops, type LoopResult } from '../workers/loop';
import { solveAir, type AirResult } from '../workers/airflow/index';
import { airThreads, nodeSlabPool } from './slab-threads';
import { hallSummary, rackVerdicts, runRedundancyBatch, type HallVerdicts, type RedundancyMatrix } from '../workers/verdicts';
import { applyToDocument, DESIGN_INPUTS, scenarioInputs } from '../workers/scenarios';
import { sameProblem } from '../workers/report/sections-back';

const USAGE = 'usage: hallflow solve <project.hallflow.json> [--json out.json] [--scenario <id>] [--air fast|accurate|off] [--redundancy]';

type AirMode = 'fast' | 'accurate' | 'off';
interface Args { file: string; json: string | null; scenario: string | undefined; air: AirMode; redundancy: boolean }

function parse(argv: string[]): Args | string {
  let json: string | null = null;
  let scenario: string | undefined;
  let air: AirMode = 'fast';
  let redundancy = false;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json' || a === '--scenario' || a === '--air') {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) return `hallflow solve: ${a} needs a value\n${USAGE}`;
      if (a === '--json') json = v;
      else if (a === '--scenario') scenario = v;
      else if (v === 'fast' || v === 'accurate' || v === 'off') air = v;
      else return `hallflow solve: --air must be fast, accurate or off (got ${v})\n${USAGE}`;
    } else if (a === '--redundancy') redundancy = true;
    else if (a.startsWith('--')) return `hallflow solve: unknown option ${a}\n${USAGE}`;
    else files.push(a);
  }
  if (files.length !== 1) return USAGE;
  return { file: files[0], json, scenario, air, redundancy };
}

/** The air results written to JSON: everything but the cell fields and the warm-start state. */
type AirJson = Pick<AirResult, 'accuracy' | 'racks' | 'units' | 'metrics' | 'energy' | 'convergence' | 'warnings'>;
export function airJson(r: AirJson): AirJson {
  return { accuracy: r.accuracy, racks: r.racks, units: r.units, metrics: r.metrics, energy: r.energy, convergence: r.convergence, warnings: r.warnings };
}

/** Rack intakes worst (hottest maximum) first, at most `limit` rows; metrics; energy balance; warnings
 *  (those that restate one of `designIssues`, printed before the solve, counted but not repeated). */
export function airSummary(r: AirResult, mode: 'fast' | 'accurate', limit = 25, designIssues: readonly string[] = []): string {
  const g = r.fields.grid;
  const c = r.convergence;
  const L: string[] = [];
  L.push(`Air (${mode}, ${g.dx.toFixed(2)} m cells, ${(g.nx * g.ny * g.nz).toLocaleString('en')} cells): ${c.steps} steps, ` +
    `${c.converged ? (c.averagedSteps > 0 ? `statistically steady, mean of ${c.averagedSteps} steps` : 'steady') : 'NOT converged'}, ${c.seconds.toFixed(1)} s`);
  L.push(`Accuracy: ${r.accuracy.basis}`);
  const racks = [...r.racks].sort((a, b) => b.intakeMax - a.intakeMax || b.intakeMean - a.intakeMean);
  L.push(['rack'.padEnd(12), 'intake mean °C', 'intake max °C', 'exhaust °C'].join('  '));
  for (const x of racks.slice(0, limit)) {
    L.push([x.id.padEnd(12), x.intakeMean.toFixed(1).padStart(14), x.intakeMax.toFixed(1).padStart(13), x.exhaust.toFixed(1).padStart(10)].join('  '));
  }
  if (racks.length > limit) L.push(`  … and ${racks.length - limit} more (see --json)`);
  for (const u of r.units) {
    L.push(`  ${u.id.padEnd(12)} return ${u.returnT.toFixed(1)} °C, supply ${u.supplyT.toFixed(1)} °C, load ${kW(u.load)} of ${kW(u.capacity)} kW${u.overCapacity ? ' (OVER CAPACITY)' : ''}`);
  }
  const m = r.metrics;
  L.push('', `Metrics: RCI_HI ${m.rciHi.toFixed(1)} %, RCI_LO ${m.rciLo.toFixed(1)} %, RTI ${m.rti.toFixed(0)} %, SHI ${m.shi.toFixed(3)}, RHI ${m.rhi.toFixed(3)}`);
  const e = r.energy;
  L.push(`Energy balance: rack heat to air ${kW(e.rackHeat)} kW = rear doors ${kW(e.doorHeat)} + cooling units ${kW(e.unitHeat)} + walls ${kW(e.wallHeat)} kW, imbalance ${(e.imbalance * 100).toFixed(3)} %`);
  const own = r.warnings.filter((w) => !designIssues.some((d) => sameProblem(d, w)));
  const restated = r.warnings.length - own.length;
  L.push('', `Air warnings: ${own.length}${restated > 0 ? ` (and ${restated} restating a design issue above)` : ''}`);
  for (const w of own.slice(0, 10)) L.push(`  ${w}`);
  if (own.length > 10) L.push(`  … and ${own.length - 10} more (see --json)`);
  return L.join('\n');
}

const kW = (w: number) => (w / 1e3).toFixed(1);
const lpm = (q: number) => (q * 60000).toFixed(1);
const t1 = (t: number | null) => (t === null ? '–' : t.toFixed(1));

export function summary(r: LoopResult): string {
  const L: string[] = [];
  L.push('CDUs');
  L.push(['CDU'.padEnd(12), 'load kW', 'util %', 'TCS L/min', 'FWS L/min', 'supply °C', 'return °C', 'FWS in/out °C', 'pump kPa', 'pump kW', 'setpoint'].join('  '));
  for (const c of r.cdus) {
    L.push([
      c.id.padEnd(12), kW(c.load).padStart(7), (c.utilisation * 100).toFixed(0).padStart(6), lpm(c.secondaryFlow).padStart(9),
      lpm(c.primaryFlow).padStart(9), t1(c.supplyT).padStart(9), t1(c.returnT).padStart(9),
      `${t1(c.primarySupplyT)}/${t1(c.primaryReturnT)}`.padStart(13), (c.pumps.head / 1e3).toFixed(0).padStart(8),
      (c.pumps.power / 1e3).toFixed(1).padStart(7), !c.online ? 'offline' : c.setpointHeld === null ? 'free' : c.setpointHeld ? 'held' : 'NOT held',
    ].join('  '));
  }
  if (r.plant) {
    L.push('', `Plant: FWS ${t1(r.plant.supplyT)} → ${t1(r.plant.returnT)} °C, ${lpm(r.plant.flow)} L/min, rejects ${kW(r.plant.heatRejected)} kW of ${kW(r.plant.capacity)} kW, pumps ${(r.plant.pumps.head / 1e3).toFixed(0)} kPa ${(r.plant.pumps.power / 1e3).toFixed(1)} kW`);
  }
  const served = r.racks.filter((x) => x.cduId !== null);
  if (served.length > 0) {
    const worst = (key: (x: (typeof served)[number]) => number | null, lowIsBad: boolean) =>
      served.reduce((a, b) => {
        const ka = key(a) ?? (lowIsBad ? -Infinity : Infinity);
        const kb = key(b) ?? (lowIsBad ? -Infinity : Infinity);
        return (lowIsBad ? kb < ka : kb > ka) ? b : a;
      });
    const share = worst((x) => x.flowShare, true);
    const margin = worst((x) => x.caseMargin, true);
    const ret = worst((x) => x.returnT, false);
    L.push('', `Racks: ${served.length} on loops, ${r.racks.filter((x) => !x.ok.all).length} not ok`);
    L.push(`  lowest flow share   ${share.id}: ${(share.flowShare * 100).toFixed(1)} % of design (${lpm(share.flow)} L/min, ${(share.flowPerPower * 6e7).toFixed(2)} L/min/kW)`);
    L.push(`  lowest case margin  ${margin.id}: ${margin.caseMargin === null ? '–' : margin.caseMargin.toFixed(1)} K (case ${t1(margin.caseT)} °C)`);
    L.push(`  highest return      ${ret.id}: ${t1(ret.returnT)} °C`);
  }
  const c = r.convergence;
  L.push('', `Convergence: ${c.outerIterations} outer iterations (${c.converged ? 'converged' : 'NOT converged'}, last ΔT ${c.temperatureChange.toExponential(1)} K), energy balance ${(c.energyBalanceError * 100).toExponential(1)} %, primary ${(c.primaryBalanceError * 100).toExponential(1)} %; ${r.pipes.length} links in ${(r.timing.build + r.timing.solve + r.timing.results).toFixed(0)} ms`);
  const warn = r.warnings.filter((w) => w.severity === 'warning');
  L.push('', `Warnings: ${warn.length}${r.warnings.length > warn.length ? ` (+${r.warnings.length - warn.length} info)` : ''}`);
  const byCode = new Map<string, string[]>();
  for (const w of r.warnings) byCode.set(w.code, [...(byCode.get(w.code) ?? []), w.message]);
  for (const [code, msgs] of byCode) {
    L.push(`  ${code} (${msgs.length})`);
    for (const m of msgs.slice(0, 5)) L.push(`    ${m}`);
    if (msgs.length > 5) L.push(`    … and ${msgs.length - 5} more (see --json)`);
  }
  return L.join('\n');
}

export async function runSolve(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const args = parse(argv);
  if (typeof args === 'string') {
    console.error(args);
    return 1;
  }
  let text: string;
  try {
    text = await readFile(args.file, 'utf8');
  } catch (e) {
    console.error(`hallflow solve: cannot read ${args.file}: ${(e as Error).message}`);
    return 1;
  }
  const loaded = loadDocument(text);
  if (!loaded.ok) {
    for (const e of loaded.errors) console.error(`hallflow solve: ${args.file}: ${e.path}: ${e.message}`);
    return 1;
  }
  // the editor's design issues (overlaps, objects outside the hall, …): solved anyway, but said first
  const issues = loaded.warnings;
  if (issues.length > 0) {
    console.log(`Design issues: ${issues.length}`);
    for (const w of issues.slice(0, 10)) console.log(`  ${w.severity}: ${w.message}`);
    if (issues.length > 10) console.log(`  … and ${issues.length - 10} more${args.json !== null ? ' (see --json)' : ''}`);
    console.log('');
  }
  const result = solveLoops(loaded.doc, { scenarioId: args.scenario });
  if (!result.ok) {
    for (const e of result.errors) console.error(`hallflow solve: ${result.stage} error: ${e.message}`);
    return 1;
  }
  console.log(summary(result));
  // The scenario (failed cooling units, load factor) applies to the air solve as it does to the loops.
  const scenario = args.scenario ? loaded.doc.scenarios.find((x) => x.id === args.scenario) : undefined;
  const inputs = scenario ? scenarioInputs(scenario) : DESIGN_INPUTS;
  let air: AirResult | null = null;
  if (args.air !== 'off') {
    // one solve on airThreads() threads: this one and slab worker threads (HALLFLOW_AIR_THREADS, default 2)
    const pool = nodeSlabPool(airThreads() - 1);
    const workers = await pool.ready();
    const r = solveAir(applyToDocument(loaded.doc, inputs), { mode: args.air, loadFactor: inputs.loadFactor, parallel: { workers } });
    pool.dispose();
    if (!r.ok) {
      console.error(`hallflow solve: air error (${r.error.kind}): ${r.error.message}`);
      return 1;
    }
    air = r;
    console.log(`\n${airSummary(r, args.air, 25, issues.map((w) => w.message))}`);
  }
  const verdicts = rackVerdicts(loaded.doc, air, result, { loadFactor: inputs.loadFactor });
  const hall = hallSummary(loaded.doc, air, result, { loadFactor: inputs.loadFactor, failed: inputs.failed });
  console.log(`\n${verdictSummary(verdicts)}`);
  let redundancy: RedundancyMatrix | null = null;
  if (args.redundancy) {
    redundancy = runRedundancyBatch(loaded.doc, (p) => process.stderr.write(`\rredundancy ${p.done}/${p.total} `), { air: args.air === 'off' ? false : args.air });
    process.stderr.write('\n');
    console.log(`\nRedundancy: ${redundancy.cases.length} failure cases solved`);
  }
  if (args.json !== null) {
    try {
      const out: Record<string, unknown> = { designIssues: issues, loops: result };
      if (air) out.air = airJson(air);
      out.verdicts = verdicts;
      out.summary = hall;
      if (redundancy) out.redundancy = redundancy;
      await writeFile(args.json, JSON.stringify(out));
    } catch (e) {
      console.error(`hallflow solve: cannot write ${args.json}: ${(e as Error).message}`);
      return 1;
    }
    console.log(`\nresults written to ${args.json}`);
  }
  return 0;
}

/** Verdict counts and the failing racks with their governing check. */
function verdictSummary(v: HallVerdicts): string {
  const lines = [`Verdicts: ${v.counts.pass} pass, ${v.counts.fail} fail, ${v.counts.incomplete} incomplete (air: ${v.air}; loops: ${v.loops})`];
  for (const r of v.racks.filter((x) => x.status === 'fail').slice(0, 20)) {
    lines.push(`  ${r.rackId.padEnd(10)} ${r.verdict.padEnd(14)} governing ${r.governing ?? '-'}${r.reasons[0] ? `: ${r.reasons[0]}` : ''}`);
  }
  return lines.join('\n');
}
