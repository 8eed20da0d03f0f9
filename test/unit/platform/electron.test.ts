import { describe, expect, it, vi } from 'vitest';
import type { HallflowApi } from '../../../electron/ipc';
import { createElectronPlatform, safeFileName } from '../../../renderer/src/platform/electron';

function fakeApi(overrides: Partial<HallflowApi> = {}): HallflowApi {
  const ok = <T>(value: T) => vi.fn(async () => ({ ok: true as const, value }));
  return {
    openProjectDialog: ok(null),
    openProjectPath: ok({ path: '/h/a.hallflow.json', name: 'a.hallflow.json', text: 't' }),
    saveProject: ok({ path: '/h/a.hallflow.json', name: 'a.hallflow.json' }),
    saveProjectAs: ok(null),
    listRecent: ok([{ path: '/h/a.hallflow.json', name: 'a.hallflow.json' }]),
    readRecovery: ok(null),
    writeRecovery: ok(null),
    clearRecovery: ok(null),
    exportFile: ok('/h/racks.csv'),
    writeReviewPackage: ok('/h/hall review'),
    printToPdf: ok(new Uint8Array([37, 80])),
    setTitle: ok(null),
    onMenuCommand: vi.fn(() => () => undefined),
    ...overrides,
  };
}

describe('electron platform', () => {
  it('maps cancelled dialogs to null and results through', async () => {
    const api = fakeApi();
    const platform = createElectronPlatform(api);
    expect(platform.kind).toBe('electron');
    expect(await platform.openProject()).toBeNull();
    expect(await platform.openRecent('/h/a.hallflow.json')).toEqual({ ok: true, value: { name: 'a.hallflow.json', path: '/h/a.hallflow.json', text: 't' } });
    expect(await platform.recentFiles()).toHaveLength(1);
    expect(await platform.exportFile('racks.csv', 'a', 'text/csv')).toEqual({ ok: true, value: '/h/racks.csv' });
    expect(await platform.printToPdf('<p>', 'A4')).toEqual({ ok: true, value: new Uint8Array([37, 80]) });
    expect(api.printToPdf).toHaveBeenCalledWith({ html: '<p>', pageSize: 'A4' });
  });

  it('saves to the known path, or asks with Save As', async () => {
    const api = fakeApi();
    const platform = createElectronPlatform(api);
    await platform.saveProject('x', { path: '/h/a.hallflow.json', name: 'a.hallflow.json' }, false);
    expect(api.saveProject).toHaveBeenCalledWith({ path: '/h/a.hallflow.json', text: 'x' });
    expect(await platform.saveProject('x', { path: null, name: 'hall: A/B' }, false)).toBeNull();
    expect(api.saveProjectAs).toHaveBeenCalledWith({ suggestedName: 'hall_ A_B', text: 'x', currentPath: null });
  });

  it('never throws when the shell fails', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const broken = vi.fn(async () => { throw new Error('no handler'); });
    const platform = createElectronPlatform(fakeApi({ openProjectPath: broken, listRecent: broken, writeRecovery: broken, readRecovery: broken, setTitle: broken }));
    expect(await platform.openRecent('/h/a.hallflow.json')).toEqual({ ok: false, error: 'The desktop shell did not answer: no handler' });
    expect(await platform.recentFiles()).toEqual([]);
    await expect(platform.writeRecovery('x', null)).resolves.toBeUndefined();
    expect(await platform.readRecovery()).toBeNull();
    expect(() => platform.setTitle('t', true)).not.toThrow();
  });

  it('sets the document and window title and forwards menu commands', () => {
    const api = fakeApi();
    const setDocumentTitle = vi.fn();
    const platform = createElectronPlatform(api, setDocumentTitle);
    platform.setTitle('hall\n — Hallflow', true);
    expect(setDocumentTitle).toHaveBeenCalledWith('hall\n — Hallflow');
    expect(api.setTitle).toHaveBeenCalledWith({ title: 'hall  — Hallflow', dirty: true });
    const handler = vi.fn();
    platform.onMenuCommand(handler);
    expect(api.onMenuCommand).toHaveBeenCalledWith(handler);
  });

  it('makes file names the main process accepts', () => {
    expect(safeFileName('  ')).toBe('untitled.hallflow.json');
    expect(safeFileName('..')).toBe('untitled.hallflow.json');
    expect(safeFileName('a<b>.csv')).toBe('a_b_.csv');
  });
});
