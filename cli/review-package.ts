// `hallflow review-package <project.hallflow.json> -o <dir> [--air fast|accurate] [--force] [--rebuild]`:
// a self-contained folder for reviewers without the app. Solves the loops and the room air in-process and
// judges every rack (as `hallflow report` does), then writes the viewer template (index.html,
// hallflow-review.js/.css: one classic script, built by vite.review.config.ts into
// renderer/public/review-package/ and built here on demand), project.js (the project and its results as
// a data script: format in renderer/src/review/package/data.ts, written here with Node's Buffer), a copy
// of the project file and README.txt. Opening index.html by double-click (file://) shows the hall
// read-only with heatmaps, pipes and verdicts; it makes no network request (CSP: nothing but its own files).
// The folder is written next to its destination under a temporary name and renamed into place, so a
// failed run never leaves half a package; an existing folder is replaced only with --force. Exit 0 / 1.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { loadDocument } from '../workers/model/load';
import { dataScript, readmeText, TEMPLATE_FILES } from '../workers/review/package-format';
import { solveForReport } from './report';

const USAGE = 'usage: hallflow review-package <project.hallflow.json> -o <dir> [--air fast|accurate] [--force] [--rebuild]';
const ROOT = resolve(import.meta.dirname, '..');
export const TEMPLATE_DIR = join(ROOT, 'renderer/public/review-package');

interface Args { file: string; out: string; air: 'fast' | 'accurate'; force: boolean; rebuild: boolean }

function parse(argv: string[]): Args | string {
  let out: string | null = null;
  let air: Args['air'] = 'fast';
  let force = false, rebuild = false;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    if (k === '-o' || k === '--out' || k === '--air') {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) return `hallflow review-package: ${k} needs a value\n${USAGE}`;
      if (k === '--air') {
        if (v !== 'fast' && v !== 'accurate') return `hallflow review-package: --air must be fast or accurate (got ${v})`;
        air = v;
      } else out = v;
    } else if (k === '--force') force = true;
    else if (k === '--rebuild') rebuild = true;
    else if (k.startsWith('-')) return `hallflow review-package: unknown option ${k}\n${USAGE}`;
    else files.push(k);
  }
  if (files.length !== 1 || out === null) return USAGE;
  return { file: files[0], out: resolve(out), air, force, rebuild };
}

/** JSON of the package data with typed arrays as {"$typed", "b64"} (renderer/src/review/package/data.ts). */
export function encodeForPackage(data: unknown): string {
  return JSON.stringify(data, (_key, value: unknown) => {
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
      return { $typed: value.constructor.name, b64: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
    }
    return value;
  });
}

/** Builds the viewer template with vite when it is missing (or when asked); returns an error text or null. */
export function ensureTemplate(rebuild: boolean, log: (s: string) => void = console.log): string | null {
  const have = TEMPLATE_FILES.every((f) => existsSync(join(TEMPLATE_DIR, f)));
  if (have && !rebuild) return null;
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  if (!existsSync(vite)) return `the viewer template is not built and vite is not installed (${vite}); run npm ci, then npm run build`;
  log('building the review viewer (vite.review.config.ts)…');
  const run = spawnSync(process.execPath, [vite, 'build', '--config', 'vite.review.config.ts', '--logLevel', 'warn'], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) return `building the review viewer failed:\n${(run.stderr || run.stdout).trim().split('\n').slice(-12).join('\n')}`;
  return TEMPLATE_FILES.every((f) => existsSync(join(TEMPLATE_DIR, f))) ? null : `the viewer build did not produce ${TEMPLATE_FILES.join(', ')}`;
}

/** Writes the files into a temporary sibling folder and renames it to `out` (replacing it when force). */
export async function writeFolderAtomic(out: string, write: (dir: string) => Promise<void>, force: boolean): Promise<void> {
  const parent = dirname(out);
  await mkdir(parent, { recursive: true });
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const tmp = join(parent, `.${basename(out)}.tmp-${tag}`);
  await mkdir(tmp);
  try {
    await write(tmp);
    if (existsSync(out)) {
      if (!force) throw new Error(`${out} exists; give --force to replace it`);
      const old = join(parent, `.${basename(out)}.old-${tag}`);
      await rename(out, old);
      try {
        await rename(tmp, out);
      } catch (e) {
        await rename(old, out);
        throw e;
      }
      await rm(old, { recursive: true, force: true });
    } else await rename(tmp, out);
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
}

export async function runReviewPackage(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) { console.log(USAGE); return 0; }
  const args = parse(argv);
  if (typeof args === 'string') { console.error(args); return 1; }
  if (existsSync(args.out) && !args.force) { console.error(`hallflow review-package: ${args.out} exists; give --force to replace it`); return 1; }
  let text: string;
  try { text = await readFile(args.file, 'utf8'); } catch (e) {
    console.error(`hallflow review-package: cannot read ${args.file}: ${(e as Error).message}`);
    return 1;
  }
  const loaded = loadDocument(text);
  if (!loaded.ok) {
    for (const e of loaded.errors) console.error(`hallflow review-package: ${args.file}: ${e.path}: ${e.message}`);
    return 1;
  }
  const templateError = ensureTemplate(args.rebuild);
  if (templateError) { console.error(`hallflow review-package: ${templateError}`); return 1; }
  const solved = solveForReport(loaded.doc, args.air);
  if (typeof solved === 'string') { console.error(`hallflow review-package: ${solved}`); return 1; }
  const { loops, air, verdicts, summary } = solved.results;
  const created = new Date().toISOString();
  const fileName = basename(args.file);
  const data = {
    version: 1, fileName, created, generator: 'hallflow CLI', project: text,
    loop: loops, air, airMode: air ? args.air : null, verdicts: { verdicts, summary },
  };
  const script = dataScript(encodeForPackage(data));
  try {
    await writeFolderAtomic(args.out, async (dir) => {
      for (const f of TEMPLATE_FILES) await copyFile(join(TEMPLATE_DIR, f), join(dir, f));
      await writeFile(join(dir, 'project.js'), script);
      await writeFile(join(dir, fileName.endsWith('.json') ? fileName : `${fileName}.json`), text);
      await writeFile(join(dir, 'README.txt'), readmeText(loaded.doc.meta.name, created));
    }, args.force);
  } catch (e) {
    console.error(`hallflow review-package: cannot write ${args.out}: ${(e as Error).message}`);
    return 1;
  }
  const v = verdicts.counts;
  console.log(`review package: ${loaded.doc.racks.length} racks; ${v.pass} pass, ${v.fail} fail, ${v.incomplete} incomplete; data ${(script.length / 1e6).toFixed(2)} MB`);
  console.log(`timings: loops ${solved.seconds.loops.toFixed(2)} s, air (${args.air}) ${solved.seconds.air.toFixed(2)} s`);
  console.log(`written ${args.out} (open ${join(args.out, 'index.html')} in a browser)`);
  return 0;
}
