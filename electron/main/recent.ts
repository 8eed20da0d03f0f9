// The recent-files list (plain Node): at most 10 entries, most recent first, no duplicates,
// persisted as JSON (`recent-files.json`) in an injected folder (userData in the app).
//
// Contract: list() never throws (a missing or corrupt file reads as an empty list); add/remove/clear
// return the new list and persist it atomically. Paths compare case-insensitively on Windows and macOS
// (their default file systems are), exactly elsewhere.
import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { IpcResult, RecentFileDto } from '../ipc';
import { readTextFile, saveAtomic } from './files';

export const MAX_RECENT_FILES = 10;
const FILE_NAME = 'recent-files.json';
const MAX_FILE_BYTES = 1024 * 1024;

export interface RecentFiles {
  list(): Promise<RecentFileDto[]>;
  add(path: string): Promise<IpcResult<RecentFileDto[]>>;
  remove(path: string): Promise<IpcResult<RecentFileDto[]>>;
  clear(): Promise<IpcResult<RecentFileDto[]>>;
  /** True if the path is in the list (main only opens recent paths it put there itself). */
  has(path: string): Promise<boolean>;
}

export function createRecentFiles(folder: string, platform: NodeJS.Platform = process.platform): RecentFiles {
  const file = join(folder, FILE_NAME);
  const key = (path: string): string => (platform === 'win32' || platform === 'darwin' ? path.toLowerCase() : path);

  async function list(): Promise<RecentFileDto[]> {
    const read = await readTextFile(file, MAX_FILE_BYTES);
    if (!read.ok) return [];
    try {
      return parseRecent(JSON.parse(read.value));
    } catch {
      return [];
    }
  }

  async function store(paths: string[]): Promise<IpcResult<RecentFileDto[]>> {
    const entries = paths.slice(0, MAX_RECENT_FILES).map(toEntry);
    await mkdir(folder, { recursive: true }).catch(() => undefined);
    const saved = await saveAtomic(file, JSON.stringify({ version: 1, files: entries.map((e) => e.path) }, null, 2));
    return saved.ok ? { ok: true, value: entries } : saved;
  }

  return {
    list,
    async add(path) {
      const current = (await list()).map((e) => e.path).filter((p) => key(p) !== key(path));
      return store([path, ...current]);
    },
    async remove(path) {
      return store((await list()).map((e) => e.path).filter((p) => key(p) !== key(path)));
    },
    async clear() {
      return store([]);
    },
    async has(path) {
      return (await list()).some((e) => key(e.path) === key(path));
    },
  };
}

/** Accepts `{version: 1, files: string[]}`; drops anything malformed, de-duplicates, caps at 10. */
export function parseRecent(json: unknown): RecentFileDto[] {
  const files = (json as { files?: unknown } | null)?.files;
  if (!Array.isArray(files)) return [];
  const seen = new Set<string>();
  const out: RecentFileDto[] = [];
  for (const path of files) {
    if (typeof path !== 'string' || path.length === 0 || path.length > 4096 || seen.has(path)) continue;
    seen.add(path);
    out.push(toEntry(path));
    if (out.length === MAX_RECENT_FILES) break;
  }
  return out;
}

function toEntry(path: string): RecentFileDto {
  return { path, name: basename(path) };
}
