// Main-process side of "Export review package" (Electron): argument validation, the atomic folder write
// (real temp folders; failures injected) and the IPC handler with a mocked electron dialog.
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import * as nodeFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC } from '../../../electron/ipc';
import { IpcValidationError, validateWriteReviewPackage } from '../../../electron/main/validate-ipc';
import { writePackageFolder, writeReviewPackage } from '../../../electron/main/review-package-io';

const electron = vi.hoisted(() => {
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
  return {
    handlers,
    ipcMain: {
      handle: vi.fn((channel: string, fn: (event: unknown, ...args: unknown[]) => Promise<unknown>) => void handlers.set(channel, fn)),
      removeHandler: vi.fn((channel: string) => void handlers.delete(channel)),
    },
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
    BrowserWindow: { fromWebContents: vi.fn(() => null) },
  };
});
vi.mock('electron', () => ({ ipcMain: electron.ipcMain, dialog: electron.dialog, BrowserWindow: electron.BrowserWindow }));

const files = [{ name: 'index.html', text: '<!doctype html>' }, { name: 'project.js', text: 'window.x = "y";' }];
const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof IpcValidationError ? e.code : 'other';
  }
  return 'accepted';
};

describe('validateWriteReviewPackage', () => {
  it('accepts a plain folder name and package files', () => {
    expect(validateWriteReviewPackage({ folderName: 'hall-review', files })).toEqual({ folderName: 'hall-review', files });
  });
  it.each([
    ['folder with a path', { folderName: '../evil', files }, 'BadFileName'],
    ['hidden folder', { folderName: '.hall', files }, 'BadFileName'],
    ['no files', { folderName: 'h', files: [] }, 'Empty'],
    ['not a list', { folderName: 'h', files: 'x' }, 'NotAList'],
    ['file in a sub-folder', { folderName: 'h', files: [{ name: 'a/b.js', text: '' }] }, 'BadFileName'],
    ['executable file', { folderName: 'h', files: [{ name: 'run.exe', text: '' }] }, 'BadPackageFile'],
    ['dot file', { folderName: 'h', files: [{ name: '.htaccess', text: '' }] }, 'BadPackageFile'],
    ['duplicate (case-insensitive)', { folderName: 'h', files: [{ name: 'a.js', text: '' }, { name: 'A.js', text: '' }] }, 'DuplicateName'],
    ['bytes instead of text', { folderName: 'h', files: [{ name: 'a.js', text: new Uint8Array(2) }] }, 'NotAString'],
    ['extra field', { folderName: 'h', files, path: '/tmp' }, 'UnexpectedField'],
    ['extra file field', { folderName: 'h', files: [{ name: 'a.js', text: '', mode: 0o777 }] }, 'UnexpectedField'],
    ['too many files', { folderName: 'h', files: Array.from({ length: 17 }, (_, i) => ({ name: `f${i}.js`, text: '' })) }, 'TooMany'],
  ])('refuses %s', (_what, arg, expected) => {
    expect(code(() => validateWriteReviewPackage(arg))).toBe(expected);
  });
});

describe('writePackageFolder (atomic)', () => {
  let dir: string;
  beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'hallflow-pkg-')); });
  afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

  it('writes every file into the named folder and leaves no temp folder', async () => {
    const r = await writePackageFolder(dir, { folderName: 'hall-review', files });
    expect(r).toEqual({ ok: true, value: join(dir, 'hall-review') });
    expect((await readdir(join(dir, 'hall-review'))).sort()).toEqual(['index.html', 'project.js']);
    expect(await readFile(join(dir, 'hall-review', 'project.js'), 'utf8')).toBe('window.x = "y";');
    expect(await readdir(dir)).toEqual(['hall-review']);
  });

  it('replaces an older package of the same name as a whole', async () => {
    await mkdir(join(dir, 'hall-review'));
    await writeFile(join(dir, 'hall-review', 'stale.txt'), 'old');
    expect((await writePackageFolder(dir, { folderName: 'hall-review', files })).ok).toBe(true);
    expect((await readdir(join(dir, 'hall-review'))).sort()).toEqual(['index.html', 'project.js']);
    expect(await readdir(dir)).toEqual(['hall-review']);
  });

  it('on a failed write keeps the old package untouched and removes the temp folder', async () => {
    await mkdir(join(dir, 'hall-review'));
    await writeFile(join(dir, 'hall-review', 'index.html'), 'old');
    let n = 0;
    const failing = { ...nodeFs, open: (async (...a: Parameters<typeof nodeFs.open>) => {
      if (++n === 2) throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
      return nodeFs.open(...a);
    }) as typeof nodeFs.open };
    const r = await writePackageFolder(dir, { folderName: 'hall-review', files }, failing);
    expect(r).toEqual({ ok: false, error: expect.stringContaining('the disk is full') });
    expect(await readFile(join(dir, 'hall-review', 'index.html'), 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['hall-review']);
  });

  it('refuses to replace a file that has the folder name', async () => {
    await writeFile(join(dir, 'hall-review'), 'a file');
    const r = await writePackageFolder(dir, { folderName: 'hall-review', files });
    expect(r.ok).toBe(false);
    expect(await readFile(join(dir, 'hall-review'), 'utf8')).toBe('a file');
  });

  it('a cancelled folder dialog writes nothing; a relative answer is refused', async () => {
    expect(await writeReviewPackage({ folderName: 'h', files }, async () => null)).toEqual({ ok: true, value: null });
    expect((await writeReviewPackage({ folderName: 'h', files }, async () => 'relative/dir')).ok).toBe(false);
  });
});

describe('IPC export:review-package', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hallflow-pkg-'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    electron.handlers.clear();
    const { registerIpcHandlers } = await import('../../../electron/main/ipc-handlers');
    const { createPathGrants } = await import('../../../electron/main/path-grants');
    registerIpcHandlers({
      trustedOrigins: ['app://hallflow'], documentsDir: dir, grants: createPathGrants('linux'),
      recent: {} as never, recovery: {} as never, onRecentChanged: vi.fn(), onDirtyChanged: vi.fn(), printHtml: vi.fn(),
    });
  });
  afterEach(async () => { await rm(dir, { recursive: true, force: true }); });
  const event = (url = 'app://hallflow/index.html') => ({ senderFrame: { url }, sender: {} });

  it('asks for a folder in main and writes the validated files there', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [dir] });
    const r = await electron.handlers.get(IPC.writeReviewPackage)!(event(), { folderName: 'hall-review', files });
    expect(r).toEqual({ ok: true, value: join(dir, 'hall-review') });
    expect(electron.dialog.showOpenDialog.mock.calls[0][0]).toMatchObject({ properties: ['openDirectory', 'createDirectory'] });
    expect((await readdir(join(dir, 'hall-review'))).sort()).toEqual(['index.html', 'project.js']);
  });

  it('refuses bad arguments and foreign frames before any dialog opens', async () => {
    electron.dialog.showOpenDialog.mockClear();
    const bad = await electron.handlers.get(IPC.writeReviewPackage)!(event(), { folderName: 'h', files: [{ name: '../x.js', text: '' }] });
    expect(bad).toEqual({ ok: false, error: expect.stringContaining('BadFileName') });
    const foreign = await electron.handlers.get(IPC.writeReviewPackage)!(event('https://evil.example/'), { folderName: 'h', files });
    expect(foreign).toEqual({ ok: false, error: expect.stringContaining('UntrustedSender') });
    expect(electron.dialog.showOpenDialog).not.toHaveBeenCalled();
  });
});
