// Print stylesheet of the HTML report: A4/Letter pages, a cover page, a running header with the project
// name and page numbers in CSS page-margin boxes (Chromium ≥ 131) unless the printer supplies its own
// header/footer (CLI templates), tables whose header rows repeat across pages, numbered figures.
import type { PageSize } from './model';
import { esc } from './svg';

export function reportCss(pageSize: PageSize, project: string, marginBoxes: boolean): string {
  const name = esc(project).replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  const boxes = marginBoxes
    ? `@top-left { content: "${name}"; font: 8pt "DejaVu Sans", Arial, sans-serif; color: #555; }
  @top-right { content: "Thermal assessment"; font: 8pt "DejaVu Sans", Arial, sans-serif; color: #555; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt "DejaVu Sans", Arial, sans-serif; color: #555; }`
    : '';
  return `
@page { size: ${pageSize}; margin: 20mm 16mm 18mm 16mm; ${boxes} }
@page :first { margin-top: 16mm; ${marginBoxes ? '@top-left { content: none; } @top-right { content: none; }' : ''} }
* { box-sizing: border-box; }
html { font: 9.5pt/1.42 "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color: #1b1f24; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; }
h1, h2, h3 { font-family: "DejaVu Sans", Arial, sans-serif; color: #0b2e4f; break-after: avoid; }
h2 { font-size: 14pt; margin: 0 0 8pt; padding-bottom: 3pt; border-bottom: 1.5pt solid #0b2e4f; }
h3 { font-size: 10.5pt; margin: 12pt 0 4pt; }
p { margin: 0 0 6pt; text-align: justify; hyphens: auto; }
section { break-before: page; }
section.cover { break-before: auto; display: flex; flex-direction: column; min-height: 240mm; }
.cover .band { background: #0b2e4f; color: #fff; padding: 18mm 12mm 14mm; margin-bottom: 14mm; }
.cover .band .kicker { font-size: 10pt; letter-spacing: 0.12em; text-transform: uppercase; opacity: 0.8; }
.cover .band h1 { color: #fff; font-size: 24pt; margin: 6pt 0 4pt; line-height: 1.15; }
.cover .band .sub { font-size: 12pt; opacity: 0.9; }
.cover dl { grid-template-columns: 38mm 1fr; font-size: 11pt; row-gap: 5pt; }
.cover .foot { margin-top: auto; font-size: 8pt; color: #555; border-top: 0.6pt solid #999; padding-top: 4pt; }
dl { display: grid; grid-template-columns: 44mm 1fr; column-gap: 8pt; row-gap: 2pt; margin: 4pt 0 8pt; }
dt { color: #4a5560; font-weight: bold; }
dd { margin: 0; }
table { width: 100%; border-collapse: collapse; margin: 2pt 0 10pt; font-size: 8pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th { background: #e8edf3; color: #0b2e4f; text-align: left; font-weight: bold; padding: 3pt 4pt; border-bottom: 1pt solid #0b2e4f; vertical-align: bottom; }
td { padding: 2pt 4pt; border-bottom: 0.4pt solid #d3d8de; vertical-align: top; }
tbody tr:nth-child(even) td { background: #f7f9fb; }
td:first-child { white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
caption { caption-side: top; text-align: left; font-weight: bold; font-size: 8.5pt; padding: 0 0 3pt; color: #1b1f24; }
.tnote { font-size: 7.5pt; color: #555; margin-top: -6pt; }
.status { display: inline-block; min-width: 12mm; text-align: center; padding: 0 3pt; border-radius: 2pt; font-weight: bold; font-size: 7.5pt; }
.status.pass { background: #d9f0e7; color: #00664a; }
.status.fail { background: #fbe0cf; color: #9a3f00; }
.status.incomplete { background: #fcefd0; color: #7a5300; }
figure { margin: 6pt 0 12pt; break-inside: avoid; text-align: center; }
figure .fig-svg { width: 100%; height: auto; max-height: 175mm; }
figure .fig-svg.chart { width: 82%; }
figure .fig-svg.view { max-height: 120mm; }
figcaption { font-size: 8.5pt; color: #333; margin-top: 3pt; text-align: left; }
figcaption b { color: #0b2e4f; }
ul { margin: 2pt 0 8pt; padding-left: 14pt; }
li { margin-bottom: 2pt; }
.warnings li { list-style: none; margin-left: -14pt; padding: 2pt 0 2pt 0; border-bottom: 0.4pt solid #e3e6ea; }
.sev { display: inline-block; width: 17mm; font-weight: bold; font-size: 7.5pt; }
.sev.warning { color: #9a3f00; }
.sev.info { color: #0b5c8c; }
.src { color: #555; font-size: 7.5pt; margin-right: 4pt; }
.toc { margin-top: 4pt; }
.toc li { list-style: none; margin-left: -14pt; }
@media screen { body { max-width: 190mm; margin: 8mm auto; padding: 0 6mm; background: #fff; } section { border-top: 1px dashed #ccc; padding-top: 8mm; margin-top: 8mm; } }
`;
}
