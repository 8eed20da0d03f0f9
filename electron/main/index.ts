// The Electron main process: lifecycle, the one main window, the menu and the wiring of the plain
// modules. Keep it thin: logic lives in files/recent/recovery/validate-ipc/window-state/security/
// app-protocol/menu/project-io/print-pdf, each testable in Node.
//
// Contract: one instance (a second launch focuses the first window); every renderer is sandboxed
// (app.enableSandbox + secureWebPreferences) and hardened (security.ts); the renderer is loaded from
// the dev server (`ELECTRON_RENDERER_URL`, set by `electron-vite dev`) or from
// app://hallflow/index.html (app-protocol.ts, serving out/renderer with CSP + COOP/COEP).
// The preload bundle is out/preload/index.cjs (CommonJS in a "type": "module" package).
// ESM bundle: paths use import.meta.dirname (never declare __dirname here: electron-vite injects it).
import { join } from 'node:path';
import { app, BrowserWindow, dialog, Menu, protocol, screen, session } from 'electron';
import { MENU_COMMAND_CHANNEL, type MenuCommand, type RecentFileDto } from '../ipc';
import { APP_SCHEME_PRIVILEGES, createAppRequestHandler } from './app-protocol';
import { registerIpcHandlers } from './ipc-handlers';
import { buildMenuTemplate } from './menu';
import { createPathGrants } from './path-grants';
import { printHtmlToPdf } from './print-pdf';
import { createPrintPage } from './print-window';
import { createRecentFiles } from './recent';
import { createRecoveryStore } from './recovery';
import { APP_ENTRY_URL, APP_SCHEME, appOrigins, hardenWebContents, installSessionSecurity, secureWebPreferences } from './security';
import { clampToDisplays, createWindowStateStore, MIN_SIZE, type WindowState } from './window-state';

const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
const rendererRoot = join(import.meta.dirname, '../renderer');
const preloadPath = join(import.meta.dirname, '../preload/index.cjs');

// Before `ready`: the privileged scheme and the sandbox for every renderer.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devServerUrl));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  startApp();
}

function startApp(): void {
  // Lifecycle state: the main window, whether its hall has unsaved changes, a pending state save.
  let mainWindow: BrowserWindow | null = null;
  let dirty = false;
  let pendingStateSave: Promise<void> = Promise.resolve();

  const userData = app.getPath('userData');
  const recent = createRecentFiles(userData);
  const windowState = createWindowStateStore(userData);
  const isMac = process.platform === 'darwin';

  const send = (command: MenuCommand): void => mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command);
  const setMenu = (files: RecentFileDto[]): void => {
    const clearRecent = (): void => void recent.clear().then((r) => r.ok && setMenu(r.value));
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ isDev: !app.isPackaged, isMac, recent: files, send, clearRecent })));
  };

  async function createWindow(): Promise<void> {
    const primary = screen.getPrimaryDisplay();
    const displays = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)];
    const state = clampToDisplays(await windowState.load(), displays);
    const win = new BrowserWindow({
      ...state.bounds,
      minWidth: MIN_SIZE.width,
      minHeight: MIN_SIZE.height,
      show: false,
      title: 'Hallflow',
      backgroundColor: '#1b1d21',
      webPreferences: secureWebPreferences(preloadPath),
    });
    mainWindow = win;
    if (state.maximized) win.maximize();
    win.once('ready-to-show', () => win.show());
    win.on('page-title-updated', (event) => event.preventDefault()); // the title comes from setTitle IPC
    win.on('close', (event) => {
      if (dirty && !confirmDiscard(win)) {
        event.preventDefault();
        return;
      }
      const saved: WindowState = { bounds: win.getNormalBounds(), maximized: win.isMaximized() };
      pendingStateSave = windowState.save(saved);
    });
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
      dirty = false;
    });
    await win.loadURL(devServerUrl ?? APP_ENTRY_URL);
  }

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => {
    if (!isMac) void pendingStateSave.finally(() => app.quit());
  });

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createWindow();
  });

  void app.whenReady().then(async () => {
    protocol.handle(APP_SCHEME, createAppRequestHandler(rendererRoot));
    installSessionSecurity(session.defaultSession, devServerUrl);
    registerIpcHandlers({
      trustedOrigins: appOrigins(devServerUrl),
      documentsDir: app.getPath('documents'),
      recent,
      recovery: createRecoveryStore(userData),
      grants: createPathGrants(),
      onRecentChanged: setMenu,
      onDirtyChanged: (win, value) => {
        if (win === mainWindow) dirty = value;
      },
      printHtml: (html, pageSize) => printHtmlToPdf(html, pageSize, { createPage: createPrintPage }),
    });
    setMenu(await recent.list());
    await createWindow();
  });
}

function confirmDiscard(win: BrowserWindow): boolean {
  const choice = dialog.showMessageBoxSync(win, {
    type: 'warning',
    buttons: ['Close Without Saving', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: 'The hall has unsaved changes.',
    detail: 'Close the window and lose the changes since the last save?',
  });
  return choice === 0;
}
