// A narrow hook for end-to-end tests and benchmarks: window.__hallflow exposes the open document, the
// store's undo/redo and a loader. It changes nothing by itself and carries no secrets.
import type { DocumentStore } from '../document/store';
import type { ViewStore } from './view-store';
import type { Autosave, ProjectFiles } from '../document/project-files';
import { serializeDocument } from '../../../workers/model/serialize';
import { moveObjects } from '../document/edits';

export interface DebugHook {
  doc(): unknown;
  selection(): readonly string[];
  serialized(): string;
  dirty(): boolean;
  canUndo(): boolean;
  openText(name: string, text: string): boolean;
  select(ids: string[]): void;
  setCamera(mode: 'orbit' | 'plan'): void;
  /** Runs the autosave now (the timer runs every 15 s). */
  autosaveNow(): Promise<void>;
  /** A drag as the scene performs it: one transaction, previews, commit. Each step waits for React's
   *  synchronous store updates (a macrotask) and renders one frame; returns the ms of each step. */
  dragMove(ids: string[], steps: number, dx: number, dy: number): Promise<number[]>;
}

export interface SceneDebugHook {
  drawCalls(): number;
  triangles(): number;
  frame(): number;
  renderNow(): void;
}

declare global {
  interface Window {
    __hallflow?: DebugHook;
    __hallflowScene?: SceneDebugHook;
  }
}

export function installDebugHook({ store, view, files, autosave }: { store: DocumentStore; view: ViewStore; files: ProjectFiles; autosave: Autosave }): () => void {
  window.__hallflow = {
    doc: () => store.getState().doc,
    selection: () => store.getState().selection,
    serialized: () => serializeDocument(store.getState().doc),
    dirty: () => store.dirty,
    canUndo: () => store.getState().canUndo,
    openText: (name, text) => files.openText({ name, path: null, text }),
    select: (ids) => store.select(ids),
    setCamera: (mode) => view.set({ camera: mode }),
    autosaveNow: () => autosave.flush(),
    dragMove: async (ids, steps, dx, dy) => {
      const times: number[] = [];
      store.select(ids);
      store.begin('Move');
      for (let i = 1; i <= steps; i++) {
        const t0 = performance.now();
        store.preview((d) => moveObjects(d, ids, (dx * i) / steps, (dy * i) / steps, 0));
        await Promise.resolve();
        window.__hallflowScene?.renderNow();
        times.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 0));
      }
      store.commit();
      return times;
    },
  };
  return () => {
    delete window.__hallflow;
  };
}
