#!/usr/bin/env node
// Runs every benchmark (bench/*.bench.ts through tsx, bench/*.bench.mjs through node) one after another,
// prints their markdown and writes bench/RESULTS.md: this run on top (date, machine), earlier runs below.
// Usage: npm run bench [-- name-filter]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const filter = process.argv[2] ?? '';
const files = readdirSync(join(root, 'bench'))
  .filter((f) => /\.bench\.(ts|mjs)$/.test(f) && f.includes(filter))
  .sort();
const cpu = cpus();
const header = [
  `## Run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  '',
  `Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}. Shared and noisy: compare ratios measured in the same run.`,
  '',
];
const sections = [];
let failed = 0;
for (const f of files) {
  const path = join(root, 'bench', f);
  const cmd = f.endsWith('.ts') ? [join(root, 'node_modules/.bin/tsx'), [path]] : [process.execPath, [path]];
  console.error(`bench: ${f} …`);
  const r = spawnSync(cmd[0], cmd[1], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 2 ** 20, stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) {
    failed++;
    sections.push(`### ${f}\n\nFAILED (exit ${r.status}).\n`);
  } else sections.push(r.stdout.trim() + '\n');
  console.log(r.stdout);
}
const out = join(root, 'bench', 'RESULTS.md');
const previous = existsSync(out) ? readFileSync(out, 'utf8').replace(/^# Benchmark results\n+/, '') : '';
const text = ['# Benchmark results', '', ...header, ...sections, previous ? '\n---\n\n' + previous : ''].join('\n');
if (!filter) writeFileSync(out, text.replace(/\n{3,}/g, '\n\n'));
else console.error('bench: filtered run, bench/RESULTS.md not written');
process.exitCode = failed ? 1 : 0;
