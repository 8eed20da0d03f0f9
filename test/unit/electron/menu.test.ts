import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../../electron/ipc';
import { buildMenuTemplate, type MenuOptions } from '../../../electron/main/menu';

type Item = MenuItemConstructorOptions;

function flatten(items: Item[]): Item[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function build(overrides: Partial<MenuOptions> = {}) {
  const sent: MenuCommand[] = [];
  const options: MenuOptions = { isDev: false, isMac: false, recent: [], send: (c) => sent.push(c), clearRecent: vi.fn(), ...overrides };
  const template = buildMenuTemplate(options);
  const items = flatten(template);
  const clickAll = () => {
    for (const item of items) if (item.click && !item.role) (item.click as () => void)();
    return sent;
  };
  return { template, items, clickAll, options };
}

describe('native menu (Windows/Linux)', () => {
  it('has File, Edit, View, Help and sends every command', () => {
    const { template, clickAll } = build();
    expect(template.map((m) => m.label ?? m.role)).toEqual(['&File', '&Edit', '&View', 'help']);
    expect(clickAll()).toEqual([
      'new', 'open', 'save', 'saveAs', 'importCsv', 'undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'duplicate', 'selectAll',
      'viewOrbit', 'viewPlan', 'toggleUnits', 'about',
    ]);
  });

  it('shows accelerators without registering them (the renderer handles the keys)', () => {
    const { items } = build();
    const withKeys = items.filter((i) => i.accelerator);
    expect(withKeys.map((i) => i.accelerator)).toContain('CmdOrCtrl+S');
    for (const item of withKeys) expect(item.registerAccelerator, item.label).toBe(false);
  });

  it('uses roles for Quit and Full screen; Reload and DevTools only in development', () => {
    const roles = (isDev: boolean) => build({ isDev }).items.map((i) => i.role).filter(Boolean);
    expect(roles(false)).toEqual(expect.arrayContaining(['quit', 'togglefullscreen']));
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('lists recent files and sends openRecent:<path>', () => {
    const clearRecent = vi.fn();
    const { items, clickAll } = build({ recent: [{ path: '/h/a.hallflow.json', name: 'a.hallflow.json' }], clearRecent });
    const openRecent = items.find((i) => i.label === 'Open Recent')!;
    const entries = openRecent.submenu as Item[];
    expect(entries[0]).toMatchObject({ label: 'a.hallflow.json', sublabel: '/h/a.hallflow.json' });
    expect(clickAll()).toContain('openRecent:/h/a.hallflow.json');
    expect(clearRecent).toHaveBeenCalled();
    const empty = build().items.find((i) => i.label === 'Open Recent')!.submenu as Item[];
    expect(empty).toEqual([{ label: 'No recent files', enabled: false }]);
  });
});

describe('native menu (macOS)', () => {
  it('has the app menu and native text-editing roles', () => {
    const { template, items, clickAll } = build({ isMac: true });
    expect(template[0].label).toBe('Hallflow');
    const roles = items.map((i) => i.role).filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit', 'hide']));
    const sent = clickAll();
    expect(sent).toEqual(expect.arrayContaining(['new', 'save', 'delete', 'duplicate', 'viewOrbit', 'about']));
    expect(sent).not.toContain('undo');
  });

  it('keeps Cmd accelerators and drops modifier-less ones', () => {
    const { items } = build({ isMac: true });
    expect(items.find((i) => i.label === 'Save')?.accelerator).toBe('CmdOrCtrl+S');
    expect(items.find((i) => i.label === 'Orbit')?.accelerator).toBeUndefined();
    expect(items.find((i) => i.label === 'Delete')?.accelerator).toBeUndefined();
  });
});
