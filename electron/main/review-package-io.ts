// Writing a review package folder (IPC export:review-package): the renderer sends the validated file list
// (validate-ipc.ts validateWriteReviewPackage); the user chooses the parent folder in main's own dialog;
// the folder is written atomically: every file into `.<name>.tmp-<pid>-<random>` beside the target
// (each fsynced), then one rename to `<name>`. An existing package folder of that name is moved aside,
// replaced and then removed; if the final rename fails it is put back. On any failure the temp folder is
// removed and nothing else changes. Plain Node (the dialog is injected), never throws.
import * as nodeFs from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { IpcResult, WriteReviewPackageRequest } from '../ipc';
import { checkAbsolutePath } from './validate-ipc';

export type FolderFs = Pick<typeof nodeFs, 'mkdir' | 'open' | 'rename' | 'rm' | 'stat'>;

function errorText(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  const text = error instanceof Error ? error.message : String(error);
  return code === 'EACCES' || code === 'EPERM' ? `permission denied (${text})` : code === 'ENOSPC' ? 'the disk is full' : text;
}

async function exists(fs: FolderFs, path: string): Promise<boolean> {
  try {
    await fs.stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Writes the package under `parent`; value: the folder's absolute path. */
export async function writePackageFolder(parent: string, req: WriteReviewPackageRequest, fs: FolderFs = nodeFs, tag = `${process.pid}-${randomBytes(6).toString('hex')}`): Promise<IpcResult<string>> {
  const target = join(parent, req.folderName);
  const temp = join(parent, `.${req.folderName}.tmp-${tag}`);
  const old = join(parent, `.${req.folderName}.old-${tag}`);
  try {
    await fs.mkdir(temp);
  } catch (error) {
    return { ok: false, error: `Could not write the review package in ${parent}: ${errorText(error)}` };
  }
  try {
    for (const f of req.files) {
      const handle = await fs.open(join(temp, f.name), 'wx', 0o644);
      try {
        await handle.writeFile(f.text);
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    if (await exists(fs, target)) {
      const info = await fs.stat(target);
      if (!info.isDirectory()) throw new Error(`${target} exists and is not a folder`);
      await fs.rename(target, old);
      try {
        await fs.rename(temp, target);
      } catch (error) {
        await fs.rename(old, target).catch(() => undefined);
        throw error;
      }
      await fs.rm(old, { recursive: true, force: true }).catch(() => undefined);
    } else {
      await fs.rename(temp, target);
    }
  } catch (error) {
    await fs.rm(temp, { recursive: true, force: true }).catch(() => undefined);
    return { ok: false, error: `Could not write the review package ${target}: ${errorText(error)}` };
  }
  return { ok: true, value: target };
}

/** Asks for the parent folder (null = cancelled) and writes the package there. */
export async function writeReviewPackage(
  req: WriteReviewPackageRequest,
  chooseFolder: () => Promise<string | null>,
  fs: FolderFs = nodeFs,
): Promise<IpcResult<string | null>> {
  const parent = await chooseFolder();
  if (parent === null) return { ok: true, value: null };
  try {
    checkAbsolutePath(parent, 'folder');
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
  return writePackageFolder(parent, req, fs);
}
