import { describe, expect, it, vi } from 'vitest';
import { IPC, IPC_CHANNELS, MENU_COMMAND_CHANNEL, isMenuCommand, type HallflowApi } from '../../../electron/ipc';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  listeners: new Map<string, (event: unknown, ...args: unknown[]) => void>(),
  invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null })),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void electron.exposed.set(key, api) },
  ipcRenderer: {
    invoke: electron.invoke,
    on: (channel: string, fn: (event: unknown, ...args: unknown[]) => void) => void electron.listeners.set(channel, fn),
    removeListener: (channel: string) => void electron.listeners.delete(channel),
  },
}));

await import('../../../electron/preload/index');
const api = electron.exposed.get('hallflow') as HallflowApi;

describe('preload', () => {
  it('exposes only window.hallflow with one method per channel plus the menu subscription', async () => {
    expect([...electron.exposed.keys()]).toEqual(['hallflow']);
    expect(Object.keys(api)).toHaveLength(IPC_CHANNELS.length + 1);
    await api.listRecent();
    await api.openProjectPath({ path: '/h/a.hallflow.json' });
    await api.printToPdf({ html: null, pageSize: 'A4' });
    expect(electron.invoke.mock.calls).toEqual([
      [IPC.listRecent],
      [IPC.openPath, { path: '/h/a.hallflow.json' }],
      [IPC.printToPdf, { html: null, pageSize: 'A4' }],
    ]);
  });

  it('passes only well-formed menu commands, without the Electron event, and unsubscribes', () => {
    const handler = vi.fn();
    const unsubscribe = api.onMenuCommand(handler);
    const listener = electron.listeners.get(MENU_COMMAND_CHANNEL)!;
    listener({ sender: 'secret' }, 'save');
    listener({}, 'openRecent:/h/a.hallflow.json');
    listener({}, 'rm -rf');
    listener({}, { command: 'save' });
    expect(handler.mock.calls).toEqual([['save'], ['openRecent:/h/a.hallflow.json']]);
    unsubscribe();
    expect(electron.listeners.has(MENU_COMMAND_CHANNEL)).toBe(false);
  });

  it('recognises menu commands', () => {
    expect(isMenuCommand('toggleUnits')).toBe(true);
    expect(isMenuCommand('openRecent:')).toBe(false);
    expect(isMenuCommand('x'.repeat(5000))).toBe(false);
  });
});
