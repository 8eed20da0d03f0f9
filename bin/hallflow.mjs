#!/usr/bin/env node
// Hallflow command line: registers the TypeScript loader (tsx) and runs cli/main.ts.
import { register } from 'tsx/esm/api';
register();
// A reader that closes early (`| head`) is not an error.
process.stdout.on('error', (e) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); else throw e; });
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
