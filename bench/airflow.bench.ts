// Airflow engine benchmark (issue 4): steady solves of raised-floor halls at 0.2 m (targets: 69k cells
// < 3 s, 400k cells < 20 s), a fast-mode update after moving one rack (< 0.3 s), memory at 1M cells
// (< 500 MB), and the speed ratio against the stored OpenFOAM reference at equal mesh. Single thread
// (the slab-parallel solver is not wired yet: workers/airflow/parallel.ts). Wall-clock on a shared
// machine: each case is repeated (AIRFLOW_BENCH_REPEAT, default 2; 1 for the 400k hall) and the minimum
// kept, with the load average before and after. Usage: npx tsx bench/airflow.bench.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import type { HallDocument } from '../workers/model/schema';
import { solveAir, type AirOptions, type AirResult } from '../workers/airflow/index';
import { benchHall as hall } from '../workers/airflow/sample-halls';

function ok(r: ReturnType<typeof solveAir>): AirResult {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r;
}

const rows: string[] = [];
const line = (what: string, cells: number, r: AirResult, target: string) => {
  const c = r.convergence;
  console.error(`bench: ${what}: ${r.convergence.seconds.toFixed(2)} s`);
  rows.push(`| ${what} | ${cells.toLocaleString('en')} | ${c.seconds.toFixed(2)} s | ${(cpuOf.get(r) ?? NaN).toFixed(2)} s | ${c.steps} (${c.averagedSteps ? `mean of ${c.averagedSteps}` : 'steady'}) | ${(100 * r.energy.imbalance).toFixed(3)} % | ${target} |`);
};

const repeat = Math.max(1, Number(process.env.AIRFLOW_BENCH_REPEAT ?? 2));
const load0 = loadavg();
/** The fastest of n solves (the others differ only by the machine's load). */
/** CPU seconds of the fastest run of each result (less sensitive to other jobs than the wall clock). */
const cpuOf = new WeakMap<AirResult, number>();
function best(doc: HallDocument, options: AirOptions, n = repeat): AirResult {
  let r: AirResult | null = null;
  for (let i = 0; i < n; i++) {
    const c0 = process.cpuUsage();
    const again = ok(solveAir(doc, options));
    const c1 = process.cpuUsage(c0);
    cpuOf.set(again, (c1.user + c1.system) / 1e6);
    if (!r || again.convergence.seconds < r.convergence.seconds) r = again;
  }
  return r!;
}

const small = hall(14.4, 9.6, 4);
const rs = best(small, { mode: 'accurate' });
const cellsOf = (r: AirResult) => r.fields.grid.nx * r.fields.grid.ny * r.fields.grid.nz;
line(`14.4 × 9.6 × 4 m, ${small.racks.length} racks, accurate 0.2 m`, cellsOf(rs), rs, '< 3 s');

// fast mode: a first solve, then move one rack by one slot and warm-start
const fast0 = best(small, { mode: 'fast' });
const movedDoc = structuredClone(small);
const r0 = movedDoc.racks[0];
r0.x -= 0.6;
const fast1 = best(movedDoc, { mode: 'fast', warmStart: fast0 });
line('fast mode 0.4 m, first solve', cellsOf(fast0), fast0, '');
line('fast mode 0.4 m, after moving one rack (warm start)', cellsOf(fast1), fast1, '< 0.3 s');

const big = hall(40, 20, 4);
const rb = best(big, { mode: 'accurate' }, 1);
line(`40 × 20 × 4 m, ${big.racks.length} racks, accurate 0.2 m`, cellsOf(rb), rb, '< 20 s');

// memory at 1M cells: 50 × 40 × 4 m at 0.2 m, a few steps (the arrays are all allocated up front)
const before = process.memoryUsage();
const huge = hall(50, 40, 4);
const rh = ok(solveAir(huge, { mode: 'accurate', solver: { maxSteps: 3, minSteps: 1, finalEnergySweeps: 2 } }));
const after = process.memoryUsage();
const mib = (b: number) => (b / 2 ** 20).toFixed(0);
const mem = `${mib(after.rss)} MiB RSS (array buffers ${mib(after.arrayBuffers)} MiB, +${mib(after.rss - before.rss)} MiB over the process before) for ${cellsOf(rh).toLocaleString('en')} cells, 3 steps in ${rh.convergence.seconds.toFixed(1)} s`;

// OpenFOAM ratio on the reference hall
const ref = JSON.parse(readFileSync(join(import.meta.dirname, '../test/validation/airflow/openfoam/reference.json'), 'utf8')) as { date: string; run: { wallSeconds: number; iterations: number }; mesh: { fluidCells: number } };
const refHall = JSON.parse(readFileSync(join(import.meta.dirname, '../test/validation/airflow/openfoam/small-hall.hallflow.json'), 'utf8')) as HallDocument;
const rf = best(refHall, { mode: 'accurate', cellSize: 0.2 });
const load1 = loadavg();
const la = (l: number[]) => l.map((x) => x.toFixed(2)).join(' / ');

console.log(`### Airflow engine (bench/airflow.bench.ts)

${new Date().toISOString()}, ${cpus()[0]?.model ?? 'CPU'} × ${cpus().length}, Node ${process.version}, single thread (serial solver; no parallel path yet). Load average (1/5/15 min) ${la(load0)} before, ${la(load1)} after: wall-clock on a shared machine, minimum of ${repeat} runs per case (1 for the 400k hall).

| Case | Cells | Wall | CPU | Steps | Energy imbalance | Target (wall) |
|---|---|---|---|---|---|---|
${rows.join('\n')}

- Memory at 1M cells: ${mem} (target < 500 MB).
- OpenFOAM v1912 reference hall (${ref.mesh.fluidCells.toLocaleString('en')} fluid cells, ${ref.run.iterations} SIMPLE iterations, k-ε, run ${ref.date.slice(0, 10)}): ${ref.run.wallSeconds} s; Hallflow on the same hall and mesh: ${rf.convergence.seconds.toFixed(2)} s → ${(ref.run.wallSeconds / rf.convergence.seconds).toFixed(0)}× faster at equal mesh (OpenFOAM: steady k-ε SIMPLE; Hallflow: FFD pseudo-time marching with a time-averaged mean).
`);
