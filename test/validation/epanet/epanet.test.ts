// Hallflow's solver against EPANET itself (epanet-js, EPANET 2.3 in WebAssembly) at time zero:
// Net1, feature networks (valves, pumps, controls, patterns, tanks, emitters, unit systems) and
// generated networks (DLC loops, parallel cold plates, parallel pumps, a 1,000+ link grid).
// Tolerances: 0.1 % of the largest flow and 0.01 m / 0.03 ft of head.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { solveInp } from '../../../workers/epanet';
import { dlcHallInp, gridInp } from '../../../workers/epanet/synthetic';
import { FEATURE_CASES } from './feature-cases';
import { compare, epanetSnapshot } from './oracle';

const net1 = readFileSync(fileURLToPath(new URL('./data/Net1.inp', import.meta.url)), 'utf8');

async function check(inp: string): Promise<void> {
  const ours = solveInp(inp);
  if (!ours.ok) throw new Error(JSON.stringify(ours.errors));
  const ref = await epanetSnapshot(inp);
  const c = compare(ours.snapshot, ref);
  const headTol = ours.snapshot.units.head === 'm' ? 0.01 : 0.03;
  // A floor for networks whose flows are all numerically zero (e.g. a closed valve's 1e-8 leak).
  const flowTol = Math.max(1e-3 * c.maxFlow, 1e-4);
  expect(c.statusMismatches, 'link statuses').toEqual([]);
  // Same algorithm, same statuses, same path: EPANET's iteration count too.
  expect(ours.outcome.iterations, 'iterations').toBe(ref.iterations);
  expect(c.maxFlowDiff, `flow in link ${c.worstLink}`).toBeLessThanOrEqual(flowTol);
  expect(c.maxHeadDiff, `head at node ${c.worstNode}`).toBeLessThanOrEqual(headTol);
}

describe('EPANET example Net1', () => {
  it('matches EPANET', async () => { await check(net1); });
});

describe('feature networks', () => {
  for (const [name, inp] of Object.entries(FEATURE_CASES)) {
    it(`${name} matches EPANET`, async () => { await check(inp); });
  }
});

describe('generated networks', () => {
  const cases: Record<string, string> = {
    'DLC loop, SI, D-W, 2 pumps': dlcHallInp({ rows: 2, racksPerRow: 3, platesPerRack: 4 }),
    'DLC loop, US, H-W': dlcHallInp({ rows: 3, racksPerRow: 5, platesPerRack: 8, units: 'GPM', headloss: 'H-W' }),
    'DLC loop, C-M, 3 pumps in parallel': dlcHallInp({ rows: 2, racksPerRow: 4, platesPerRack: 6, headloss: 'C-M', pumps: 3 }),
    '50 parallel cold plates': dlcHallInp({ rows: 1, racksPerRow: 1, platesPerRack: 50, pumps: 1 }),
    '200 parallel cold plates, US': dlcHallInp({ rows: 1, racksPerRow: 1, platesPerRack: 200, units: 'GPM' }),
    'DLC hall, 1,300 links': dlcHallInp({ rows: 6, racksPerRow: 12, platesPerRack: 14 }),
    'grid 25×25 (1,203 links), H-W, GPM': gridInp({ nx: 25, ny: 25 }),
    'grid D-W, LPS': gridInp({ nx: 10, ny: 12, headloss: 'D-W', units: 'LPS' }),
    'grid C-M, CMH': gridInp({ nx: 8, ny: 8, headloss: 'C-M', units: 'CMH' }),
    'grid H-W, MGD': gridInp({ nx: 6, ny: 9, units: 'MGD' }),
  };
  for (const [name, inp] of Object.entries(cases)) {
    it(`${name} matches EPANET`, async () => { await check(inp); });
  }
});
