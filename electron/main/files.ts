// Atomic file writes and size-limited reads for project files, recovery and settings (plain Node).
//
// Contract:
// - saveAtomic(target, data) writes `<target>.tmp-<pid>-<random>` in the target's folder, fsyncs it,
//   then renames it over the target (atomic on one file system). On any failure the temp file is
//   removed and the original target is left untouched. An existing target keeps its permissions.
// - readTextFile(path, maxBytes) refuses files over the limit (default 50 MB) and non-UTF-8 bytes.
// - Both return an IpcResult with a message a user can act on; they never throw.
// The file-system functions are injectable so tests can simulate failures.
import * as nodeFs from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { IpcResult } from '../ipc';

export const DEFAULT_MAX_READ_BYTES = 50 * 1024 * 1024;

/** The subset of node:fs/promises used here. */
export type FileSystem = Pick<typeof nodeFs, 'open' | 'rename' | 'rm' | 'stat' | 'readFile'>;

export function tempPathFor(target: string, pid = process.pid): string {
  return join(dirname(target), `${basename(target)}.tmp-${pid}-${randomBytes(6).toString('hex')}`);
}

export async function saveAtomic(
  target: string,
  data: string | Uint8Array,
  fs: FileSystem = nodeFs,
): Promise<IpcResult<null>> {
  const temp = tempPathFor(target);
  let mode: number | undefined;
  try {
    const existing = await fs.stat(target);
    if (existing.isDirectory()) return { ok: false, error: `Cannot save: ${target} is a folder.` };
    mode = existing.mode & 0o777;
  } catch {
    mode = undefined; // new file
  }
  try {
    const handle = await fs.open(temp, 'wx', mode ?? 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    return { ok: false, error: `Could not save ${target}: ${describeFsError(error)}` };
  }
  await syncFolder(dirname(target), fs);
  return { ok: true, value: null };
}

/** fsync the folder so the rename itself is durable; best effort (not possible on Windows). */
async function syncFolder(folder: string, fs: FileSystem): Promise<void> {
  try {
    const handle = await fs.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Opening a folder for fsync fails on Windows; the rename has already happened.
  }
}

export async function readTextFile(
  path: string,
  maxBytes = DEFAULT_MAX_READ_BYTES,
  fs: FileSystem = nodeFs,
): Promise<IpcResult<string>> {
  try {
    const info = await fs.stat(path);
    if (!info.isFile()) return { ok: false, error: `Cannot open ${path}: it is not a file.` };
    if (info.size > maxBytes) {
      return { ok: false, error: `Cannot open ${path}: the file is ${formatMb(info.size)}, larger than the ${formatMb(maxBytes)} limit.` };
    }
    const bytes = await fs.readFile(path);
    if (bytes.byteLength > maxBytes) {
      return { ok: false, error: `Cannot open ${path}: the file grew beyond the ${formatMb(maxBytes)} limit while reading.` };
    }
    try {
      return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      return { ok: false, error: `Cannot open ${path}: the file is not UTF-8 text.` };
    }
  } catch (error) {
    return { ok: false, error: `Cannot open ${path}: ${describeFsError(error)}` };
  }
}

/** True if the path is an existing regular file (used to prune recent files that are gone). */
export async function fileExists(path: string, fs: FileSystem = nodeFs): Promise<boolean> {
  try {
    return (await fs.stat(path)).isFile();
  } catch {
    return false;
  }
}

function formatMb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT': return 'the file or its folder does not exist.';
    case 'EACCES':
    case 'EPERM': return 'permission denied.';
    case 'EISDIR': return 'the path is a folder.';
    case 'ENOSPC': return 'the disk is full.';
    case 'EROFS': return 'the disk is read-only.';
    case 'EBUSY': return 'the file is in use by another program.';
    default: return error instanceof Error ? error.message : String(error);
  }
}
