// The DOM side of browser.ts: IndexedDB storage, the File System Access pickers with an
// <input type=file> / download fallback, the directory picker for review packages, and opening an HTML
// document in a new tab.
//
// Contract: pickers resolve null when the user cancels (AbortError, or the input's `cancel` event);
// writes through a File System Access handle use createWritable(), which the browser commits
// atomically on close(). Without IndexedDB the store falls back to localStorage (small data only).
import type { FileAccess, KeyValueStore, PickedFile, WritableFile, WritableFolder } from './browser';

// The File System Access pickers are not in TypeScript's DOM library yet (WICG spec).
interface PickerType { description: string; accept: Record<string, string[]> }
interface FsaWindow {
  showOpenFilePicker?(options: { types?: PickerType[]; multiple?: boolean }): Promise<FileSystemFileHandle[]>;
  showSaveFilePicker?(options: { suggestedName?: string; types?: PickerType[] }): Promise<FileSystemFileHandle>;
  showDirectoryPicker?(options: { mode?: 'read' | 'readwrite'; id?: string }): Promise<FileSystemDirectoryHandle>;
}

const PROJECT_TYPE: PickerType = { description: 'Hallflow project', accept: { 'application/json': ['.json'] } };

export function createIndexedDbStore(dbName = 'hallflow', storeName = 'kv'): KeyValueStore {
  if (typeof indexedDB === 'undefined') return createLocalStorageStore(`${dbName}.`);
  let db: Promise<IDBDatabase> | null = null;
  const open = (): Promise<IDBDatabase> =>
    (db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(dbName, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(storeName);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB is not available'));
    }));
  const run = async <T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    const database = await open();
    return new Promise<T>((resolve, reject) => {
      const tx = database.transaction(storeName, mode);
      const request = action(tx.objectStore(storeName));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
  };
  return {
    get: (key) => run('readonly', (s) => s.get(key)),
    set: async (key, value) => void (await run('readwrite', (s) => s.put(value, key))),
    delete: async (key) => void (await run('readwrite', (s) => s.delete(key))),
  };
}

export function createLocalStorageStore(prefix: string, storage: Storage = localStorage): KeyValueStore {
  return {
    get: async (key) => {
      const raw = storage.getItem(prefix + key);
      return raw === null ? undefined : (JSON.parse(raw) as unknown);
    },
    set: async (key, value) => storage.setItem(prefix + key, JSON.stringify(value)),
    delete: async (key) => storage.removeItem(prefix + key),
  };
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function wrapHandle(handle: FileSystemFileHandle): WritableFile {
  return {
    name: handle.name,
    async write(data) {
      const writable = await handle.createWritable();
      try {
        await writable.write(data as string | Uint8Array<ArrayBuffer>);
        await writable.close();
      } catch (error) {
        await writable.abort().catch(() => undefined);
        throw error;
      }
    },
    async read() {
      const file = await handle.getFile();
      return { text: await file.text(), size: file.size };
    },
  };
}

function wrapFolder(dir: FileSystemDirectoryHandle): WritableFolder {
  return {
    name: dir.name,
    async writeFolder(folderName, files) {
      const sub = await dir.getDirectoryHandle(folderName, { create: true });
      for (const f of files) await wrapHandle(await sub.getFileHandle(f.name, { create: true })).write(f.text);
    },
  };
}

function pickWithInput(): Promise<PickedFile | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      resolve(file ? { name: file.name, size: file.size, text: () => file.text(), handle: null } : null);
    });
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}

function typesFor(name: string, mime: string): PickerType[] {
  const extension = /\.[a-z0-9]+$/i.exec(name)?.[0];
  return extension ? [{ description: extension.slice(1).toUpperCase(), accept: { [mime]: [extension] } }] : [];
}

export function createDomFileAccess(win: Window = window): FileAccess {
  const fsa = win as unknown as FsaWindow;
  return {
    async pickFileToOpen() {
      if (!fsa.showOpenFilePicker) return pickWithInput();
      try {
        const [handle] = await fsa.showOpenFilePicker({ types: [PROJECT_TYPE], multiple: false });
        if (!handle) return null;
        const file = await handle.getFile();
        return { name: file.name, size: file.size, text: () => file.text(), handle: wrapHandle(handle) };
      } catch (error) {
        if (isAbort(error)) return null;
        throw error;
      }
    },
    async pickSaveTarget(suggestedName, mime) {
      if (!fsa.showSaveFilePicker) return 'unsupported';
      try {
        return wrapHandle(await fsa.showSaveFilePicker({ suggestedName, types: typesFor(suggestedName, mime) }));
      } catch (error) {
        if (isAbort(error)) return null;
        throw error;
      }
    },
    async pickDirectory() {
      if (!fsa.showDirectoryPicker) return 'unsupported';
      try {
        return wrapFolder(await fsa.showDirectoryPicker({ mode: 'readwrite', id: 'hallflow-review-package' }));
      } catch (error) {
        if (isAbort(error)) return null;
        throw error;
      }
    },
    download(name, data, mime) {
      const url = URL.createObjectURL(new Blob([data as BlobPart], { type: mime }));
      const link = win.document.createElement('a');
      link.href = url;
      link.download = name;
      link.rel = 'noopener';
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
    openHtmlTab(html) {
      const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
      const tab = win.open(url, '_blank');
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      if (!tab) return false;
      tab.opener = null;
      return true;
    },
  };
}
