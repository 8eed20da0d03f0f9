// `hallflow epanet <file.inp> [--json]`: solve an EPANET input file at time zero with Hallflow's
// hydraulic engine and print heads, pressures, flows and statuses in the file's units.
// Errors (unreadable file, bad input, failed solve) go to stderr naming the element; exit 1.

import { readFile } from 'node:fs/promises';
import { solveInp, type Snapshot } from '../workers/epanet';

const USAGE = 'usage: hallflow epanet <file.inp> [--json]';

export async function runEpanet(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const files = argv.filter((a) => !a.startsWith('--'));
  const unknown = argv.filter((a) => a.startsWith('--') && a !== '--json');
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  if (files.length !== 1 || unknown.length > 0) {
    console.error(unknown.length > 0 ? `hallflow epanet: unknown option ${unknown[0]}\n${USAGE}` : USAGE);
    return 1;
  }
  const file = files[0];
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    console.error(`hallflow epanet: cannot read ${file}: ${(e as Error).message}`);
    return 1;
  }
  const result = solveInp(text);
  if (!result.ok) {
    for (const err of result.errors) {
      const where = err.line !== undefined ? `${file}:${err.line}: ` : `${file}: `;
      console.error(`hallflow epanet: ${where}${err.message}`);
    }
    if (result.snapshot) print(result.snapshot, json);
    return 1;
  }
  for (const w of result.warnings) console.error(`hallflow epanet: warning: ${w}`);
  print(result.snapshot, json);
  return 0;
}

function print(s: Snapshot, json: boolean): void {
  if (json) {
    console.log(JSON.stringify({ units: s.units, nodes: s.nodes, links: s.links }));
    return;
  }
  const f = (v: number): string => v.toFixed(3).padStart(14);
  const lines: string[] = [];
  lines.push(`Node results (head ${s.units.head}, pressure ${s.units.pressure})`);
  lines.push(`${'Node'.padEnd(20)}${'Head'.padStart(14)}${'Pressure'.padStart(14)}`);
  for (const [id, n] of Object.entries(s.nodes)) lines.push(`${id.padEnd(20)}${f(n.head)}${f(n.pressure)}`);
  lines.push('');
  lines.push(`Link results (flow ${s.units.flow})`);
  lines.push(`${'Link'.padEnd(20)}${'Flow'.padStart(14)}  Status`);
  for (const [id, l] of Object.entries(s.links)) lines.push(`${id.padEnd(20)}${f(l.flow)}  ${l.status}`);
  console.log(lines.join('\n'));
}
