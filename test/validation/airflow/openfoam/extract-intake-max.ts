// Adds to a stored reference the hottest cell in front of each rack intake (°C), the statistic the engine
// reports as a rack's max intake (AirResult racks[].intakeMax: the hottest fluid cell across the intake face)
// and the one the verdicts' inlet checks read. From the written fields of a finished OpenFOAM run: the cell
// centres (postProcess -func writeCellCentres, run by this script on the latest time) and T, averaged over
// the given time folders first (hall rows3 keeps a SIMPLE limit cycle: the mean of its last written fields;
// the steady halls: the final field). Cells "in front" of an intake: fluid cells whose centre lies within
// 0.15 m of the intake patch plane on the fluid side and inside the patch's extent (one 0.2 m cell layer).
// Check: the mean over the same cells reproduces the stored intakeMean of a steady hall (small, dense) to
// 0.01 K; the script prints that difference.
// Usage: npx tsx extract-intake-max.ts <caseDir> <hall: small|dense|rows3|tall|cross|hot|floor|cac|hac|doors|inrow> [time folders… (default: latest)]
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { referenceFile } from './fixture';
import { KELVIN } from '../../../../workers/airflow/constants';

const [dir, hall, ...given] = process.argv.slice(2);
const times = readdirSync(dir).filter((d) => /^\d+$/.test(d) && d !== '0').sort((a, b) => Number(a) - Number(b));
const use = given.length > 0 ? given : [times[times.length - 1]];
const latest = times[times.length - 1];
if (!existsSync(join(dir, latest, 'C'))) {
  execFileSync('postProcess', ['-func', 'writeCellCentres', '-latestTime'], { cwd: dir, env: { ...process.env, WM_PROJECT_DIR: '/usr/share/openfoam' }, stdio: 'ignore' });
}

/** The internalField list of an ASCII OpenFOAM field: scalars, or vectors as [x, y, z]. */
function internalField(file: string, vector: boolean): number[][] {
  const s = readFileSync(file, 'utf8');
  const at = s.indexOf('internalField');
  const open = s.indexOf('(', at);
  const n = Number(s.slice(s.indexOf('>', at) + 1, open).trim());
  const body = s.slice(open + 1);
  const out: number[][] = [];
  if (vector) {
    const re = /\(([^)]*)\)/g;
    for (let m = re.exec(body); m && out.length < n; m = re.exec(body)) out.push(m[1].trim().split(/\s+/).map(Number));
  } else {
    const tokens = body.split(/\s+/).filter(Boolean);
    for (let q = 0; q < n; q++) out.push([Number(tokens[q])]);
  }
  if (out.length !== n || out.some((v) => v.some((x) => !Number.isFinite(x)))) throw new Error(`${file}: could not read ${n} values`);
  return out;
}

const C = internalField(join(dir, latest, 'C'), true);
const fields = use.map((t) => internalField(join(dir, t, 'T'), false));
const T = C.map((_, q) => fields.reduce((s, f) => s + f[q][0], 0) / fields.length - KELVIN);
interface Patch { name: string; kind: string; box: number[]; normal: number[] }
const patches = (JSON.parse(readFileSync(join(dir, 'patches.json'), 'utf8')) as { patches: Patch[] }).patches;
const refPath = join(import.meta.dirname, referenceFile(hall));
const ref = JSON.parse(readFileSync(refPath, 'utf8')) as { racks: { id: string; intakeMean: number; intakeMaxCell?: number }[]; intakeMaxCell?: string };
const DEPTH = 0.15;
let worst = 0;
for (const r of ref.racks) {
  const p = patches.find((x) => x.name === `${r.id}_in`);
  if (!p) throw new Error(`no intake patch for ${r.id}`);
  const [x0, y0, z0, x1, y1, z1] = p.box;
  // the fluid side is opposite the patch normal (it points into the equipment)
  const across = (v: number, lo: number, hi: number, n: number) => (n < -0.5 ? v > hi && v < hi + DEPTH : v < lo && v > lo - DEPTH);
  const cells = C.map((c, q) => ({ c, t: T[q] })).filter(({ c: [x, y, z] }) =>
    (Math.abs(p.normal[0]) > 0.5 ? across(x, x0, x1, p.normal[0]) : x > x0 && x < x1) &&
    (Math.abs(p.normal[1]) > 0.5 ? across(y, y0, y1, p.normal[1]) : y > y0 && y < y1) && z > z0 && z < z1);
  if (cells.length === 0) throw new Error(`no cells in front of ${p.name}`);
  const mean = cells.reduce((s, x) => s + x.t, 0) / cells.length;
  worst = Math.max(worst, Math.abs(mean - r.intakeMean));
  r.intakeMaxCell = Number(Math.max(...cells.map((x) => x.t)).toFixed(3));
}
ref.intakeMaxCell = `hottest cell in front of each intake (one 0.2 m layer), from ${use.length === 1 ? `the final field (iteration ${use[0]})` : `the mean of the fields written at iterations ${use.join(', ')}`} (extract-intake-max.ts)`;
writeFileSync(refPath, JSON.stringify(ref, null, 1) + '\n');
console.log(`${hall}: ${ref.racks.length} racks; the mean over the same cells is within ${worst.toFixed(3)} K of the stored intakeMean`);
