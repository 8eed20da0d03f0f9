// The Electron side of print-pdf.ts: a hidden, sandboxed BrowserWindow with JavaScript disabled, in
// its own in-memory session that may load only the report temp files and data: URLs.
//
// Contract: createPrintPage() returns a PrintPage; the caller (printHtmlToPdf) always destroys it.
import { BrowserWindow, session } from 'electron';
import type { PrintPage } from './print-pdf';
import { reportUrlPrefix } from './print-pdf';
import { secureWebPreferences } from './security';

const PRINT_PARTITION = 'hallflow-print'; // no "persist:" prefix: in memory only

export function createPrintPage(): PrintPage {
  const printSession = session.fromPartition(PRINT_PARTITION);
  const allowedPrefix = reportUrlPrefix();
  printSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  printSession.setPermissionCheckHandler(() => false);
  printSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !(details.url.startsWith(allowedPrefix) || details.url.startsWith('data:')) });
  });
  const { preload: _preload, ...webPreferences } = secureWebPreferences('');
  const win = new BrowserWindow({
    show: false,
    width: 900,
    height: 1200,
    webPreferences: { ...webPreferences, javascript: false, session: printSession },
  });
  return {
    loadFile: (path) => win.loadFile(path),
    printToPDF: (options) => win.webContents.printToPDF(options),
    destroy: () => {
      if (!win.isDestroyed()) win.destroy();
    },
  };
}
