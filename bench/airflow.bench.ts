// Airflow engine benchmark (issue 4): steady solves of raised-floor halls at 0.2 m, a fast-mode update
// after moving one rack, memory at 1M cells, and the speed ratio against the stored OpenFOAM reference.
// Usage: npx tsx bench/airflow.bench.ts   (prints a markdown section; `npm run bench` collects it)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus } from 'node:os';
import { emptyHall } from '../workers/model/defaults';
import type { HallDocument, RackT, CoolingUnitT, TileT } from '../workers/model/schema';
import { solveAir, type AirResult } from '../workers/airflow/index';

/** A raised-floor hall: rack-row pairs around tiled cold aisles, CRAHs on the end walls (floor supply, top return). */
function hall(L: number, W: number, H: number): HallDocument {
  const doc = emptyHall(`bench ${L}×${W}`, '2026-01-01T00:00:00.000Z');
  Object.assign(doc.envelope, { length: L, width: W, ceilingHeight: H, floor: { kind: 'raised', plenumDepth: 0.6, tileSize: 0.6 }, walls: [] });
  const racks: RackT[] = [], tiles: TileT[] = [], units: CoolingUnitT[] = [];
  const rack = (id: string, x: number, y: number, rot: number): RackT => ({
    id, name: id, rowId: null, templateId: null, x, y, rotationDeg: rot, width: 0.6, depth: 1.2, height: 2.0, itLoad: 8000,
    cooling: 'air', liquidCaptureFraction: 0, airflow: { spec: 'perPower', value: 5.66337e-5 }, rearDoor: null, coldPlate: null,
  });
  const perRow = Math.floor((L - 4.8) / 0.6);
  for (let pair = 0, y0 = 0.6; y0 + 3.6 <= W; pair++, y0 += 4.8) {
    for (let n = 0; n < perRow; n++) {
      const x = 2.7 + 0.6 * n;
      racks.push(rack(`P${pair}A${n}`, x, y0 + 0.6, 180), rack(`P${pair}B${n}`, x, y0 + 3.0, 0));
      if (n % 2 === 0) for (const ty of [y0 + 1.5, y0 + 2.1]) tiles.push({ id: `T${pair}-${n}-${ty.toFixed(1)}`, x, y: ty, openArea: 0.25 });
    }
  }
  const flow = racks.length * 8000 * 5.66337e-5 * 1.15;
  const ys: number[] = [];
  for (let y = 1.8; y + 1.2 <= W; y += 4.8) ys.push(y);
  const ends = L > 20 ? [[0.45, 90], [L - 0.45, 270]] : [[0.45, 90]];
  const capacity = (1.3 * racks.length * 8000) / (ys.length * ends.length);
  for (const [x, rot] of ends) for (const y of ys) {
    units.push({ id: `CRAH-${units.length + 1}`, name: 'CRAH', templateId: null, x, y, rotationDeg: rot, width: 2.4, depth: 0.9, height: 2.0,
      capacity, airflow: flow / (ys.length * ends.length), supplySetpoint: 20, fanPower: 5000, enabled: true, kind: 'crah',
      supply: 'floor', return: 'top', waterSupplyTemp: 14 });
  }
  doc.racks = racks; doc.tiles = tiles; doc.coolingUnits = units;
  return doc;
}

function ok(r: ReturnType<typeof solveAir>): AirResult {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r;
}

const rows: string[] = [];
const line = (what: string, cells: number, r: AirResult, target: string) => {
  const c = r.convergence;
  console.error(`bench: ${what}: ${r.convergence.seconds.toFixed(2)} s`);
  rows.push(`| ${what} | ${cells.toLocaleString('en')} | ${c.seconds.toFixed(2)} s | ${c.steps} (${c.averagedSteps ? `mean of ${c.averagedSteps}` : 'steady'}) | ${(100 * r.energy.imbalance).toFixed(3)} % | ${target} |`);
};

const small = hall(14.4, 9.6, 4);
const rs = ok(solveAir(small, { mode: 'accurate' }));
const cellsOf = (r: AirResult) => r.fields.grid.nx * r.fields.grid.ny * r.fields.grid.nz;
line(`14.4 × 9.6 × 4 m, ${small.racks.length} racks, accurate 0.2 m`, cellsOf(rs), rs, '< 3 s');

// fast mode: a first solve, then move one rack by one slot and warm-start
const fast0 = ok(solveAir(small, { mode: 'fast' }));
const movedDoc = structuredClone(small);
const r0 = movedDoc.racks[0];
r0.x -= 0.6;
const fast1 = ok(solveAir(movedDoc, { mode: 'fast', warmStart: fast0 }));
line('fast mode 0.4 m, first solve', cellsOf(fast0), fast0, '');
line('fast mode 0.4 m, after moving one rack (warm start)', cellsOf(fast1), fast1, '< 0.3 s');

const big = hall(40, 20, 4);
const rb = ok(solveAir(big, { mode: 'accurate' }));
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
const rf = ok(solveAir(refHall, { mode: 'accurate', cellSize: 0.2 }));

console.log(`### Airflow engine (bench/airflow.bench.ts)

${new Date().toISOString().slice(0, 10)}, ${cpus()[0]?.model ?? 'CPU'} × ${cpus().length}, Node ${process.version}, single thread. Wall-clock on a shared machine: load from other jobs inflates times.

| Case | Cells | Time | Steps | Energy imbalance | Target |
|---|---|---|---|---|---|
${rows.join('\n')}

- Memory at 1M cells: ${mem} (target < 500 MB).
- OpenFOAM v1912 reference hall (${ref.mesh.fluidCells.toLocaleString('en')} fluid cells, ${ref.run.iterations} SIMPLE iterations, k-ε, run ${ref.date.slice(0, 10)}): ${ref.run.wallSeconds} s; Hallflow on the same hall and mesh: ${rf.convergence.seconds.toFixed(2)} s → ${(ref.run.wallSeconds / rf.convergence.seconds).toFixed(0)}× faster.
`);
