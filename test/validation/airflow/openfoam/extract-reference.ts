// Collects the compact reference from a finished OpenFOAM run: per rack the intake temperature, per CRAH
// the return temperature (°C; both averaged over the patch and over the final cycle's monitor samples),
// the case description and the run's timing; per rack also the spread (max − min) of its intake samples
// over that cycle, which shows how far the SIMPLE solution is from steady. With rear doors (hall doors), per
// rack also the heat its door removed on OpenFOAM's own intakes (doorHeat, W: the engine's compact model at the
// final cycle's mean intake, update-exhaust.ts) and the exhaust temperature the final cycle ran with (°C).
// Usage: npx tsx extract-reference.ts <caseDir> <iterations> <wallSeconds> <cycles> <lastExhaustChange> [hall: small|dense|rows3|tall|cross|hot|floor|cac|hac|doors|inrow] [finalSamples: 30]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { doorHeat, lastSamples, latestTime, type FoamDoor } from './update-exhaust';
import { leakLaw } from './check-leaks';
import { REFERENCE_HALLS, referenceFile } from './fixture';
import { KELVIN } from '../../../../workers/airflow/constants';

const [dir, iterations, seconds, cycles, change, hall = 'small', finalSamples = '30'] = process.argv.slice(2);
/** Monitor samples of the final cycle (one per 10 of its iterations: 30 for a 300-iteration cycle). */
const FINAL_SAMPLES = Number(finalSamples);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const meta = JSON.parse(readFileSync(join(dir, 'patches.json'), 'utf8')) as { cells: number; leaks?: object };
const doc = REFERENCE_HALLS[hall]();
const sizes = [...readFileSync(join(dir, 'log.topo1'), 'utf8').matchAll(/cellSet fluid now size (\d+)/g)];
const fluidCells = Number(sizes[sizes.length - 1]?.[1] ?? NaN);
const ref = {
  description: `Rack mean intake temperatures of the ${hall} reference hall (fixture.ts) from OpenFOAM; compared by openfoam.test.ts.`,
  date: new Date().toISOString(),
  machine: 'shared 2-core CI box (see TOOLCHAIN.md)',
  openfoam: { version: 'v1912 (Debian package openfoam)', solver: 'buoyantBoussinesqSimpleFoam', turbulence: 'kEpsilon, wall functions', schemes: 'linearUpwind U and T, upwind k/ε' },
  mesh: { cellSize: 0.2, blockCells: meta.cells, fluidCells },
  rackModel: 'fixed airflow per rack: exhausts flowRateInletVelocity, intakes and CRAH returns fixedNormalSlip (even suction, tangential slip); exhaust T = intake T + Q/(ρ·cp·V), under-relaxed (0.5) between solver cycles, intake T averaged over the last 100 iterations',
  ...(meta.leaks ? { containment: { model: 'panels as an implicit Darcy resistance in the cells either side of the engine\'s LEAK faces, along their normals (case-writer.ts); the law achieved at the final iteration (check-leaks.ts): κ fitted from p\' = p + g·z and from p_rgh between the two cells, and the leak flows into the aisle, m³/s', ...leakLaw(dir, Number(iterations)) } } : {}),
  run: { iterations: Number(iterations), wallSeconds: Number(seconds), cycles: Number(cycles), lastExhaustChangeK: Number(change), finalIterationsAveraged: FINAL_SAMPLES * 10 },
  racks: doc.racks.map((r) => {
    const s = lastSamples(dir, `${r.id}_in`, FINAL_SAMPLES);
    return { id: r.id, intakeMean: Number((mean(s) - KELVIN).toFixed(3)), intakeSpread: Number((Math.max(...s) - Math.min(...s)).toFixed(3)) };
  }),
  // units returning to the ceiling plenum share the ceiling_return patch (case-writer.ts)
  units: doc.coolingUnits.map((u) => ({ id: u.id, returnT: Number((mean(lastSamples(dir, u.kind !== 'inRow' && u.return === 'ceiling' && doc.envelope.ceilingPlenum ? 'ceiling_return' : `${u.id}_return`, FINAL_SAMPLES)) - KELVIN).toFixed(3)) })),
};
const doors = (meta as { doors?: Record<string, FoamDoor> }).doors;
if (doors) {
  const { rackDeltaT } = meta as unknown as { rackDeltaT: Record<string, number> };
  const tText = readFileSync(join(dir, latestTime(dir), 'T'), 'utf8');
  Object.assign(ref, { rearDoors: 'every rack with a door: exhaust T = T_hot − rearDoorHeat(UA, ρ·cp·V, T_hot, ρw·cpw·water flow, water supply)/(ρ·cp·V), T_hot = intake T + ΔT (the engine\'s hx.ts, update-exhaust.ts exhaustTarget); racks[].doorHeat (W) at the final cycle\'s mean intake, racks[].exhaustT the final cycle\'s exhaust (°C)' });
  for (const x of ref.racks) {
    const door = doors[x.id];
    if (!door) continue;
    const tin = mean(lastSamples(dir, `${x.id}_in`, FINAL_SAMPLES));
    const m = new RegExp(`\\n\\s*${x.id}_out\\s*\\{[^}]*?value\\s+uniform\\s+([-0-9.eE+]+);`).exec(tText);
    if (!m) throw new Error(`no ${x.id}_out entry in the final T`);
    Object.assign(x, { doorHeat: Number(doorHeat(door, tin + rackDeltaT[x.id]).toFixed(0)), exhaustT: Number((Number(m[1]) - KELVIN).toFixed(3)) });
  }
}
writeFileSync(join(import.meta.dirname, referenceFile(hall)), JSON.stringify(ref, null, 1) + '\n');
console.log(JSON.stringify(ref.racks));
