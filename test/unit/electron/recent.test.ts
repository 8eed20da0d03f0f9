import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_RECENT_FILES, createRecentFiles, parseRecent } from '../../../electron/main/recent';
import { tempFolder } from './helpers';

const p = (n: number | string): string => `/halls/h${n}.hallflow.json`;

describe('recent files', () => {
  it('lists most recent first, without duplicates, persisted across instances', async () => {
    const dir = await tempFolder();
    const recent = createRecentFiles(dir, 'linux');
    await recent.add(p(1));
    await recent.add(p(2));
    const r = await recent.add(p(1));
    expect(r.ok && r.value.map((e) => e.path)).toEqual([p(1), p(2)]);
    expect(await createRecentFiles(dir, 'linux').list()).toEqual([
      { path: p(1), name: 'h1.hallflow.json' },
      { path: p(2), name: 'h2.hallflow.json' },
    ]);
  });

  it('keeps at most 10', async () => {
    const recent = createRecentFiles(await tempFolder(), 'linux');
    for (let i = 0; i < 13; i++) await recent.add(p(i));
    const list = await recent.list();
    expect(list).toHaveLength(MAX_RECENT_FILES);
    expect(list[0].path).toBe(p(12));
    expect(list.at(-1)?.path).toBe(p(3));
  });

  it('compares case-insensitively on Windows and macOS only', async () => {
    const win = createRecentFiles(await tempFolder(), 'win32');
    await win.add('C:\\Halls\\A.hallflow.json');
    await win.add('c:\\halls\\a.hallflow.json');
    expect(await win.list()).toHaveLength(1);
    expect(await win.has('C:\\HALLS\\a.hallflow.json')).toBe(true);
    const linux = createRecentFiles(await tempFolder(), 'linux');
    await linux.add('/h/A.hallflow.json');
    await linux.add('/h/a.hallflow.json');
    expect(await linux.list()).toHaveLength(2);
  });

  it('removes and clears', async () => {
    const recent = createRecentFiles(await tempFolder(), 'linux');
    await recent.add(p(1));
    await recent.add(p(2));
    await recent.remove(p(1));
    expect((await recent.list()).map((e) => e.path)).toEqual([p(2)]);
    expect(await recent.has(p(1))).toBe(false);
    await recent.clear();
    expect(await recent.list()).toEqual([]);
  });

  it('reads a missing or corrupt file as empty and creates its folder on write', async () => {
    const dir = await tempFolder();
    await writeFile(join(dir, 'recent-files.json'), '{not json');
    expect(await createRecentFiles(dir).list()).toEqual([]);
    const nested = createRecentFiles(join(dir, 'new', 'userData'), 'linux');
    expect(await nested.list()).toEqual([]);
    expect((await nested.add(p(1))).ok).toBe(true);
  });

  it('drops malformed entries when parsing', () => {
    expect(parseRecent({ files: [p(1), 3, '', p(1), null, p(2)] }).map((e) => e.path)).toEqual([p(1), p(2)]);
    expect(parseRecent(null)).toEqual([]);
    expect(parseRecent({ files: 'x' })).toEqual([]);
  });
});
