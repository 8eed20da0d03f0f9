// End to end: `node bin/hallflow.mjs solve <hall> [--json out]` prints the loop summary, writes
// {"loops": LoopResult}, names load errors and exits 1 on bad input; `epanet` still dispatches.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const hall = fileURLToPath(new URL('../../../assets/samples/ai-hall-mixed.hallflow.json', import.meta.url));

function run(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['bin/hallflow.mjs', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('hallflow solve', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hallflow-solve-'));
  it('prints the summary and writes {"loops": …} with --json', () => {
    const out = join(dir, 'out.json');
    const r = run(['solve', hall, '--json', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/CDU-A\s+1020\.0/);
    expect(r.stdout).toMatch(/Convergence: \d+ outer iterations \(converged/);
    const json = JSON.parse(readFileSync(out, 'utf8')) as { loops: { ok: boolean; racks: unknown[]; cdus: unknown[] } };
    expect(Object.keys(json)).toEqual(['designIssues', 'loops', 'air', 'verdicts', 'summary']);
    expect(json.loops.ok).toBe(true);
    expect(json.loops.racks).toHaveLength(40);
    expect(json.loops.cdus).toHaveLength(4);
  });
  it('says the design issues first (here two overlapping racks) and solves anyway', () => {
    const doc = JSON.parse(readFileSync(hall, 'utf8')) as { racks: { id: string; x: number; y: number }[] };
    const [a, b] = doc.racks;
    b.x = a.x + 0.1; b.y = a.y; // b now overlaps a
    const file = join(dir, 'overlap.hallflow.json'), out = join(dir, 'overlap.json');
    writeFileSync(file, JSON.stringify(doc));
    const r = run(['solve', file, '--air', 'off', '--json', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Design issues: \d+\n/);
    const line = r.stdout.split('\n').find((l) => l.includes(a.id) && l.includes(b.id));
    expect(line).toMatch(/overlap/i);
    const json = JSON.parse(readFileSync(out, 'utf8')) as { designIssues: { objectId: string | null; message: string }[] };
    expect(json.designIssues.some((w) => w.message.includes(a.id) && w.message.includes(b.id))).toBe(true);
    // the sample itself has none
    expect(run(['solve', hall, '--air', 'off']).stdout).not.toMatch(/Design issues/);
  });
  it('says a tile outside the hall once: the design issue, not again among the air warnings', () => {
    const doc = JSON.parse(readFileSync(hall, 'utf8')) as { envelope: { length: number }; tiles: { id: string; x: number }[] };
    const tile = doc.tiles[0];
    tile.x = doc.envelope.length + 2;
    const file = join(dir, 'tile-outside.hallflow.json');
    writeFileSync(file, JSON.stringify(doc));
    const r = run(['solve', file, '--air', 'fast']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n').filter((l) => l.includes(tile.id) && /outside the hall/.test(l));
    expect(lines).toHaveLength(1);
    expect(r.stdout).toMatch(/^Design issues: \d+\n/);
    expect(r.stdout).toMatch(/Air warnings: \d+ \(and 1 restating a design issue above\)/);
  }, 60_000);
  it('a scenario can be chosen', () => {
    const r = run(['solve', hall, '--scenario', 'scn-cdu-pump']);
    expect(r.code).toBe(0);
    expect(run(['solve', hall, '--scenario', 'nope']).stderr).toMatch(/scenario nope does not exist/);
  });
  it('names every load error and exits 1', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"schemaVersion": 1, "meta": {}}');
    const r = run(['solve', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.json: envelope: is required/);
    expect(r.stderr).toMatch(/bad\.json: meta\.name/);
    expect(run(['solve']).code).toBe(1);
    expect(run(['solve', join(dir, 'missing.json')]).stderr).toMatch(/cannot read/);
  });
  it('the dispatcher lists solve and keeps epanet', () => {
    const r = run(['--help']);
    expect(r.stdout).toMatch(/hallflow solve/);
    expect(r.stdout).toMatch(/hallflow epanet/);
  });
});

describe('hallflow solve verdicts', () => {
  it('writes per-rack verdicts for every rack and counts that add up', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'hallflow-verdicts-')), 'out.json');
    const r = spawnSync(process.execPath, ['bin/hallflow.mjs', 'solve', hall, '--air', 'off', '--json', out], { cwd: root, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Verdicts: \d+ pass/);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    const doc = JSON.parse(readFileSync(hall, 'utf8'));
    expect(json.verdicts.racks.map((v: { rackId: string }) => v.rackId).sort()).toEqual(doc.racks.map((x: { id: string }) => x.id).sort());
    const c = json.verdicts.counts;
    expect(c.pass + c.fail + c.incomplete).toBe(doc.racks.length);
    // Without an air solve, air checks are not evaluated: no rack may pass on air alone.
    expect(json.verdicts.air).not.toBe('ok');
  });
});
