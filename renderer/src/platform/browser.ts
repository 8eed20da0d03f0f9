// Platform implementation for a plain browser tab. The logic is here; the DOM/IndexedDB pieces are
// injected (browser-dom.ts supplies the real ones, tests supply fakes), so this runs in Node.
//
// Contract and choices:
// - Open: the File System Access picker when available (then Save writes back to the same file),
//   otherwise <input type=file>. A file with a writable handle gets `path` = an opaque token
//   `handle:<n>` valid for this tab; otherwise path is null.
// - Save: to the handle behind `target.path` unless saveAs; else a save picker if available;
//   else a download (then the value's path is null). Files over 50 MB are refused on open.
// - Recent files: names only in localStorage (max 10, most recent first, no duplicates); the text of
//   each is cached in IndexedDB so "open recent" works offline. Their `path` is `recent:<name>`.
// - Recovery: one record in IndexedDB.
// - Exports: a save picker if available, else a download.
// - printToPdf: a browser cannot produce PDF bytes without a print dialog, so it opens the report in a
//   new tab (scripts disabled by a CSP meta tag) for the user to print to PDF, or downloads the HTML
//   if pop-ups are blocked, and returns `{ok: false}` with a message saying which and pointing to the
//   desktop app and the CLI (`npx hallflow report`) for direct PDF output.
// - Review packages: a directory picker (File System Access) writes the folder, each file committed
//   atomically by createWritable(); without one, the single-file HTML is downloaded.
// - Menu commands: none (the toolbar and the app's shortcuts cover them).
import type { Platform, ProjectFile, RecentFile, RecoveredProject, Result } from './types';

export const MAX_OPEN_BYTES = 50 * 1024 * 1024;
export const MAX_RECENT = 10;
const RECENT_KEY = 'hallflow.recentFiles';
const RECOVERY_KEY = 'recovery';
const FILE_KEY = (name: string): string => `file:${name}`;
const RECENT_PREFIX = 'recent:';
const HANDLE_PREFIX = 'handle:';

/** Async key-value storage (IndexedDB in the browser). */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
}

export interface WritableFile {
  readonly name: string;
  write(data: string | Uint8Array): Promise<void>;
  /** Present for files opened through the File System Access API. */
  read?(): Promise<{ text: string; size: number }>;
}

export interface PickedFile { name: string; size: number; text(): Promise<string>; handle: WritableFile | null }

/** A folder chosen with the directory picker. */
export interface WritableFolder {
  readonly name: string;
  /** Creates (or reuses) the sub-folder and writes the files into it. */
  writeFolder(folderName: string, files: readonly { name: string; text: string }[]): Promise<void>;
}

export interface FileAccess {
  /** 'unsupported' when the browser has no directory picker; null = cancelled. Absent = unsupported. */
  pickDirectory?(): Promise<WritableFolder | null | 'unsupported'>;
  /** null = cancelled. */
  pickFileToOpen(): Promise<PickedFile | null>;
  /** 'unsupported' when the browser has no save picker; null = cancelled. */
  pickSaveTarget(suggestedName: string, mime: string): Promise<WritableFile | null | 'unsupported'>;
  download(name: string, data: string | Uint8Array, mime: string): void;
  /** Opens an HTML document in a new tab; false if a pop-up blocker refused. */
  openHtmlTab(html: string): boolean;
}

export interface BrowserDeps {
  store: KeyValueStore;
  names: Pick<Storage, 'getItem' | 'setItem'>;
  files: FileAccess;
  setDocumentTitle(title: string): void;
  now?(): Date;
}

/** Adds a CSP meta tag so a report opened in a tab cannot run scripts or load remote content. */
export function withoutScripts(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data: blob:; style-src 'unsafe-inline'; font-src data:">`;
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (head) => `${head}${meta}`) : `${meta}${html}`;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createBrowserPlatform(deps: BrowserDeps): Platform {
  const { store, names, files } = deps;
  const handles = new Map<string, WritableFile>();
  let handleCount = 0;

  const readNames = (): string[] => {
    try {
      const parsed: unknown = JSON.parse(names.getItem(RECENT_KEY) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter((n): n is string => typeof n === 'string').slice(0, MAX_RECENT) : [];
    } catch {
      return [];
    }
  };

  /** Moves the name to the top of the recent list, caches its text and evicts dropped entries. */
  async function remember(name: string, text: string): Promise<void> {
    const previous = readNames();
    const next = [name, ...previous.filter((n) => n !== name)].slice(0, MAX_RECENT);
    try {
      names.setItem(RECENT_KEY, JSON.stringify(next));
      await store.set(FILE_KEY(name), text);
      for (const dropped of previous.filter((n) => !next.includes(n))) await store.delete(FILE_KEY(dropped));
    } catch (error) {
      console.warn(`[hallflow] could not update the recent files: ${errorText(error)}`);
    }
  }

  function tokenFor(handle: WritableFile): string {
    handleCount += 1;
    const token = `${HANDLE_PREFIX}${handleCount}:${handle.name}`;
    handles.set(token, handle);
    return token;
  }

  async function writeTo(handle: WritableFile, text: string, token: string | null): Promise<Result<{ path: string | null; name: string }>> {
    try {
      await handle.write(text);
    } catch (error) {
      return { ok: false, error: `Could not save ${handle.name}: ${errorText(error)}` };
    }
    await remember(handle.name, text);
    return { ok: true, value: { path: token ?? tokenFor(handle), name: handle.name } };
  }

  async function fromHandle(token: string, handle: WritableFile): Promise<Result<ProjectFile>> {
    if (!handle.read) return { ok: false, error: `${handle.name} cannot be read again; open it with Open.` };
    try {
      const { text, size } = await handle.read();
      if (size > MAX_OPEN_BYTES) return { ok: false, error: `${handle.name} is larger than the 50 MB limit.` };
      await remember(handle.name, text);
      return { ok: true, value: { name: handle.name, path: token, text } };
    } catch (error) {
      return { ok: false, error: `Could not read ${handle.name}: ${errorText(error)}` };
    }
  }

  return {
    kind: 'browser',

    async openProject() {
      let picked: PickedFile | null;
      try {
        picked = await files.pickFileToOpen();
      } catch (error) {
        return { ok: false, error: `Could not open the file: ${errorText(error)}` };
      }
      if (!picked) return null;
      if (picked.size > MAX_OPEN_BYTES) return { ok: false, error: `${picked.name} is larger than the 50 MB limit.` };
      try {
        const text = await picked.text();
        await remember(picked.name, text);
        return { ok: true, value: { name: picked.name, path: picked.handle ? tokenFor(picked.handle) : null, text } };
      } catch (error) {
        return { ok: false, error: `Could not read ${picked.name}: ${errorText(error)}` };
      }
    },

    async openRecent(path) {
      const handle = handles.get(path);
      if (handle) return fromHandle(path, handle);
      const name = path.startsWith(RECENT_PREFIX) ? path.slice(RECENT_PREFIX.length) : path;
      try {
        const text = await store.get(FILE_KEY(name));
        if (typeof text !== 'string') return { ok: false, error: `${name} is no longer stored in this browser; open it again with Open.` };
        await remember(name, text);
        return { ok: true, value: { name, path: null, text } };
      } catch (error) {
        return { ok: false, error: `Could not read ${name} from browser storage: ${errorText(error)}` };
      }
    },

    async saveProject(text, target, saveAs) {
      const known = target.path !== null ? handles.get(target.path) : undefined;
      if (!saveAs && known && target.path) return writeTo(known, text, target.path);
      let picked: WritableFile | null | 'unsupported';
      try {
        picked = await files.pickSaveTarget(target.name, 'application/json');
      } catch (error) {
        return { ok: false, error: `Could not save: ${errorText(error)}` };
      }
      if (picked === null) return null;
      if (picked !== 'unsupported') return writeTo(picked, text, null);
      files.download(target.name, text, 'application/json');
      await remember(target.name, text);
      return { ok: true, value: { path: null, name: target.name } };
    },

    async recentFiles(): Promise<RecentFile[]> {
      return readNames().map((name) => ({ path: `${RECENT_PREFIX}${name}`, name }));
    },

    async writeRecovery(text, sourcePath) {
      const record: RecoveredProject = { text, savedAt: (deps.now?.() ?? new Date()).toISOString(), sourcePath };
      await store.set(RECOVERY_KEY, record).catch((error: unknown) => console.warn(`[hallflow] autosave failed: ${errorText(error)}`));
    },

    async readRecovery() {
      const record = (await store.get(RECOVERY_KEY).catch(() => null)) as Partial<RecoveredProject> | null;
      if (!record || typeof record.text !== 'string' || typeof record.savedAt !== 'string') return null;
      return { text: record.text, savedAt: record.savedAt, sourcePath: typeof record.sourcePath === 'string' ? record.sourcePath : null };
    },

    async clearRecovery() {
      await store.delete(RECOVERY_KEY).catch(() => undefined);
    },

    async exportFile(suggestedName, data, mime) {
      try {
        const picked = await files.pickSaveTarget(suggestedName, mime);
        if (picked === null) return null;
        if (picked === 'unsupported') {
          files.download(suggestedName, data, mime);
          return { ok: true, value: suggestedName };
        }
        await picked.write(data);
        return { ok: true, value: picked.name };
      } catch (error) {
        return { ok: false, error: `Could not export ${suggestedName}: ${errorText(error)}` };
      }
    },

    async writeReviewPackage(pkg) {
      try {
        const folder = files.pickDirectory ? await files.pickDirectory() : 'unsupported';
        if (folder === null) return null;
        if (folder !== 'unsupported') {
          await folder.writeFolder(pkg.folderName, pkg.files);
          return { ok: true, value: `${folder.name}/${pkg.folderName}` };
        }
        const single = await pkg.singleFile();
        files.download(single.name, single.html, 'text/html');
        return { ok: true, value: single.name };
      } catch (error) {
        return { ok: false, error: `Could not write the review package: ${errorText(error)}` };
      }
    },

    async printToPdf(html) {
      const safe = withoutScripts(html);
      const direct = 'For a PDF file, use the desktop app or the CLI (npx hallflow report).';
      if (files.openHtmlTab(safe)) {
        return { ok: false, error: `The report opened in a new tab: print it there and choose "Save as PDF". ${direct}` };
      }
      files.download('hallflow-report.html', safe, 'text/html');
      return { ok: false, error: `Pop-ups are blocked, so the report was downloaded as hallflow-report.html: open it and print to PDF. ${direct}` };
    },

    setTitle(title, dirty) {
      deps.setDocumentTitle(dirty ? `● ${title}` : title);
    },

    onMenuCommand() {
      return () => undefined;
    },
  };
}
