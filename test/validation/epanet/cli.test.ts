// End to end: `node bin/hallflow.mjs epanet <file> --json` prints exactly the documented shape.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const net1 = fileURLToPath(new URL('./data/Net1.inp', import.meta.url));

function run(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['bin/hallflow.mjs', ...args], { cwd: root, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('hallflow epanet', () => {
  it('--json prints units, nodes and links only', () => {
    const r = run(['epanet', net1, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['units', 'nodes', 'links']);
    expect(out.units).toEqual({ flow: 'GPM', head: 'ft', pressure: 'psi' });
    const nodes = out.nodes as Record<string, { head: number; pressure: number }>;
    const links = out.links as Record<string, { flow: number; status: string }>;
    expect(Object.keys(nodes)).toHaveLength(11);
    expect(Object.keys(links)).toHaveLength(13);
    for (const n of Object.values(nodes)) expect(Object.keys(n)).toEqual(['head', 'pressure']);
    for (const l of Object.values(links)) {
      expect(Object.keys(l)).toEqual(['flow', 'status']);
      expect(['open', 'closed']).toContain(l.status);
    }
    expect(links['9'].flow).toBeCloseTo(1866.18, 1);
    expect(nodes['10'].head).toBeCloseTo(1004.35, 1);
  });

  it('prints a readable table without --json', () => {
    const r = run(['epanet', net1]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Node results \(head ft, pressure psi\)/);
    expect(r.stdout).toMatch(/Link results \(flow GPM\)/);
  });

  it('bad input: message on stderr naming the element, exit code 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hallflow-'));
    const file = join(dir, 'bad.inp');
    writeFileSync(file, '[JUNCTIONS]\nJ1 0 10\n[RESERVOIRS]\nR 100\n[PIPES]\nP1 R J9 1000 12 100\n[END]\n');
    const r = run(['epanet', file, '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/bad\.inp:6: link P1: end node J9 does not exist/);
  });

  it('unknown commands and missing files fail with a usage message', () => {
    expect(run(['nope']).code).toBe(1);
    const r = run(['epanet', '/definitely/missing.inp']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot read/);
  });
});
