// React access to the document store (the one place React subscribes to it).
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { DocumentState, DocumentStore } from './store';

const StoreContext = createContext<DocumentStore | null>(null);

export function DocumentStoreProvider({ store, children }: { store: DocumentStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useDocumentStore(): DocumentStore {
  const s = useContext(StoreContext);
  if (!s) throw new Error('useDocumentStore outside DocumentStoreProvider');
  return s;
}

/** Subscribes to a slice of the document state; re-renders when the selected value changes (Object.is). */
export function useDocumentState<T>(select: (s: DocumentState) => T): T {
  const store = useDocumentStore();
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}
