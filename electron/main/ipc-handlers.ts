// Registers one ipcMain.handle per channel of the contract (../ipc.ts): check the sender, validate
// the arguments, call a plain module, answer with an IpcResult.
//
// Contract: every channel in IPC_CHANNELS gets exactly one handler and nothing else is registered.
// A request from a frame outside the app's origins or with invalid arguments is answered with
// `{ok: false, error}` naming the rule (validate-ipc.ts) and logged; unexpected exceptions are logged
// and answered the same way, so `invoke` never rejects. Returns a function removing the handlers.
import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { IPC, IPC_CHANNELS, type IpcChannel, type IpcResult, type PageSize, type RecentFileDto } from '../ipc';
import type { PathGrants } from './path-grants';
import { createProjectIo, type Dialogs } from './project-io';
import type { RecentFiles } from './recent';
import type { RecoveryStore } from './recovery';
import * as v from './validate-ipc';
import { writeReviewPackage } from './review-package-io';

export interface HandlerContext {
  /** Origins whose frames may call IPC (security.appOrigins). */
  trustedOrigins: readonly string[];
  documentsDir: string;
  recent: RecentFiles;
  recovery: RecoveryStore;
  grants: PathGrants;
  onRecentChanged(list: RecentFileDto[]): void;
  onDirtyChanged(window: BrowserWindow, dirty: boolean): void;
  printHtml(html: string, pageSize: PageSize): Promise<IpcResult<Uint8Array>>;
}

type Handler = (event: IpcMainInvokeEvent, args: unknown[]) => Promise<IpcResult<unknown>>;

/** Native dialogs attached to the window that asked. */
function dialogsFor(event: IpcMainInvokeEvent): Dialogs {
  const parent = BrowserWindow.fromWebContents(event.sender);
  return {
    async chooseProjectToOpen(defaultFolder) {
      const options: OpenDialogOptions = {
        title: 'Open Hallflow project',
        defaultPath: defaultFolder,
        properties: ['openFile'],
        filters: [{ name: 'Hallflow project', extensions: ['json'] }],
      };
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0];
    },
    async chooseSavePath(defaultPath, filter) {
      const options: SaveDialogOptions = {
        defaultPath,
        filters: [filter],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}

/** The folder a review package goes into (main's own dialog; the renderer never names a path). */
async function chooseFolder(event: IpcMainInvokeEvent, defaultPath: string): Promise<string | null> {
  const parent = BrowserWindow.fromWebContents(event.sender);
  const options: OpenDialogOptions = {
    title: 'Choose where to save the review package',
    buttonLabel: 'Save package here',
    defaultPath,
    properties: ['openDirectory', 'createDirectory'],
  };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0];
}

function single(args: unknown[]): unknown {
  if (args.length !== 1) {
    throw new v.IpcValidationError('UnexpectedArgument', 'arguments', `expected one request object, got ${args.length} arguments`);
  }
  return args[0];
}

export function createHandlers(ctx: HandlerContext): Record<IpcChannel, Handler> {
  const io = (event: IpcMainInvokeEvent) =>
    createProjectIo({ dialogs: dialogsFor(event), recent: ctx.recent, grants: ctx.grants, documentsDir: ctx.documentsDir, onRecentChanged: ctx.onRecentChanged });
  const none = (args: unknown[]): void => v.validateNoArguments(args);
  return {
    [IPC.openDialog]: async (event, args) => (none(args), io(event).openDialog()),
    [IPC.openPath]: async (event, args) => io(event).openPath(v.validateOpenPath(single(args))),
    [IPC.save]: async (event, args) => io(event).save(v.validateSave(single(args))),
    [IPC.saveAs]: async (event, args) => io(event).saveAs(v.validateSaveAs(single(args))),
    [IPC.exportFile]: async (event, args) => io(event).exportFile(v.validateExportFile(single(args))),
    [IPC.writeReviewPackage]: async (event, args) => {
      const request = v.validateWriteReviewPackage(single(args));
      return writeReviewPackage(request, () => chooseFolder(event, ctx.documentsDir));
    },
    [IPC.listRecent]: async (_event, args) => (none(args), { ok: true, value: await ctx.recent.list() }),
    [IPC.readRecovery]: async (_event, args) => {
      none(args);
      const recovered = await ctx.recovery.read();
      if (recovered?.sourcePath) ctx.grants.grant(recovered.sourcePath);
      return { ok: true, value: recovered };
    },
    [IPC.writeRecovery]: async (_event, args) => {
      const { text, sourcePath } = v.validateWriteRecovery(single(args));
      return ctx.recovery.write(text, sourcePath);
    },
    [IPC.clearRecovery]: async (_event, args) => (none(args), ctx.recovery.clear()),
    [IPC.printToPdf]: async (event, args) => {
      const { html, pageSize } = v.validatePrintToPdf(single(args));
      if (html !== null) return ctx.printHtml(html, pageSize);
      const pdf = await event.sender.printToPDF({ pageSize, printBackground: true });
      return { ok: true, value: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength) };
    },
    [IPC.setTitle]: async (event, args) => {
      const { title, dirty } = v.validateSetTitle(single(args));
      const win = BrowserWindow.fromWebContents(event.sender);
      if (!win) return { ok: false, error: 'No window for this page.' };
      if (process.platform === 'darwin') win.setDocumentEdited(dirty);
      win.setTitle(dirty && process.platform !== 'darwin' ? `● ${title}` : title);
      ctx.onDirtyChanged(win, dirty);
      return { ok: true, value: null };
    },
  };
}

/** Sender check + validation errors + unexpected errors → IpcResult. */
export function guarded(channel: IpcChannel, handler: Handler, trustedOrigins: readonly string[]): Handler {
  return async (event, args) => {
    try {
      v.validateSender(event.senderFrame?.url, trustedOrigins);
      return await handler(event, args);
    } catch (error) {
      if (error instanceof v.IpcValidationError) {
        console.warn(`[hallflow] ${channel}: ${error.message}`);
        return { ok: false, error: error.message };
      }
      console.error(`[hallflow] ${channel} failed`, error);
      return { ok: false, error: `Unexpected error in ${channel}: ${error instanceof Error ? error.message : String(error)}` };
    }
  };
}

export function registerIpcHandlers(ctx: HandlerContext): () => void {
  const handlers = createHandlers(ctx);
  for (const channel of IPC_CHANNELS) {
    const handler = guarded(channel, handlers[channel], ctx.trustedOrigins);
    ipcMain.handle(channel, (event, ...args: unknown[]) => handler(event, args));
  }
  return () => {
    for (const channel of IPC_CHANNELS) ipcMain.removeHandler(channel);
  };
}
