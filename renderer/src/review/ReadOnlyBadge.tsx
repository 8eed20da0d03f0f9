// Read-only review mode: `?review=1` in the URL (or the Review tab's toggle) makes the document store
// refuse edits (DocumentStore.readOnly); a badge over the 3D view says so.
import { useEffect, useSyncExternalStore } from 'react';
import { useDocumentStore } from '../document/context';

export function reviewModeFromUrl(search: string): boolean {
  const v = new URLSearchParams(search).get('review');
  return v !== null && v !== '0' && v !== 'false';
}

export function useReadOnly(): boolean {
  const store = useDocumentStore();
  return useSyncExternalStore(store.subscribe, () => store.readOnly);
}

export function ReadOnlyBadge() {
  const store = useDocumentStore();
  const readOnly = useReadOnly();
  useEffect(() => {
    if (reviewModeFromUrl(window.location.search)) store.setReadOnly(true);
  }, [store]);
  if (!readOnly) return null;
  return <div className="read-only-badge" data-testid="read-only-badge" title="Review mode: the document cannot be edited">Read-only review</div>;
}
