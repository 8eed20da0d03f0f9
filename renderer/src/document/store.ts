// The open project: the current hall document, its file identity, selection, and undo/redo.
// One store instance per window (no module-level state). React reads it through useSyncExternalStore
// (document/context.tsx); the 3D scene may also subscribe directly and write into GPU buffers.
import type { HallDocument } from '../../../workers/model/schema';
import { History } from './history';

export type SelectMode = 'replace' | 'add' | 'toggle';

export interface DocumentState {
  readonly doc: HallDocument;
  /** The document outside drags: during a transaction, the document at its start. Panels that need not
   *  follow every pointer move (outline, summaries, checks) read this and skip re-rendering mid-drag. */
  readonly settledDoc: HallDocument;
  /** Document as last saved or loaded (null after a crash recovery); dirty = doc !== savedDoc. */
  readonly savedDoc: HallDocument | null;
  readonly path: string | null;
  readonly fileName: string;
  readonly selection: readonly string[];
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly undoLabel: string | null;
  readonly redoLabel: string | null;
  /** True while a transaction (e.g. a drag) is open. */
  readonly transacting: boolean;
}

type Recipe = (doc: HallDocument) => HallDocument;

export class DocumentStore {
  private state: DocumentState;
  private readonly history = new History();
  private readonly listeners = new Set<() => void>();
  private tx: { label: string; before: HallDocument; selectionBefore: readonly string[] } | null = null;
  private ro = false;

  constructor(doc: HallDocument, path: string | null, fileName: string) {
    this.state = this.derive({ doc, savedDoc: doc, path, fileName, selection: [] });
  }

  getState = (): DocumentState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Review mode (review/, `?review=1`): edits, transactions, undo and redo are refused; loading still works. */
  get readOnly(): boolean {
    return this.ro;
  }

  setReadOnly(on: boolean): void {
    if (on === this.ro) return;
    if (on) this.cancel();
    this.ro = on;
    this.set({});
  }

  get dirty(): boolean {
    return this.state.doc !== this.state.savedDoc;
  }

  /** One recorded user edit. Returns false when the recipe changed nothing. */
  apply(label: string, recipe: Recipe, selectionAfter?: readonly string[]): boolean {
    if (this.ro) return false;
    if (this.tx) {
      this.set({ doc: recipe(this.state.doc), selection: selectionAfter ?? this.state.selection });
      return true;
    }
    const before = this.state.doc;
    const after = recipe(before);
    if (after === before && !selectionAfter) return false;
    const selectionBefore = this.state.selection;
    const selection = selectionAfter ?? this.state.selection;
    this.history.push({ label, before, after, selectionBefore, selectionAfter: selection });
    this.set({ doc: after, selection });
    return after !== before;
  }

  /** Opens a transaction: later apply()/preview() calls merge into one history entry. */
  begin(label: string): void {
    if (this.ro) return;
    if (this.tx) this.commit();
    this.tx = { label, before: this.state.doc, selectionBefore: this.state.selection };
    this.set({});
  }

  /** Replaces the document inside a transaction, recomputed from its start (e.g. a drag offset). */
  preview(recipe: Recipe): void {
    if (this.ro) return;
    if (!this.tx) throw new Error('preview() outside a transaction');
    this.set({ doc: recipe(this.tx.before) });
  }

  commit(): void {
    const tx = this.tx;
    if (!tx) return;
    this.tx = null;
    this.history.push({
      label: tx.label,
      before: tx.before,
      after: this.state.doc,
      selectionBefore: tx.selectionBefore,
      selectionAfter: this.state.selection,
    });
    this.set({});
  }

  cancel(): void {
    const tx = this.tx;
    if (!tx) return;
    this.tx = null;
    this.set({ doc: tx.before, selection: tx.selectionBefore });
  }

  undo(): void {
    if (this.ro) return;
    if (this.tx) this.cancel();
    const e = this.history.popUndo();
    if (e) this.set({ doc: e.before, selection: e.selectionBefore });
  }

  redo(): void {
    if (this.ro) return;
    if (this.tx) this.cancel();
    const e = this.history.popRedo();
    if (e) this.set({ doc: e.after, selection: e.selectionAfter });
  }

  select(ids: readonly string[], mode: SelectMode = 'replace'): void {
    let next: string[];
    if (mode === 'replace') next = [...new Set(ids)];
    else if (mode === 'add') next = [...new Set([...this.state.selection, ...ids])];
    else {
      const s = new Set(this.state.selection);
      for (const id of ids) {
        if (s.has(id)) s.delete(id);
        else s.add(id);
      }
      next = [...s];
    }
    if (next.length === this.state.selection.length && next.every((id, i) => id === this.state.selection[i])) return;
    this.set({ selection: next });
  }

  /** Loads a document (open, new, recovery): not recorded; clears history. */
  load(doc: HallDocument, path: string | null, fileName: string, opts: { dirty?: boolean } = {}): void {
    this.tx = null;
    this.history.clear();
    this.set({ doc, savedDoc: opts.dirty ? null : doc, path, fileName, selection: [] });
  }

  markSaved(path: string | null, fileName: string, savedDoc: HallDocument = this.state.doc): void {
    this.set({ savedDoc, path, fileName });
  }

  private set(patch: Partial<Omit<DocumentState, 'settledDoc' | 'canUndo' | 'canRedo' | 'undoLabel' | 'redoLabel' | 'transacting'>>): void {
    this.state = this.derive({ ...this.state, ...patch });
    for (const l of [...this.listeners]) l();
  }

  private derive(s: Pick<DocumentState, 'doc' | 'savedDoc' | 'path' | 'fileName' | 'selection'>): DocumentState {
    return {
      doc: s.doc,
      settledDoc: this.tx ? this.tx.before : s.doc,
      savedDoc: s.savedDoc,
      path: s.path,
      fileName: s.fileName,
      selection: s.selection,
      canUndo: this.history?.canUndo ?? false,
      canRedo: this.history?.canRedo ?? false,
      undoLabel: this.history?.undoLabel ?? null,
      redoLabel: this.history?.redoLabel ?? null,
      transacting: this.tx != null,
    };
  }
}
