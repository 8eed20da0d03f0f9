// The native application menu as a template (plain data + click callbacks; index.ts builds it with
// Menu.buildFromTemplate). Menu items send MenuCommands to the renderer through `send`.
//
// Contract:
// - File/Edit/View items send commands; Quit, Reload, DevTools, Full screen use Electron roles.
// - One key path: the renderer's own shortcut handler (the same code in the browser build) acts on
//   keys and preventDefaults those it handles. So on Windows/Linux every command accelerator is
//   display-only (`registerAccelerator: false`): keys reach the page, text fields keep native
//   editing, nothing fires twice. macOS offers Cmd keys to the page first and only unhandled ones to
//   the menu, so Cmd accelerators are real there; modifier-less ones (Delete, 1, 2, U) are left off
//   on macOS because typing them in a text field would reach the menu.
// - macOS only: Undo/Redo/Cut/Copy/Paste/Select All are native roles, because text fields on macOS
//   get those keys only through the Edit menu. The app still gets them from its shortcut handler;
//   choosing these items with the mouse acts on the focused text field.
// - Reload and Toggle DevTools exist only in development (not packaged).
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentFileDto } from '../ipc';

export interface MenuOptions {
  isDev: boolean;
  isMac: boolean;
  recent: readonly RecentFileDto[];
  send(command: MenuCommand): void;
  clearRecent(): void;
}

type Item = MenuItemConstructorOptions;

function commandFor(isMac: boolean, send: MenuOptions['send']) {
  return (label: string, name: MenuCommand, accelerator?: string): Item => {
    const item: Item = { label, click: () => send(name) };
    if (!accelerator) return item;
    const hasModifier = /(Cmd|Ctrl|CmdOrCtrl|Command|Control)\+/.test(accelerator);
    if (isMac && !hasModifier) return item;
    return { ...item, accelerator, ...(isMac ? {} : { registerAccelerator: false }) };
  };
}

function recentSubmenu({ recent, send, clearRecent }: MenuOptions): Item[] {
  if (recent.length === 0) return [{ label: 'No recent files', enabled: false }];
  return [
    ...recent.map((file): Item => ({ label: file.name, sublabel: file.path, toolTip: file.path, click: () => send(`openRecent:${file.path}`) })),
    { type: 'separator' },
    { label: 'Clear Recent', click: clearRecent },
  ];
}

export function buildMenuTemplate(options: MenuOptions): Item[] {
  const { isDev, isMac, send } = options;
  const command = commandFor(isMac, send);
  const file: Item = {
    label: '&File',
    submenu: [
      command('New', 'new', 'CmdOrCtrl+N'),
      command('Open…', 'open', 'CmdOrCtrl+O'),
      { label: 'Open Recent', submenu: recentSubmenu(options) },
      { type: 'separator' },
      command('Save', 'save', 'CmdOrCtrl+S'),
      command('Save As…', 'saveAs', 'CmdOrCtrl+Shift+S'),
      { type: 'separator' },
      command('Import Rack CSV…', 'importCsv'),
      ...(isMac ? [] : [{ type: 'separator' } as Item, { role: 'quit' } as Item]),
    ],
  };
  const textEditing: Item[] = isMac
    ? [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }]
    : [
      command('Undo', 'undo', 'CmdOrCtrl+Z'),
      command('Redo', 'redo', 'CmdOrCtrl+Shift+Z'),
      { type: 'separator' },
      command('Cut', 'cut', 'CmdOrCtrl+X'),
      command('Copy', 'copy', 'CmdOrCtrl+C'),
      command('Paste', 'paste', 'CmdOrCtrl+V'),
    ];
  const edit: Item = {
    label: '&Edit',
    submenu: [
      ...textEditing,
      command('Delete', 'delete', 'Delete'),
      command('Duplicate', 'duplicate', 'CmdOrCtrl+D'),
      { type: 'separator' },
      isMac ? { role: 'selectAll' } : command('Select All', 'selectAll', 'CmdOrCtrl+A'),
    ],
  };
  const view: Item = {
    label: '&View',
    submenu: [
      command('Orbit', 'viewOrbit', '1'),
      command('Plan', 'viewPlan', '2'),
      { type: 'separator' },
      command('Toggle SI / IP Units', 'toggleUnits', 'U'),
      { type: 'separator' },
      ...(isDev ? [{ role: 'reload' } as Item, { role: 'toggleDevTools' } as Item, { type: 'separator' } as Item] : []),
      { role: 'togglefullscreen' },
    ],
  };
  const about = command('About Hallflow', 'about');
  const help: Item = { role: 'help', submenu: [about] };
  const appMenu: Item[] = isMac
    ? [{ label: 'Hallflow', submenu: [about, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }] }]
    : [];
  return [...appMenu, file, edit, view, help];
}
