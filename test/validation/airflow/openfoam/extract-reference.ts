// Collects the compact reference from a finished OpenFOAM run: per rack the area-averaged intake
// temperature, per CRAH the return temperature (°C), the case description and the run's timing.
// Usage: npx tsx extract-reference.ts <caseDir> <iterations> <wallSeconds> <cycles> <lastExhaustChange> [hall: small|dense]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lastAverage } from './update-exhaust';
import { REFERENCE_HALLS, referenceFile } from './fixture';
import { KELVIN } from '../../../../workers/airflow/constants';

const [dir, iterations, seconds, cycles, change, hall = 'small'] = process.argv.slice(2);
const meta = JSON.parse(readFileSync(join(dir, 'patches.json'), 'utf8')) as { cells: number };
const doc = REFERENCE_HALLS[hall]();
const sizes = [...readFileSync(join(dir, 'log.topo1'), 'utf8').matchAll(/cellSet fluid now size (\d+)/g)];
const fluidCells = Number(sizes[sizes.length - 1]?.[1] ?? NaN);
const ref = {
  description: `Rack mean intake temperatures of the ${hall} reference hall (fixture.ts) from OpenFOAM; compared by openfoam.test.ts.`,
  date: new Date().toISOString(),
  machine: 'shared 2-core CI box (see TOOLCHAIN.md)',
  openfoam: { version: 'v1912 (Debian package openfoam)', solver: 'buoyantBoussinesqSimpleFoam', turbulence: 'kEpsilon, wall functions', schemes: 'linearUpwind U and T, upwind k/ε' },
  mesh: { cellSize: 0.2, blockCells: meta.cells, fluidCells },
  rackModel: 'fixed airflow per rack (flowRate patches), exhaust T = area-mean intake T + Q/(ρ·cp·V) updated between solver cycles',
  run: { iterations: Number(iterations), wallSeconds: Number(seconds), cycles: Number(cycles), lastExhaustChangeK: Number(change) },
  racks: doc.racks.map((r) => ({ id: r.id, intakeMean: Number((lastAverage(dir, `${r.id}_in`) - KELVIN).toFixed(3)) })),
  units: doc.coolingUnits.map((u) => ({ id: u.id, returnT: Number((lastAverage(dir, `${u.id}_return`) - KELVIN).toFixed(3)) })),
};
writeFileSync(join(import.meta.dirname, referenceFile(hall)), JSON.stringify(ref, null, 1) + '\n');
console.log(JSON.stringify(ref.racks));
