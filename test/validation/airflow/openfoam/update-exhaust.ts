// Between OpenFOAM runs: reads each rack's intake temperature (area average over the patch = flux average,
// since the intakes draw evenly; averaged over the last AVERAGE_SAMPLES monitor samples, i.e. the last 100
// SIMPLE iterations, because a buoyant SIMPLE run keeps a small oscillation), moves its exhaust patch
// RELAX of the way to intake + ΔT (the compact rack model; under-relaxed so the coupled racks do not
// oscillate) — with a rear door (patches.json doors), to intake + ΔT less what the door removes by the
// engine's own ε-NTU model (exhaustTarget) — and moves endTime on by one cycle. Prints the largest |target − exhaust| (K) so
// make-reference.sh stops when the coupling has converged.
// Usage: npx tsx update-exhaust.ts <caseDir> <nextEndTime> [averageSamples: AVERAGE_SAMPLES]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rearDoorHeat } from '../../../../workers/airflow/hx';
import { AIR_CP, AIR_DENSITY, KELVIN, WATER_CP, WATER_DENSITY } from '../../../../workers/airflow/constants';

const dir = process.argv[2];
const nextEnd = Number(process.argv[3]);

export const AVERAGE_SAMPLES = 10;
export const RELAX = 0.5;

/** Mean of the last `samples` values of a surfaceFieldValue monitor, K (its newest start-time folder). */
export function lastAverage(caseDir: string, patch: string, samples = AVERAGE_SAMPLES): number {
  const last = lastSamples(caseDir, patch, samples);
  return last.reduce((a, b) => a + b, 0) / last.length;
}

/** The last `samples` values of a surfaceFieldValue monitor, K (its newest start-time folder). */
export function lastSamples(caseDir: string, patch: string, samples: number): number[] {
  const base = join(caseDir, 'postProcessing', `${patch}Avg`);
  const times = readdirSync(base).sort((a, b) => Number(a) - Number(b));
  const file = join(base, times[times.length - 1], 'surfaceFieldValue.dat');
  const lines = readFileSync(file, 'utf8').trim().split('\n').filter((l) => !l.startsWith('#'));
  const last = lines.slice(-samples).map((l) => Number(l.trim().split(/\s+/)[1]));
  if (last.length === 0 || last.some((x) => !Number.isFinite(x))) throw new Error(`no monitor values in ${file}`);
  return last;
}

export function latestTime(caseDir: string): string {
  return readdirSync(caseDir).filter((d) => /^\d+(\.\d+)?$/.test(d) && existsSync(join(caseDir, d, 'T'))).sort((a, b) => Number(a) - Number(b)).pop()!;
}

/** A rack's rear door as the engine takes it (hall-problem.ts): UA (W/K), the rack's airflow V (m³/s), water
 *  flow (m³/s) and water supply temperature (°C). */
export interface FoamDoor { ua: number; flow: number; waterFlow: number; waterSupplyTemp: number }

/** Heat the door removes (W) from air at tHot (K): the engine's rearDoorHeat with its capacity rates
 *  (couplings.ts: ρ·cp·V for the air, hall-problem.ts: ρw·cpw·flow for the water). */
export function doorHeat(door: FoamDoor, tHot: number): number {
  return rearDoorHeat(door.ua, AIR_DENSITY * AIR_CP * door.flow, tHot, WATER_DENSITY * WATER_CP * door.waterFlow, door.waterSupplyTemp + KELVIN);
}

/** The compact rack model's exhaust temperature (K) for a mean intake `intake` (K): intake + ΔT, less what a rear
 *  door removes from that air (couplings.ts updateCouplings). */
export function exhaustTarget(intake: number, deltaT: number, door?: FoamDoor): number {
  const hot = intake + deltaT;
  return door ? hot - doorHeat(door, hot) / (AIR_DENSITY * AIR_CP * door.flow) : hot;
}

if (dir && import.meta.url === `file://${process.argv[1]}`) {
  const meta = JSON.parse(readFileSync(join(dir, 'patches.json'), 'utf8')) as { rackDeltaT: Record<string, number>; doors?: Record<string, FoamDoor> };
  const samples = Number(process.argv[4] ?? AVERAGE_SAMPLES);
  const t = latestTime(dir);
  const tFile = join(dir, t, 'T');
  let text = readFileSync(tFile, 'utf8');
  let maxChange = 0;
  for (const [id, dT] of Object.entries(meta.rackDeltaT)) {
    const target = exhaustTarget(lastAverage(dir, `${id}_in`, samples), dT, meta.doors?.[id]);
    const re = new RegExp(`(\\n\\s*${id}_out\\s*\\{[^}]*?value\\s+uniform\\s+)([-0-9.eE+]+)(;)`);
    const m = re.exec(text);
    if (!m) throw new Error(`no ${id}_out entry in ${tFile}`);
    const old = Number(m[2]);
    maxChange = Math.max(maxChange, Math.abs(target - old));
    text = text.replace(re, `$1${(old + RELAX * (target - old)).toFixed(4)}$3`);
  }
  writeFileSync(tFile, text);
  const cd = join(dir, 'system', 'controlDict');
  writeFileSync(cd, readFileSync(cd, 'utf8').replace(/\nendTime\s+[^;]+;/, `\nendTime ${nextEnd};`));
  console.log(maxChange.toFixed(4));
}
