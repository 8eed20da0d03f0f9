// End to end: `node bin/hallflow.mjs solve <hall> --json <tmp>` solves the room air (default 'fast') next
// to the loops: the JSON carries {"loops", "air": {racks, units, metrics, energy, convergence, warnings}},
// one finite air entry per heat-dissipating rack, no field arrays; `--air off` leaves the air out, a bad
// --air value exits 1. The sample hall has containment (leaky panels): its final flow must conserve mass.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AirResult } from '../../../workers/airflow/index';
import type { HallDocument } from '../../../workers/model/schema';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const hall = fileURLToPath(new URL('../../../assets/samples/ai-hall-mixed.hallflow.json', import.meta.url));

function run(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['bin/hallflow.mjs', ...args], { cwd: root, encoding: 'utf8', timeout: 90_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

type AirJson = Pick<AirResult, 'accuracy' | 'racks' | 'units' | 'metrics' | 'energy' | 'convergence' | 'warnings'>;

describe('hallflow solve: air', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hallflow-air-'));

  it('prints the rack intake table and metrics and writes "air" beside "loops"', () => {
    const out = join(dir, 'out.json');
    const r = run(['solve', hall, '--json', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Air \(fast, /);
    expect(r.stdout).toMatch(/rack\s+intake mean °C\s+intake max °C\s+exhaust °C/);
    expect(r.stdout).toMatch(/Metrics: RCI_HI [\d.]+ %, RCI_LO [\d.]+ %, RTI -?\d+ %, SHI [\d.]+, RHI [\d.]+/);
    expect(r.stdout).toMatch(/Energy balance: /);
    const json = JSON.parse(readFileSync(out, 'utf8')) as { loops: { ok: boolean }; air: AirJson };
    expect(Object.keys(json)).toEqual(['designIssues', 'loops', 'air', 'verdicts', 'summary']);
    expect(json.loops.ok).toBe(true);
    expect(Object.keys(json.air).sort()).toEqual(['accuracy', 'convergence', 'energy', 'metrics', 'racks', 'units', 'warnings']);
    // the fast mode states how far it may be from OpenFOAM
    expect(json.air.accuracy).toMatchObject({ mode: 'fast', cellSize: 0.4, intakeMeanUncertainty: 7, intakeMaxUncertainty: 12.5 });
    expect(r.stdout).toMatch(/Accuracy: fast mode: rack mean intakes within 7 K and the hottest intake cell within 12.5 K of OpenFOAM/);
    const doc = JSON.parse(readFileSync(hall, 'utf8')) as HallDocument;
    const ids = json.air.racks.map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(doc.racks.filter((x) => x.itLoad > 0).map((x) => x.id).sort());
    for (const x of json.air.racks) {
      expect(Number.isFinite(x.intakeMean) && Number.isFinite(x.intakeMax) && Number.isFinite(x.exhaust)).toBe(true);
      expect(x.intakeMax).toBeGreaterThanOrEqual(x.intakeMean - 1e-9);
      expect(x.intakeMean).toBeGreaterThan(10);
      expect(x.intakeMean).toBeLessThan(60);
    }
    expect(json.air.units.length).toBeGreaterThan(0);
    expect(Math.abs(json.air.energy.imbalance)).toBeLessThan(0.005);
    expect(json.air.convergence.residuals.continuity).toBeLessThan(1e-3);
    for (const k of ['rciHi', 'rciLo', 'rti', 'shi', 'rhi'] as const) expect(Number.isFinite(json.air.metrics[k])).toBe(true);
    expect(JSON.stringify(json.air)).not.toMatch(/"fields"|"state"/);
  }, 120_000);

  it('--air off leaves the air out; a bad --air value is a named error', () => {
    const out = join(dir, 'off.json');
    const r = run(['solve', hall, '--air', 'off', '--json', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/Air \(/);
    expect(Object.keys(JSON.parse(readFileSync(out, 'utf8')) as object)).toEqual(['designIssues', 'loops', 'verdicts', 'summary']);
    const bad = run(['solve', hall, '--air', 'slow']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--air must be fast, accurate or off/);
  }, 120_000);
});
