import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextFile, saveAtomic, tempPathFor, type FileSystem } from '../../../electron/main/files';
import { tempFolder } from './helpers';

describe('saveAtomic', () => {
  it('replaces the target and leaves no temp file behind', async () => {
    const dir = await tempFolder();
    const target = join(dir, 'hall.hallflow.json');
    await fs.writeFile(target, 'old');
    expect(await saveAtomic(target, 'new')).toEqual({ ok: true, value: null });
    expect(await fs.readFile(target, 'utf8')).toBe('new');
    expect(await fs.readdir(dir)).toEqual(['hall.hallflow.json']);
  });

  it('creates a new file and writes bytes', async () => {
    const dir = await tempFolder();
    const target = join(dir, 'out.bin');
    expect((await saveAtomic(target, new Uint8Array([1, 2, 3]))).ok).toBe(true);
    expect([...(await fs.readFile(target))]).toEqual([1, 2, 3]);
  });

  it('keeps the permissions of an existing file', async () => {
    const dir = await tempFolder();
    const target = join(dir, 'a.hallflow.json');
    await fs.writeFile(target, 'old', { mode: 0o600 });
    await fs.chmod(target, 0o600);
    await saveAtomic(target, 'new');
    expect((await fs.stat(target)).mode & 0o777).toBe(0o600);
  });

  it('writes the temp file next to the target with pid and random suffix', () => {
    const temp = tempPathFor('/data/hall.hallflow.json', 42);
    expect(temp).toMatch(/^\/data\/hall\.hallflow\.json\.tmp-42-[0-9a-f]{12}$/);
  });

  it('refuses a target that is a folder and leaves it alone', async () => {
    const dir = await tempFolder();
    const target = join(dir, 'folder.hallflow.json');
    await fs.mkdir(target);
    const r = await saveAtomic(target, 'x');
    expect(r).toEqual({ ok: false, error: expect.stringContaining('is a folder') });
    expect((await fs.stat(target)).isDirectory()).toBe(true);
    expect(await fs.readdir(dir)).toEqual(['folder.hallflow.json']);
  });

  it('leaves the original intact and removes the temp file when the rename fails', async () => {
    const dir = await tempFolder();
    const target = join(dir, 'hall.hallflow.json');
    await fs.writeFile(target, 'original');
    const failing: FileSystem = { ...fs, rename: async () => { throw Object.assign(new Error('EXDEV'), { code: 'ENOSPC' }); } };
    const r = await saveAtomic(target, 'replacement', failing);
    expect(r).toEqual({ ok: false, error: expect.stringContaining('the disk is full') });
    expect(await fs.readFile(target, 'utf8')).toBe('original');
    expect(await fs.readdir(dir)).toEqual(['hall.hallflow.json']);
  });

  it('leaves the original intact when writing the temp file fails', async () => {
    const dir = await tempFolder();
    const target = join(dir, 'hall.hallflow.json');
    await fs.writeFile(target, 'original');
    const failing: FileSystem = {
      ...fs,
      open: (async (path: string, flags?: string, mode?: number) => {
        const handle = await fs.open(path, flags, mode);
        if (flags !== 'wx') return handle;
        return Object.assign(Object.create(Object.getPrototypeOf(handle) as object) as object, handle, {
          writeFile: async () => { throw Object.assign(new Error('no space'), { code: 'ENOSPC' }); },
          sync: () => handle.sync(),
          close: () => handle.close(),
        });
      }) as FileSystem['open'],
    };
    expect((await saveAtomic(target, 'replacement', failing)).ok).toBe(false);
    expect(await fs.readFile(target, 'utf8')).toBe('original');
    expect(await fs.readdir(dir)).toEqual(['hall.hallflow.json']);
  });

  it('reports a missing folder', async () => {
    const dir = await tempFolder();
    const r = await saveAtomic(join(dir, 'gone', 'hall.hallflow.json'), 'x');
    expect(r).toEqual({ ok: false, error: expect.stringContaining('does not exist') });
  });
});

describe('readTextFile', () => {
  it('reads UTF-8 text', async () => {
    const dir = await tempFolder();
    await fs.writeFile(join(dir, 'a.json'), '{"name":"Halle Ü"}');
    expect(await readTextFile(join(dir, 'a.json'))).toEqual({ ok: true, value: '{"name":"Halle Ü"}' });
  });

  it('refuses files over the size limit with a clear message', async () => {
    const dir = await tempFolder();
    await fs.writeFile(join(dir, 'big.json'), 'x'.repeat(2048));
    const r = await readTextFile(join(dir, 'big.json'), 1024);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/larger than the 0\.0 MB limit/) });
  });

  it('names missing files, folders and non-UTF-8 content', async () => {
    const dir = await tempFolder();
    expect(await readTextFile(join(dir, 'none.json'))).toEqual({ ok: false, error: expect.stringContaining('does not exist') });
    expect(await readTextFile(dir)).toEqual({ ok: false, error: expect.stringContaining('not a file') });
    await fs.writeFile(join(dir, 'bin.json'), new Uint8Array([0xff, 0xfe, 0x00]));
    expect(await readTextFile(join(dir, 'bin.json'))).toEqual({ ok: false, error: expect.stringContaining('not UTF-8') });
  });
});
