// Hallflow command line: a small dispatcher over command modules (one file per command).
// Commands: epanet (solve an EPANET .inp file at time zero), solve (a hall's liquid loops), sweep (sufficiency
// sweeps), report (thermal report PDF/HTML). Others plug in here.

import { runEpanet } from './epanet';
import { runSolve } from './solve';
import { runSweep } from './sweep';
import { runReport } from './report';
import { runReviewPackage } from './review-package';

type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, { run: Command; summary: string }> = {
  epanet: { run: runEpanet, summary: 'epanet <file.inp> [--json]   solve an EPANET network at time zero' },
  solve: { run: runSolve, summary: 'solve <project.hallflow.json> [--json out.json] [--scenario id] [--air fast|accurate|off] [--redundancy]   liquid loops, room air and per-rack verdicts of a hall' },
  sweep: { run: runSweep, summary: 'sweep <project.hallflow.json> --kind power|fws [--json out.json] [--cell m]   sufficiency sweeps (rack power × cooling mode, facility water)' },
  'review-package': { run: runReviewPackage, summary: 'review-package <project.hallflow.json> -o <dir> [--air fast|accurate] [--force]   self-contained review folder (open index.html offline)' },
  report: { run: runReport, summary: 'report <project.hallflow.json> -o report.pdf [--page A4|Letter] [--air fast|accurate] [--html out.html] [--json out.json] [--redundancy] [--transient auto|none|<kind>[:id]] [--duration s] [--sweep fws|power|none]   thermal report (PDF via Chromium, HTML)' },
};

function usage(): string {
  const lines = Object.values(COMMANDS).map((c) => `  hallflow ${c.summary}`);
  return ['usage: hallflow <command> [options]', '', 'commands:', ...lines].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name === undefined ? 1 : 0;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    console.error(`hallflow: unknown command "${name}"\n${usage()}`);
    return 1;
  }
  return command.run(rest);
}
