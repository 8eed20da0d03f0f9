// Open / save / save-as / new / recent / recovery flows of the open project. Files are validated by the
// engine's loader; a file that fails to load is refused with every bad field named and is never
// overwritten (the store keeps the previous document and its path). Saves go through the platform
// (atomic temp + rename in Electron; File System Access or download in the browser).
import { loadDocument, serializeDocument } from '../../../workers/model/load';
import { emptyHall } from '../../../workers/model/defaults';
import type { Platform, ProjectFile } from '../platform';
import type { DocumentStore } from './store';

export interface LoadProblem {
  title: string;
  fileName: string;
  lines: string[];
}

export interface FileEvents {
  /** A file could not be opened or saved: show the problem (every named field). */
  problem(p: LoadProblem): void;
  /** A short status message ("Saved hall.hallflow.json"). */
  status(text: string): void;
  /** Ask before discarding unsaved changes; resolves true to continue. */
  confirmDiscard(): Promise<boolean>;
}

export class ProjectFiles {
  constructor(
    private readonly store: DocumentStore,
    private readonly platform: Platform,
    private readonly events: FileEvents,
  ) {}

  /** Loads text as the open project; returns false (and reports) when it is refused. */
  openText(file: ProjectFile, opts: { dirty?: boolean } = {}): boolean {
    const r = loadDocument(file.text);
    if (!r.ok) {
      const title =
        r.kind === 'syntax' ? 'The file is not valid JSON'
        : r.kind === 'newerVersion' ? 'The file was made by a newer Hallflow'
        : 'The file is not a valid Hallflow project';
      this.events.problem({ title, fileName: file.name, lines: r.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)) });
      return false;
    }
    this.store.load(r.doc, file.path, file.name, opts);
    const migrated = r.migratedFrom != null ? ` (migrated from schema ${r.migratedFrom}; save to keep the new format)` : '';
    this.events.status(`Opened ${file.name}${migrated}`);
    return true;
  }

  async newHall(): Promise<void> {
    if (!(await this.confirmIfDirty())) return;
    this.store.load(emptyHall('Untitled hall'), null, 'untitled.hallflow.json');
    this.events.status('New hall');
  }

  /** Opens a bundled sample hall (as an unsaved copy: Save asks for a place). */
  async openSample(key: string, text: string): Promise<void> {
    if (!(await this.confirmIfDirty())) return;
    this.openText({ name: `${key}.hallflow.json`, path: null, text });
  }

  async open(): Promise<void> {
    if (!(await this.confirmIfDirty())) return;
    const r = await this.platform.openProject();
    if (!r) return;
    if (!r.ok) return this.events.problem({ title: 'Could not open the file', fileName: '', lines: [r.error] });
    if (this.openText(r.value)) await this.platform.clearRecovery();
  }

  async openRecent(path: string): Promise<void> {
    if (!(await this.confirmIfDirty())) return;
    const r = await this.platform.openRecent(path);
    if (!r.ok) return this.events.problem({ title: 'Could not open the file', fileName: path, lines: [r.error] });
    this.openText(r.value);
  }

  async save(saveAs = false): Promise<boolean> {
    const { doc, path, fileName } = this.store.getState();
    const stamped = { ...doc, meta: { ...doc.meta, modified: new Date().toISOString() } };
    const text = serializeDocument(stamped);
    const r = await this.platform.saveProject(text, { path, name: fileName }, saveAs || path == null && this.platform.kind === 'electron');
    if (!r) return false;
    if (!r.ok) {
      this.events.problem({ title: 'Could not save', fileName, lines: [r.error] });
      return false;
    }
    // The saved text carries the new modified stamp; the in-memory doc is still the same edit state.
    this.store.markSaved(r.value.path, r.value.name);
    await this.platform.clearRecovery();
    this.events.status(`Saved ${r.value.name}`);
    return true;
  }

  private async confirmIfDirty(): Promise<boolean> {
    return this.store.dirty ? this.events.confirmDiscard() : true;
  }
}

export interface Autosave {
  /** Writes the recovery file now if there are unsaved changes. */
  flush(): Promise<void>;
  stop(): void;
}

/** Writes the recovery file while the document has unsaved changes (every intervalMs). */
export function startAutosave(store: DocumentStore, platform: Platform, intervalMs = 15_000): Autosave {
  let lastSaved: unknown = null;
  const flush = async () => {
    const s = store.getState();
    if (s.transacting || !store.dirty || s.doc === lastSaved) return;
    lastSaved = s.doc;
    await platform.writeRecovery(serializeDocument(s.doc), s.path).catch(() => undefined);
  };
  const t = setInterval(() => void flush(), intervalMs);
  return { flush, stop: () => clearInterval(t) };
}
