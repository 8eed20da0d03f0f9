// "Export review package" (Review tab, app only): checks that the loop and air results on screen belong to
// the current document (otherwise says what to wait for), embeds them with the project and the verdicts
// (package/data.ts), loads the viewer template from the app's own build and hands the files to the
// platform: Electron writes the folder where the user chooses (atomically), a browser writes it through
// the directory picker or downloads one self-contained HTML file.
import { useState } from 'react';
import { serializeDocument } from '../../../../workers/model/load';
import type { HallDocument } from '../../../../workers/model/schema';
import { useViewStore } from '../../app/view-store';
import { useDocumentStore } from '../../document/context';
import { getPlatform } from '../../platform';
import { sameForAir } from '../../solver/air-solver';
import { useEngine } from '../../solver/engine-context';
import type { ResultsState } from '../../solver/results-store';
import { dataScript, encodePackageData, PACKAGE_VERSION, type PackageData } from './data';
import { fetchTemplate, packageFiles, packageFolderName, singleFileHtml } from './files';

/** Why the results on screen cannot be packaged yet, or null when they can. */
export function notReadyReason(r: ResultsState, doc: HallDocument): string | null {
  if (r.loop.status === 'running' || r.air.status === 'running') return 'A solve is running: export when it has finished.';
  if ((r.loop.result || r.loop.failure) && (r.loop.stale || r.loop.doc !== doc)) return 'The liquid-loop result is out of date: solve again, then export.';
  if ((r.air.result || r.air.failure) && (r.air.stale || r.air.doc === null || !sameForAir(r.air.doc, doc))) return 'The room-air result is out of date: solve again, then export.';
  return null;
}

export function ExportPackage() {
  const store = useDocumentStore();
  const view = useViewStore();
  const { results } = useEngine();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  const run = async () => {
    const { settledDoc: doc, fileName } = store.getState();
    const r = results.getState();
    const why = notReadyReason(r, doc);
    if (why) return setMessage(why);
    setBusy(true);
    setMessage('Preparing the review package…');
    try {
      const template = await fetchTemplate(document.baseURI);
      if (typeof template === 'string') return setMessage(template);
      const created = new Date().toISOString();
      const project = serializeDocument(doc);
      const snap = view.getState().verdicts;
      const data: PackageData = {
        version: PACKAGE_VERSION, fileName, created, generator: `Hallflow (${getPlatform().kind})`, project,
        loop: r.loop.result ?? r.loop.failure, air: r.air.result ?? r.air.failure, airMode: r.air.mode,
        verdicts: snap ? { verdicts: snap.verdicts, summary: snap.summary } : null,
      };
      const script = dataScript(encodePackageData(data));
      const folderName = packageFolderName(fileName);
      const written = await getPlatform().writeReviewPackage({
        folderName,
        files: packageFiles(template, script, { name: fileName, text: project, title: doc.meta.name }, created),
        singleFile: async () => ({ name: `${folderName}.html`, html: await singleFileHtml(template, script) }),
      });
      if (!written) return setMessage('Export cancelled');
      setMessage(written.ok ? `Review package written: ${written.value}` : written.error);
    } catch (e) {
      setMessage(`Could not make the review package: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="review-export">
      <div className="review-actions">
        <button type="button" data-testid="review-export-package" disabled={busy} onClick={() => void run()}
          title="A folder with index.html that opens offline in any browser: the hall read-only with the current results, viewpoints, tour and comments">
          Export review package…
        </button>
      </div>
      {message && <p className="muted small" data-testid="review-export-message">{message}</p>}
    </div>
  );
}
