import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createPathGrants } from '../../../electron/main/path-grants';
import { createProjectIo, withProjectExtension, type Dialogs } from '../../../electron/main/project-io';
import { createRecentFiles } from '../../../electron/main/recent';
import { tempFolder } from './helpers';

async function setup(answers: { open?: string | null; save?: string | null } = {}) {
  const dir = await tempFolder();
  const dialogs: Dialogs = {
    chooseProjectToOpen: vi.fn(async () => answers.open ?? null),
    chooseSavePath: vi.fn(async () => answers.save ?? null),
  };
  const recent = createRecentFiles(join(dir, 'userData'), 'linux');
  const grants = createPathGrants('linux');
  const onRecentChanged = vi.fn();
  const io = createProjectIo({ dialogs, recent, grants, documentsDir: join(dir, 'Documents'), onRecentChanged });
  return { dir, io, dialogs, recent, grants, onRecentChanged };
}

describe('project file flows', () => {
  it('adds the project extension', () => {
    expect(withProjectExtension('/h/hall')).toBe('/h/hall.hallflow.json');
    expect(withProjectExtension('/h/hall.json')).toBe('/h/hall.hallflow.json');
    expect(withProjectExtension('/h/hall.HALLFLOW.json')).toBe('/h/hall.HALLFLOW.json');
  });

  it('opens a chosen project, grants it and makes it recent', async () => {
    const { dir, io, grants, onRecentChanged } = await setup();
    const path = join(dir, 'a.hallflow.json');
    await writeFile(path, '{"a":1}');
    const { io: io2, grants: grants2 } = await setup({ open: path });
    expect(await io.openDialog()).toEqual({ ok: true, value: null });
    expect(await io2.openDialog()).toEqual({ ok: true, value: { path, name: 'a.hallflow.json', text: '{"a":1}' } });
    expect(grants2.has(path)).toBe(true);
    expect(grants.has(path)).toBe(false);
    expect(onRecentChanged).not.toHaveBeenCalled();
  });

  it('refuses a chosen file that is not a project', async () => {
    const { dir } = await setup();
    const { io } = await setup({ open: join(dir, 'notes.json') });
    expect(await io.openDialog()).toEqual({ ok: false, error: 'Hallflow projects are files ending in .hallflow.json.' });
  });

  it('opens by path only what the user chose or had recently, and prunes missing recent files', async () => {
    const { dir, io, recent, onRecentChanged } = await setup();
    const path = join(dir, 'b.hallflow.json');
    await writeFile(path, 'text');
    expect(await io.openPath({ path })).toEqual({ ok: false, error: expect.stringContaining('not in the recent files') });
    await recent.add(path);
    expect(await io.openPath({ path })).toMatchObject({ ok: true, value: { text: 'text' } });
    const gone = join(dir, 'gone.hallflow.json');
    await recent.add(gone);
    expect((await io.openPath({ path: gone })).ok).toBe(false);
    expect(await recent.has(gone)).toBe(false);
    expect(onRecentChanged).toHaveBeenLastCalledWith([{ path, name: 'b.hallflow.json' }]);
  });

  it('saves only to granted paths', async () => {
    const { dir, io, grants } = await setup();
    const path = join(dir, 'c.hallflow.json');
    expect(await io.save({ path, text: 'x' })).toEqual({ ok: false, error: expect.stringContaining('use Save As') });
    grants.grant(path);
    expect(await io.save({ path, text: 'saved' })).toEqual({ ok: true, value: { path, name: 'c.hallflow.json' } });
    expect(await readFile(path, 'utf8')).toBe('saved');
  });

  it('save as: default folder, appended extension, no silent overwrite', async () => {
    const { dir } = await setup();
    const { io, dialogs, grants } = await setup({ save: join(dir, 'new-hall') });
    const r = await io.saveAs({ suggestedName: 'hall', text: 'v1', currentPath: join(dir, 'old.hallflow.json') });
    expect(dialogs.chooseSavePath).toHaveBeenCalledWith(join(dir, 'hall.hallflow.json'), { name: 'Hallflow project', extensions: ['json'] });
    const path = join(dir, 'new-hall.hallflow.json');
    expect(r).toEqual({ ok: true, value: { path, name: 'new-hall.hallflow.json' } });
    expect(grants.has(path)).toBe(true);
    expect(await io.saveAs({ suggestedName: 'hall', text: 'v2', currentPath: null })).toEqual({ ok: false, error: expect.stringContaining('already exists') });
    expect(await readFile(path, 'utf8')).toBe('v1');
  });

  it('exports bytes to the chosen path, or nothing when cancelled', async () => {
    const { dir } = await setup();
    const target = join(dir, 'racks.png');
    const { io, dialogs } = await setup({ save: target });
    expect(await io.exportFile({ suggestedName: 'racks.png', data: new Uint8Array([137, 80]), mime: 'image/png' })).toEqual({ ok: true, value: target });
    expect(dialogs.chooseSavePath).toHaveBeenCalledWith(expect.stringMatching(/Documents\/racks\.png$/), { name: 'PNG file', extensions: ['png'] });
    expect([...(await readFile(target))]).toEqual([137, 80]);
    const { io: cancelled } = await setup();
    expect(await cancelled.exportFile({ suggestedName: 'a.csv', data: 'a', mime: 'text/csv' })).toEqual({ ok: true, value: null });
  });
});
