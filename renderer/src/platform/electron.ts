// Platform implementation for the Electron renderer: a thin adapter over the preload's
// `window.hallflow` (HallflowApi in electron/ipc.ts).
//
// Contract: maps IpcResult to Result and turns any rejected invoke into `{ok: false}` (or a logged
// no-op for the void methods), so the UI never sees a throw. Save goes to the known path unless
// saveAs or there is no path, in which case main shows the save dialog.
import type { HallflowApi, IpcResult } from '../../../electron/ipc';
import type { Platform, ProjectFile, Result } from './types';

const FALLBACK_NAME = 'untitled.hallflow.json';

/** A name main's validator accepts as a plain file name (no folders or reserved characters). */
export function safeFileName(name: string, fallback = FALLBACK_NAME): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = name.replace(/[\u0000-\u001f<>:"/\\|?*]/g, '_').trim().slice(0, 255);
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? fallback : cleaned;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function call<T>(request: () => Promise<IpcResult<T>>): Promise<Result<T>> {
  try {
    return await request();
  } catch (error) {
    return { ok: false, error: `The desktop shell did not answer: ${message(error)}` };
  }
}

export function createElectronPlatform(api: HallflowApi, setDocumentTitle: (title: string) => void = () => undefined): Platform {
  const toProject = (r: Result<{ path: string; name: string; text: string }>): Result<ProjectFile> =>
    r.ok ? { ok: true, value: { name: r.value.name, path: r.value.path, text: r.value.text } } : r;

  return {
    kind: 'electron',
    async openProject() {
      const r = await call(() => api.openProjectDialog());
      if (r.ok && r.value === null) return null;
      return r.ok ? toProject({ ok: true, value: r.value! }) : r;
    },
    async openRecent(path) {
      return toProject(await call(() => api.openProjectPath({ path })));
    },
    async saveProject(text, target, saveAs) {
      if (!saveAs && target.path !== null) return call(() => api.saveProject({ path: target.path!, text }));
      const r = await call(() => api.saveProjectAs({ suggestedName: safeFileName(target.name), text, currentPath: target.path }));
      if (r.ok && r.value === null) return null;
      return r.ok ? { ok: true, value: r.value! } : r;
    },
    async recentFiles() {
      const r = await call(() => api.listRecent());
      return r.ok ? r.value : [];
    },
    async writeRecovery(text, sourcePath) {
      const r = await call(() => api.writeRecovery({ text, sourcePath }));
      if (!r.ok) console.warn(`[hallflow] autosave failed: ${r.error}`);
    },
    async readRecovery() {
      const r = await call(() => api.readRecovery());
      return r.ok ? r.value : null;
    },
    async clearRecovery() {
      const r = await call(() => api.clearRecovery());
      if (!r.ok) console.warn(`[hallflow] ${r.error}`);
    },
    async exportFile(suggestedName, data, mime) {
      const r = await call(() => api.exportFile({ suggestedName: safeFileName(suggestedName, 'export'), data, mime }));
      if (r.ok && r.value === null) return null;
      return r.ok ? { ok: true, value: r.value! } : r;
    },
    async writeReviewPackage(pkg) {
      const r = await call(() => api.writeReviewPackage({ folderName: safeFileName(pkg.folderName, 'review-package'), files: pkg.files }));
      if (r.ok && r.value === null) return null;
      return r.ok ? { ok: true, value: r.value! } : r;
    },
    printToPdf(html, pageSize) {
      return call(() => api.printToPdf({ html, pageSize }));
    },
    setTitle(title, dirty) {
      setDocumentTitle(title);
      // eslint-disable-next-line no-control-regex
      void call(() => api.setTitle({ title: title.replace(/[\u0000-\u001f]/g, ' ').slice(0, 300), dirty }));
    },
    onMenuCommand(handler) {
      return api.onMenuCommand(handler);
    },
  };
}
