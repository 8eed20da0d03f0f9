// N+1 batch benchmark (issue 5 target: a full N+1 batch on the default sample, each scenario one air +
// liquid solve, under 30 s): the engine-side batch on ai-hall-mixed (fast air mode, as the app runs it),
//   A. every failure case solved from rest on both sides (the literal "one air + liquid solve each"),
//   B. design first, sides with unchanged solver inputs reused, air solves from rest (the batch's default),
//   C. as B with the air solves warm-started from the design field (RedundancyOptions.warmStart),
//   D. B as the app's pool runs it: design case on one worker, then the failure cases FIFO on 2 workers
//      (createEnginePool: max(2, min(4, cores − 1)) workers; worker_threads here, Web Workers in the app).
// Per case: wall time and air pseudo-time steps; C against B: largest inlet-temperature difference and
// verdict changes of the cooling-unit cases (warm vs cold start of the same solve). Wall clock on a shared
// machine, load average printed. A runs only with REDUNDANCY_BENCH_FULL=1 (about 30 fast air solves).
// Usage: node bench/run.mjs redundancy   (or npx tsx bench/redundancy.bench.ts)
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { loadDocument } from '../workers/model/load';
import { failureCases, runRedundancyCase, solveRedundancyDesign, type RedundancyBase, type RedundancyCaseResult, type RedundancyOptions } from '../workers/verdicts';

const TARGET_S = 30;
const docText = readFileSync(new URL('../assets/samples/ai-hall-mixed.hallflow.json', import.meta.url), 'utf8');
const loaded = loadDocument(docText);
if (!loaded.ok) throw new Error('cannot load the sample hall');
const doc = loaded.doc;
const cases = failureCases(doc).filter((c) => c.kind !== 'design');
const la = (l: number[]) => l.map((x) => x.toFixed(2)).join(' / ');
const now = () => performance.now();

interface Run { label: string; seconds: number; cpu: number | null; results: RedundancyCaseResult[] }

function serial(label: string, o: RedundancyOptions, withBase: boolean): Run {
  console.error(`bench: ${label} …`);
  const t0 = now(), c0 = process.cpuUsage();
  let base: RedundancyBase | null = null;
  const results: RedundancyCaseResult[] = [];
  if (withBase) {
    const d = solveRedundancyDesign(doc, o);
    base = d.base;
    results.push(d.result);
  } else results.push(runRedundancyCase(doc, failureCases(doc)[0], o));
  for (const f of cases) results.push(runRedundancyCase(doc, f, o, base));
  const seconds = (now() - t0) / 1000;
  const c1 = process.cpuUsage(c0);
  console.error(`bench: ${label}: ${seconds.toFixed(2)} s`);
  return { label, seconds, cpu: (c1.user + c1.system) / 1e6, results };
}

async function pooled(label: string, o: RedundancyOptions, size: number): Promise<Run> {
  console.error(`bench: ${label} …`);
  const t0 = now();
  // a worker thread does not inherit tsx's loader: register it, then import the TypeScript worker
  const file = new URL('./redundancy-pool.worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(file)}); })`;
  const workers = Array.from({ length: size }, () => new Worker(boot, { eval: true, workerData: { docText, options: o } }));
  let next = 0;
  const call = (w: Worker, msg: object) => new Promise<RedundancyCaseResult | { result: RedundancyCaseResult; base: RedundancyBase }>((resolve) => {
    const id = next++;
    const on = (m: { id: number; value: never }) => { if (m.id === id) { w.off('message', on); resolve(m.value); } };
    w.on('message', on);
    w.postMessage({ ...msg, id });
  });
  const design = (await call(workers[0], { kind: 'design' })) as { result: RedundancyCaseResult; base: RedundancyBase };
  const queue = [...cases];
  const results: RedundancyCaseResult[] = [design.result];
  await Promise.all(workers.map(async (w) => {
    for (let f = queue.shift(); f; f = queue.shift()) results.push((await call(w, { kind: 'case', failure: f, base: design.base })) as RedundancyCaseResult);
  }));
  const seconds = (now() - t0) / 1000;
  console.error(`bench: ${label}: ${seconds.toFixed(2)} s`);
  const order = new Map(failureCases(doc).map((f, i) => [f.id, i]));
  results.sort((x, y) => order.get(x.failure.id)! - order.get(y.failure.id)!); // completion order → case order
  await Promise.all(workers.map((w) => w.terminate()));
  return { label, seconds, cpu: null, results };
}

/** Inlet temperature (°C) each rack's inlet check read, by rack id. */
const inlets = (r: RedundancyCaseResult) => new Map(r.racks.map((v) => [v.rackId, v.checks.find((c) => c.id === 'inlet-allowable' || c.id === 'inlet-recommended')?.value ?? null]));

async function main(): Promise<void> {
  const load0 = loadavg();
  const o: RedundancyOptions = { air: 'fast' };
  const runs: Run[] = [];
  if (process.env.REDUNDANCY_BENCH_FULL === '1') runs.push(serial('A. serial, every case solved from rest (air + liquid)', { ...o, reuse: false, warmStart: false }, false));
  const b = serial('B. serial, design first, unchanged sides reused, air from rest', o, true);
  const c = serial('C. serial, as B with air warm-started from the design', { ...o, warmStart: true }, true);
  const size = Math.max(2, Math.min(4, cpus().length - 1));
  const d = await pooled(`D. as B on a pool of ${size} workers (as the app)`, o, size);
  runs.push(b, c, d);
  const load1 = loadavg();

  const byId = (r: Run) => new Map(r.results.map((x) => [x.failure.id, x]));
  const bi = byId(b), ci = byId(c);
  const crah = cases.filter((f) => f.kind === 'cooling-unit');
  const caseRows = [failureCases(doc)[0], ...cases].filter((f) => f.kind === 'design' || f.kind === 'cooling-unit' || f.id === cases.find((x) => x.kind === 'cdu')?.id).map((f) => {
    const x = bi.get(f.id)!, y = ci.get(f.id)!;
    let dmax = 0, flips = 0;
    const ib = inlets(x), ic = inlets(y);
    for (const [id, t] of ib) { const u = ic.get(id); if (t !== null && u !== null && u !== undefined) dmax = Math.max(dmax, Math.abs(t - u)); }
    for (let k = 0; k < x.racks.length; k++) if (x.racks[k].status !== y.racks[k].status) flips++;
    return `| ${f.id} | ${x.source.air} | ${x.seconds.toFixed(2)} s, ${x.airSteps ?? '–'} steps | ${y.source.air} | ${y.seconds.toFixed(2)} s, ${y.airSteps ?? '–'} steps | ${f.kind === 'cooling-unit' ? `${dmax.toFixed(2)} K, ${flips} verdicts` : '–'} |`;
  });
  const other = cases.filter((f) => f.kind !== 'cooling-unit');
  const sum = (r: Run, ids: string[]) => r.results.filter((x) => ids.includes(x.failure.id)).reduce((s, x) => s + x.seconds, 0);
  const steps = (r: Run) => r.results.reduce((n, x) => n + (x.airSteps ?? 0), 0);
  const fails = (r: Run) => r.results.map((x) => x.racks.filter((v) => v.status === 'fail').length).join(' ');
  console.log(`### N+1 batch (bench/redundancy.bench.ts)

${new Date().toISOString()}, ${cpus()[0]?.model ?? 'CPU'} × ${cpus().length}, Node ${process.version}. Default sample ai-hall-mixed (${doc.racks.length} racks): design + ${cases.length} failure cases (${crah.length} cooling units, ${other.length} CDUs, pumps and plant units), air in fast mode. Load average (1/5/15 min) ${la(load0)} before, ${la(load1)} after: wall clock on a shared machine.

| Batch | Wall | CPU (main thread) | Air steps, all cases | Target (wall) |
|---|---|---|---|---|
${runs.map((r) => `| ${r.label} | ${r.seconds.toFixed(2)} s | ${r.cpu === null ? '–' : `${r.cpu.toFixed(2)} s`} | ${steps(r)} | < ${TARGET_S} s ${r.seconds < TARGET_S ? '✓' : '✗'} |`).join('\n')}

Liquid-side cases (${other.length}): ${sum(b, other.map((f) => f.id)).toFixed(2)} s together in B (loop solve only; the air result is the design's: equal air-solver inputs).

| Case | B: air | B: wall, steps | C: air | C: wall, steps | warm vs cold start: max inlet difference, verdict changes |
|---|---|---|---|---|---|
${caseRows.join('\n')}

Failing racks per case (design first), B: ${fails(b)}; C: ${fails(c)}; D: ${fails(d)}.
`);
}

void main();
