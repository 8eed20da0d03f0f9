// The IPC contract between the Electron main process, the preload and the renderer.
//
// Contract: type-only except for the channel-name constants and the menu-command list, so that the
// preload (CommonJS, sandboxed) and the renderer (DOM) can both import it. It imports nothing.
// Every request is answered with an IpcResult: expected failures (cancelled dialog, missing file,
// invalid argument) are values, never rejections. `null` as a value means "the user cancelled".
// Main validates every argument (electron/main/validate-ipc.ts); the preload exposes exactly one
// method per channel (HallflowApi, as `window.hallflow`).

/** renderer → main channels, all used with ipcRenderer.invoke / ipcMain.handle. */
export const IPC = {
  openDialog: 'project:open-dialog',
  openPath: 'project:open-path',
  save: 'project:save',
  saveAs: 'project:save-as',
  listRecent: 'recent:list',
  readRecovery: 'recovery:read',
  writeRecovery: 'recovery:write',
  clearRecovery: 'recovery:clear',
  exportFile: 'export:file',
  writeReviewPackage: 'export:review-package',
  printToPdf: 'report:print-to-pdf',
  setTitle: 'window:set-title',
} as const;

export type IpcChannel = (typeof IPC)[keyof typeof IPC];

/** The allowlist the preload and main both check against. */
export const IPC_CHANNELS: readonly IpcChannel[] = Object.values(IPC);

/** main → renderer: a native menu item was chosen. Payload: one MenuCommand. */
export const MENU_COMMAND_CHANNEL = 'menu:command';

/** Menu commands with a fixed name. `openRecent:<absolute path>` is the one parameterised command. */
export const MENU_COMMANDS = [
  'new', 'open', 'save', 'saveAs', 'undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'duplicate',
  'selectAll', 'viewOrbit', 'viewPlan', 'toggleUnits', 'importCsv', 'about',
] as const;

export type FixedMenuCommand = (typeof MENU_COMMANDS)[number];
export type MenuCommand = FixedMenuCommand | `openRecent:${string}`;

export const OPEN_RECENT_PREFIX = 'openRecent:';

/** True for a well-formed menu command (used by the preload before calling the renderer). */
export function isMenuCommand(value: unknown): value is MenuCommand {
  if (typeof value !== 'string' || value.length > 4200) return false;
  if (value.startsWith(OPEN_RECENT_PREFIX)) return value.length > OPEN_RECENT_PREFIX.length;
  return (MENU_COMMANDS as readonly string[]).includes(value);
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** The file name every project file ends with (checked by main for every project path). */
export const PROJECT_EXTENSION = '.hallflow.json';

export interface ProjectFileDto {
  /** Absolute path on disk. */
  path: string;
  /** Base name for display, e.g. "hall-a.hallflow.json". */
  name: string;
  text: string;
}

export interface SavedFileDto {
  path: string;
  name: string;
}

export interface RecentFileDto {
  path: string;
  name: string;
}

export interface RecoveryDto {
  text: string;
  /** ISO 8601 time of the autosave. */
  savedAt: string;
  /** The project file the recovered text belongs to, or null for an unsaved project. */
  sourcePath: string | null;
}

export type PageSize = 'A4' | 'Letter';

// Request payloads, one per channel that takes arguments.
export interface OpenPathRequest { path: string }
export interface SaveRequest { path: string; text: string }
export interface SaveAsRequest { suggestedName: string; text: string; currentPath: string | null }
export interface WriteRecoveryRequest { text: string; sourcePath: string | null }
export interface ExportFileRequest { suggestedName: string; data: string | Uint8Array; mime: string }
/** html: print this document (offscreen, JavaScript off); null: print the calling window. */
export interface PrintToPdfRequest { html: string | null; pageSize: PageSize }
export interface SetTitleRequest { title: string; dirty: boolean }
/** A review package folder: main asks for the parent folder and writes `folderName` there atomically. */
export interface WriteReviewPackageRequest { folderName: string; files: { name: string; text: string }[] }

/** What the preload exposes as `window.hallflow`: one method per channel plus the menu subscription. */
export interface HallflowApi {
  openProjectDialog(): Promise<IpcResult<ProjectFileDto | null>>;
  openProjectPath(request: OpenPathRequest): Promise<IpcResult<ProjectFileDto>>;
  saveProject(request: SaveRequest): Promise<IpcResult<SavedFileDto>>;
  saveProjectAs(request: SaveAsRequest): Promise<IpcResult<SavedFileDto | null>>;
  listRecent(): Promise<IpcResult<RecentFileDto[]>>;
  readRecovery(): Promise<IpcResult<RecoveryDto | null>>;
  writeRecovery(request: WriteRecoveryRequest): Promise<IpcResult<null>>;
  clearRecovery(): Promise<IpcResult<null>>;
  /** Value: the absolute path written, or null if cancelled. */
  exportFile(request: ExportFileRequest): Promise<IpcResult<string | null>>;
  /** Value: the absolute path of the folder written, or null if cancelled. */
  writeReviewPackage(request: WriteReviewPackageRequest): Promise<IpcResult<string | null>>;
  printToPdf(request: PrintToPdfRequest): Promise<IpcResult<Uint8Array>>;
  setTitle(request: SetTitleRequest): Promise<IpcResult<null>>;
  /** Subscribe to native menu commands; returns the unsubscribe function. */
  onMenuCommand(handler: (command: MenuCommand) => void): () => void;
}
