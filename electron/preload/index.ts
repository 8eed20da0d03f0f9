// The preload: exposes the narrow, typed HallflowApi as `window.hallflow` and nothing else.
//
// Contract: imports only `electron` and `../ipc` (lint-enforced) and is bundled as CommonJS, which a
// sandboxed preload requires. Each method invokes exactly one allowlisted channel; the Electron event
// object never reaches the page; menu commands are checked (isMenuCommand) before the handler runs.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC, IPC_CHANNELS, MENU_COMMAND_CHANNEL, isMenuCommand, type HallflowApi, type IpcChannel, type IpcResult, type MenuCommand } from '../ipc';

function invoke<T>(channel: IpcChannel, ...args: unknown[]): Promise<IpcResult<T>> {
  if (!IPC_CHANNELS.includes(channel)) return Promise.resolve({ ok: false, error: `Channel ${channel} is not allowed.` });
  return ipcRenderer.invoke(channel, ...args) as Promise<IpcResult<T>>;
}

const api: HallflowApi = {
  openProjectDialog: () => invoke(IPC.openDialog),
  openProjectPath: (request) => invoke(IPC.openPath, request),
  saveProject: (request) => invoke(IPC.save, request),
  saveProjectAs: (request) => invoke(IPC.saveAs, request),
  listRecent: () => invoke(IPC.listRecent),
  readRecovery: () => invoke(IPC.readRecovery),
  writeRecovery: (request) => invoke(IPC.writeRecovery, request),
  clearRecovery: () => invoke(IPC.clearRecovery),
  exportFile: (request) => invoke(IPC.exportFile, request),
  writeReviewPackage: (request) => invoke(IPC.writeReviewPackage, request),
  printToPdf: (request) => invoke(IPC.printToPdf, request),
  setTitle: (request) => invoke(IPC.setTitle, request),
  onMenuCommand(handler: (command: MenuCommand) => void): () => void {
    const listener = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) handler(command);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, listener);
    };
  },
};

contextBridge.exposeInMainWorld('hallflow', api);
