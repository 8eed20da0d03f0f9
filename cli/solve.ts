// `hallflow solve <project.hallflow.json> [--json out.json] [--scenario id]`: load a hall document
// (every named load error to stderr, exit 1), solve its liquid loops (workers/loop solveLoops),
// print a loop summary (per CDU: load, flows, temperatures, pump head/power; per rack the worst
// margins; warnings) and write the full results as JSON {"loops": LoopResult, ...} with --json
// (sibling keys are left for the air solver and verdicts). Exit 0 on a solved hall (warnings
// included), 1 on bad input or a failed solve.
import { readFile, writeFile } from 'node:fs/promises';
import { loadDocument } from '../workers/model/load';
import { solveLoops, type LoopResult } from '../workers/loop';

const USAGE = 'usage: hallflow solve <project.hallflow.json> [--json out.json] [--scenario <id>]';

interface Args { file: string; json: string | null; scenario: string | undefined }

function parse(argv: string[]): Args | string {
  let json: string | null = null;
  let scenario: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json' || a === '--scenario') {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) return `hallflow solve: ${a} needs a value\n${USAGE}`;
      if (a === '--json') json = v; else scenario = v;
    } else if (a.startsWith('--')) return `hallflow solve: unknown option ${a}\n${USAGE}`;
    else files.push(a);
  }
  if (files.length !== 1) return USAGE;
  return { file: files[0], json, scenario };
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
  const result = solveLoops(loaded.doc, { scenarioId: args.scenario });
  if (!result.ok) {
    for (const e of result.errors) console.error(`hallflow solve: ${result.stage} error: ${e.message}`);
    return 1;
  }
  console.log(summary(result));
  if (args.json !== null) {
    try {
      await writeFile(args.json, JSON.stringify({ loops: result }));
    } catch (e) {
      console.error(`hallflow solve: cannot write ${args.json}: ${(e as Error).message}`);
      return 1;
    }
    console.log(`\nresults written to ${args.json}`);
  }
  return 0;
}
