import { describe, expect, it, vi } from 'vitest';
import {
  MAX_RECENT, createBrowserPlatform, withoutScripts, type FileAccess, type KeyValueStore, type PickedFile, type WritableFile,
} from '../../../renderer/src/platform/browser';

function memoryStore(): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (key) => data.get(key),
    set: async (key, value) => void data.set(key, value),
    delete: async (key) => void data.delete(key),
  };
}

function memoryNames(): Pick<Storage, 'getItem' | 'setItem'> & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
}

function fakeFile(name: string, initial: string): WritableFile & { content: string | Uint8Array } {
  const file = {
    name,
    content: initial as string | Uint8Array,
    write: vi.fn(async (data: string | Uint8Array) => void (file.content = data)),
    read: vi.fn(async () => ({ text: String(file.content), size: String(file.content).length })),
  };
  return file;
}

function setup(access: Partial<FileAccess> = {}) {
  const store = memoryStore();
  const names = memoryNames();
  const files: FileAccess = {
    pickFileToOpen: vi.fn(async () => null),
    pickSaveTarget: vi.fn(async () => 'unsupported' as const),
    download: vi.fn(),
    openHtmlTab: vi.fn(() => true),
    ...access,
  };
  const setDocumentTitle = vi.fn();
  const platform = createBrowserPlatform({ store, names, files, setDocumentTitle, now: () => new Date('2025-02-03T04:05:06.000Z') });
  return { platform, store, names, files, setDocumentTitle };
}

const picked = (name: string, text: string, handle: WritableFile | null = null): PickedFile => ({ name, size: text.length, text: async () => text, handle });

describe('browser platform: files', () => {
  it('opens through the picker and saves back to the same file handle', async () => {
    const handle = fakeFile('hall.hallflow.json', '{"v":1}');
    const { platform, files } = setup({ pickFileToOpen: vi.fn(async () => picked('hall.hallflow.json', '{"v":1}', handle)) });
    const opened = await platform.openProject();
    expect(opened).toMatchObject({ ok: true, value: { name: 'hall.hallflow.json', text: '{"v":1}' } });
    const path = opened?.ok ? opened.value.path : null;
    expect(path).toMatch(/^handle:/);
    const saved = await platform.saveProject('{"v":2}', { path, name: 'hall.hallflow.json' }, false);
    expect(saved).toEqual({ ok: true, value: { path, name: 'hall.hallflow.json' } });
    expect(handle.content).toBe('{"v":2}');
    expect(files.pickSaveTarget).not.toHaveBeenCalled();
    expect(await platform.openRecent(path!)).toMatchObject({ ok: true, value: { text: '{"v":2}', path } });
  });

  it('returns null when the user cancels open or save', async () => {
    const { platform } = setup({ pickSaveTarget: vi.fn(async () => null) });
    expect(await platform.openProject()).toBeNull();
    expect(await platform.saveProject('x', { path: null, name: 'a.hallflow.json' }, false)).toBeNull();
  });

  it('refuses files over 50 MB', async () => {
    const big: PickedFile = { name: 'big.hallflow.json', size: 60 * 1024 * 1024, text: vi.fn(), handle: null };
    const { platform } = setup({ pickFileToOpen: vi.fn(async () => big) });
    expect(await platform.openProject()).toEqual({ ok: false, error: 'big.hallflow.json is larger than the 50 MB limit.' });
    expect(big.text).not.toHaveBeenCalled();
  });

  it('downloads when there is no save picker, and Save As always asks', async () => {
    const { platform, files } = setup();
    expect(await platform.saveProject('{}', { path: null, name: 'hall.hallflow.json' }, false)).toEqual({ ok: true, value: { path: null, name: 'hall.hallflow.json' } });
    expect(files.download).toHaveBeenCalledWith('hall.hallflow.json', '{}', 'application/json');
    const target = fakeFile('copy.hallflow.json', '');
    const withPicker = setup({ pickSaveTarget: vi.fn(async () => target) });
    const r = await withPicker.platform.saveProject('{"c":1}', { path: null, name: 'hall.hallflow.json' }, true);
    expect(r).toMatchObject({ ok: true, value: { name: 'copy.hallflow.json', path: expect.stringMatching(/^handle:/) } });
    expect(target.content).toBe('{"c":1}');
  });

  it('reports a failed write as a result', async () => {
    const target: WritableFile = { name: 'x.hallflow.json', write: async () => { throw new Error('quota exceeded'); } };
    const { platform } = setup({ pickSaveTarget: vi.fn(async () => target) });
    expect(await platform.saveProject('x', { path: null, name: 'x.hallflow.json' }, true)).toEqual({ ok: false, error: 'Could not save x.hallflow.json: quota exceeded' });
  });
});

describe('browser platform: recent files', () => {
  it('keeps names in localStorage and the text in the store, most recent first, max 10', async () => {
    const texts = Array.from({ length: 12 }, (_, i) => [`h${i}.hallflow.json`, `text ${i}`] as const);
    let next = 0;
    const { platform, store, names } = setup({ pickFileToOpen: vi.fn(async () => picked(...texts[next++])) });
    for (let i = 0; i < 12; i++) await platform.openProject();
    const recent = await platform.recentFiles();
    expect(recent).toHaveLength(MAX_RECENT);
    expect(recent[0]).toEqual({ path: 'recent:h11.hallflow.json', name: 'h11.hallflow.json' });
    expect(JSON.parse(names.items.get('hallflow.recentFiles')!)).toHaveLength(MAX_RECENT);
    expect(store.data.has('file:h0.hallflow.json')).toBe(false);
    expect(await platform.openRecent('recent:h5.hallflow.json')).toEqual({ ok: true, value: { name: 'h5.hallflow.json', path: null, text: 'text 5' } });
    expect((await platform.recentFiles())[0].name).toBe('h5.hallflow.json');
  });

  it('de-duplicates by name and explains a missing cache entry', async () => {
    const { platform, store } = setup({ pickFileToOpen: vi.fn(async () => picked('a.hallflow.json', 'one')) });
    await platform.openProject();
    await platform.openProject();
    expect(await platform.recentFiles()).toHaveLength(1);
    store.data.clear();
    expect(await platform.openRecent('recent:a.hallflow.json')).toEqual({ ok: false, error: expect.stringContaining('no longer stored') });
  });

  it('survives corrupt localStorage', async () => {
    const { platform, names } = setup();
    names.items.set('hallflow.recentFiles', '{oops');
    expect(await platform.recentFiles()).toEqual([]);
    names.items.set('hallflow.recentFiles', JSON.stringify(['a', 3, 'b']));
    expect((await platform.recentFiles()).map((r) => r.name)).toEqual(['a', 'b']);
  });
});

describe('browser platform: recovery, exports, PDF, title, menu', () => {
  it('writes, reads and clears the recovery record', async () => {
    const { platform, store } = setup();
    expect(await platform.readRecovery()).toBeNull();
    await platform.writeRecovery('{"doc":1}', null);
    expect(await platform.readRecovery()).toEqual({ text: '{"doc":1}', savedAt: '2025-02-03T04:05:06.000Z', sourcePath: null });
    store.data.set('recovery', { text: 3 });
    expect(await platform.readRecovery()).toBeNull();
    await platform.clearRecovery();
    expect(store.data.has('recovery')).toBe(false);
  });

  it('never throws when storage fails', async () => {
    const { platform, store } = setup();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    store.set = async () => { throw new Error('IndexedDB unavailable'); };
    store.get = async () => { throw new Error('IndexedDB unavailable'); };
    await expect(platform.writeRecovery('x', null)).resolves.toBeUndefined();
    await expect(platform.readRecovery()).resolves.toBeNull();
  });

  it('exports through the picker or as a download', async () => {
    const target = fakeFile('racks.csv', '');
    const { platform } = setup({ pickSaveTarget: vi.fn(async () => target) });
    expect(await platform.exportFile('racks.csv', 'a,b', 'text/csv')).toEqual({ ok: true, value: 'racks.csv' });
    expect(target.content).toBe('a,b');
    const plain = setup();
    const bytes = new Uint8Array([1, 2]);
    expect(await plain.platform.exportFile('scene.glb', bytes, 'model/gltf-binary')).toEqual({ ok: true, value: 'scene.glb' });
    expect(plain.files.download).toHaveBeenCalledWith('scene.glb', bytes, 'model/gltf-binary');
    const cancelled = setup({ pickSaveTarget: vi.fn(async () => null) });
    expect(await cancelled.platform.exportFile('a.png', bytes, 'image/png')).toBeNull();
  });

  it('opens the report in a tab without scripts, or downloads it, and says PDF needs the app or CLI', async () => {
    const { platform, files } = setup();
    const r = await platform.printToPdf('<html><head><title>R</title></head><body>report</body></html>', 'A4');
    expect(r).toEqual({ ok: false, error: expect.stringContaining('opened in a new tab') });
    expect(!r.ok && r.error).toContain('npx hallflow report');
    const html = vi.mocked(files.openHtmlTab).mock.calls[0][0];
    expect(html).toMatch(/<head><meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    const blocked = setup({ openHtmlTab: vi.fn(() => false) });
    expect(await blocked.platform.printToPdf('<p>r</p>', 'Letter')).toEqual({ ok: false, error: expect.stringContaining('downloaded as hallflow-report.html') });
    expect(blocked.files.download).toHaveBeenCalledWith('hallflow-report.html', withoutScripts('<p>r</p>'), 'text/html');
  });

  it('marks a dirty title and has no menu', () => {
    const { platform, setDocumentTitle } = setup();
    platform.setTitle('hall — Hallflow', true);
    expect(setDocumentTitle).toHaveBeenCalledWith('● hall — Hallflow');
    const handler = vi.fn();
    const unsubscribe = platform.onMenuCommand(handler);
    expect(typeof unsubscribe).toBe('function');
    unsubscribe();
    expect(handler).not.toHaveBeenCalled();
    expect(platform.kind).toBe('browser');
  });
});
