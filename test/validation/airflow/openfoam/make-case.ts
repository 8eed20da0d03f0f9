// Writes the OpenFOAM case of a reference hall into the directory given (make-reference.sh step 1), and
// the hall document itself next to this script (<name>-hall.hallflow.json) so the case is reviewable.
// Usage: npx tsx test/validation/airflow/openfoam/make-case.ts <caseDir> <iterationsPerCycle> [hall: small|dense|rows3|tall|cross|hot|floor|cac|hac|doors|inrow|hacrow|openceil|cacopen|fanwall|hacopen|upflow|hacroof|tallfan]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { hallFile, REFERENCE_HALLS } from './fixture';
import { writeCase } from './case-writer';

const dir = process.argv[2];
const perCycle = Number(process.argv[3] ?? 300);
if (!dir) throw new Error('usage: make-case.ts <caseDir> [iterationsPerCycle]');
const name = process.argv[4] ?? 'small';
const make = REFERENCE_HALLS[name];
if (!make) throw new Error(`unknown hall ${name}: ${Object.keys(REFERENCE_HALLS).join(', ')}`);
const doc = make();
const c = writeCase(doc, 0.2, perCycle);
for (const [name, text] of Object.entries(c.files)) {
  mkdirSync(dirname(join(dir, name)), { recursive: true });
  writeFileSync(join(dir, name), text);
}
writeFileSync(join(dir, 'patches.json'), JSON.stringify({ patches: c.patches, rackDeltaT: c.rackDeltaT, cells: c.cells, leaks: c.leaks, doors: c.doors }, null, 1));
writeFileSync(join(import.meta.dirname, hallFile(name)), JSON.stringify(doc, null, 1) + '\n');
console.log(`case written to ${dir}: ${c.cells} cells before removing equipment, ${c.patches.length} patches${c.leaks ? `, ${c.leaks.faces} panel faces (κ ${c.leaks.kappa.toPrecision(4)} m/(s·Pa), D ${c.leaks.darcy.toPrecision(4)} 1/m²)` : ""}`);
