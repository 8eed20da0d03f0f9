// Public API of the report: content as data (buildReport → ReportModel), HTML rendering, CSV/JSON exports.
export { buildReport } from './build';
export { renderReportHtml, type HtmlOptions } from './html';
export type * from './model';
export type { ReportResults, ReportOptions, ReportAir, ReportView } from './inputs';
export { reportSystemCurves, defaultTransientEvents, curveCdus, REPORT_FWS_TEMPS } from './studies';
export { SLICE_HEIGHTS } from './figures';
export { ACCURACY } from './sections-back';
export { exportCsv, exportJson, toCsv, CSV_KINDS, type CsvKind } from './exports';
