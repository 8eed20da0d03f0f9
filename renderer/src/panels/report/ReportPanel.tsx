// The Report tab: builds the thermal report from the latest loop and air results (ResultsStore) in the
// engine worker, previews it in a sandboxed iframe (sandbox="" + srcdoc: no scripts, no same origin),
// and exports it as PDF (platform.printToPdf → platform.exportFile), CSV per kind, and JSON. The report
// data also carries the CDUs' computed system curves (engine systemCurve, one pool job per CDU, as the
// loop tab's chart), when chosen the same default studies as `hallflow report` (report-studies.ts) and
// the 3D views of the saved viewpoints captured from the scene just before building. ViewExports adds PNG of the current view and glTF of the hall.
import { useCallback, useState } from 'react';
import { useEngine, useResults } from '../../solver/engine-context';
import { useDocumentState } from '../../document/context';
import { getPlatform, type PageSize } from '../../platform';
import type { CsvKind, ReportResults, ReportView } from '../../../../workers/report';
import type { HallDocument } from '../../../../workers/model/schema';
import { useSceneExport } from '../../scene/export-bridge';
import { ViewExports } from './ViewExports';
import { reportStudies, RIDE_THROUGH_SECONDS } from './report-studies';

/** Pixel size of the viewpoint images in the report: 16:10, sharp across the printed text width (~180 mm). */
const VIEW_PIXELS = { width: 1600, height: 1000 };
/** At most this many viewpoints become report figures (≈ 1 MB of PNG each; printToPdf takes ≤ 50 MB of HTML). */
const MAX_REPORT_VIEWS = 24;

const CSV_LABEL: Record<CsvKind, string> = { racks: 'Racks', cdus: 'CDUs', pipes: 'Pipes', coolingUnits: 'Cooling units' };
const today = () => new Date().toISOString().slice(0, 10);
const safeName = (s: string) => s.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'hall';

export function ReportPanel() {
  const { pool } = useEngine();
  const doc = useDocumentState((s) => s.settledDoc);
  const loop = useResults((s) => s.loop);
  const air = useResults((s) => s.air);
  const [page, setPage] = useState<PageSize>('A4');
  const [html, setHtml] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [withViews, setWithViews] = useState(true);
  const [withStudies, setWithStudies] = useState(true);
  const viewpoints = useDocumentState((s) => s.doc.viewpoints);
  const scene = useSceneExport();

  const loops = loop.result ?? loop.failure;
  const airRes = air.result ?? air.failure;
  const ready = loops !== null || airRes !== null;

  /** Verdicts and summary in the worker, then the results bundle the report and exports take. */
  const results = useCallback(async (d: HallDocument): Promise<ReportResults> => {
    const { verdicts, summary } = await pool.submit((api) => api.verdicts(d, airRes, loops)).promise;
    return { loops, air: airRes, verdicts, summary, airMode: air.mode ?? 'fast' };
  }, [pool, loops, airRes, air.mode]);

  /** System curves, and ride-through + FWS sweep when chosen, for the document of the loop result. */
  const studies = useCallback((d: HallDocument) => reportStudies(pool, loop.doc ?? d, loops, airRes, withStudies), [pool, loop.doc, loops, airRes, withStudies]);

  /** The saved viewpoints rendered by the 3D view (same capture path as PNG export), or none. */
  const views = useCallback(async (d: HallDocument): Promise<ReportView[]> => {
    const s = scene();
    if (!withViews || !s || d.viewpoints.length === 0) return [];
    const shots = await s.viewpoints(d.viewpoints.slice(0, MAX_REPORT_VIEWS), VIEW_PIXELS);
    return shots.map((v) => ({ id: v.viewpoint.id, name: v.viewpoint.name, note: v.viewpoint.note, png: v.png, width: v.width, height: v.height }));
  }, [scene, withViews]);

  const run = useCallback(async (label: string, job: () => Promise<void>) => {
    setBusy(label);
    setMessage(null);
    try { await job(); } catch (e) { setMessage(`${label} failed: ${e instanceof Error ? e.message : String(e)}`); } finally { setBusy(null); }
  }, []);

  const build = (furniture: 'css' | 'none' = 'css') => async (): Promise<string> => {
    const shots = await views(doc);
    const [r, extra] = await Promise.all([results(doc), studies(doc)]);
    const data: ReportResults = { ...r, ...extra, views: shots };
    return pool.submit((api) => api.reportHtml(doc, data, { pageSize: page, date: today(), pageFurniture: furniture })).promise;
  };

  const preview = () => run('Preview', async () => setHtml(await build()()));
  const exportPdf = () => run('PDF', async () => {
    const platform = getPlatform();
    const h = await build()();
    setHtml(h);
    const pdf = await platform.printToPdf(h, page);
    if (!pdf.ok) { setMessage(`PDF failed: ${pdf.error}`); return; }
    const saved = await platform.exportFile(`${safeName(doc.meta.name)}-report.pdf`, pdf.value, 'application/pdf');
    if (saved && !saved.ok) setMessage(`Saving failed: ${saved.error}`);
    else if (saved) setMessage(`Saved ${saved.value}`);
  });
  const exportCsv = (kind: CsvKind) => run('CSV', async () => {
    const r = await results(doc);
    const text = await pool.submit((api) => api.exportCsv(doc, r, kind)).promise;
    const saved = await getPlatform().exportFile(`${safeName(doc.meta.name)}-${kind}.csv`, text, 'text/csv');
    if (saved && !saved.ok) setMessage(`Saving failed: ${saved.error}`);
  });
  const exportJson = () => run('JSON', async () => {
    const r = await results(doc);
    const text = await pool.submit((api) => api.exportJson(doc, r)).promise;
    const saved = await getPlatform().exportFile(`${safeName(doc.meta.name)}-results.json`, text, 'application/json');
    if (saved && !saved.ok) setMessage(`Saving failed: ${saved.error}`);
  });

  const stale = loop.stale || air.stale || (loop.doc !== null && loop.doc !== doc) || (air.doc !== null && air.doc !== doc);
  return (
    <div className="report-panel" data-testid="report-panel">
      <div className="report-actions">
        <label>Page <select value={page} onChange={(e) => setPage(e.target.value as PageSize)}><option>A4</option><option>Letter</option></select></label>
        <button type="button" disabled={!ready || busy !== null} onClick={preview} data-testid="report-preview">Preview</button>
        <button type="button" disabled={!ready || busy !== null} onClick={exportPdf} data-testid="report-pdf">Export PDF</button>
        <button type="button" disabled={!ready || busy !== null} onClick={exportJson}>Export JSON</button>
      </div>
      <label className="report-note" data-testid="report-studies">
        <input type="checkbox" checked={withStudies} onChange={(e) => setWithStudies(e.target.checked)} /> Include ride-through ({RIDE_THROUGH_SECONDS} s: most loaded CDU, its pump, most loaded cooling unit) and the facility-water sweep
      </label>
      {viewpoints.length > 0 && (
        <label className="report-note" data-testid="report-views">
          <input type="checkbox" checked={withViews} onChange={(e) => setWithViews(e.target.checked)} /> Include 3D views of the {viewpoints.length} saved viewpoint{viewpoints.length > 1 ? 's' : ''}
        </label>
      )}
      <div className="report-actions">
        CSV: {(Object.keys(CSV_LABEL) as CsvKind[]).map((k) => (
          <button key={k} type="button" disabled={!ready || busy !== null} onClick={() => exportCsv(k)}>{CSV_LABEL[k]}</button>
        ))}
      </div>
      <ViewExports baseName={safeName(doc.meta.name)} busy={busy !== null} run={run} say={setMessage} />
      {!ready && <p className="report-note">Solve the liquid loops and/or the room air first: the report uses the latest results.</p>}
      {ready && stale && <p className="report-note">Results are older than the last edit: the report shows the last solved state.</p>}
      {air.result === null && ready && <p className="report-note">No air result: air-side checks will be “not evaluated”.</p>}
      {busy && <p className="report-note">{busy}…</p>}
      {message && <p className="report-note" data-testid="report-message">{message}</p>}
      {html !== null && <iframe className="report-preview" title="Report preview" sandbox="" srcDoc={html} />}
    </div>
  );
}
