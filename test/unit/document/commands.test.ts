// Commands: every native-menu command has an app command, shortcuts map to the right commands, and the
// clipboard and nudge commands edit the document as one undo step each.
import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '../../../electron/ipc';
import { Clipboard, commandForShortcut, createCommands, shortcutOf, type CommandContext } from '../../../renderer/src/app/commands';
import { DocumentStore } from '../../../renderer/src/document/store';
import { ViewStore } from '../../../renderer/src/app/view-store';
import { smallHall } from './fixture';

function context() {
  const store = new DocumentStore(smallHall(), null, 't.hallflow.json');
  const view = new ViewStore();
  const ctx = { store, view, files: {} as CommandContext['files'], openDialog: () => undefined, status: () => undefined } as CommandContext;
  return { store, view, ctx, commands: createCommands(new Clipboard()) };
}

describe('commands', () => {
  it('every native menu command has an app command', () => {
    const ids = new Set(createCommands(new Clipboard()).map((c) => c.id));
    for (const m of MENU_COMMANDS) expect(ids.has(m), m).toBe(true);
  });

  it('maps keyboard events to shortcuts', () => {
    const { commands } = context();
    const k = (key: string, mods: Partial<KeyboardEvent> = {}) =>
      commandForShortcut(commands, shortcutOf({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods }))?.id;
    expect(k('z', { ctrlKey: true })).toBe('undo');
    expect(k('Z', { ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(k('y', { ctrlKey: true })).toBe('redo');
    expect(k('z', { metaKey: true })).toBe('undo');
    expect(k('Delete')).toBe('delete');
    expect(k('Backspace')).toBe('delete');
    expect(k('d', { ctrlKey: true })).toBe('duplicate');
    expect(k('r')).toBe('rotate');
    expect(k('R', { shiftKey: true })).toBe('rotateBack');
    expect(k('ArrowLeft')).toBe('nudgeLeft');
    expect(k('ArrowUp', { shiftKey: true })).toBe('nudgeUp');
  });

  it('nudge moves the selection by one tile as one undo step', async () => {
    const { store, ctx, commands } = context();
    store.select(['R-1']);
    const x0 = store.getState().doc.racks[0].x;
    await commands.find((c) => c.id === 'nudgeRight')!.run(ctx);
    expect(store.getState().doc.racks[0].x).toBeCloseTo(x0 + 0.6, 9);
    store.undo();
    expect(store.getState().doc.racks[0].x).toBe(x0);
  });

  it('copy then paste inserts copies with new ids and selects them; cut removes', async () => {
    const { store, ctx, commands } = context();
    const run = (id: string) => commands.find((c) => c.id === id)!.run(ctx);
    store.select(['R-1', 'R-2']);
    await run('copy');
    await run('paste');
    const s = store.getState();
    expect(s.doc.racks).toHaveLength(6);
    expect(s.selection).toHaveLength(2);
    expect(s.selection.some((id) => id === 'R-1' || id === 'R-2')).toBe(false);
    await run('cut');
    expect(store.getState().doc.racks).toHaveLength(4);
  });

  it('duplicate places the copy beside the selection; rotate turns by 90°', async () => {
    const { store, ctx, commands } = context();
    const run = (id: string) => commands.find((c) => c.id === id)!.run(ctx);
    store.select(['R-1', 'R-2']);
    await run('duplicate');
    const added = store.getState().doc.racks.slice(4);
    expect(added.map((r) => r.x)).toEqual([3.3 + 1.2, 3.9 + 1.2].map((v) => expect.closeTo(v, 9)));
    await run('rotate');
    expect(store.getState().doc.racks.slice(4).every((r) => r.rotationDeg === 90)).toBe(true);
  });
});
