// Report benchmark: the default sample hall's full report as `hallflow report` makes it by default — loop
// solve, fast air solve, verdicts and summary, the default studies (system curves of the CDUs, three
// ride-through events, facility-water sweep), report model, HTML, and the PDF printed by Chromium
// (launch included, as the CLI does) —
// timed stage by stage, twice (the first run pays Chromium's cold start and font cache). Target: < 10 s
// for the whole report. Prints a markdown section. Run: npx tsx bench/report.bench.ts
import { readFileSync } from 'node:fs';
import { loadDocument } from '../workers/model/load';
import { buildReport, renderReportHtml } from '../workers/report';
import { findChromium, NO_CHROMIUM, printPdf, solveForReport } from '../cli/report';
import { runStudies } from '../cli/report-studies';

const TARGET_S = 10;

async function main(): Promise<void> {
  const loaded = loadDocument(readFileSync(new URL('../assets/samples/ai-hall-mixed.hallflow.json', import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error('cannot load the sample hall');
  const doc = loaded.doc;
  const chrome = await findChromium();
  if (chrome === null) throw new Error(NO_CHROMIUM);
  const rows: string[] = [];
  for (let run = 1; run <= 2; run++) {
    const t0 = performance.now();
    const solved = solveForReport(doc, 'fast');
    if (typeof solved === 'string') throw new Error(solved);
    const studies = runStudies(doc, solved.results, { redundancy: false, transients: null, sweeps: null, duration: 300 });
    const t1 = performance.now();
    const model = buildReport(doc, { ...solved.results, ...studies.results }, { pageSize: 'A4', date: '2026-12-01' });
    const html = renderReportHtml(model, { pageFurniture: 'none' });
    const t2 = performance.now();
    const pdf = await printPdf(html, 'A4', doc.meta.name, chrome);
    const t3 = performance.now();
    const total = (t3 - t0) / 1e3;
    rows.push(`| ${run} | ${solved.seconds.loops.toFixed(2)} | ${solved.seconds.air.toFixed(2)} | ${((t1 - t0) / 1e3 - solved.seconds.loops - solved.seconds.air - studies.seconds).toFixed(2)} | ${studies.seconds.toFixed(2)} | ${((t2 - t1) / 1e3).toFixed(2)} | ${(html.length / 1024).toFixed(0)} | ${((t3 - t2) / 1e3).toFixed(2)} | ${(pdf.length / 1024).toFixed(0)} | **${total.toFixed(2)}** ${total < TARGET_S ? '✓' : '✗'} |`);
  }
  console.log([
    '### report.bench.ts — full thermal report of the default sample (ai-hall-mixed, 50 racks)',
    '',
    `Loops + fast air solve + verdicts + default studies (CDU system curves, 3 ride-through events, FWS sweep) + report model + HTML + PDF (Chromium ${chrome}, launched per report). Target < ${TARGET_S} s.`,
    '',
    '| run | loops s | air s | verdicts s | studies s | model + HTML s | HTML KiB | PDF s | PDF KiB | total s |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n'));
}

await main();
