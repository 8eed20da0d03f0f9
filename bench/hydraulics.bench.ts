// Hydraulic solver benchmark: DLC-like hall networks of ~100 to ~20,000 links, Hallflow's GGA
// solver vs EPANET 2.3 (epanet-js, WebAssembly) in the same process on the same .inp text.
// Parsing is excluded on both sides. EPANET's time is openH + initH + runH (its ordering,
// symbolic factorisation and iterations); ours is reported as the numeric solve alone and with
// the topology work (minimum-degree ordering + symbolic LDLᵀ) added. Median of several runs
// after a warm-up. Prints a markdown section to stdout.
// Run: npx tsx bench/hydraulics.bench.ts

import os from 'node:os';
import { CountType, LinkProperty, Project, Workspace } from 'epanet-js';
import { readInp } from '../workers/epanet';
import { dlcHallInp, type DlcHallSpec } from '../workers/epanet/synthetic';
import { HydraulicSolver } from '../workers/hydraulics';
import { buildSymmetricPattern, ldlSymbolic } from '../workers/linalg';

const SIZES: DlcHallSpec[] = [
  { rows: 2, racksPerRow: 4, platesPerRack: 8 },
  { rows: 5, racksPerRow: 12, platesPerRack: 13 },
  { rows: 20, racksPerRow: 28, platesPerRack: 15 },
  { rows: 30, racksPerRow: 30, platesPerRack: 14 },
  { rows: 40, racksPerRow: 30, platesPerRack: 14 },
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main(): Promise<void> {
  const ws = new Workspace();
  await ws.loadModule();
  const rows: string[] = [];
  // Warm-up: let the JIT compile the solver before the first measurement.
  const warm = readInp(dlcHallInp(SIZES[1]));
  if (warm.ok) for (let i = 0; i < 30; i++) new HydraulicSolver(warm.network).solve({ actions: warm.actions });
  for (const spec of SIZES) {
    const inp = dlcHallInp(spec);
    const read = readInp(inp);
    if (!read.ok) throw new Error(JSON.stringify(read.errors.slice(0, 3)));
    const net = read.network;
    const runs = net.nLinks < 500 ? 501 : net.nLinks < 5000 ? 101 : 21;

    // Topology work: ordering + pattern + symbolic factorisation (once per topology).
    const edges: number[] = [];
    for (let k = 0; k < net.nLinks; k++) if (net.from[k] < net.nJunctions && net.to[k] < net.nJunctions) edges.push(k);
    const ei = Int32Array.from(edges, (k) => net.from[k]);
    const ej = Int32Array.from(edges, (k) => net.to[k]);
    const symbolicMs: number[] = [];
    for (let r = 0; r < runs; r++) {
      const t = performance.now();
      ldlSymbolic(buildSymmetricPattern(net.nJunctions, ei, ej));
      symbolicMs.push(performance.now() - t);
    }

    // Ours and EPANET interleaved run by run, so background load hits both alike.
    const solver = new HydraulicSolver(net);
    const p = new Project(ws);
    ws.writeFile('bench.inp', inp);
    p.open('bench.inp', 'bench.rpt', '');
    const oursMs: number[] = [];
    const epanetMs: number[] = [];
    let iterations = 0;
    for (let r = 0; r < runs + 2; r++) {
      let t = performance.now();
      const out = solver.solve({ actions: read.actions });
      const dtOurs = performance.now() - t;
      if (!out.ok) throw new Error(`our solve failed: ${out.failure?.message}`);
      iterations = out.iterations;
      t = performance.now();
      p.openH();
      p.initH(0);
      p.runH();
      const dtEpanet = performance.now() - t;
      if (r < runs + 1) p.closeH();
      if (r >= 2) {
        oursMs.push(dtOurs);
        epanetMs.push(dtEpanet);
      }
    }
    let maxFlow = 0;
    let maxDiff = 0;
    const nl = p.getCount(CountType.LinkCount);
    for (let k = 1; k <= nl; k++) {
      const q = p.getLinkValue(k, LinkProperty.Flow);
      const ours = read.units.flowOut(solver.flow(net.linkIndex.get(p.getLinkId(k)) as number));
      maxFlow = Math.max(maxFlow, Math.abs(q));
      maxDiff = Math.max(maxDiff, Math.abs(q - ours));
    }
    p.closeH();
    p.close();

    const ours = median(oursMs);
    const sym = median(symbolicMs);
    const ep = median(epanetMs);
    const best = Math.min(...oursMs);
    const bestEp = Math.min(...epanetMs);
    rows.push(`| ${net.nLinks.toLocaleString('en-US')} | ${net.nJunctions.toLocaleString('en-US')} | ${iterations} | ${ours.toFixed(2)} (${best.toFixed(2)}) | ${(ours + sym).toFixed(2)} | ${ep.toFixed(2)} (${bestEp.toFixed(2)}) | ${(ours / ep).toFixed(2)} (${(best / bestEp).toFixed(2)}) | ${((ours + sym) / ep).toFixed(2)} | ${(maxDiff / maxFlow).toExponential(1)} |`);
  }
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`## Hydraulics: Hallflow GGA vs EPANET 2.3 (epanet-js)\n`);
  console.log(`${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} cores (${cpu}). DLC hall networks (CDU pumps, expansion tank, headers, racks of parallel cold plates), D-W, LPS. Median ms (best in brackets) of interleaved runs; parsing excluded. Load average at start: ${os.loadavg()[0].toFixed(2)}.\n`);
  console.log('| links | junctions | iterations | our solve ms | ours + ordering/symbolic ms | EPANET ms | ratio ours/EPANET | ratio incl. symbolic | max flow diff / max flow |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) console.log(r);
}

await main();
