// `hallflow report <project.hallflow.json> -o report.pdf [--page A4|Letter] [--air fast|accurate]
// [--html out.html] [--json results.json] [--date YYYY-MM-DD] [--redundancy] [--transient …] [--sweep …]`:
// load the project (named errors), solve the loops and the room air in-process, judge every rack, run the
// studies the report includes with the app's engine functions (system curves of the CDUs always; by default
// the ride-through of the most loaded CDU / its pump / the most loaded cooling unit and the facility-water
// sweep; on request the N+1 redundancy matrix and the rack-power sweep), build the report (workers/report) and print it
// to PDF with an installed Chrome/Chromium through playwright-core, with a header (project name) and a
// footer (page X of Y) from Chromium's templates. Chromium: $CHROMIUM_PATH, /usr/bin/chromium,
// /usr/bin/chromium-browser, /usr/bin/google-chrome — none found is a named error. Exit 0 / 1.
import { airJson } from './solve';
import { access, readFile, writeFile } from 'node:fs/promises';
import { constants } from 'node:fs';
import { loadDocument } from '../workers/model/load';
import type { HallDocument } from '../workers/model/schema';
import { solveLoops } from '../workers/loop';
import { solveAir } from '../workers/airflow';
import { hallSummary, rackVerdicts } from '../workers/verdicts';
import { buildReport, renderReportHtml, type PageSize, type ReportResults } from '../workers/report';
import { checkStudies, parseStudies, runStudies, STUDY_USAGE, type StudyArgs } from './report-studies';

const USAGE = `usage: hallflow report <project.hallflow.json> -o report.pdf [--page A4|Letter] [--air fast|accurate] [--html out.html] [--json results.json] [--date YYYY-MM-DD] ${STUDY_USAGE}`;
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

interface Args { file: string; out: string | null; page: PageSize; air: 'fast' | 'accurate'; html: string | null; json: string | null; date: string; studies: StudyArgs }

function parse(argv: string[]): Args | string {
  const a: Args = { file: '', out: null, page: 'A4', air: 'fast', html: null, json: null, date: new Date().toISOString().slice(0, 10), studies: { redundancy: false, transients: null, sweeps: null, duration: 300 } };
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const study = parseStudies(argv, i, a.studies);
    if (typeof study === 'string') return `hallflow report: ${study}\n${USAGE}`;
    if (study > 0) { i += study - 1; continue; }
    if (['-o', '--out', '--page', '--air', '--html', '--json', '--date'].includes(k)) {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) return `hallflow report: ${k} needs a value\n${USAGE}`;
      if (k === '-o' || k === '--out') a.out = v;
      else if (k === '--page') { if (v !== 'A4' && v !== 'Letter') return `hallflow report: --page must be A4 or Letter (got ${v})`; a.page = v; }
      else if (k === '--air') { if (v !== 'fast' && v !== 'accurate') return `hallflow report: --air must be fast or accurate (got ${v})`; a.air = v; }
      else if (k === '--html') a.html = v;
      else if (k === '--json') a.json = v;
      else a.date = v;
    } else if (k.startsWith('-')) return `hallflow report: unknown option ${k}\n${USAGE}`;
    else files.push(k);
  }
  if (files.length !== 1) return USAGE;
  if (a.out === null && a.html === null) return `hallflow report: give -o report.pdf and/or --html out.html\n${USAGE}`;
  a.file = files[0];
  return a;
}

/** The first executable Chrome/Chromium: $CHROMIUM_PATH, then the usual Debian/Ubuntu paths; null if none. */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  const list = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : CHROMIUM_CANDIDATES;
  for (const p of list) {
    try { await access(p, constants.X_OK); return p; } catch { /* next */ }
  }
  return null;
}

export const NO_CHROMIUM = 'no Chrome/Chromium found to print the PDF: install one (Debian/Ubuntu: `apt-get install chromium`) or set CHROMIUM_PATH to its executable (looked in $CHROMIUM_PATH, ' + CHROMIUM_CANDIDATES.join(', ') + ')';

const tplStyle = 'font-family: DejaVu Sans, Arial, sans-serif; font-size: 7.5pt; color: #555; width: 100%; margin: 0 16mm; display: flex; justify-content: space-between;';
const escHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** PDF bytes of the report HTML, printed by Chromium with header (project) and footer (page X of Y). */
export async function printPdf(html: string, page: PageSize, project: string, executablePath: string): Promise<Uint8Array> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
  try {
    const ctx = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const p = await ctx.newPage();
    await p.setContent(html, { waitUntil: 'load' });
    const pdf = await p.pdf({
      format: page, printBackground: true, displayHeaderFooter: true,
      margin: { top: '20mm', bottom: '18mm', left: '16mm', right: '16mm' },
      headerTemplate: `<div style="${tplStyle}"><span>${escHtml(project)}</span><span>Thermal assessment</span></div>`,
      footerTemplate: `<div style="${tplStyle}"><span>Hallflow</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
    });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}

/** Solves and judges a hall and returns what buildReport needs. */
export function solveForReport(doc: HallDocument, air: 'fast' | 'accurate'): { results: ReportResults; seconds: { loops: number; air: number } } | string {
  const t0 = performance.now();
  const loops = solveLoops(doc);
  const t1 = performance.now();
  const a = solveAir(doc, { mode: air });
  const t2 = performance.now();
  if (!loops.ok && !a.ok) return `both solves failed: loops (${loops.stage}): ${loops.errors.map((e) => e.message).join('; ')}; air: ${a.error.message}`;
  const airView = a.ok ? (({ state: _s, ...v }) => v)(a) : a;
  const verdicts = rackVerdicts(doc, airView, loops);
  const summary = hallSummary(doc, airView, loops);
  return { results: { loops, air: airView, verdicts, summary, airMode: air }, seconds: { loops: (t1 - t0) / 1e3, air: (t2 - t1) / 1e3 } };
}

export async function runReport(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) { console.log(USAGE); return 0; }
  const args = parse(argv);
  if (typeof args === 'string') { console.error(args); return 1; }
  let text: string;
  try { text = await readFile(args.file, 'utf8'); } catch (e) {
    console.error(`hallflow report: cannot read ${args.file}: ${(e as Error).message}`);
    return 1;
  }
  const loaded = loadDocument(text);
  if (!loaded.ok) {
    for (const e of loaded.errors) console.error(`hallflow report: ${args.file}: ${e.path}: ${e.message}`);
    return 1;
  }
  const bad = checkStudies(loaded.doc, args.studies);
  if (bad !== null) { console.error(`hallflow report: ${bad}`); return 1; }
  const chrome = args.out !== null ? await findChromium() : null;
  if (args.out !== null && chrome === null) { console.error(`hallflow report: ${NO_CHROMIUM}`); return 1; }
  const solved = solveForReport(loaded.doc, args.air);
  if (typeof solved === 'string') { console.error(`hallflow report: ${solved}`); return 1; }
  const { results } = solved;
  const studies = runStudies(loaded.doc, results, args.studies);
  Object.assign(results, studies.results);
  const t0 = performance.now();
  const model = buildReport(loaded.doc, results, { pageSize: args.page, date: args.date });
  const tHtml = (performance.now() - t0) / 1e3;
  try {
    if (args.html !== null) await writeFile(args.html, renderReportHtml(model, { pageFurniture: 'css' }));
    if (args.json !== null) {
      const { loops, air, verdicts, summary } = results;
      const airOut = air && air.ok ? airJson(air) : air;
      await writeFile(args.json, JSON.stringify({ loops, air: airOut, verdicts, summary }));
    }
  } catch (e) {
    console.error(`hallflow report: cannot write: ${(e as Error).message}`);
    return 1;
  }
  let tPdf = 0;
  if (args.out !== null && chrome !== null) {
    const t1 = performance.now();
    let pdf: Uint8Array;
    try {
      pdf = await printPdf(renderReportHtml(model, { pageFurniture: 'none' }), args.page, model.meta.project, chrome);
    } catch (e) {
      console.error(`hallflow report: printing with ${chrome} failed: ${(e as Error).message}`);
      return 1;
    }
    try { await writeFile(args.out, pdf); } catch (e) {
      console.error(`hallflow report: cannot write ${args.out}: ${(e as Error).message}`);
      return 1;
    }
    tPdf = (performance.now() - t1) / 1e3;
  }
  const v = results.verdicts.counts;
  console.log(`report: ${model.sections.length} sections; racks ${v.pass} pass, ${v.fail} fail, ${v.incomplete} incomplete`);
  for (const line of studies.lines) console.log(line);
  console.log(`timings: loops ${solved.seconds.loops.toFixed(2)} s, air (${args.air}) ${solved.seconds.air.toFixed(2)} s, studies ${studies.seconds.toFixed(2)} s, report ${tHtml.toFixed(2)} s, pdf ${tPdf.toFixed(2)} s`);
  if (args.out !== null) console.log(`written ${args.out}`);
  if (args.html !== null) console.log(`written ${args.html}`);
  return 0;
}
