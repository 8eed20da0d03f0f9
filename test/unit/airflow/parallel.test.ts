// Slab decomposition of the pressure smoother: red–black Gauss–Seidel split into z-slabs, run slab by
// slab with a barrier between colours, must equal the full-range sweep exactly (what N workers on shared
// memory would compute). Also the slab split, the barrier's single-party behaviour, and the barrier
// between two real worker_threads on a SharedArrayBuffer (200 phases, every read after it sees the write).
// And the whole solve: serial and on 2 and 3 real threads (slab workers on worker_threads) gives the same
// bits (every reduction is summed per z-layer in layer order, whatever the split).
import { afterAll, describe, expect, it } from 'vitest';
import { solveAir, solveAirAsync, type AirOptions, type AirResult } from '../../../workers/airflow/index';
import { benchHall } from '../../../workers/airflow/sample-halls';
import { nodeSlabPool } from '../../../cli/slab-threads';
import type { SlabPool } from '../../../workers/airflow/slab-pool';
import { barrierWait, createBarrier, runPhases, splitSlabs } from '../../../workers/airflow/parallel';
import { boxGrid } from '../../../workers/airflow/grid';
import { openBox } from '../../../workers/airflow/problem';
import { fineLevel, smoothColour } from '../../../workers/airflow/multigrid';

describe('slab parallelism', () => {
  it('splits layers into contiguous, covering slabs', () => {
    const s = splitSlabs(20, 3);
    expect(s).toEqual([{ k0: 0, k1: 6 }, { k0: 6, k1: 13 }, { k0: 13, k1: 20 }]);
    expect(splitSlabs(2, 4).filter((r) => r.k1 > r.k0).length).toBe(2);
  });

  it('slab-split red–black smoothing equals the full sweep bit for bit', () => {
    const g = boxGrid(3.0, 2.4, 2.0, 0.2);
    const { solid, uState, vState, wState, leaks } = openBox(g);
    for (let c = 0; c < g.nCells; c += 7) solid[c] = c % 3 === 0 ? 1 : 0;
    const make = () => {
      const L = fineLevel(g, uState, vState, wState, leaks.axis, leaks.face, new Float64Array(0));
      for (let c = 0; c < L.n; c++) L.b[c] = Math.sin(c * 0.37);
      return L;
    };
    const serial = make();
    for (let s = 0; s < 3; s++) { smoothColour(serial, 0, 0, g.nz); smoothColour(serial, 1, 0, g.nz); }
    const split = make();
    const slabs = splitSlabs(g.nz, 2);
    const phases = [0, 1, 0, 1, 0, 1].map((colour) => (k0: number, k1: number) => smoothColour(split, colour, k0, k1));
    // two virtual workers, phase by phase (the barrier orders phases exactly like this)
    for (let p = 0; p < phases.length; p++) for (const slab of slabs) runPhases([phases[p]], slab, () => {});
    expect(Array.from(split.x)).toEqual(Array.from(serial.x));
  });

  it('a one-party barrier never blocks and counts generations', () => {
    const b = createBarrier();
    barrierWait(b, 1);
    barrierWait(b, 1);
    expect(Array.from(b)).toEqual([0, 2]);
  });
});

describe('slab parallelism on real threads', () => {
  it('the Atomics barrier orders phases across two worker_threads (the module function, shipped as source)', async () => {
    const { Worker } = await import('node:worker_threads');
    const phases = 200;
    const sab = new SharedArrayBuffer(4 * 4);
    const barrier = createBarrier();
    // each worker writes its phase number, waits, then reads the other's: after the barrier it must match
    const code = `
      const { workerData, parentPort } = require('node:worker_threads');
      const barrierWait = ${barrierWait.toString()};
      const { sab, barrier, me, phases } = workerData;
      const slots = new Int32Array(sab);
      let errors = 0;
      for (let p = 1; p <= phases; p++) {
        Atomics.store(slots, me, p);
        barrierWait(barrier, 2);
        if (Atomics.load(slots, 1 - me) !== p) errors++;
        barrierWait(barrier, 2);
      }
      parentPort.postMessage(errors);`;
    const run = (me: number) => new Promise<number>((resolve, reject) => {
      const w = new Worker(code, { eval: true, workerData: { sab, barrier, me, phases } });
      w.once('message', (n: number) => { resolve(n); void w.terminate(); });
      w.once('error', reject);
    });
    const errors = await Promise.all([run(0), run(1)]);
    expect(errors).toEqual([0, 0]);
    expect(barrier[1]).toBe(2 * phases);
  }, 30_000);
});

describe('the slab-parallel solve on real threads', () => {
  const pools: SlabPool[] = [];
  afterAll(() => { for (const p of pools) p.dispose(); });
  // a small raised-floor hall at 0.2 m (36 × 24 × 15 cells), through development, averaging, the final
  // projection, the steady energy and the capture tracer
  const doc = benchHall(7.2, 4.8, 3);
  const options: AirOptions = {
    mode: 'accurate',
    solver: { maxSteps: 30, minSteps: 5, developSteps: 10, averageSteps: 15, minAverageSteps: 5, monitorWindow: 5, finalEnergySweeps: 60, captureSweeps: 30 },
  };
  const solve = async (threads: number): Promise<AirResult> => {
    let parallel: AirOptions['parallel'];
    if (threads > 1) {
      const pool = nodeSlabPool(threads - 1);
      pools.push(pool);
      const workers = await pool.ready();
      expect(workers.length).toBe(threads - 1);
      parallel = { workers, minCells: 0 };
    }
    const r = solveAir(doc, { ...options, parallel });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r;
  };

  it('2 and 3 threads give the serial result bit for bit', async () => {
    const serial = await solve(1);
    expect(serial.convergence.averagedSteps).toBeGreaterThan(0);
    for (const threads of [2, 3]) {
      const par = await solve(threads);
      for (const key of ['u', 'v', 'w', 'phi', 't', 'nut'] as const) expect(par.state.fields[key]).toEqual(serial.state.fields[key]);
      expect(par.racks).toEqual(serial.racks);
      expect(par.units).toEqual(serial.units);
      expect(par.convergence.pressureIterations).toBe(serial.convergence.pressureIterations);
      expect(par.convergence.residuals).toEqual(serial.convergence.residuals);
    }
  }, 120_000);

  it('a pool reuses its workers for the next solve', async () => {
    const pool = nodeSlabPool(1);
    pools.push(pool);
    const workers = await pool.ready();
    const a = solveAir(doc, { ...options, solver: { ...options.solver, maxSteps: 8 }, parallel: { workers, minCells: 0 } });
    const b = solveAir(doc, { ...options, solver: { ...options.solver, maxSteps: 8 }, parallel: { workers, minCells: 0 } });
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) expect(b.state.fields.t).toEqual(a.state.fields.t);
    expect(await pool.ready()).toBe(workers);
  }, 60_000);

  it('a worker that does not join in time: the solve runs serially with the same result', async () => {
    const silent = { postMessage() {}, addEventListener() {}, terminate() {} };
    const serial = await solve(1);
    const r = solveAir(doc, { ...options, parallel: { workers: [silent], minCells: 0, joinTimeoutMs: 200 } });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.convergence.threads).toBe(1);
    expect(r.state.fields.t).toEqual(serial.state.fields.t);
  }, 60_000);

  it('solveAirAsync (the engine worker\'s path: await the join, then block) gives the serial result', async () => {
    const pool = nodeSlabPool(1);
    pools.push(pool);
    const workers = await pool.ready();
    const serial = await solve(1);
    const r = await solveAirAsync(doc, { ...options, parallel: { workers, minCells: 0 } });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.convergence.threads).toBe(2);
    expect(r.state.fields.t).toEqual(serial.state.fields.t);
  }, 60_000);
});
