// Opening, saving and exporting files on behalf of the renderer (plain Node; dialogs are injected so
// this runs in tests without Electron).
//
// Contract: every function takes an already-validated request (validate-ipc.ts) and returns an
// IpcResult; `value: null` means the user cancelled a dialog. Project paths chosen in a dialog are
// checked again (absolute, `.hallflow.json`); Save As appends the extension when the user left it
// out and then refuses to overwrite an existing file the dialog never asked about. Successful opens
// and saves grant the path (path-grants.ts) and move it to the top of the recent list.
import { basename, dirname, extname, join } from 'node:path';
import type {
  ExportFileRequest, IpcResult, OpenPathRequest, ProjectFileDto, RecentFileDto, SaveAsRequest, SaveRequest, SavedFileDto,
} from '../ipc';
import { PROJECT_EXTENSION } from '../ipc';
import { fileExists, readTextFile, saveAtomic } from './files';
import type { PathGrants } from './path-grants';
import type { RecentFiles } from './recent';
import { IpcValidationError, checkAbsolutePath, checkProjectPath } from './validate-ipc';

export interface SaveDialogFilter { name: string; extensions: string[] }

export interface Dialogs {
  /** Absolute path of the project the user chose, or null if cancelled. */
  chooseProjectToOpen(defaultFolder: string): Promise<string | null>;
  /** Absolute path the user chose to save to, or null if cancelled. */
  chooseSavePath(defaultPath: string, filter: SaveDialogFilter): Promise<string | null>;
}

export interface ProjectIoDeps {
  dialogs: Dialogs;
  recent: RecentFiles;
  grants: PathGrants;
  documentsDir: string;
  onRecentChanged(list: RecentFileDto[]): void;
}

const PROJECT_FILTER: SaveDialogFilter = { name: 'Hallflow project', extensions: ['json'] };

/** `hall` → `hall.hallflow.json`, `hall.json` → `hall.hallflow.json`, others unchanged. */
export function withProjectExtension(path: string): string {
  if (path.toLowerCase().endsWith(PROJECT_EXTENSION)) return path;
  return path.toLowerCase().endsWith('.json') ? `${path.slice(0, -5)}${PROJECT_EXTENSION}` : `${path}${PROJECT_EXTENSION}`;
}

function errorText(error: unknown): string {
  return error instanceof IpcValidationError && error.code === 'NotAProjectFile'
    ? `Hallflow projects are files ending in ${PROJECT_EXTENSION}.`
    : error instanceof Error ? error.message : String(error);
}

export function createProjectIo(deps: ProjectIoDeps) {
  const { dialogs, recent, grants } = deps;

  async function remember(path: string): Promise<void> {
    grants.grant(path);
    const updated = await recent.add(path);
    if (updated.ok) deps.onRecentChanged(updated.value);
  }

  async function read(path: string): Promise<IpcResult<ProjectFileDto>> {
    const text = await readTextFile(path);
    if (!text.ok) return text;
    await remember(path);
    return { ok: true, value: { path, name: basename(path), text: text.value } };
  }

  return {
    async openDialog(): Promise<IpcResult<ProjectFileDto | null>> {
      const chosen = await dialogs.chooseProjectToOpen(deps.documentsDir);
      if (chosen === null) return { ok: true, value: null };
      try {
        return await read(checkProjectPath(chosen));
      } catch (error) {
        return { ok: false, error: errorText(error) };
      }
    },

    async openPath({ path }: OpenPathRequest): Promise<IpcResult<ProjectFileDto>> {
      if (!grants.has(path) && !(await recent.has(path))) {
        return { ok: false, error: `${basename(path)} is not in the recent files; use File → Open.` };
      }
      const result = await read(path);
      if (!result.ok && !(await fileExists(path))) {
        const updated = await recent.remove(path);
        if (updated.ok) deps.onRecentChanged(updated.value);
      }
      return result;
    },

    async save({ path, text }: SaveRequest): Promise<IpcResult<SavedFileDto>> {
      if (!grants.has(path)) return { ok: false, error: `Hallflow did not open ${basename(path)} in this session; use Save As.` };
      const saved = await saveAtomic(path, text);
      if (!saved.ok) return saved;
      await remember(path);
      return { ok: true, value: { path, name: basename(path) } };
    },

    async saveAs({ suggestedName, text, currentPath }: SaveAsRequest): Promise<IpcResult<SavedFileDto | null>> {
      const folder = currentPath ? dirname(currentPath) : deps.documentsDir;
      const chosen = await dialogs.chooseSavePath(join(folder, withProjectExtension(suggestedName)), PROJECT_FILTER);
      if (chosen === null) return { ok: true, value: null };
      const path = withProjectExtension(chosen);
      try {
        checkProjectPath(path);
      } catch (error) {
        return { ok: false, error: errorText(error) };
      }
      if (path !== chosen && (await fileExists(path))) {
        return { ok: false, error: `${basename(path)} already exists; choose another name.` };
      }
      const saved = await saveAtomic(path, text);
      if (!saved.ok) return saved;
      await remember(path);
      return { ok: true, value: { path, name: basename(path) } };
    },

    async exportFile({ suggestedName, data }: ExportFileRequest): Promise<IpcResult<string | null>> {
      const extension = extname(suggestedName).slice(1).toLowerCase();
      const filter = extension ? { name: `${extension.toUpperCase()} file`, extensions: [extension] } : { name: 'All files', extensions: ['*'] };
      const chosen = await dialogs.chooseSavePath(join(deps.documentsDir, suggestedName), filter);
      if (chosen === null) return { ok: true, value: null };
      try {
        checkAbsolutePath(chosen, 'path');
      } catch (error) {
        return { ok: false, error: errorText(error) };
      }
      const saved = await saveAtomic(chosen, data);
      return saved.ok ? { ok: true, value: chosen } : saved;
    },
  };
}

export type ProjectIo = ReturnType<typeof createProjectIo>;
