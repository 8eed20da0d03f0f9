// Undo/redo history of the open hall document.
// Capture policy (ARCHITECTURE.md principle 4): user edits are recorded; file loads and solver results never.
// A drag or any multi-step edit is one transaction = one entry. Entries keep the document before and after;
// documents are immutable with structural sharing, so an entry costs only the objects the edit replaced.
import type { HallDocument } from '../../../workers/model/schema';

export interface HistoryEntry {
  label: string;
  before: HallDocument;
  after: HallDocument;
  selectionBefore: readonly string[];
  selectionAfter: readonly string[];
}

export class History {
  private undoStack: HistoryEntry[] = [];
  private redoStack: HistoryEntry[] = [];
  constructor(private readonly limit = 300) {}

  push(entry: HistoryEntry): void {
    if (entry.before === entry.after) return;
    this.undoStack.push(entry);
    if (this.undoStack.length > this.limit) this.undoStack.shift();
    this.redoStack.length = 0;
  }
  popUndo(): HistoryEntry | undefined {
    const e = this.undoStack.pop();
    if (e) this.redoStack.push(e);
    return e;
  }
  popRedo(): HistoryEntry | undefined {
    const e = this.redoStack.pop();
    if (e) this.undoStack.push(e);
    return e;
  }
  clear(): void {
    this.undoStack.length = 0;
    this.redoStack.length = 0;
  }
  get canUndo(): boolean { return this.undoStack.length > 0; }
  get canRedo(): boolean { return this.redoStack.length > 0; }
  get undoLabel(): string | null { return this.undoStack.at(-1)?.label ?? null; }
  get redoLabel(): string | null { return this.redoStack.at(-1)?.label ?? null; }
  get size(): number { return this.undoStack.length; }
}
