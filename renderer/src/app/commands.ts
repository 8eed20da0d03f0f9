// The app's commands: one table used by the toolbar, the native menu (Electron) and keyboard shortcuts.
import type { DocumentStore } from '../document/store';
import type { ViewStore } from './view-store';
import type { ProjectFiles } from '../document/project-files';
import {
  deleteObjects, duplicateObjects, insertCopies, moveObjects, rotateObjects, type ClipboardItem,
} from '../document/edits';
import { findObject, footprintOf, halfExtents, tileSize } from '../document/geometry';

export interface CommandContext {
  store: DocumentStore;
  view: ViewStore;
  files: ProjectFiles;
  /** Opens an app dialog by name (CSV import, array tool, about). */
  openDialog(name: 'csv' | 'array' | 'about'): void;
  status(text: string): void;
}

export interface Command {
  id: string;
  label: string;
  shortcut?: string;
  run(ctx: CommandContext): void | Promise<void>;
}

/** Per-window clipboard of copied objects (document JSON). */
export class Clipboard {
  items: ClipboardItem[] = [];
  pastes = 0;
}

function selectionBox(ctx: CommandContext): { w: number; h: number } {
  const { doc, selection } = ctx.store.getState();
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const id of selection) {
    const f = findObject(doc, id);
    const p = f && footprintOf(doc, f);
    if (!p) continue;
    const [hx, hy] = halfExtents(p);
    minX = Math.min(minX, p.x - hx); maxX = Math.max(maxX, p.x + hx);
    minY = Math.min(minY, p.y - hy); maxY = Math.max(maxY, p.y + hy);
  }
  return Number.isFinite(minX) ? { w: maxX - minX, h: maxY - minY } : { w: 0, h: 0 };
}

function nudge(dx: number, dy: number): Command['run'] {
  return ({ store, view }) => {
    const { selection, doc } = store.getState();
    if (selection.length === 0) return;
    const g = tileSize(doc);
    const step = view.getState().snap ? g : 0.05;
    store.apply('Nudge', (d) => moveObjects(d, selection, dx * step, dy * step, 0));
  };
}

export function createCommands(clipboard: Clipboard): Command[] {
  const copy = (ctx: CommandContext): number => {
    const { doc, selection } = ctx.store.getState();
    clipboard.items = selection
      .map((id) => findObject(doc, id))
      .filter((f): f is NonNullable<typeof f> => !!f && !['rows', 'walls'].includes(f.collection))
      .map((f) => ({ collection: f.collection, object: structuredClone(f.object) }));
    clipboard.pastes = 0;
    return clipboard.items.length;
  };
  return [
    { id: 'new', label: 'New hall', shortcut: 'Ctrl+N', run: (c) => c.files.newHall() },
    { id: 'open', label: 'Open…', shortcut: 'Ctrl+O', run: (c) => c.files.open() },
    { id: 'save', label: 'Save', shortcut: 'Ctrl+S', run: async (c) => { await c.files.save(false); } },
    { id: 'saveAs', label: 'Save as…', shortcut: 'Ctrl+Shift+S', run: async (c) => { await c.files.save(true); } },
    { id: 'importCsv', label: 'Import rack CSV…', run: (c) => c.openDialog('csv') },
    { id: 'undo', label: 'Undo', shortcut: 'Ctrl+Z', run: ({ store }) => store.undo() },
    { id: 'redo', label: 'Redo', shortcut: 'Ctrl+Shift+Z', run: ({ store }) => store.redo() },
    {
      id: 'delete', label: 'Delete', shortcut: 'Delete',
      run: ({ store }) => {
        const sel = store.getState().selection;
        if (sel.length) store.apply(`Delete ${sel.length} object${sel.length > 1 ? 's' : ''}`, (d) => deleteObjects(d, sel), []);
      },
    },
    {
      id: 'duplicate', label: 'Duplicate', shortcut: 'Ctrl+D',
      run: (ctx) => {
        const { store } = ctx;
        const sel = store.getState().selection;
        if (!sel.length) return;
        const { w } = selectionBox(ctx);
        const r = duplicateObjects(store.getState().doc, sel, w, 0);
        store.apply('Duplicate', () => r.doc, r.ids);
      },
    },
    {
      id: 'rotate', label: 'Rotate 90°', shortcut: 'R',
      run: ({ store }) => {
        const sel = store.getState().selection;
        if (sel.length) store.apply('Rotate', (d) => rotateObjects(d, sel, 90));
      },
    },
    {
      id: 'rotateBack', label: 'Rotate −90°', shortcut: 'Shift+R',
      run: ({ store }) => {
        const sel = store.getState().selection;
        if (sel.length) store.apply('Rotate', (d) => rotateObjects(d, sel, -90));
      },
    },
    { id: 'copy', label: 'Copy', shortcut: 'Ctrl+C', run: (c) => { c.status(`Copied ${copy(c)} object(s)`); } },
    {
      id: 'cut', label: 'Cut', shortcut: 'Ctrl+X',
      run: (c) => {
        const n = copy(c);
        const sel = c.store.getState().selection;
        if (n) c.store.apply('Cut', (d) => deleteObjects(d, sel), []);
      },
    },
    {
      id: 'paste', label: 'Paste', shortcut: 'Ctrl+V',
      run: ({ store }) => {
        if (!clipboard.items.length) return;
        clipboard.pastes += 1;
        const g = tileSize(store.getState().doc);
        const r = insertCopies(store.getState().doc, clipboard.items, g * 2 * clipboard.pastes, -g * 2 * clipboard.pastes);
        store.apply('Paste', () => r.doc, r.ids);
      },
    },
    {
      id: 'selectAll', label: 'Select all racks', shortcut: 'Ctrl+A',
      run: ({ store }) => store.select(store.getState().doc.racks.map((r) => r.id)),
    },
    {
      id: 'escape', label: 'Clear selection', shortcut: 'Escape',
      run: ({ store, view }) => {
        if (store.getState().transacting) return store.cancel();
        if (view.getState().floorPick) return view.set({ floorPick: null, floorPickLabel: null });
        store.select([]);
      },
    },
    { id: 'nudgeLeft', label: 'Nudge −x', shortcut: 'ArrowLeft', run: nudge(-1, 0) },
    { id: 'nudgeRight', label: 'Nudge +x', shortcut: 'ArrowRight', run: nudge(1, 0) },
    { id: 'nudgeUp', label: 'Nudge +y', shortcut: 'ArrowUp', run: nudge(0, 1) },
    { id: 'nudgeDown', label: 'Nudge −y', shortcut: 'ArrowDown', run: nudge(0, -1) },
    { id: 'viewOrbit', label: '3D orbit view', shortcut: '1', run: ({ view }) => view.set({ camera: 'orbit' }) },
    { id: 'viewPlan', label: 'Plan view', shortcut: '2', run: ({ view }) => view.set({ camera: 'plan' }) },
    { id: 'fit', label: 'Fit hall', shortcut: 'F', run: ({ view }) => view.set({ fitRequest: view.getState().fitRequest + 1 }) },
    {
      id: 'toggleUnits', label: 'Toggle SI / IP units', shortcut: 'U',
      run: ({ store }) => store.apply('Unit system', (d) => ({ ...d, unitSystem: d.unitSystem === 'SI' ? 'IP' : 'SI' })),
    },
    { id: 'arrayTool', label: 'Add a row of racks…', shortcut: 'A', run: (c) => c.openDialog('array') },
    { id: 'about', label: 'About Hallflow', run: (c) => c.openDialog('about') },
  ];
}

/** Normalises a keyboard event to the shortcut notation used above ("Ctrl+Shift+Z", "R", "ArrowLeft"). */
export function shortcutOf(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): string {
  const parts: string[] = [];
  if (e.ctrlKey || e.metaKey) parts.push('Ctrl');
  if (e.shiftKey) parts.push('Shift');
  if (e.altKey) parts.push('Alt');
  let k = e.key;
  if (k === 'Backspace') k = 'Delete';
  if (k.length === 1) k = k.toUpperCase();
  parts.push(k);
  return parts.join('+');
}

/** Finds the command for a shortcut; Ctrl+Y is a second binding for redo. */
export function commandForShortcut(commands: readonly Command[], shortcut: string): Command | undefined {
  if (shortcut === 'Ctrl+Y') return commands.find((c) => c.id === 'redo');
  const plainShift = shortcut.startsWith('Shift+Arrow') ? shortcut.slice(6) : shortcut;
  return commands.find((c) => c.shortcut === shortcut) ?? commands.find((c) => c.shortcut === plainShift && plainShift.startsWith('Arrow'));
}
