// Liquid-loop benchmark: generated DLC halls of 10 / 100 / 1,000 / 5,000 racks built from the
// default sample's templates (120 kW NVL72-class racks, 10 per row, one 1350 kW CDU per row, the
// sample's plant and piping). Times full solveLoops calls (model + networks + hydraulics–heat outer
// iteration + results) two ways: cold (a fresh LoopCache: everything built) and warm (the engine's
// LoopCache after a previous solve, then a load edit of one rack — the edited CDU's loop is
// regenerated and patched into the cached network, everything else re-used; the coupled solve and the
// results are always computed in full). Also compares one TCS hydraulic solve with EPANET 2.3
// (epanet-js, openH + initH + runH) on the same network exported by workers/loop/to-inp.ts at a uniform
// viscosity, and reports the 5,000-rack hall without the parallel-mains stand-in (starved CDUs).
// Median of several runs after a warm-up. Prints a markdown section.
// Run: npx tsx bench/loop.bench.ts
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import { Project, Workspace } from 'epanet-js';
import { coolantProperties } from '../workers/fluids';
import { HydraulicSolver } from '../workers/hydraulics';
import { buildLoopPlan, LoopCache, loopToInp, resolveInputs, solveLoops, type ComponentOverride } from '../workers/loop';
import { loadDocument } from '../workers/model/load';
import type { HallDocument } from '../workers/model/schema';
import { generatedHall } from '../workers/loop/sample-halls';

const SIZES = [10, 100, 1000, 5000];

function sampleDoc(): HallDocument {
  const r = loadDocument(readFileSync(new URL('../assets/samples/ai-hall-mixed.hallflow.json', import.meta.url), 'utf8'));
  if (!r.ok) throw new Error('cannot load the sample hall');
  return r.doc;
}

/**
 * One plant header for hundreds of MW exceeds the Schedule 40 series (DN600): the bench gives the FWS
 * headers and plant runs a bore for 2 m/s at design flow through overrides (a stand-in for
 * parallel mains), so that every CDU gets facility water.
 */
function fwsOverrides(doc: HallDocument): Record<string, ComponentOverride> {
  const inputs = resolveInputs(doc, {}, 30);
  if (typeof inputs === 'string') throw new Error(inputs);
  const plan = buildLoopPlan(doc, inputs);
  if ('ok' in plan) throw new Error('build failed');
  const out: Record<string, ComponentOverride> = {};
  for (const l of plan.fws?.model.links ?? []) {
    if (l.spec.type === 'pipe' && l.spec.diameter >= 0.5) out[l.id] = { diameter: Math.sqrt((4 * l.designFlow) / (Math.PI * 2)) };
  }
  return out;
}

/** Every V8 garbage collection pause (start, ms); delivered asynchronously, read after the timed runs. */
const gcPauses: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) gcPauses.push({ start: e.startTime, duration: e.duration }); }).observe({ entryTypes: ['gc'] });
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 5));
/** GC pause time inside each [start, end) interval, ms. */
const gcIn = (spans: readonly (readonly [number, number])[]) => spans.map(([a, b]) => gcPauses.filter((p) => p.start >= a && p.start < b).reduce((s, p) => s + p.duration, 0));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main(): Promise<void> {
  const loadAtStart = os.loadavg().map((x) => x.toFixed(2)).join(', ');
  const base = sampleDoc();
  const ws = new Workspace();
  await ws.loadModule();
  for (let i = 0; i < 5; i++) solveLoops(generatedHall(base, 100)); // warm-up (JIT)
  const lines: string[] = [];
  for (const n of SIZES) {
    const doc = generatedHall(base, n);
    const overrides = fwsOverrides(doc);
    const runs = n <= 100 ? 21 : n <= 1000 ? 9 : 3;
    const total: number[] = [];
    const build: number[] = [];
    const solve: number[] = [];
    const results: number[] = [];
    const spans: [number, number][] = [];
    const warmTotal: number[] = [];
    const warmBuild: number[] = [];
    let outer = 0;
    let hydIt = '';
    let links = 0;
    let warnings = 0;
    for (let r = 0; r < runs; r++) {
      const t = performance.now();
      const res = solveLoops(doc, { overrides }, undefined, new LoopCache());
      const t1 = performance.now();
      total.push(t1 - t);
      spans.push([t, t1]);
      if (!res.ok) throw new Error(JSON.stringify(res.errors.slice(0, 3)));
      build.push(res.timing.build);
      solve.push(res.timing.solve);
      results.push(res.timing.results);
      outer = res.convergence.outerIterations;
      hydIt = res.convergence.history.map((h) => h.hydraulics.map((x) => x.iterations).join('+')).join(', ');
      links = res.pipes.length;
      warnings = res.warnings.length;
    }
    await settle(); // the GC entries of the cold runs arrive
    const gc = gcIn(spans);
    // Warm: one engine cache; each run edits the IT load of one rack (a different one each time) and solves.
    const cache = new LoopCache();
    solveLoops(doc, { overrides }, undefined, cache);
    for (let r = 0; r < runs; r++) {
      const k = (r * 7919) % doc.racks.length;
      const edited = { ...doc, racks: doc.racks.map((x, j) => (j === k ? { ...x, itLoad: x.itLoad * (1 + 0.01 * (r + 1)) } : x)) };
      const t = performance.now();
      const res = solveLoops(edited, { overrides }, undefined, cache);
      warmTotal.push(performance.now() - t);
      if (!res.ok) throw new Error(JSON.stringify(res.errors.slice(0, 3)));
      warmBuild.push(res.timing.build);
    }
    if (doc.cdus.length >= 10 && cache.patched < runs) throw new Error(`warm runs did not patch the cached TCS network (${cache.patched} of ${runs})`);
    // One TCS hydraulic solve vs EPANET on the same network (uniform viscosity).
    const inputs = resolveInputs(doc, {}, 30);
    if (typeof inputs === 'string') throw new Error(inputs);
    const plan = buildLoopPlan(doc, inputs);
    if ('ok' in plan) throw new Error('build failed');
    const tcs = plan.tcs!;
    const p = coolantProperties('PG25', 46);
    const nu = p.mu / p.rho;
    const solver = new HydraulicSolver(tcs.network);
    for (let k = 0; k < tcs.network.nLinks; k++) solver.setLinkViscosity(k, nu);
    const inp = loopToInp(tcs.model, nu).inp;
    const project = new Project(ws);
    ws.writeFile('loop.inp', inp);
    project.open('loop.inp', 'loop.rpt', '');
    const ours: number[] = [];
    const epa: number[] = [];
    const hruns = n <= 1000 ? 21 : 7;
    for (let r = 0; r < hruns + 1; r++) {
      let t = performance.now();
      const out = solver.solve();
      const a = performance.now() - t;
      if (!out.ok) throw new Error(out.failure?.message);
      t = performance.now();
      project.openH();
      project.initH(0);
      project.runH();
      const b = performance.now() - t;
      project.closeH();
      if (r > 0) { ours.push(a); epa.push(b); }
    }
    project.close();
    const o = median(ours);
    const e = median(epa);
    lines.push(`| ${n.toLocaleString('en')} | ${doc.cdus.length} | ${links.toLocaleString('en')} | ${tcs.network.nLinks.toLocaleString('en')} | ${median(total).toFixed(1)} | ${Math.min(...total).toFixed(1)} | ${median(build).toFixed(1)} | ${median(solve).toFixed(1)} | ${median(results).toFixed(1)} | ${median(gc).toFixed(1)} | ${median(warmTotal).toFixed(1)} | ${Math.min(...warmTotal).toFixed(1)} | ${median(warmBuild).toFixed(1)} | ${outer} (${hydIt}) | ${o.toFixed(2)} | ${e.toFixed(2)} | ${(e / o).toFixed(2)} | ${warnings} |`);
  }
  // The 5,000-rack hall as generated (one plant header, no parallel-mains stand-in): the far CDUs starve.
  const big = generatedHall(base, 5000);
  const t5 = performance.now();
  const starved = solveLoops(big);
  const ms5 = performance.now() - t5;
  if (!starved.ok) throw new Error(JSON.stringify(starved.errors.slice(0, 3)));
  const count = (code: string) => starved.warnings.filter((w) => w.code === code).length;
  let hottest = -Infinity;
  for (const c of starved.cdus) if (c.returnT !== null) hottest = Math.max(hottest, c.returnT);
  const example = starved.warnings.find((w) => w.code === 'primary-starved')?.message ?? '(none)';
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`## Liquid loops (bench/loop.bench.ts)\n`);
  console.log(`${new Date().toISOString().slice(0, 10)}, ${cpu}, ${os.cpus().length} cores, Node ${process.version}, one thread. Halls of 120 kW DLC racks, 10 per row, one CDU per row (default sample templates).`);
  console.log('FWS mains wider than DN600 get a 2 m/s bore by override (one plant header for up to 675 MW is a stand-in).');
  console.log('Full solve = build (model + networks + ordering) + coupled hydraulics–heat iteration + results; medians (min: fastest run). Cold GC: V8 collection pauses during one cold solve (median; parallel scavenges wait for their helper threads, so a loaded machine inflates them most).');
  console.log('Hydraulic columns: one TCS solve (all CDU loops in one network), uniform viscosity, Hallflow vs EPANET 2.3 (epanet-js) on the exported .inp.\n');
  console.log('Cold: a fresh LoopCache (model, networks, ordering, symbolic factorisation all built). Warm: the cache of the previous solve, after a load edit of one rack (that CDU regenerated and patched in).');
  console.log(`Load average at the start of the run: ${loadAtStart}; at the end: ${os.loadavg().map((x) => x.toFixed(2)).join(', ')} (2 shared cores: other work inflates every time).\n`);
  console.log('| racks | CDUs | links (TCS+FWS) | TCS links | cold full solve ms | cold min ms | cold build ms | coupled solve ms | results ms | cold GC ms | warm full solve ms | warm min ms | warm build ms | outer it. (hydraulic it. TCS+FWS) | TCS hydraulics ms | EPANET ms | EPANET / ours | warnings |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|');
  for (const l of lines) console.log(l);
  console.log(`\n5,000 racks without the parallel-mains stand-in (one plant header): ${count('primary-starved')} CDUs starved of facility water (no steady state below boiling: temperatures null, racks failed), ${count('no-primary-flow')} with no facility water (< 0.1 % of design); hottest reported CDU return ${hottest.toFixed(1)} °C; one cold solve ${ms5.toFixed(0)} ms. Example: "${example.length > 300 ? `${example.slice(0, 300)}…` : example}"`);
}

await main();
