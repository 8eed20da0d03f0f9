// Writes the OpenFOAM case of the reference hall into the directory given (make-reference.sh step 1),
// and the hall document itself next to this script (small-hall.hallflow.json) so the case is reviewable.
// Usage: npx tsx test/validation/airflow/openfoam/make-case.ts <caseDir> <iterationsPerCycle>
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { smallHall } from './fixture';
import { writeCase } from './case-writer';

const dir = process.argv[2];
const perCycle = Number(process.argv[3] ?? 300);
if (!dir) throw new Error('usage: make-case.ts <caseDir> [iterationsPerCycle]');
const doc = smallHall();
const c = writeCase(doc, 0.2, perCycle);
for (const [name, text] of Object.entries(c.files)) {
  mkdirSync(dirname(join(dir, name)), { recursive: true });
  writeFileSync(join(dir, name), text);
}
writeFileSync(join(dir, 'patches.json'), JSON.stringify({ patches: c.patches, rackDeltaT: c.rackDeltaT, cells: c.cells }, null, 1));
writeFileSync(join(import.meta.dirname, 'small-hall.hallflow.json'), JSON.stringify(doc, null, 1) + '\n');
console.log(`case written to ${dir}: ${c.cells} cells before removing equipment, ${c.patches.length} patches`);
