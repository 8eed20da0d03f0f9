// A text field (input or textarea) that edits a local draft and commits it on Enter (inputs) or blur:
// one undo entry per committed change, not per keystroke.
import { useState } from 'react';

interface Props {
  value: string;
  onCommit(value: string): void;
  multiline?: boolean;
  placeholder?: string;
  testId?: string;
  label: string;
  disabled?: boolean;
}

export function DraftField({ value, onCommit, multiline, placeholder, testId, label, disabled }: Props) {
  const [draft, setDraft] = useState(value);
  const [base, setBase] = useState(value);
  if (base !== value) {
    // the document changed underneath (undo, another edit): show it
    setBase(value);
    setDraft(value);
  }
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  const common = {
    'aria-label': label, 'data-testid': testId, value: draft, placeholder, disabled,
    onBlur: commit,
  };
  return multiline ? (
    <textarea {...common} rows={2} onChange={(e) => setDraft(e.target.value)} />
  ) : (
    <input {...common} onChange={(e) => setDraft(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && commit()} />
  );
}
