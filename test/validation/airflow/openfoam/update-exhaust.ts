// Between OpenFOAM runs: reads each rack's area-averaged intake temperature (surfaceFieldValue output),
// sets its exhaust patch to mean intake + ΔT (the compact rack model), and moves endTime on by one cycle.
// Prints the largest exhaust change (K) so make-reference.sh can stop when the coupling has converged.
// Usage: npx tsx update-exhaust.ts <caseDir> <nextEndTime>
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const nextEnd = Number(process.argv[3]);

/** Last value of a surfaceFieldValue monitor, K (its newest start-time folder). */
export function lastAverage(caseDir: string, patch: string): number {
  const base = join(caseDir, 'postProcessing', `${patch}Avg`);
  const times = readdirSync(base).sort((a, b) => Number(a) - Number(b));
  const file = join(base, times[times.length - 1], 'surfaceFieldValue.dat');
  const lines = readFileSync(file, 'utf8').trim().split('\n').filter((l) => !l.startsWith('#'));
  return Number(lines[lines.length - 1].trim().split(/\s+/)[1]);
}

export function latestTime(caseDir: string): string {
  return readdirSync(caseDir).filter((d) => /^\d+(\.\d+)?$/.test(d) && existsSync(join(caseDir, d, 'T'))).sort((a, b) => Number(a) - Number(b)).pop()!;
}

if (dir && import.meta.url === `file://${process.argv[1]}`) {
  const meta = JSON.parse(readFileSync(join(dir, 'patches.json'), 'utf8')) as { rackDeltaT: Record<string, number> };
  const t = latestTime(dir);
  const tFile = join(dir, t, 'T');
  let text = readFileSync(tFile, 'utf8');
  let maxChange = 0;
  for (const [id, dT] of Object.entries(meta.rackDeltaT)) {
    const tin = lastAverage(dir, `${id}_in`);
    const tout = tin + dT;
    const re = new RegExp(`(\\n\\s*${id}_out\\s*\\{[^}]*?value\\s+uniform\\s+)([-0-9.eE+]+)(;)`);
    const m = re.exec(text);
    if (!m) throw new Error(`no ${id}_out entry in ${tFile}`);
    maxChange = Math.max(maxChange, Math.abs(Number(m[2]) - tout));
    text = text.replace(re, `$1${tout.toFixed(4)}$3`);
  }
  writeFileSync(tFile, text);
  const cd = join(dir, 'system', 'controlDict');
  writeFileSync(cd, readFileSync(cd, 'utf8').replace(/\nendTime\s+[^;]+;/, `\nendTime ${nextEnd};`));
  console.log(maxChange.toFixed(4));
}
