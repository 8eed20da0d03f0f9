// Status bar: file name and unsaved mark, running engine jobs with progress and cancel, last message.
import { useDocumentState } from '../document/context';
import { useJobs } from '../solver/engine-context';
import { useViewState } from './view-store';

export function StatusBar({ status }: { status: string }) {
  const fileName = useDocumentState((s) => s.fileName);
  const dirty = useDocumentState((s) => s.doc !== s.savedDoc);
  const count = useDocumentState((s) => s.selection.length);
  const pick = useViewState((s) => s.floorPickLabel);
  const jobs = useJobs();
  return (
    <footer className="statusbar" data-testid="statusbar">
      <span className="file" data-testid="file-name">{fileName}{dirty ? ' •' : ''}</span>
      <span>{count ? `${count} selected` : ''}</span>
      {pick && <span className="pick">{pick}</span>}
      <span className="jobs">
        {jobs.map((j) => (
          <span key={j.id} className="job">
            {j.label}{j.progress ? ` ${Math.round(j.progress.fraction * 100)} %` : '…'}
            <button type="button" className="link" onClick={j.cancel}>cancel</button>
          </span>
        ))}
      </span>
      <span className="message" data-testid="status-message">{status}</span>
    </footer>
  );
}
