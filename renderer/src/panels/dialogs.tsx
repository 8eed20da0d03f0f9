// Modal dialogs: a load/save problem with every named field, confirm, crash recovery, about.
import type { ReactNode } from 'react';
import type { LoadProblem } from '../document/project-files';

export function Modal({ title, children, onClose, testId }: { title: string; children: ReactNode; onClose?: () => void; testId?: string }) {
  return (
    <div className="modal-backdrop" onKeyDown={(e) => { if (e.key === 'Escape') onClose?.(); }}>
      <div className="modal" role="dialog" aria-modal="true" aria-label={title} data-testid={testId}>
        <h2>{title}</h2>
        {children}
      </div>
    </div>
  );
}

export function ProblemDialog({ problem, onClose }: { problem: LoadProblem; onClose: () => void }) {
  return (
    <Modal title={problem.title} onClose={onClose} testId="problem-dialog">
      {problem.fileName && <p className="muted">{problem.fileName} — the open project was not changed and the file was not modified.</p>}
      <ul className="problem-list">
        {problem.lines.slice(0, 300).map((l, i) => <li key={i}>{l}</li>)}
        {problem.lines.length > 300 && <li>… and {problem.lines.length - 300} more</li>}
      </ul>
      <div className="actions"><button type="button" autoFocus onClick={onClose}>Close</button></div>
    </Modal>
  );
}

export function ConfirmDialog({ text, onAnswer }: { text: string; onAnswer: (ok: boolean) => void }) {
  return (
    <Modal title="Unsaved changes" onClose={() => onAnswer(false)} testId="confirm-dialog">
      <p>{text}</p>
      <div className="actions">
        <button type="button" onClick={() => onAnswer(false)}>Cancel</button>
        <button type="button" className="danger" autoFocus onClick={() => onAnswer(true)}>Discard</button>
      </div>
    </Modal>
  );
}

export function RecoveryDialog({ savedAt, onRecover, onDiscard }: { savedAt: string; onRecover: () => void; onDiscard: () => void }) {
  return (
    <Modal title="Recover unsaved work?" testId="recovery-dialog">
      <p>Hallflow closed before your last changes were saved. A recovery copy from {new Date(savedAt).toLocaleString()} is available.</p>
      <div className="actions">
        <button type="button" onClick={onDiscard}>Discard</button>
        <button type="button" className="primary" autoFocus onClick={onRecover}>Recover</button>
      </div>
    </Modal>
  );
}

export function AboutDialog({ onClose }: { onClose: () => void }) {
  return (
    <Modal title="About Hallflow" onClose={onClose}>
      <p>Hallflow lays out AI data-center halls in 3D and checks air, hybrid and direct-to-chip liquid cooling.</p>
      <p className="muted small">Figures in the equipment library cite their sources; values marked “assumption” have no verified source and should be checked against vendor data.</p>
      <div className="actions"><button type="button" autoFocus onClick={onClose}>Close</button></div>
    </Modal>
  );
}
