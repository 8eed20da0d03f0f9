// The crash-recovery file (plain Node): the renderer autosaves the open project here so a crash or a
// power cut loses at most one autosave interval. One file, `recovery.json`, in an injected folder
// (userData in the app).
//
// Contract: write() is atomic (files.saveAtomic) and records the time (injectable clock) and the
// project path the text belongs to; read() returns {text, savedAt, sourcePath} or null when there is
// nothing to recover or the file is corrupt; clear() removes it (no error if already gone).
import * as nodeFs from 'node:fs/promises';
import { join } from 'node:path';
import type { IpcResult, RecoveryDto } from '../ipc';
import { DEFAULT_MAX_READ_BYTES, describeFsError, readTextFile, saveAtomic } from './files';

const FILE_NAME = 'recovery.json';

export interface RecoveryStore {
  write(text: string, sourcePath: string | null): Promise<IpcResult<null>>;
  read(): Promise<RecoveryDto | null>;
  clear(): Promise<IpcResult<null>>;
}

export function createRecoveryStore(folder: string, now: () => Date = () => new Date()): RecoveryStore {
  const file = join(folder, FILE_NAME);
  return {
    async write(text, sourcePath) {
      await nodeFs.mkdir(folder, { recursive: true }).catch(() => undefined);
      const record = { version: 1, savedAt: now().toISOString(), sourcePath, text };
      return saveAtomic(file, JSON.stringify(record));
    },
    async read() {
      // The record is the project text plus a little JSON: allow a small margin over the read limit.
      const read = await readTextFile(file, DEFAULT_MAX_READ_BYTES + 64 * 1024);
      if (!read.ok) return null;
      try {
        return parseRecovery(JSON.parse(read.value));
      } catch {
        return null;
      }
    },
    async clear() {
      try {
        await nodeFs.rm(file, { force: true });
        return { ok: true, value: null };
      } catch (error) {
        return { ok: false, error: `Could not clear the recovery file: ${describeFsError(error)}` };
      }
    },
  };
}

export function parseRecovery(json: unknown): RecoveryDto | null {
  if (typeof json !== 'object' || json === null) return null;
  const { text, savedAt, sourcePath } = json as Record<string, unknown>;
  if (typeof text !== 'string' || typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) return null;
  if (sourcePath !== null && typeof sourcePath !== 'string') return null;
  return { text, savedAt, sourcePath };
}
